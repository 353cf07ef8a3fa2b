import Foundation
import Scoring

/// Reads and writes assessment files (`docs/assessment-json.md`).
public enum AssessmentFile {
  // MARK: - Reading

  /// Reads and checks an assessment file.
  /// - Throws: ``AssessmentError`` naming the file and, for broken JSON, the
  ///   line and column.
  public static func load(from url: URL) throws(AssessmentError) -> Assessment {
    let data: Data
    do {
      data = try Data(contentsOf: url)
    } catch {
      throw .unreadable(path: url.path, reason: error.localizedDescription)
    }
    return try decode(data, path: url.path)
  }

  /// Decodes and checks the bytes of an assessment file.
  /// - Parameter path: The file's path, for messages.
  public static func decode(_ data: Data, path: String) throws(AssessmentError) -> Assessment {
    if let syntax = JSONSyntaxCheck.firstError(in: [UInt8](data)) {
      throw .notJSON(path: path, detail: syntax)
    }
    let header: Header
    do {
      header = try JSONDecoder().decode(Header.self, from: data)
    } catch {
      throw .notAnAssessment(path: path, detail: Self.describe(error))
    }
    guard header.type == Assessment.fileType else {
      throw .notAnAssessment(
        path: path, detail: "`type` is \(header.type.map { "'\($0)'" } ?? "missing")")
    }
    guard header.format == Assessment.currentFormat else {
      throw .unsupportedFormat(path: path, format: header.format)
    }
    let assessment: Assessment
    do {
      assessment = try JSONDecoder().decode(Assessment.self, from: data)
    } catch {
      throw .notAnAssessment(path: path, detail: Self.describe(error))
    }
    try check(assessment, path: path)
    return assessment
  }

  // MARK: - Writing

  /// The JSON of an assessment: sorted keys, pretty-printed, newline at the
  /// end; the same assessment always gives the same bytes.
  public static func encode(_ assessment: Assessment) -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    // An assessment holds only strings, numbers and arrays of them: encoding
    // cannot fail.
    let data = (try? encoder.encode(assessment)) ?? Data()
    return data + Data("\n".utf8)
  }

  /// Writes an assessment atomically: the file is either the old one or the
  /// complete new one, never half written.
  public static func write(_ assessment: Assessment, to url: URL) throws(AssessmentError) {
    do {
      try encode(assessment).write(to: url, options: .atomic)
    } catch {
      throw .cannotWrite(path: url.path, reason: error.localizedDescription)
    }
  }

  // MARK: - Checks

  /// The fields every assessment file has, read before the rest.
  private struct Header: Decodable {
    var type: String?
    var format: Int
  }

  /// Rejects values no questionnaire writes.
  private static func check(_ assessment: Assessment, path: String) throws(AssessmentError) {
    if assessment.assessor.trimmingCharacters(in: .whitespaces).isEmpty {
      throw .invalidValue(path: path, detail: "`assessor` is empty; give a name or initials")
    }
    var seen: Set<String> = []
    for criterion in assessment.criteria {
      if !seen.insert(criterion.id).inserted {
        throw .invalidValue(
          path: path, detail: "criterion '\(criterion.id)' is judged twice; keep one entry")
      }
      if let level = criterion.level, level < 0 {
        throw .invalidValue(
          path: path, detail: "criterion '\(criterion.id)' has level \(level); levels start at 0")
      }
    }
  }

  /// A short description of a decoding error with the JSON path it happened at.
  private static func describe(_ error: any Error) -> String {
    guard let error = error as? DecodingError else { return error.localizedDescription }
    func path(_ context: DecodingError.Context) -> String {
      let keys = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }
      return keys.isEmpty ? "the top level" : "`" + keys.joined().drop { $0 == "." } + "`"
    }
    switch error {
    case .keyNotFound(let key, let context):
      let parent = context.codingPath.isEmpty ? "the top level" : path(context)
      return "`\(key.stringValue)` is missing at \(parent)"
    case .typeMismatch(_, let context), .valueNotFound(_, let context):
      return "\(path(context)) has the wrong type: \(context.debugDescription)"
    case .dataCorrupted(let context):
      return "\(path(context)): \(context.debugDescription)"
    @unknown default:
      return error.localizedDescription
    }
  }
}
