import Testing

@testable import Scoring

@Suite struct SuggestionTests {}

extension SuggestionTests {
  /// Swapped letters, a wrong case and a missing letter find the intended word.
  @Test func findsTheClosestWord() {
    let keys = ["weight", "levels", "notApplicableFor", "rules", "id"]
    #expect(Suggestion.closest(to: "wieght", among: keys) == "weight")
    #expect(Suggestion.closest(to: "Levels", among: keys) == "levels")
    #expect(Suggestion.closest(to: "notApplicable", among: keys) == "notApplicableFor")
    #expect(Suggestion.closest(to: "rule", among: keys) == "rules")
  }

  /// A word far from every candidate gets no suggestion.
  @Test func suggestsNothingForDistantWords() {
    #expect(Suggestion.closest(to: "colour", among: ["weight", "levels"]) == nil)
    #expect(Suggestion.closest(to: "xy", among: ["id"]) == nil)
  }

  /// The message for an unknown value suggests a guess and lists the valid values.
  @Test func unknownValueMessage() {
    #expect(
      Suggestion.unknownValueMessage("scope", "sentense", valid: ["sentence", "paragraph"])
        == "unknown scope `sentense`; did you mean `sentence`? (valid: `sentence`, `paragraph`)")
    #expect(
      Suggestion.unknownValueMessage("scope", "page", valid: ["sentence", "paragraph"])
        == "unknown scope `page`; use one of: `sentence`, `paragraph`")
  }
}
