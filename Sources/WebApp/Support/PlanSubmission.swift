import Foundation
import PlanReading
import Scoring

/// A plan and the rubric to score it with, as sent by a form.
///
/// Nothing is kept on the server between requests: after the first upload
/// the plan's bytes (and an uploaded rubric's) travel back and forth in
/// hidden fields, base64-encoded, so every later page scores the plan again
/// from exactly the same bytes and any instance can answer.
struct PlanSubmission: Sendable {
  /// The plan's bytes, unchanged (its SHA-256 identifies it in assessments).
  var planData: Data
  /// The plan's file name as the browser gave it, without folders.
  var planName: String
  /// The language of the page and of the card's texts.
  var language: PlanLanguage
  /// The id of a bundled rubric; ignored when ``rubricData`` is set.
  var rubricID: String
  /// An uploaded rubric's bytes, if one was uploaded.
  var rubricData: Data?
  /// An uploaded rubric's file name.
  var rubricName: String?

  /// The file name given to pasted text.
  static let pastedName = "plan.txt"

  /// Reads the plan and rubric from a form: an uploaded file, pasted text or
  /// the hidden fields of an earlier page.
  /// - Throws: ``WebError/noPlan`` when there is none; ``WebError/tooLarge(limit:)``.
  init(form: FormFields, maxBytes: Int) throws(WebError) {
    language = form.text("lang") == "en" ? .en : .nl
    if let file = form.file("plan") {
      planData = file.data
      planName = Self.baseName(file.fileName ?? Self.pastedName)
    } else if let text = form["text"]?.text,
      !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
    {
      planData = Data(text.replacingOccurrences(of: "\r\n", with: "\n").utf8)
      planName = Self.pastedName
    } else if let carried = form.text("plan_b64"), let data = Data(base64Encoded: carried) {
      planData = data
      planName = Self.baseName(form.text("plan_name") ?? Self.pastedName)
    } else {
      throw .noPlan
    }
    guard planData.count <= maxBytes else { throw .tooLarge(limit: maxBytes) }
    rubricID = form.text("rubric") ?? RubricCatalog.defaultID
    if let file = form.file("rubric_file") {
      rubricData = file.data
      rubricName = Self.baseName(file.fileName ?? "rubric.json")
    } else if let carried = form.text("rubric_b64"), let data = Data(base64Encoded: carried) {
      rubricData = data
      rubricName = Self.baseName(form.text("rubric_name") ?? "rubric.json")
    }
    if let rubricData, rubricData.count > maxBytes { throw .tooLarge(limit: maxBytes) }
  }

  /// The rubric: the uploaded one, or the bundled one with ``rubricID``.
  /// - Throws: ``WebError/badRubric(_:)`` naming every problem.
  func rubric() throws(WebError) -> Rubric {
    do {
      if let rubricData {
        return try Rubric(data: rubricData, source: rubricName ?? "rubric.json")
      }
      guard RubricCatalog.bundledIDs.contains(rubricID) else {
        throw WebError.badRubric(
          "'\(rubricID)' is not a bundled rubric; choose one of "
            + RubricCatalog.bundledIDs.joined(separator: ", "))
      }
      return try RubricCatalog.load(rubricID)
    } catch let error as WebError {
      throw error
    } catch {
      throw .badRubric(error.localizedDescription)
    }
  }

  /// Reads and scores the plan with the rubric.
  /// - Throws: ``WebError`` when the plan or rubric cannot be used.
  func score(maxBytes: Int) throws(WebError) -> (card: Scorecard, rubric: Rubric) {
    let rubric = try rubric()
    let document: PlanDocument
    do {
      document = try PlanReader(options: .init(maxBytes: maxBytes))
        .read(data: planData, path: planName)
    } catch {
      if case .tooLarge = error { throw .tooLarge(limit: maxBytes) }
      throw .unreadablePlan(error.message(in: language))
    }
    return (PlanScorer(rubric: rubric).score(document), rubric)
  }

  /// The hidden fields that send this plan and rubric with the next form.
  var hiddenFields: String {
    var html = hidden("lang", language.rawValue)
    html += hidden("plan_name", planName)
    html += hidden("plan_b64", planData.base64EncodedString())
    html += hidden("rubric", rubricID)
    if let rubricData {
      html += hidden("rubric_name", rubricName ?? "rubric.json")
      html += hidden("rubric_b64", rubricData.base64EncodedString())
    }
    return html
  }

  /// The last part of a path, so a file name sent as `../../x` stays a name;
  /// control characters are dropped.
  static func baseName(_ name: String) -> String {
    let last = name.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
    let clean = String(
      last.unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7F }
        .map(Character.init))
    return clean.isEmpty || clean == "." || clean == ".." ? pastedName : String(clean.prefix(200))
  }
}
