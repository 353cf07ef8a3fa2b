import Testing

@testable import Scoring

@Suite struct GradeCalculatorTests {}

/// One aggregation case with its exact expected figures.
struct GradeCase: CustomTestStringConvertible, Sendable {
  var name: String
  var levels: [Int?]
  var grade: Double
  var uncapped: Double
  var index: Int
  var guards: [String]
  var testDescription: String { name }
}

extension GradeCalculatorTests {
  /// Nine criteria as in the default rubric: the second and fifth weigh 2.
  static func levels(_ values: [Int?]) -> [(id: String, weight: Double, level: Int?, max: Int)] {
    let ids = [
      "vroeg", "invloed", "kaders", "bereik", "terugkoppeling", "geld", "uitvoering",
      "ondersteuning", "evaluatie",
    ]
    return zip(ids, values).map { id, level in
      (id, id == "invloed" || id == "terugkoppeling" ? 2 : 1, level, 2)
    }
  }

  static let aggregation = Aggregation(
    passMark: 5.5,
    guards: [.criterionZero(criterion: "invloed", cap: 5.4), .zeroCount(atLeast: 2, cap: 5.4)])

  static let cases: [GradeCase] = [
    GradeCase(
      name: "all at the top", levels: Array(repeating: 2, count: 9), grade: 10, uncapped: 10,
      index: 100, guards: []),
    GradeCase(
      name: "all zero: capped at 1 anyway", levels: Array(repeating: 0, count: 9), grade: 1,
      uncapped: 1, index: 0, guards: ["criterion_zero", "zero_count"]),
    // Σw·s = 1+2+1+1+2+1+1+1+1 = 11 of 22: 1 + 9 × 0.5 = 5.5
    GradeCase(
      name: "all at level 1 passes at exactly 5.5", levels: Array(repeating: 1, count: 9),
      grade: 5.5, uncapped: 5.5, index: 50, guards: []),
    // invloed 0, the rest 2: Σ = 18 of 22 → 1 + 9 × 18/22 = 8.36… → 8.4, capped 5.4
    GradeCase(
      name: "influence zero caps a high average", levels: [2, 0, 2, 2, 2, 2, 2, 2, 2],
      grade: 5.4, uncapped: 8.4, index: 82, guards: ["criterion_zero"]),
    // two zeros (geld, evaluatie), rest 2: Σ = 18 of 22 → 8.4, capped 5.4
    GradeCase(
      name: "two zeros cap the grade", levels: [2, 2, 2, 2, 2, 0, 2, 2, 0], grade: 5.4,
      uncapped: 8.4, index: 82, guards: ["zero_count"]),
    // one zero (geld), rest 2: Σ = 20 of 22 → 1 + 9 × 20/22 = 9.18… → 9.2
    GradeCase(
      name: "one zero outside influence is not capped", levels: [2, 2, 2, 2, 2, 0, 2, 2, 2],
      grade: 9.2, uncapped: 9.2, index: 91, guards: []),
    // n.v.t. on geld: Σ over the other eight = 1+2+1+1+2+1+1+1 = 10 of 20 → 5.5
    GradeCase(
      name: "not applicable leaves the denominator", levels: [1, 1, 1, 1, 1, nil, 1, 1, 1],
      grade: 5.5, uncapped: 5.5, index: 50, guards: []),
  ]

  /// Grade, index and guards follow the formula with exact numbers.
  @Test(arguments: cases)
  func aggregation(_ testCase: GradeCase) {
    let result = GradeCalculator(aggregation: Self.aggregation).compute(
      Self.levels(testCase.levels))
    #expect(result.grade == testCase.grade)
    #expect(result.uncapped == testCase.uncapped)
    #expect(result.index == testCase.index)
    #expect(result.applied.map(\.type) == testCase.guards)
  }

  /// Rounding is half away from zero at one decimal, robust to binary fractions.
  @Test func rounding() {
    #expect(GradeCalculator.oneDecimal(5.45) == 5.5)
    #expect(GradeCalculator.oneDecimal(5.449) == 5.4)
    #expect(GradeCalculator.oneDecimal(1 + 9 * 0.5) == 5.5)
  }
}

extension GradeCalculatorTests {
  /// Weights whose sums overflow to infinity give a grade instead of trapping
  /// (issue 13: 1e308 trapped, 1e307 everywhere gave 1.0).
  @Test(arguments: [1e307, 1e308, Double.greatestFiniteMagnitude])
  func hugeWeightsDoNotTrap(weight: Double) {
    let calculator = GradeCalculator(aggregation: Aggregation(passMark: 5.5, guards: []))
    let levels = (0..<9).map { (id: "c\($0)", weight: weight, level: Int?(2), max: 2) }
    let result = calculator.compute(levels)
    #expect(result.grade == 10)
    #expect(result.index == 100)
  }
}
