import PlanReading
import Reporting
import Scoring

/// The scored plan: the card as the HTML report draws it, then the
/// downloads, the start of the assessment and the upload of earlier ones.
struct CardPage {
  let strings: WebStrings
  let submission: PlanSubmission
  let card: Scorecard
  /// The readability of the plan, shown beside the grade.
  var readability: String = ""

  /// The page's main content.
  var body: String {
    let s = strings
    let fields = submission.hiddenFields
    let cardHTML = HTMLRenderer(language: s.language).renderFragment([card])
    var downloads = ""
    for (format, label) in [("html", "HTML"), ("json", "JSON"), ("markdown", "Markdown")] {
      downloads += "<button type=\"submit\" name=\"format\" value=\"\(format)\">\(label)</button> "
    }
    return """
      \(cardHTML)
      \(readability)
      <section class="panel" aria-labelledby="download-title">
      <h2 id="download-title">\(s.downloadTitle.htmlEscaped)</h2>
      <form method="post" action="/download" enctype="multipart/form-data">
      \(fields)<p class="buttons">\(downloads)</p>
      </form>
      </section>
      <section class="panel" aria-labelledby="assess-title">
      <h2 id="assess-title">\(s.assessTitle.htmlEscaped)</h2>
      <p>\(s.assessIntro.htmlEscaped)</p>
      <form method="post" action="/assess" enctype="multipart/form-data">
      \(fields)\(hidden("step", "0"))
      <p><label for="assessor">\(s.assessorLabel.htmlEscaped)</label>
      <input type="text" id="assessor" name="assessor" required maxlength="100" autocomplete="name"></p>
      <p><button type="submit" name="go" value="start">\(s.startAssessButton.htmlEscaped)</button></p>
      </form>
      </section>
      <section class="panel" aria-labelledby="add-title">
      <h2 id="add-title">\(s.addAssessmentsTitle.htmlEscaped)</h2>
      <form method="post" action="/score" enctype="multipart/form-data">
      \(fields)
      <p><label for="assessment">\(s.addAssessmentsLabel.htmlEscaped)</label>
      <input type="file" id="assessment" name="assessment" multiple accept=".json,application/json"></p>
      <p><button type="submit">\(s.addAssessmentsButton.htmlEscaped)</button></p>
      </form>
      </section>
      <p><a href="/?lang=\(s.language.rawValue)">\(s.scoreAnother.htmlEscaped)</a></p>
      """
  }
}
