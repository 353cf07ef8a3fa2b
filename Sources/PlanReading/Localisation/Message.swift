/// A message as a code with arguments, worded by ``MessageCatalogue``.
public struct Message: Sendable, Equatable {
  /// The code of the catalogue entry, such as `note.no_prose`.
  public var code: String
  /// The values that fill the entry's `{name}` placeholders.
  public var arguments: [String: String]

  /// Creates a message.
  public init(code: String, arguments: [String: String] = [:]) {
    self.code = code
    self.arguments = arguments
  }
}
