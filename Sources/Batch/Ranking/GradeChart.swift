import Foundation
import Reporting

/// The bar chart of grades on the index page, as inline SVG.
///
/// It draws one bar per plan in ranking order when there are few plans, and a
/// histogram of grades in steps of half a point when there are many. A dashed line marks the pass mark and
/// every bar carries its value as text.
struct GradeChart {
  /// The plans, in ranking order.
  let plans: [ScoredPlan]
  /// The labels.
  let strings: ReportStrings

  /// The largest number of plans drawn as one bar each.
  static let maxBars = 60

  /// The chart.
  func svg() -> String {
    plans.count <= Self.maxBars ? bars() : histogram()
  }

  private var passMark: Double { plans.first?.scorecard.passMark ?? 5.5 }

  // MARK: - One bar per plan

  private func bars() -> String {
    let width = 760.0
    let labelWidth = 250.0
    let plotWidth = width - labelWidth - 70
    let row = 22.0
    let top = 24.0
    let bottom = top + row * Double(plans.count)
    let height = bottom + 22
    let x = { (grade: Double) in labelWidth + plotWidth * grade / 10 }
    var svg = open(width: width, height: height)
    for tick in 0...10 {
      let tx = format(x(Double(tick)))
      svg += "<line x1=\"\(tx)\" y1=\"\(format(top - 4))\" x2=\"\(tx)\" y2=\"\(format(bottom))\" "
      svg += "stroke=\"#e3e6ec\"/>"
      svg += "<text x=\"\(tx)\" y=\"14\" font-size=\"11\" text-anchor=\"middle\" fill=\"#5a6275\">"
      svg += "\(tick)</text>\n"
    }
    for (index, plan) in plans.enumerated() {
      let y = top + row * Double(index)
      let grade = plan.scorecard.grade
      let color = plan.scorecard.passed ? "#2c6aa8" : "#c0392b"
      svg += "<text x=\"\(format(labelWidth - 8))\" y=\"\(format(y + 14))\" font-size=\"12\" "
      svg += "text-anchor=\"end\" fill=\"#1d2433\">\(Self.shorten(plan.label).htmlEscaped)</text>"
      svg += "<rect x=\"\(format(labelWidth))\" y=\"\(format(y + 3))\" "
      svg += "width=\"\(format(x(grade) - labelWidth))\" height=\"15\" fill=\"\(color)\"/>"
      svg += "<text x=\"\(format(width - 8))\" y=\"\(format(y + 14))\" font-size=\"12\" "
      svg +=
        "text-anchor=\"end\" font-weight=\"700\" fill=\"#1d2433\">\(strings.decimal(grade))</text>\n"
    }
    svg += passLine(x: x(passMark), top: top - 4, bottom: bottom, labelY: height - 6)
    return svg + "</svg>\n"
  }

  // MARK: - Histogram

  private func histogram() -> String {
    let bins = Array(0..<19)
    var counts = Array(repeating: 0, count: bins.count)
    for plan in plans {
      let grade = plan.scorecard.grade
      let bin = grade.isFinite ? Int(((min(max(grade, 1), 10) - 1) * 2).rounded(.down)) : 0
      counts[min(max(bin, 0), bins.count - 1)] += 1
    }
    let width = 760.0
    let left = 50.0
    let plotWidth = width - left - 20
    let top = 20.0
    let plotHeight = 220.0
    let height = top + plotHeight + 40
    let most = max(counts.max() ?? 1, 1)
    let binWidth = plotWidth / Double(bins.count)
    var svg = open(width: width, height: height)
    for (bin, count) in zip(bins, counts) {
      let lower = 1 + Double(bin) / 2
      let barHeight = plotHeight * Double(count) / Double(most)
      let x = left + binWidth * Double(bin)
      let color = lower >= passMark - 1e-9 ? "#2c6aa8" : "#c0392b"
      svg += "<rect x=\"\(format(x + 2))\" y=\"\(format(top + plotHeight - barHeight))\" "
      svg += "width=\"\(format(binWidth - 4))\" height=\"\(format(barHeight))\" fill=\"\(color)\"/>"
      if count > 0 {
        svg +=
          "<text x=\"\(format(x + binWidth / 2))\" y=\"\(format(top + plotHeight - barHeight - 4))\" "
        svg += "font-size=\"11\" text-anchor=\"middle\">\(count)</text>"
      }
      if bin % 2 == 0 {
        svg += "<text x=\"\(format(x))\" y=\"\(format(top + plotHeight + 16))\" font-size=\"11\" "
        svg += "text-anchor=\"middle\" fill=\"#5a6275\">\(Int(lower))</text>"
      }
      svg += "\n"
    }
    svg +=
      "<text x=\"\(format(left + plotWidth / 2))\" y=\"\(format(height - 4))\" font-size=\"12\" "
    svg += "text-anchor=\"middle\" fill=\"#5a6275\">\(strings.histogramAxis.htmlEscaped)</text>\n"
    let passX = left + binWidth * (passMark - 1) * 2
    svg += passLine(x: passX, top: top, bottom: top + plotHeight, labelY: top + 10)
    return svg + "</svg>\n"
  }

  // MARK: - Pieces

  private func open(width: Double, height: Double) -> String {
    "<svg role=\"img\" width=\"100%\" "
      + "viewBox=\"0 0 \(format(width)) \(format(height))\" style=\"max-width:\(format(width))px\">"
      + "<title>\(strings.chart.htmlEscaped)</title>\n"
  }

  private func passLine(x: Double, top: Double, bottom: Double, labelY: Double) -> String {
    "<line x1=\"\(format(x))\" y1=\"\(format(top))\" x2=\"\(format(x))\" y2=\"\(format(bottom))\" "
      + "stroke=\"#1d2433\" stroke-width=\"1.5\" stroke-dasharray=\"5 4\"/>"
      + "<text x=\"\(format(x + 4))\" y=\"\(format(labelY))\" font-size=\"11\" fill=\"#1d2433\">"
      + "\(strings.passMark.htmlEscaped) \(strings.decimal(passMark))</text>\n"
  }

  /// A coordinate with at most one decimal, the same on every machine.
  private func format(_ value: Double) -> String {
    let tenths = (value * 10).rounded()
    return tenths.truncatingRemainder(dividingBy: 10) == 0
      ? String(Int(tenths / 10)) : String(format: "%.1f", tenths / 10)
  }

  /// A label cut to fit beside the bars.
  static func shorten(_ label: String, to length: Int = 38) -> String {
    label.count <= length ? label : String(label.prefix(length - 1)) + "…"
  }
}
