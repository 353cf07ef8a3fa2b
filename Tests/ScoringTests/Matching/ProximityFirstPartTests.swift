import TestSupport
import Testing

@testable import Scoring

/// ``PhraseMatcher/appendProximityHits(from:to:stats:)`` examines each
/// proximity from its first part, where it went through the proximities of
/// every part hit and kept a set of those examined; these tests pin it to
/// that code (kept here as the reference) on generated proximities and part
/// hits.
@Suite("Proximity: each pair examined from its first part, the hits as before")
struct ProximityFirstPartTests {
  @Test("generated proximities and part hits give the hits and pairs they gave")
  func generated() {
    let fixture = MatchingFixture()
    var generator = SeededGenerator(state: 0x2545_F491_4F6C_DD1D)
    var hitCount = 0
    for _ in 0..<400 {
      let words = (0..<1 + generator.next(below: 6)).map { "woord\($0)" }
      let proximities = (0..<1 + generator.next(below: 8)).map { id in
        fixture.proximity(
          id, words[generator.next(below: words.count)], words[generator.next(below: words.count)],
          within: generator.next(below: 5), ordered: generator.next(below: 2) == 0)
      }
      let matcher = PhraseMatcher(phrases: [], proximities: proximities)
      for _ in 0..<20 {
        // Each part's spans in token order, as a pass finds them.
        var partHits: [Int32: [Range<Int>]] = [:]
        var position = 0
        for _ in 0..<generator.next(below: 14) {
          position += generator.next(below: 3)
          let length = 1 + generator.next(below: 3)
          partHits[Int32(generator.next(below: matcher.patternCount)), default: []].append(
            max(0, position + 1 - length)..<position + 1)
        }
        var hits: [PhraseMatcher.Hit] = []
        var stats = MatchStats()
        matcher.appendProximityHits(from: partHits, to: &hits, stats: &stats)
        var before: [PhraseMatcher.Hit] = []
        var statsBefore = MatchStats()
        Self.appendProximityHitsBefore(
          matcher, from: partHits, to: &before, stats: &statsBefore)
        #expect(Self.sorted(hits) == Self.sorted(before), "\(partHits)")
        #expect(stats == statsBefore)
        hitCount += hits.count
      }
    }
    #expect(hitCount > 5_000)
  }

  private static func sorted(_ hits: [PhraseMatcher.Hit]) -> [PhraseMatcher.Hit] {
    hits.sorted {
      ($0.tokens.lowerBound, $0.tokens.upperBound, $0.id)
        < ($1.tokens.lowerBound, $1.tokens.upperBound, $1.id)
    }
  }

  /// ``PhraseMatcher/appendProximityHits(from:to:stats:)`` before: every
  /// proximity of every part hit, once each through a set.
  private static func appendProximityHitsBefore(
    _ matcher: PhraseMatcher, from partHits: [Int32: [Range<Int>]],
    to hits: inout [PhraseMatcher.Hit], stats: inout MatchStats
  ) {
    var examined = Set<Int32>()
    for pattern in partHits.keys {
      for number in matcher.proximityUses[Int(pattern)] where examined.insert(number).inserted {
        let proximity = matcher.proximities[Int(number)]
        guard let firsts = partHits[proximity.first], let seconds = partHits[proximity.second]
        else { continue }
        let partners = PhraseMatcher.Partners(seconds)
        for first in firsts {
          partners.forEach(near: first, within: proximity.within, ordered: proximity.ordered) {
            second in
            stats.proximityPairs += 1
            guard
              PhraseMatcher.isNear(
                first, second, within: proximity.within, ordered: proximity.ordered)
            else { return }
            let span =
              min(first.lowerBound, second.lowerBound)..<max(first.upperBound, second.upperBound)
            hits.append(PhraseMatcher.Hit(id: proximity.id, tokens: span))
          }
        }
      }
    }
  }
}
