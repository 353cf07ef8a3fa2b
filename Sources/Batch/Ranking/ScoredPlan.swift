import Reporting
import Scoring

/// One scored plan of a batch, as the summary, the index page and the
/// comparison see it: where the plan stands in the batch folder, where its
/// reports were written, and its scorecard.
public struct ScoredPlan: Sendable, Equatable {
  /// The plan's path relative to the batch folder, with `/` separators.
  public var file: String
  /// The plan's `sleutel`/`key` in `plans.csv`, which pairs its editions in
  /// `compare`; `nil` when the manifest gives none.
  public var key: String?
  /// The plan's reports, relative to the output folder, by format.
  public var reports: [OutputFormat: String]
  /// The scorecard.
  public var scorecard: Scorecard

  /// Creates a scored plan.
  public init(
    file: String, key: String? = nil, reports: [OutputFormat: String] = [:], scorecard: Scorecard
  ) {
    self.file = file
    self.key = key
    self.reports = reports
    self.scorecard = scorecard
  }
}

// MARK: - Labels

extension ScoredPlan {
  /// The name the plan is listed under: its municipality, with the area when
  /// known (`Zwolle – Holtenbroek`), or else its file name.
  public var label: String {
    guard let municipality = scorecard.plan.municipality, !municipality.isEmpty else {
      return file.split(separator: "/").last.map(String.init) ?? file
    }
    guard let area = scorecard.plan.area, !area.isEmpty else { return municipality }
    return "\(municipality) – \(area)"
  }

  /// The report a reader should open from the index: HTML, else Markdown,
  /// else JSON, else text.
  public var primaryReport: String? {
    [OutputFormat.html, .markdown, .json, .text].lazy.compactMap { self.reports[$0] }.first
  }

  /// The level of a criterion by id; `nil` when the criterion is absent or
  /// does not apply.
  public func level(of criterion: String) -> Int? {
    scorecard.criteria.first { $0.id == criterion }?.level
  }
}
