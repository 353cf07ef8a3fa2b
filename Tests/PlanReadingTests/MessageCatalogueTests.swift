import Foundation
import PlanReading
import Testing

/// The one bilingual catalogue of messages.
@Suite struct MessageCatalogueTests {
  /// The `{name}` placeholders of a template.
  static func placeholders(_ template: String) -> Set<String> {
    let regex = try! NSRegularExpression(pattern: "\\{[a-z_]+\\}")
    let range = NSRange(template.startIndex..., in: template)
    return Set(
      regex.matches(in: template, range: range).compactMap {
        Range($0.range, in: template).map { String(template[$0]) }
      })
  }

  /// Every code has a Dutch and an English text, with the same placeholders.
  @Test func everyCodeInBothLanguages() {
    #expect(!MessageCatalogue.entries.isEmpty)
    for (code, entry) in MessageCatalogue.entries {
      #expect(!entry.nl.isEmpty, "\(code) has no Dutch")
      #expect(!entry.en.isEmpty, "\(code) has no English")
      #expect(entry.nl != entry.en || code.hasPrefix("kind."), "\(code) is not translated")
      #expect(
        Self.placeholders(entry.nl) == Self.placeholders(entry.en),
        "\(code) has other placeholders in Dutch and English")
    }
  }

  /// Every reading note and every kind of document has an entry.
  @Test func notesAndKindsAreCovered() {
    for code in ["encoding_fallback", "no_prose", "language_detected", "format_sniffed",
      "entities_not_expanded", "front_matter_value_ignored", "vocabulary_fallback", "resident_body"]
    {
      #expect(MessageCatalogue.contains("note.\(code)"), "no entry for note \(code)")
    }
    for kind in DocumentKind.allCases {
      #expect(MessageCatalogue.contains("kind.\(kind.rawValue)"), "no entry for kind \(kind)")
    }
  }

  /// An argument's own text is never filled in again, however it looks.
  @Test func argumentsAreFilledOnce() {
    let message = Message(
      code: "note.front_matter_value_ignored",
      arguments: ["line": "{key}", "key": "jaar", "value": "{why}", "why": "geen jaar"])
    #expect(
      Localiser(language: .nl).say(message)
        == "Regel {key}: `jaar: {why}` is niet gebruikt: geen jaar.")
  }

  /// A message is rendered with its arguments in the asked language.
  @Test func rendersArguments() {
    let message = Message(code: "decision.index", arguments: ["index": "45"])
    #expect(Localiser(language: .nl).say(message) == "Score van 0 tot 100 (index): 45")
    #expect(Localiser(language: .en).say(message) == "Score from 0 to 100 (index): 45")
    #expect(Localiser(language: .nl).kindName(.other) == nil)
    #expect(Localiser(language: .nl).kindName(.wijkactieplan) == "wijkplan")
  }

  /// The template filled by `Character`s, as `fill` did before it searched
  /// bytes: the reference the catalogue's rendering is pinned to.
  static func fillByCharacters(_ template: String, with arguments: [String: String]) -> String {
    var text = ""
    var rest = template[...]
    while let open = rest.firstIndex(of: "{") {
      text += rest[..<open]
      guard let close = rest[open...].firstIndex(of: "}"),
        let value = arguments[String(rest[rest.index(after: open)..<close])]
      else {
        text.append("{")
        rest = rest[rest.index(after: open)...]
        continue
      }
      text += value
      rest = rest[rest.index(after: close)...]
    }
    return text + rest
  }

  /// Every entry renders in both languages as the `Character` search did,
  /// with all, some or none of its arguments, and with values that hold
  /// braces and marks.
  @Test func renderingMatchesTheCharacterSearch() {
    let values = ["45", "{key}", "é\u{0301}}{", "“x”", ""]
    for (code, entry) in MessageCatalogue.entries {
      let names = Self.placeholders(entry.nl).map { String($0.dropFirst().dropLast()) }.sorted()
      var sets: [[String: String]] = [[:], ["unused": "x"]]
      for (offset, value) in values.enumerated() {
        sets.append(
          Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, "\(value)\($0)") }))
        sets.append(
          Dictionary(
            uniqueKeysWithValues: names.enumerated().filter { ($0.offset + offset) % 2 == 0 }
              .map { ($0.element, value) }))
      }
      for language in [PlanLanguage.nl, .en] {
        for arguments in sets {
          let rendered = MessageCatalogue.render(
            Message(code: code, arguments: arguments), in: language)
          let reference = Self.fillByCharacters(entry.template(in: language), with: arguments)
          #expect(Array(rendered.utf8) == Array(reference.utf8), "\(code) \(arguments)")
        }
      }
    }
  }
}
