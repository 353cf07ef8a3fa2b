/// The one contract of every renderer that writes a document in several
/// formats: cards (``CardRenderer``), comparisons and agreement reports.
public protocol DocumentRenderer: Sendable {
  /// What the renderer writes.
  associatedtype Document
  /// The formats it supports, in the order a user is offered them.
  static var formats: [OutputFormat] { get }
  /// The document in a format.
  /// - Throws: ``UnsupportedFormatError`` for a format not in ``formats``;
  ///   a renderer may also throw when encoding fails.
  func render(_ document: Document, as format: OutputFormat) throws -> String
}

extension DocumentRenderer {
  /// Whether the renderer supports a format.
  public static func supports(_ format: OutputFormat) -> Bool {
    formats.contains(format)
  }

  /// The error for a format the renderer does not support.
  package static func unsupported(_ format: OutputFormat) -> UnsupportedFormatError {
    UnsupportedFormatError(format: format, supported: formats)
  }
}

/// A document was asked for in a format its renderer does not write.
public struct UnsupportedFormatError: Error, Equatable, Sendable {
  /// The format asked for.
  public let format: OutputFormat
  /// The formats the renderer writes.
  public let supported: [OutputFormat]
}
