/// A remark from a reader about how it read the file.
public struct ReadingNote: Sendable, Codable, Equatable {
  /// A stable identifier for the kind of remark.
  public var code: Code
  /// A plain-language explanation for the user.
  public var message: String
  /// The values the message is made of (such as `line`, `key`, `value`), so
  /// a report can word the note in another language; `nil` for most notes.
  public var arguments: [String: String]?

  /// Creates a note.
  public init(code: Code, message: String, arguments: [String: String]? = nil) {
    self.code = code
    self.message = message
    self.arguments = arguments
  }

  /// The kinds of remark a reader makes.
  public enum Code: String, Sendable, Codable {
    /// The bytes were not valid UTF-8 and were read as Windows-1252.
    case encodingFallback = "encoding_fallback"
    /// The document holds no paragraphs, list items or table cells.
    case noProse = "no_prose"
    /// The language was detected from the text, not declared.
    case languageDetected = "language_detected"
    /// The file's extension did not match its content; the content won.
    case formatSniffed = "format_sniffed"
    /// The XML declares entities, which were left unexpanded.
    case entitiesNotExpanded = "entities_not_expanded"
    /// A front-matter value (`jaar`, `soort`, `taal`) could not be used.
    case frontMatterValueIgnored = "front_matter_value_ignored"
  }
}
