import Testing

@testable import Scoring

/// `near` indicators: two phrases within a window of words.
@Suite struct ProximityTests {}

extension ProximityTests {
  /// Unordered proximity matches in either order and spans both parts.
  @Test func unorderedMatchesEitherOrder() {
    let fixture = MatchingFixture()
    let matcher = fixture.matcher([], proximities: [fixture.proximity(1, "bewoner*", "beslis*")])
    #expect(
      fixture.hits(matcher, in: "Bewoners mogen zelf beslissen.").map(\.text)
        == ["Bewoners mogen zelf beslissen"])
    #expect(
      fixture.hits(matcher, in: "Hierover beslissen de bewoners.").map(\.text)
        == ["beslissen de bewoners"])
  }

  /// Ordered proximity only matches with the first phrase before the second.
  @Test func orderedRequiresOrder() {
    let fixture = MatchingFixture()
    let matcher = fixture.matcher(
      [], proximities: [fixture.proximity(1, "bewoner*", "beslis*", ordered: true)])
    #expect(fixture.hits(matcher, in: "Bewoners mogen beslissen.").count == 1)
    #expect(fixture.hits(matcher, in: "Hierover beslissen de bewoners.").isEmpty)
  }

  /// `within` counts the words between the parts: at the limit it matches, one more it does not.
  @Test func windowLimit() {
    let fixture = MatchingFixture()
    let matcher = fixture.matcher(
      [], proximities: [fixture.proximity(1, "wijkraad", "advies", within: 2)])
    #expect(fixture.hits(matcher, in: "De wijkraad geeft vooraf advies.").count == 1)
    #expect(fixture.hits(matcher, in: "De wijkraad geeft ook vooraf advies.").isEmpty)
    #expect(fixture.hits(matcher, in: "De wijkraad advies.").count == 1)
  }

  /// Multi-word parts are measured from their last and first tokens.
  @Test func multiWordParts() {
    let fixture = MatchingFixture()
    let matcher = fixture.matcher(
      [], proximities: [fixture.proximity(4, "de bewoners", "stemmen over", within: 1)])
    #expect(
      fixture.hits(matcher, in: "Dan mogen de bewoners straks stemmen over het plan.")
        .map(\.text) == ["de bewoners straks stemmen over"])
  }

  /// A part that overlaps the other does not count as near; repeats of one
  /// phrase can pair with each other.
  @Test func overlappingPartsDoNotPair() {
    let fixture = MatchingFixture()
    let overlapping = fixture.matcher(
      [], proximities: [fixture.proximity(1, "bewoner*", "*organisatie")])
    #expect(fixture.hits(overlapping, in: "De bewonersorganisatie.").isEmpty)
    let repeated = fixture.matcher([], proximities: [fixture.proximity(2, "wijk", "wijk")])
    #expect(fixture.hits(repeated, in: "Wijk na wijk.").map(\.text) == ["Wijk na wijk"])
  }

  /// Proximity and plain hits come out together, sorted, and several proximities share parts.
  @Test func mixedWithPhrases() {
    let fixture = MatchingFixture()
    let matcher = fixture.matcher(
      ["bewoners"],
      proximities: [
        fixture.proximity(10, "bewoner*", "beslis*"),
        fixture.proximity(11, "bewoner*", "budget"),
      ])
    let hits = fixture.hits(matcher, in: "Bewoners beslissen over het budget.")
    #expect(hits.map(\.id) == [0, 10, 11])
    #expect(
      hits.map(\.text)
        == ["Bewoners", "Bewoners beslissen", "Bewoners beslissen over het budget"])
  }
}
