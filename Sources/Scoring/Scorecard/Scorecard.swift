import PlanReading

/// The result of scoring one plan with one rubric: a grade, the highest rung
/// of the participation ladder, a level per criterion with the evidence that
/// earned it, warnings, and what the municipality should add to score higher.
///
/// Every field needed to render a report is inside, in both languages, so a
/// stored scorecard (JSON) can be rendered or compared without the rubric.
/// The JSON form is stable and deterministic (see `docs/scorecard-json.md`).
public struct Scorecard: Sendable, Codable, Equatable {
  /// The version of this JSON layout.
  public var format: Int
  /// The version of the engine that produced the scorecard.
  public var engineVersion: String
  /// Which rubric, exactly, was applied.
  public var rubric: RubricReference
  /// Which plan was scored.
  public var plan: PlanReference
  /// The report grade, 1.0 to 10.0, one decimal, after the guards.
  public var grade: Double
  /// The grade before any guard capped it.
  public var gradeUncapped: Double
  /// The guards that capped the grade (empty when none did).
  public var cappedBy: [AppliedGuard]
  /// The pass mark of the rubric (5.5 for a Dutch rapportcijfer).
  public var passMark: Double
  /// Whether the grade reaches the pass mark.
  public var passed: Bool
  /// The weighted share of the maximum score, 0 to 100.
  public var index: Int
  /// The highest rung of the participation ladder the plan reaches, with proof.
  public var ladder: LadderResult
  /// One result per criterion, in rubric order.
  public var criteria: [CriterionResult]
  /// Signs of fake participation found in the plan.
  public var warnings: [Evidence]
  /// Counts that describe the scored text.
  public var counts: ScoringCounts
  /// Remarks from reading and scoring the plan (encoding fallback, no prose, …).
  public var notes: [ScorecardNote]
  /// On a card merged with residents' assessments: what it was merged from;
  /// `nil` (and absent from the JSON) on an engine-only scorecard.
  public var assessments: CardAssessments? = nil
  /// How readable the plan's running text is, shown beside the grade and not
  /// part of it; `nil` (and absent from the JSON) when the hyphenation
  /// patterns of the plan's language are not installed or there is no prose.
  public var readability: Readability? = nil

  enum CodingKeys: String, CodingKey {
    case format
    case engineVersion = "engine_version"
    case rubric, plan, grade
    case gradeUncapped = "grade_uncapped"
    case cappedBy = "capped_by"
    case passMark = "pass_mark"
    case passed, index, ladder, criteria, warnings, counts, notes, assessments, readability
  }
}

/// Identifies the rubric a scorecard was made with, so it can be reproduced.
public struct RubricReference: Sendable, Codable, Equatable {
  /// The rubric's id, such as `lsa-participatie`.
  public var id: String
  /// The rubric's own version.
  public var version: String
  /// The SHA-256 of the rubric file's bytes.
  public var sha256: String
  /// The rubric's title per language.
  public var title: [String: String]
}

/// Identifies the plan a scorecard is about.
public struct PlanReference: Sendable, Codable, Equatable {
  /// The path of the plan file as given.
  public var source: String
  /// The SHA-256 of the plan file's bytes.
  public var sha256: String
  /// The plan's title, when known.
  public var title: String?
  /// The municipality, when known.
  public var municipality: String?
  /// The CBS municipality code, when known.
  public var municipalityCode: String?
  /// The neighbourhood or district, when known.
  public var area: String?
  /// The year, when known.
  public var year: Int?
  /// The date as written in the plan, when known.
  public var date: String?
  /// The kind of document.
  public var kind: DocumentKind
  /// The IMRO plan identifier, when known.
  public var planId: String?
  /// The plan's procedural status (ontwerp, vastgesteld, …), when known.
  public var planStatus: PlanStatus?
  /// The language the plan was scored in.
  public var language: PlanLanguage
  /// The format the plan was read from.
  public var format: PlanFormat

  enum CodingKeys: String, CodingKey {
    case source, sha256, title, municipality
    case municipalityCode = "municipality_code"
    case area, year, date, kind
    case planId = "plan_id"
    case planStatus = "plan_status"
    case language, format
  }
}

/// A grade guard that held for a plan.
public struct AppliedGuard: Sendable, Codable, Equatable {
  /// `criterion_zero` or `zero_count`.
  public var type: String
  /// The criterion the guard names (for `criterion_zero`).
  public var criterion: String?
  /// The grade the guard caps at.
  public var cap: Double
  /// An explanation per language.
  public var explanation: [String: String]
}

/// Counts that describe the scored text.
public struct ScoringCounts: Sendable, Codable, Equatable {
  /// All blocks, headings included.
  public var blocks: Int
  /// Sentences scored.
  public var sentences: Int
  /// Words scored.
  public var words: Int
  /// Indicator matches found (counted or not).
  public var matches: Int
}

/// A remark about how a plan was read or scored.
public struct ScorecardNote: Sendable, Codable, Equatable {
  /// A stable code: a `ReadingNote.Code` raw value, `vocabulary_fallback` or
  /// `resident_body`.
  public var code: String
  /// The explanation in English; reports translate known codes.
  public var message: String
  /// The values the message is made of (a name, a line, a date), so a report
  /// can word the note in another language; `nil` when it has none.
  public var arguments: [String: String]?

  /// Creates a note.
  public init(code: String, message: String, arguments: [String: String]? = nil) {
    self.code = code
    self.message = message
    self.arguments = arguments
  }
}
