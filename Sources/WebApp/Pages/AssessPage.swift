import PlanReading
import Reporting
import Scoring

/// One step of the assessment: one criterion with the engine's level and
/// quotes beside it, the resident's level and remark, and the way on.
struct AssessPage {
  let strings: WebStrings
  let submission: PlanSubmission
  let card: Scorecard
  let rubric: Rubric
  let state: AssessmentForm

  /// The page's main content for the current step.
  var body: String {
    let s = strings
    let index = state.step
    let criterion = card.criteria[index]
    let text = { (value: [String: String]) in
      value[s.language.rawValue] ?? value["nl"] ?? value.values.first ?? ""
    }
    var html =
      "<p class=\"eyebrow\">\(s.question(index + 1, of: card.criteria.count).htmlEscaped)</p>\n"
    html += "<h1>\(text(criterion.title).htmlEscaped)</h1>\n"
    html += "<p class=\"lead\">\(text(criterion.question).htmlEscaped)</p>\n"
    html += "<section class=\"panel engine\" aria-labelledby=\"engine-title\">\n"
    html += "<h2 id=\"engine-title\">\(s.engineFound.htmlEscaped)</h2>\n"
    let engineLevel = criterion.level.map { "\($0)/\(criterion.maxLevel)" } ?? s.notApplicable
    html += "<p><strong>\(s.engineLevel.htmlEscaped):</strong> \(engineLevel.htmlEscaped)</p>\n"
    let description = text(criterion.levelDescription)
    if !description.isEmpty { html += "<p>\(description.htmlEscaped)</p>\n" }
    if criterion.evidence.isEmpty {
      html += "<p class=\"muted\">\(s.noQuotes.htmlEscaped)</p>\n"
    }
    for evidence in criterion.evidence.prefix(3) {
      html += "<blockquote>“\(evidence.quote.htmlEscaped)”</blockquote>\n"
    }
    html += "</section>\n"
    html +=
      "<form class=\"panel\" method=\"post\" action=\"/assess\" enctype=\"multipart/form-data\">\n"
    html += submission.hiddenFields + hidden("step", String(index))
    html += state.hiddenAnswers(for: card, skipping: index)
    html += "<fieldset><legend>\(s.yourLevel.htmlEscaped)</legend>\n"
    let chosen = state.level(for: criterion)
    let levels = rubric.criteria.first { $0.id == criterion.id }?.levels ?? []
    for value in 0...criterion.maxLevel {
      let meaning = levels.first { $0.value == value }?.description.text(in: s.language) ?? ""
      html += radio(
        criterion.id, value: String(value), checked: chosen == value,
        label: "\(value)" + (meaning.isEmpty ? "" : ": \(meaning)"))
    }
    if criterion.level == nil {
      html += radio(criterion.id, value: "-", checked: chosen == nil, label: s.notApplicable)
    }
    html += "</fieldset>\n"
    let remark = state.remarks[criterion.id] ?? ""
    html += "<p><label for=\"remark\">\(s.remarkLabel.htmlEscaped)</label>\n"
    html += "<textarea id=\"remark\" name=\"remark_\(criterion.id.htmlEscaped)\" rows=\"3\""
    html += " maxlength=\"2000\">\(remark.htmlEscaped)</textarea></p>\n"
    html += "<p class=\"buttons\">"
    let last = index == card.criteria.count - 1
    html += "<button type=\"submit\" name=\"go\" value=\"\(last ? "finish" : "next")\">"
    html += "\((last ? s.finishButton : s.nextButton).htmlEscaped)</button> "
    if index > 0 {
      html += "<button type=\"submit\" name=\"go\" value=\"back\" class=\"secondary\">"
      html += "\(s.backButton.htmlEscaped)</button>"
    }
    html += "</p>\n</form>\n"
    return html
  }

  private func radio(_ id: String, value: String, checked: Bool, label: String) -> String {
    let inputID = "level-\(value == "-" ? "na" : value)"
    return
      "<p class=\"choice\"><input type=\"radio\" id=\"\(inputID)\" name=\"level_\(id.htmlEscaped)\""
      + " value=\"\(value)\"\(checked ? " checked" : "")>"
      + " <label for=\"\(inputID)\">\(label.htmlEscaped)</label></p>\n"
  }
}

/// The end of the assessment: the merged card and the download.
struct AssessDonePage {
  let strings: WebStrings
  let submission: PlanSubmission
  let card: Scorecard
  let state: AssessmentForm
  /// Whether the assessment was also written to the server's data folder.
  let kept: Bool

  /// The page's main content.
  var body: String {
    let s = strings
    let count = card.criteria.count
    var html =
      "<h1>\(s.doneTitle.htmlEscaped)</h1>\n<p class=\"lead\">\(s.doneIntro.htmlEscaped)</p>\n"
    if kept { html += "<p>\(s.keptOnServer.htmlEscaped)</p>\n" }
    html +=
      "<form class=\"panel\" method=\"post\" action=\"/assess\" enctype=\"multipart/form-data\">\n"
    html += submission.hiddenFields + hidden("step", String(count))
    html += state.hiddenAnswers(for: card, skipping: nil)
    html += "<p class=\"buttons\"><button type=\"submit\" name=\"go\" value=\"download\">"
    html += "\(s.downloadAssessment.htmlEscaped)</button> "
    html += "<button type=\"submit\" name=\"go\" value=\"back\" class=\"secondary\">"
    html += "\(s.changeAnswers.htmlEscaped)</button></p>\n</form>\n"
    html += HTMLRenderer(language: s.language).renderFragment([card])
    return html
  }
}
