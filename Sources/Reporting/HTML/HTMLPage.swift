import PlanReading

/// The frame of every HTML page the reports write: one self-contained
/// document with inline CSS, no scripts, no fonts or images from elsewhere,
/// so it works from a `file://` URL, offline, and prints on A4.
package enum HTMLPage {
  /// A complete HTML document.
  /// - Parameters:
  ///   - title: The page title, as plain text (it is escaped here).
  ///   - language: The language of the page's text.
  ///   - body: The body's HTML; every text in it must already be escaped.
  package static func document(title: String, language: PlanLanguage, body: String) -> String {
    """
    <!DOCTYPE html>
    <html lang="\(language.rawValue)">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="generator" content="participation-scorecard">
    <title>\(title.htmlEscaped)</title>
    <style>
    \(HTMLStyle.css)
    </style>
    </head>
    <body>
    \(body)
    </body>
    </html>

    """
  }
}

/// The class and text of a table cell that shows a criterion's level, as a
/// heat-map colour with the number written in it for readers who cannot tell
/// the colours apart.
package struct LevelCell {
  /// The level, or `nil` when the criterion does not apply.
  let level: Int?
  /// The top of the scale.
  let maxLevel: Int

  /// A cell for a level on a scale up to `maxLevel`.
  package init(level: Int?, maxLevel: Int) {
    self.level = level
    self.maxLevel = maxLevel
  }

  /// `low`, `mid`, `high` by the share of the scale reached, or `na`.
  var band: String {
    guard let level else { return "na" }
    guard maxLevel > 0 else { return "high" }
    let share = Double(level) / Double(maxLevel)
    return share < 0.34 ? "low" : share < 0.67 ? "mid" : "high"
  }

  /// A `<td>` with the colour class, the number (or n.v.t.) and a tooltip.
  package func html(_ strings: ReportStrings, tooltip: String) -> String {
    let text = level.map(String.init) ?? strings.notApplicable
    return "<td class=\"lvl lvl-\(band)\" title=\"\(tooltip.htmlEscaped)\">\(text.htmlEscaped)</td>"
  }
}
