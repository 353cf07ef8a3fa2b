import Scoring

/// Two versions of one plan compared (a draft and the adopted plan, or two
/// editions): the grade and ladder rung then and now, and per criterion the
/// level then and now with the evidence that appeared or disappeared.
///
/// Evidence is compared by its quote with white space collapsed; only the
/// quotes a scorecard keeps (a few per criterion) are compared.
public struct PlanComparison: Sendable {
  /// One criterion then and now.
  public struct Criterion: Sendable, Equatable {
    /// The criterion id.
    public var id: String
    /// The criterion's title per language.
    public var title: [String: String]
    /// The top of the scale.
    public var maxLevel: Int
    /// The level in the baseline; `nil` when absent or not applicable.
    public var from: Int?
    /// The level now; `nil` when absent or not applicable.
    public var to: Int?
    /// Evidence quotes in the new version that the baseline did not have.
    public var appeared: [Evidence]
    /// Evidence quotes of the baseline that the new version no longer has.
    public var disappeared: [Evidence]

    /// Whether anything about the criterion changed.
    public var changed: Bool {
      from != to || !appeared.isEmpty || !disappeared.isEmpty
    }
  }

  /// The baseline's scorecard.
  public let baseline: Scorecard
  /// The new version's scorecard.
  public let current: Scorecard
  /// Every criterion of either version, in the new rubric's order.
  public let criteria: [Criterion]

  /// The change in grade, rounded to one decimal.
  public var gradeChange: Double {
    EditionComparison.oneDecimal(current.grade - baseline.grade)
  }

  /// Whether the two were scored with a different rubric (id, version or
  /// SHA-256) or engine version.
  public var mixedRubrics: Bool {
    baseline.rubric.id != current.rubric.id || baseline.rubric.version != current.rubric.version
      || baseline.rubric.sha256 != current.rubric.sha256
      || baseline.engineVersion != current.engineVersion
  }

  /// Compares two scorecards of one plan.
  public init(baseline: Scorecard, current: Scorecard) {
    self.baseline = baseline
    self.current = current
    criteria = EditionComparison.changes(from: baseline, to: current).map { change in
      let old = baseline.criteria.first { $0.id == change.id }
      let new = current.criteria.first { $0.id == change.id }
      let oldQuotes = Set((old?.evidence ?? []).map { Self.normalized($0.quote) })
      let newQuotes = Set((new?.evidence ?? []).map { Self.normalized($0.quote) })
      return Criterion(
        id: change.id, title: change.title, maxLevel: (new ?? old)?.maxLevel ?? 0,
        from: change.from, to: change.to,
        appeared: (new?.evidence ?? []).filter { !oldQuotes.contains(Self.normalized($0.quote)) },
        disappeared: (old?.evidence ?? []).filter { !newQuotes.contains(Self.normalized($0.quote)) }
      )
    }
  }

  private static func normalized(_ quote: String) -> String {
    quote.split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }
}
