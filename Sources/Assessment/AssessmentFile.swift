import Foundation
import PlanReading
import Scoring

/// Reads and writes assessment files (`docs/assessment-json.md`).
public enum AssessmentFile {
  // MARK: - Reading

  /// Reads and checks an assessment file.
  /// - Parameters:
  ///   - url: The file.
  ///   - rubric: The rubric the assessment will be used with, if known: then
  ///     levels above its scale, and criteria it does not have (when the
  ///     assessment names this very rubric), are refused too.
  /// - Throws: ``AssessmentError`` naming the file and, where known, the
  ///   line and column.
  public static func load(from url: URL, rubric: Rubric? = nil) throws(AssessmentError)
    -> Assessment
  {
    let data: Data
    do {
      data = try FileAccess.read(url.path)
    } catch {
      throw .unreadable(path: url.path, reason: error.reason)
    }
    return try decode(data, path: url.path, rubric: rubric)
  }

  /// Decodes and checks the bytes of an assessment file.
  /// - Parameters:
  ///   - path: The file's path, for messages.
  ///   - rubric: The rubric the assessment will be used with, if known.
  /// - Throws: ``AssessmentError`` naming the file and, where known, the
  ///   line and column.
  public static func decode(_ data: Data, path: String, rubric: Rubric? = nil)
    throws(AssessmentError) -> Assessment
  {
    let outline: JSONOutline
    do {
      outline = try JSONOutline(parsing: [UInt8](data))
    } catch {
      throw .notJSON(path: path, detail: error.description)
    }
    let header: Header
    do {
      header = try JSONDecoder().decode(Header.self, from: data)
    } catch {
      throw .notAnAssessment(path: path, detail: DecodingProblem.words(for: error))
    }
    guard header.type == Assessment.fileType else {
      throw .notAnAssessment(
        path: path, detail: "`type` is \(header.type.map { "'\($0.clipped())'" } ?? "missing")")
    }
    guard header.format == Assessment.currentFormat else {
      throw .unsupportedFormat(path: path, format: header.format)
    }
    let check = AssessmentCheck(path: path, outline: outline)
    try check.wholeLevels()
    let assessment: Assessment
    do {
      assessment = try JSONDecoder().decode(Assessment.self, from: data)
    } catch {
      throw .notAnAssessment(
        path: check.place(of: error), detail: DecodingProblem.words(for: error))
    }
    try check.values(of: assessment)
    if let rubric { try check.fits(assessment, rubric: rubric) }
    return assessment
  }

  // MARK: - Writing

  /// The JSON of an assessment: sorted keys, pretty-printed, newline at the
  /// end; the same assessment always gives the same bytes.
  public static func encode(_ assessment: Assessment) -> Data {
    // An assessment holds only strings, numbers and arrays of them: encoding
    // cannot fail.
    (try? StableJSON.file(assessment)) ?? Data("\n".utf8)
  }

  /// Writes an assessment atomically: the file is either the old one or the
  /// complete new one, never half written.
  public static func write(_ assessment: Assessment, to url: URL) throws(AssessmentError) {
    do {
      try AtomicFile.write(encode(assessment), to: url)
    } catch {
      throw .cannotWrite(path: url.path, reason: error.reason)
    }
  }

  // MARK: - Checks

  /// The fields every assessment file has, read before the rest.
  private struct Header: Decodable {
    var type: String?
    var format: Int
  }
}
