import Foundation
import PlanReading
import Scoring
import Testing

@Suite struct LocalizedTextTests {}

extension LocalizedTextTests {
  /// A text survives a round trip through JSON as `{"nl": …, "en": …}`.
  @Test func roundTripsThroughJSON() throws {
    let text = LocalizedText([.nl: "Geld", .en: "Money"])
    let encoder = JSONEncoder()
    encoder.outputFormatting = .sortedKeys
    let data = try encoder.encode(text)
    #expect(String(decoding: data, as: UTF8.self) == #"{"en":"Money","nl":"Geld"}"#)
    #expect(try JSONDecoder().decode(LocalizedText.self, from: data) == text)
  }

  /// Decoding refuses a key that is not a language code.
  @Test func decodingRefusesUnknownLanguages() {
    #expect(throws: DecodingError.self) {
      try JSONDecoder().decode(LocalizedText.self, from: Data(#"{"de": "Geld"}"#.utf8))
    }
  }

  /// `text(in:)` gives the language asked for, else the first language by code, else "".
  @Test func textFallsBack() {
    let both = LocalizedText([.nl: "Geld", .en: "Money"])
    #expect(both.text(in: .nl) == "Geld")
    #expect(both.text(in: .en) == "Money")
    #expect(LocalizedText([.nl: "Geld"]).text(in: .en) == "Geld")
    #expect(LocalizedText([.en: "Money"]).text(in: .nl) == "Money")
    #expect(LocalizedText([:]).text(in: .nl) == "")
  }
}
