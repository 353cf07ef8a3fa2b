import PlanReading

/// A user-facing text with one string per language, written in a rubric as
/// `{"nl": "…", "en": "…"}`.
public struct LocalizedText: Sendable, Equatable, Hashable {
  /// The text in each language it is written in.
  public var values: [PlanLanguage: String]

  /// Creates a text from its translations.
  public init(_ values: [PlanLanguage: String]) {
    self.values = values
  }

  /// The text in `language`; when it is missing, the text in the first
  /// language (sorted by code) that has one; the empty string when there is none.
  public func text(in language: PlanLanguage) -> String {
    if let text = values[language] { return text }
    let fallback = values.keys.sorted { $0.rawValue < $1.rawValue }.first
    return fallback.flatMap { values[$0] } ?? ""
  }
}

// MARK: - Codable

extension LocalizedText: Codable {
  /// Reads `{"nl": "…", "en": "…"}`; a key that is not a known language code
  /// is a data-corrupted error.
  public init(from decoder: any Decoder) throws {
    let raw = try decoder.singleValueContainer().decode([String: String].self)
    var values: [PlanLanguage: String] = [:]
    for (code, text) in raw {
      guard let language = PlanLanguage(rawValue: code) else {
        let valid = PlanLanguage.allCases.map(\.rawValue).joined(separator: ", ")
        throw DecodingError.dataCorrupted(
          DecodingError.Context(
            codingPath: decoder.codingPath,
            debugDescription: "unknown language `\(code)`; use one of: \(valid)"))
      }
      values[language] = text
    }
    self.values = values
  }

  /// The texts keyed by language code (`{"nl": "…", "en": "…"}`), as reports
  /// and scorecards carry them.
  public var dictionary: [String: String] {
    Dictionary(uniqueKeysWithValues: values.map { ($0.key.rawValue, $0.value) })
  }

  /// Writes `{"nl": "…", "en": "…"}`.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(dictionary)
  }
}
