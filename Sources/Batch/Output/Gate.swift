import Foundation
import Reporting

/// The bar a scheduled run can set.
///
/// It holds a lowest grade and lowest levels for criteria (such as
/// `invloed` at 2 or more). Plans that fall short are listed and make the run
/// exit with 1, so a municipality or LSA can run the scorecard in CI on every
/// new plan.
public struct Gate: Sendable, Equatable {
  /// A lowest level for one criterion.
  public struct Requirement: Sendable, Equatable {
    /// The criterion id.
    public var criterion: String
    /// The lowest acceptable level.
    public var level: Int

    /// Creates a requirement.
    public init(criterion: String, level: Int) {
      self.criterion = criterion
      self.level = level
    }
  }

  /// A plan that falls short, with every reason.
  public struct Shortfall: Sendable, Equatable {
    /// The plan's relative path.
    public var file: String
    /// The name it is listed under.
    public var label: String
    /// What falls short: `grade 4.3 < 5.5`, `invloed 1 < 2`.
    public var reasons: [String]
  }

  /// The lowest acceptable grade, if any.
  public var failUnder: Double?
  /// The lowest acceptable levels.
  public var requirements: [Requirement]

  /// Creates a gate.
  public init(failUnder: Double? = nil, requirements: [Requirement] = []) {
    self.failUnder = failUnder
    self.requirements = requirements
  }

  /// Whether the gate checks anything.
  public var isEmpty: Bool { failUnder == nil && requirements.isEmpty }

  /// Checks that every required criterion exists.
  /// - Throws: ``BatchError/unknownCriterion(id:known:)``.
  public func validate(criteria known: [String]) throws(BatchError) {
    for requirement in requirements where !known.contains(requirement.criterion) {
      throw .unknownCriterion(id: requirement.criterion, known: known)
    }
  }

  /// The plans that fall short, sorted by file.
  ///
  /// A criterion that does not
  /// apply to a plan (n.v.t.) does not make it fall short.
  public func shortfalls(_ plans: [ScoredPlan]) -> [Shortfall] {
    plans.sorted { $0.file < $1.file }.compactMap { plan in
      var reasons: [String] = []
      let grade = plan.scorecard.grade
      if let failUnder, grade < failUnder - 1e-9 {
        reasons.append("grade \(Self.decimal(grade)) < \(Self.decimal(failUnder))")
      }
      for requirement in requirements {
        guard let result = plan.scorecard.criteria.first(where: { $0.id == requirement.criterion }),
          let level = result.level, level < requirement.level
        else { continue }
        reasons.append("\(requirement.criterion) \(level) < \(requirement.level)")
      }
      return reasons.isEmpty ? nil : Shortfall(file: plan.file, label: plan.label, reasons: reasons)
    }
  }

  private static func decimal(_ value: Double) -> String {
    String(format: "%.1f", value)
  }
}
