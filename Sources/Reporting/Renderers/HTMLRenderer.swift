import PlanReading
import Scoring

/// Renders scorecards as one self-contained HTML page.
///
/// The page has inline CSS and no scripts. It shows per plan the grade, the ladder rung with its proof, the card of
/// criteria, each criterion with its evidence quotes and section, the advice,
/// the warnings, and the metadata. Every text taken from a plan or a rubric is
/// HTML-escaped, so a plan that contains `<script>` shows it as text.
public struct HTMLRenderer: ReportRenderer {
  public static let format = OutputFormat.html
  /// The language of labels and rubric texts; `nil`: each card in its own
  /// plan's language.
  public let language: PlanLanguage?
  /// A relative link back to the batch's index page, when the report is part
  /// of a batch.
  public let indexLink: String?

  /// Creates the renderer.
  /// - Parameters:
  ///   - language: The language of labels and rubric texts; `nil`: each
  ///     card in its own plan's language.
  ///   - indexLink: A relative link to the batch's `index.html`, if any.
  public init(language: PlanLanguage?, indexLink: String? = nil) {
    self.language = language
    self.indexLink = indexLink
  }

  public func render(_ scorecards: [Scorecard]) throws -> String {
    let pageLanguage = language ?? scorecards.first?.plan.language ?? .nl
    let s = ReportStrings(language: pageLanguage)
    let title = scorecards.count == 1 ? Self.title(of: scorecards[0]) : s.scorecard
    let cards = renderFragment(scorecards, pageLanguage: pageLanguage)
    return HTMLPage.document(
      title: "\(s.scorecard): \(title)", language: pageLanguage, body: cards)
  }

  /// The cards alone, without the page around them: for a page that brings
  /// its own frame and loads ``styleSheet`` as a file (such as the web page of
  /// `scorecard serve`, whose Content-Security-Policy forbids inline CSS).
  /// A card in another language than the page's says so in its `lang`.
  public func renderFragment(_ scorecards: [Scorecard], pageLanguage: PlanLanguage? = nil)
    -> String
  {
    scorecards.map { card in
      let cardLanguage = language ?? card.plan.language
      let lang = cardLanguage == (pageLanguage ?? cardLanguage) ? "" : cardLanguage.rawValue
      return article(card, ReportStrings(language: cardLanguage), lang: lang)
    }.joined(separator: "\n")
  }

  /// The CSS that ``render(_:)`` inlines into every page, to serve as a file.
  public static var styleSheet: String { HTMLStyle.css }

  /// The plan's title, or its file when it has none.
  package static func title(of card: Scorecard) -> String {
    card.plan.title ?? card.plan.source
  }

  // MARK: - One card

  private func article(_ card: Scorecard, _ s: ReportStrings, lang: String) -> String {
    let langAttribute = lang.isEmpty ? "" : " lang=\"\(lang)\""
    var html = "<article class=\"scorecard\"\(langAttribute)>\n"
    if let indexLink {
      html += "<p class=\"muted\"><a href=\"\(indexLink.htmlEscaped)\">← \(s.backToIndex)</a></p>\n"
    }
    html += "<header class=\"page\">\n<p class=\"eyebrow\">\(s.scorecard.htmlEscaped)</p>\n"
    html += "<h1>\(Self.title(of: card).htmlEscaped)</h1>\n"
    let place = [
      card.plan.municipality, card.plan.area, card.plan.year.map(String.init),
      s.kindName(card.plan.kind), s.statusName(card.plan.planStatus),
    ].compactMap { $0 }.joined(separator: " · ")
    if !place.isEmpty { html += "<p class=\"lead\">\(place.htmlEscaped)</p>\n" }
    html += "</header>\n"
    html += verdict(card, s)
    html += mergeSection(card, s)
    html += overview(card, s)
    html += "<h2>\(s.perCriterion.htmlEscaped)</h2>\n"
    let shown = card.shownSentences
    html += card.criteria.map { criterion($0, shown: shown, s) }.joined()
    html += warnings(card, s)
    html += details(card, s)
    html += decision(card, s)
    html += "<footer>\(s.inspiredBy.htmlEscaped)</footer>\n</article>"
    return html
  }

  private func verdict(_ card: Scorecard, _ s: ReportStrings) -> String {
    let passClass = card.passed ? "pass" : "fail"
    var html = "<section class=\"verdict\">\n<div class=\"grade-box \(passClass)\">"
    html += "<span class=\"label\">\(s.grade.htmlEscaped)</span>"
    html += "<span class=\"grade\">\(s.decimal(card.grade))</span>"
    html += "<span class=\"label\">\((card.passed ? s.passed : s.failed).htmlEscaped)"
    html += "</span></div>\n"
    html += "<div class=\"ladder-box\"><strong>\(s.ladder.htmlEscaped):</strong> "
    html += "\(s.rung) \(card.ladder.rung), \(s.text(card.ladder.label).htmlEscaped)"
    if let proof = card.ladder.evidence { html += quote(proof, s) }
    for applied in card.cappedBy {
      html +=
        "<p class=\"muted\">\(s.cappedBecause): \(s.text(applied.explanation).htmlEscaped)</p>"
    }
    html += "</div>\n"
    if let figures = card.readability {
      html +=
        "<div class=\"ladder-box readability\"><strong>\(s.readability.htmlEscaped):</strong> "
      html += "\(s.decimal(figures.score)) (\(s.readabilityBand(figures).htmlEscaped))<br>"
      html += "<span class=\"muted\">\(s.readabilityFormula(figures).htmlEscaped)<br>"
      html += "\(s.readabilityFigures(figures).htmlEscaped)</span></div>\n"
    }
    html += "</section>\n"
    return html
  }

  private func overview(_ card: Scorecard, _ s: ReportStrings) -> String {
    var html = "<table class=\"overview\">\n<thead><tr><th>\(s.criteria.htmlEscaped)</th>"
    html += "<th class=\"lvl\">\(s.levelWord.htmlEscaped)</th>"
    html += "<th class=\"num\">\(s.weight.htmlEscaped)</th>\(sourceHeaders(card, s))"
    html += "</tr></thead>\n<tbody>\n"
    for criterion in card.criteria {
      let cell = LevelCell(level: criterion.level, maxLevel: criterion.maxLevel)
      html += "<tr><td><a href=\"#\(Self.anchor(criterion.id))\">"
      html += "\(s.text(criterion.title).htmlEscaped)</a></td>"
      html += cell.html(s, tooltip: s.text(criterion.levelDescription))
      html += "<td class=\"num\">\(s.weightValue(criterion.weight))</td>"
      html += "\(sourceCells(criterion, s))</tr>\n"
    }
    html += "</tbody>\n</table>\n"
    return html
  }

  // MARK: - Criteria and evidence

  private func criterion(_ criterion: CriterionResult, shown: Set<String>, _ s: ReportStrings)
    -> String
  {
    let cell = LevelCell(level: criterion.level, maxLevel: criterion.maxLevel)
    let level = criterion.level.map { "\($0)/\(criterion.maxLevel)" } ?? s.notApplicable
    var html = "<section class=\"criterion\" id=\"\(Self.anchor(criterion.id))\">\n"
    html += "<h3>\(s.text(criterion.title).htmlEscaped)"
    html += "<span class=\"level-tag lvl-\(cell.band)\">\(level.htmlEscaped)</span></h3>\n"
    html += "<p class=\"question\">\(s.question): \(s.text(criterion.question).htmlEscaped)</p>\n"
    let description = s.text(criterion.levelDescription)
    if !description.isEmpty { html += "<p>\(description.htmlEscaped)</p>\n" }
    html += judgements(criterion, s)
    if criterion.level != nil {
      html += "<p><strong>\(s.evidence.htmlEscaped):</strong></p>\n"
      if criterion.evidence.isEmpty {
        html += "<p class=\"muted\">\(s.noEvidence.htmlEscaped)</p>\n"
      }
      html += criterion.evidence.map { quote($0, s, foundWords: true) }.joined()
      let notCounted = criterion.notCounted(shown: shown)
      if !notCounted.isEmpty {
        html += "<ul class=\"discounted\">\n"
        for item in notCounted {
          let why = item.failed.map(s.condition).joined(separator: ", ")
          html += "<li>\(s.discounted.htmlEscaped) (\(why.htmlEscaped)): "
          html += "“\(item.quote.htmlEscaped)” <span>(\(item.place(s).htmlEscaped))</span></li>\n"
        }
        html += "</ul>\n"
      }
    }
    let advice = s.text(criterion.advice)
    if !advice.isEmpty {
      html +=
        "<p class=\"advice\"><strong>\(s.advice.htmlEscaped):</strong> \(advice.htmlEscaped)</p>\n"
    }
    return html + "</section>\n"
  }

  /// A quote with its place in the plan.
  package func quote(
    _ evidence: Evidence, _ s: ReportStrings, style: String? = nil, foundWords: Bool = false
  ) -> String {
    let classAttribute = style.map { " class=\"\($0)\"" } ?? ""
    let place = evidence.place(s) + (foundWords ? "; \(evidence.foundWords(s))" : "")
    return "<blockquote\(classAttribute)>“\(evidence.quote.htmlEscaped)”"
      + "<cite>\(place.htmlEscaped)</cite></blockquote>\n"
  }

  /// A fragment id for a criterion, safe whatever the rubric calls it.
  package static func anchor(_ id: String) -> String {
    "c-" + id.urlPathEncoded.replacingOccurrences(of: "%", with: "_")
  }
}
