import PlanReading

/// One thing the scorecard scores, such as "control over money".
public struct Criterion: Sendable, Equatable {
  /// The criterion's id, `[a-z0-9-]+`, unique in the rubric.
  public var id: String
  /// The short title in reports.
  public var title: LocalizedText
  /// The question a resident would answer.
  public var question: LocalizedText
  /// The criterion's weight in the grade, greater than 0 and at most
  /// ``maximumWeight``.
  public var weight: Double
  /// The phase of the plan the criterion is about, or `nil`.
  public var phase: Phase?
  /// Document kinds for which the criterion is "n.v.t." and left out of the grade.
  public var notApplicableFor: [DocumentKind]
  /// One entry per scale value, in scale order: what earns it and what to add.
  public var levels: [CriterionLevel]
  /// The rules that decide the level; the highest level any rule gives wins.
  public var rules: [Rule]
  /// Texts with the level they must get, per language.
  public var examples: [PlanLanguage: CriterionExamples]

  /// The largest weight a rubric may give; weights only count relative to
  /// each other, and this bound keeps every sum in the grade finite.
  public static let maximumWeight: Double = 1000

  /// Creates a criterion.
  public init(
    id: String, title: LocalizedText, question: LocalizedText, weight: Double = 1,
    phase: Phase? = nil, notApplicableFor: [DocumentKind] = [], levels: [CriterionLevel],
    rules: [Rule], examples: [PlanLanguage: CriterionExamples] = [:]
  ) {
    self.id = id
    self.title = title
    self.question = question
    self.weight = weight
    self.phase = phase
    self.notApplicableFor = notApplicableFor
    self.levels = levels
    self.rules = rules
    self.examples = examples
  }

  /// The entry for the level `value`, or `nil` when there is none.
  public func level(_ value: Int) -> CriterionLevel? {
    levels.first { $0.value == value }
  }
}
