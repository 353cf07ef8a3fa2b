import Assessment
import Foundation
import Scoring

/// Renders a ``CalibrationReport``: the agreement table, the confusion tables
/// and every miss with the engine's evidence next to the coders' quote.
public struct CalibrationRenderer {
  /// Creates the renderer.
  public init() {}

  /// The report as JSON (sorted keys, pretty-printed).
  public func json(_ report: CalibrationReport) throws -> String {
    String(decoding: try StableJSON.file(report), as: UTF8.self)
  }

  private static func splitName(_ split: CalibrationSplit) -> String {
    switch split {
    case .all: return "all"
    case .tune: return "tune part"
    case .check: return "check part, held out"
    }
  }

  /// The report as text for a terminal.
  /// - Parameters:
  ///   - report: The report of the part asked for.
  ///   - parts: When the whole set was scored, the reports of the tune and
  ///     check parts, summarised in a table after the main one.
  public func text(_ report: CalibrationReport, parts: [CalibrationReport] = []) -> String {
    var lines = [
      "Calibration of \(report.rubric.id) \(report.rubric.version) (engine \(report.engineVersion)) "
        + "against \(report.plans) labelled plans (\(Self.splitName(report.split)))",
      "",
      pad("variable", 16) + pad("alpha", 8) + pad("kappa", 8) + pad("exact", 8) + pad("±1", 8)
        + "n",
    ]
    for agreement in report.criteria + [report.overall, report.rung] {
      if agreement.id == "overall" { lines.append(String(repeating: "-", count: 52)) }
      lines.append(
        pad(agreement.id, 16) + pad(Self.number(agreement.alpha), 8)
          + pad(Self.number(agreement.kappa), 8) + pad(Self.percent(agreement.exact), 8)
          + pad(Self.percent(agreement.withinOne), 8) + "\(agreement.count)")
    }
    if !parts.isEmpty {
      lines.append("")
      lines.append(
        pad("part", 16) + pad("plans", 8) + pad("alpha", 8) + pad("exact", 8) + "rung exact")
      for part in parts {
        lines.append(
          pad(part.split.rawValue, 16) + pad("\(part.plans)", 8)
            + pad(Self.number(part.overall.alpha), 8) + pad(Self.percent(part.overall.exact), 8)
            + Self.percent(part.rung.exact))
      }
    }
    lines.append("")
    lines.append("alpha: Krippendorff's alpha (ordinal); kappa: Cohen's kappa (linear weights);")
    lines.append(
      "exact / ±1: share of codes equal / within one level. '-' = undefined (no variation).")
    lines.append("")
    lines.append("Confusion tables (rows: coders, columns: engine)")
    for agreement in report.criteria + [report.rung] {
      lines += confusion(agreement)
    }
    if !report.unscored.isEmpty {
      lines.append("Could not be scored:")
      lines += report.unscored.map { "  \($0.file): \($0.reason)" }
      lines.append("")
    }
    lines.append("Misses (\(report.misses.count)):")
    if report.split == .check {
      lines.append("  not listed for the check part: study the tune part only, so the check")
      lines.append("  part keeps measuring plans nobody tuned on.")
    }
    for miss in report.misses where report.split != .check {
      lines.append(
        "  \(miss.file)  \(miss.variable): coders \(miss.expected), engine \(miss.engine)")
      if let quote = miss.codersQuote {
        lines.append("    coders: “\(quote)”")
      }
      if miss.engineEvidence.isEmpty {
        lines.append("    engine: nothing found")
      }
      for evidence in miss.engineEvidence {
        lines.append(
          "    engine: “\(Self.short(evidence.quote))” [\(evidence.group): \(evidence.indicator)]")
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  private func confusion(_ agreement: CalibrationReport.Agreement) -> [String] {
    let table = agreement.confusion
    let categories = Array(table.categories)
    var lines = ["  " + pad(agreement.id, 16) + categories.map { pad("\($0)", 4) }.joined()]
    for (row, expected) in categories.enumerated() {
      lines.append(
        "  " + pad("  \(expected)", 16) + table.counts[row].map { pad("\($0)", 4) }.joined())
    }
    lines.append("")
    return lines
  }

  private func pad(_ text: String, _ width: Int) -> String {
    text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
  }

  private static func number(_ value: Double?) -> String {
    value.map { String(format: "%.2f", $0) } ?? "-"
  }

  private static func percent(_ value: Double) -> String {
    String(format: "%.0f%%", value * 100)
  }

  private static func short(_ quote: String) -> String {
    quote.count > 160 ? String(quote.prefix(157)) + "…" : quote
  }
}
