import Foundation

/// The one way the package words a text for a reader, in Dutch or English.
///
/// Reports, the questionnaire and reading notes all go through it: a fixed
/// label as a Dutch and an English text side by side (`pick`), or a message
/// by its code and arguments from the one bilingual ``MessageCatalogue``
/// (`say`).
public struct Localiser: Sendable, Equatable {
  /// The language of the texts.
  public let language: PlanLanguage

  /// Creates a localiser for `language`.
  public init(language: PlanLanguage) {
    self.language = language
  }

  /// The Dutch or the English text, by the language.
  public func pick(_ nl: String, _ en: String) -> String {
    language == .nl ? nl : en
  }

  /// A number with `places` decimals: `7,4` in Dutch, `7.4` in English.
  public func decimal(_ value: Double, places: Int = 1) -> String {
    let text = String(format: "%.\(places)f", value)
    return language == .nl ? text.replacingOccurrences(of: ".", with: ",") : text
  }

  /// A message of the catalogue in this language.
  public func say(_ message: Message) -> String {
    MessageCatalogue.render(message, in: language)
  }

  /// A message of the catalogue by its code and arguments.
  public func say(_ code: String, _ arguments: [String: String] = [:]) -> String {
    say(Message(code: code, arguments: arguments))
  }

  /// The resident's word for a kind of document, or `nil` for `other`
  /// (a card says nothing rather than "other").
  public func kindName(_ kind: DocumentKind) -> String? {
    kind == .other ? nil : say("kind.\(kind.rawValue)")
  }

  /// The resident's word for where a plan stands in its procedure.
  public func statusName(_ status: PlanStatus) -> String {
    say("status.\(status.rawValue)")
  }
}
