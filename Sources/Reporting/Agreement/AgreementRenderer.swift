import Assessment
import Foundation
import PlanReading
import Scoring

/// Writes an ``AgreementReport`` as text, Markdown, JSON or CSV.
///
/// Text and Markdown speak to residents in plain words ("Jullie zijn het eens
/// over 7 van de 9 vragen"), then list the widest disagreements with each
/// person's level, remark and the quotes they were shown.
public struct AgreementRenderer: DocumentRenderer {
  /// Text, Markdown, JSON (`docs/agreement-json.md`) and CSV (the figures
  /// per criterion, per plan and overall).
  public static let formats: [OutputFormat] = [.text, .markdown, .json, .csv]

  /// The language of the words around the figures.
  public let language: PlanLanguage
  /// How to list the disagreements the report leaves out, in `language`
  /// (a command line names its option), or `nil` to say nothing about it.
  public let moreHint: String?

  /// Creates the renderer.
  public init(language: PlanLanguage, moreHint: String? = nil) {
    self.language = language
    self.moreHint = moreHint
  }

  /// The report in a format.
  /// - Throws: ``UnsupportedFormatError`` for HTML.
  public func render(_ report: AgreementReport, as format: OutputFormat) throws -> String {
    let s = ReportStrings(language: language)
    switch format {
    case .text: return text(report, s)
    case .markdown: return markdown(report, s)
    case .json: return json(report)
    case .csv: return csv(report, s)
    case .html: throw Self.unsupported(format)
    }
  }

  // MARK: - JSON

  /// Sorted keys, pretty-printed, a newline at the end: the same report
  /// always gives the same bytes.
  private func json(_ report: AgreementReport) -> String {
    // The report holds only strings, integers, finite numbers and arrays of
    // them: encoding cannot fail.
    let data = (try? StableJSON.file(report)) ?? Data("\n".utf8)
    return String(decoding: data, as: UTF8.self)
  }

  // MARK: - Text

  private func text(_ report: AgreementReport, _ s: ReportStrings) -> String {
    var lines = [s.agreementTitle, ""]
    lines += header(report, s)
    lines += [
      "", s.unanimity(report.overall, plans: report.plans.count, withEngine: report.withEngine),
    ]
    if let pairwise = s.pairwise(report.overall.pairwise) { lines.append(pairwise) }
    lines.append(s.alphaSentence(report.overall))
    lines += ["", s.perQuestion]
    lines += questionRows(report, s).map { "  " + $0 }
    if report.plans.count == 1 { lines.append("  " + s.alphaNeedsPlans) }
    if report.plans.count > 1 {
      lines += ["", s.perPlan]
      lines += report.plans.map { "  " + planLine($0, s) }
    }
    lines += ["", s.widest]
    if report.disagreements.isEmpty { lines.append("  " + s.noDisagreement) }
    for (index, item) in report.disagreements.enumerated() {
      lines.append("  \(index + 1). " + disagreementHeading(item, report, s, escape: { $0 }))
      lines += disagreementBody(item, s, escape: { $0 }).map { "     " + $0 }
    }
    let more = report.disagreementCount - report.disagreements.count
    if more > 0 { lines.append("  " + s.moreDisagreements(more, hint: moreHint)) }
    if let feedback = report.rubricFeedback {
      lines += ["", s.feedbackTitle, "  " + s.feedbackIndicators]
      lines += feedback.indicators.map { "    " + indicatorLine($0, s, escape: { $0 }) }
      if !feedback.unfired.isEmpty {
        lines += ["  " + s.feedbackUnfired]
        lines += feedback.unfired.map { "    " + unfiredLine($0, s, escape: { $0 }) }
        lines.append("  " + s.unfiredHint)
      }
    }
    lines += closingSections(report, s, bullet: "  - ", escape: { $0 }, heading: { $0 })
    return lines.joined(separator: "\n") + "\n"
  }

  /// The rubric, the coders and the plan (or the number of plans).
  private func header(_ report: AgreementReport, _ s: ReportStrings) -> [String] {
    let plans =
      report.plans.count == 1
      ? "Plan: \(report.plans.first?.file ?? "")"
      : "\(s.plansWord): \(report.plans.count)"
    return [
      "\(s.rubric): \(report.rubricID) \(report.rubricVersions.joined(separator: ", "))",
      "\(s.assessors): \(s.list(report.coders.map(s.coderInSentence)))", plans,
    ]
  }

  /// Per question: the levels of each coder (one plan) or the figures over
  /// the plans (several), titles padded to one width.
  private func questionRows(_ report: AgreementReport, _ s: ReportStrings) -> [String] {
    let titles = report.criteria.map { criterionName($0.id, $0.title, s) }
    let width = titles.map(\.count).max() ?? 0
    let units = onlyUnits(report)
    return zip(report.criteria, titles).map { criterion, title in
      title.padding(toLength: width + 2, withPad: " ", startingAt: 0)
        + questionCells(criterion, report, s, units: units).joined(separator: "  ")
    }
  }
}
