import PlanReading
import Reporting
import Scoring

/// The start page: upload or paste a plan, choose a rubric, score.
struct HomePage {
  let strings: WebStrings
  let maxBytes: Int

  /// The page's main content.
  var body: String {
    let s = strings
    let hint = s.planFileHint.replacingOccurrences(of: "%@", with: WebStrings.size(maxBytes))
    var options = ""
    for id in RubricCatalog.bundledIDs {
      let selected = id == RubricCatalog.defaultID ? " selected" : ""
      options += "<option value=\"\(id.htmlEscaped)\"\(selected)>\(id.htmlEscaped)</option>"
    }
    return """
      <h1>\(s.homeTitle.htmlEscaped)</h1>
      <p class="lead">\(s.homeIntro.htmlEscaped)</p>
      <form class="panel" method="post" action="/score" enctype="multipart/form-data">
      \(hidden("lang", s.language.rawValue))
      <p><label for="plan">\(s.planFileLabel.htmlEscaped)</label>
      <input type="file" id="plan" name="plan" aria-describedby="plan-hint">
      <span class="hint" id="plan-hint">\(hint.htmlEscaped)</span></p>
      <p><label for="text">\(s.pasteLabel.htmlEscaped)</label>
      <textarea id="text" name="text" rows="8"></textarea></p>
      <details><summary>\(s.rubricLabel.htmlEscaped)</summary>
      <p><label for="rubric">\(s.rubricLabel.htmlEscaped)</label>
      <select id="rubric" name="rubric" aria-describedby="rubric-hint">\(options)</select>
      <span class="hint" id="rubric-hint">\(s.rubricHint.htmlEscaped)</span></p>
      <p><label for="rubric_file">\(s.rubricFileLabel.htmlEscaped)</label>
      <input type="file" id="rubric_file" name="rubric_file" accept=".json,application/json"></p>
      </details>
      <p><button type="submit">\(s.scoreButton.htmlEscaped)</button></p>
      </form>
      """
  }
}
