import Foundation

/// Turns criterion levels into the report grade, the index and the guards.
///
/// grade = 1 + 9 × Σ(weight × level) / Σ(weight × max level) over the criteria
/// that apply, rounded to one decimal, then capped by every guard that holds.
struct GradeCalculator {
  /// The result of the calculation.
  struct Result: Equatable {
    var grade: Double
    var uncapped: Double
    var index: Int
    var applied: [AppliedGuard]
  }

  /// The rubric's aggregation settings.
  let aggregation: Aggregation

  /// Computes grade, index and guards from `(criterion id, weight, level, max)`;
  /// a `nil` level is not applicable and left out.
  func compute(_ levels: [(id: String, weight: Double, level: Int?, max: Int)]) -> Result {
    let applicable = levels.compactMap { entry in entry.level.map { (entry, $0) } }
    let (earned, possible) = Self.sums(applicable.map { ($0.0.weight, $0.1, $0.0.max) })
    // A validated rubric keeps weights small; the bounds keep a rubric built
    // in code from trapping below.
    let ratio = possible > 0 ? earned / possible : 0
    let share = ratio.isFinite ? min(max(ratio, 0), 1) : 0
    let uncapped = Self.oneDecimal(1 + 9 * share)
    var grade = uncapped
    var applied: [AppliedGuard] = []
    let zeros = applicable.filter { $0.1 == 0 }.map(\.0.id)
    for guardRule in aggregation.guards {
      switch guardRule {
      case .criterionZero(let criterion, let cap) where zeros.contains(criterion):
        applied.append(
          AppliedGuard(
            type: "criterion_zero", criterion: criterion, cap: cap,
            explanation: [
              "nl": "Het cijfer is ten hoogste \(Self.format(cap, comma: true)) omdat "
                + "'\(criterion)' 0 scoort.",
              "en": "The grade is at most \(Self.format(cap)) because '\(criterion)' scores 0.",
            ]))
        grade = min(grade, cap)
      case .zeroCount(let atLeast, let cap) where zeros.count >= atLeast:
        applied.append(
          AppliedGuard(
            type: "zero_count", criterion: nil, cap: cap,
            explanation: [
              "nl": "Het cijfer is ten hoogste \(Self.format(cap, comma: true)) omdat "
                + "\(zeros.count) criteria 0 scoren.",
              "en":
                "The grade is at most \(Self.format(cap)) because \(zeros.count) criteria score 0.",
            ]))
        grade = min(grade, cap)
      default:
        continue
      }
    }
    return Result(
      grade: grade, uncapped: uncapped, index: Int((share * 100).rounded()), applied: applied)
  }

  /// Σ(weight × level) and Σ(weight × max level); with the weights taken
  /// relative to the largest when the plain sums would overflow.
  private static func sums(_ entries: [(weight: Double, level: Int, max: Int)]) -> (Double, Double)
  {
    func add(_ scale: Double) -> (Double, Double) {
      entries.reduce((0.0, 0.0)) { sum, entry in
        let weight = entry.weight / scale
        return (sum.0 + weight * Double(entry.level), sum.1 + weight * Double(entry.max))
      }
    }
    let plain = add(1)
    guard !plain.0.isFinite || !plain.1.isFinite else { return plain }
    let largest = entries.map(\.weight).filter { $0.isFinite && $0 > 0 }.max() ?? 1
    return add(largest)
  }

  /// Rounds half away from zero to one decimal, robust to binary fractions.
  static func oneDecimal(_ value: Double) -> Double {
    (value * 10 + 1e-9).rounded(.toNearestOrAwayFromZero) / 10
  }

  /// One decimal; with a decimal comma for Dutch texts.
  private static func format(_ value: Double, comma: Bool = false) -> String {
    let text = String(format: "%.1f", value)
    return comma ? text.replacingOccurrences(of: ".", with: ",") : text
  }
}
