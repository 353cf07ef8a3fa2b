// MARK: - Proximity

extension PhraseMatcher {
  /// Pairs the hits of proximity parts found in a pass and appends a hit for
  /// every pair that meets its proximity's window and order.
  ///
  /// Only the proximities that use a part that was hit are examined (through
  /// `proximityUses`), so the cost follows the hits, not the number of
  /// proximities.
  /// - Parameter partHits: The spans of each part pattern found, in token order.
  func appendProximityHits(
    from partHits: [Int32: [Range<Int>]], to hits: inout [Hit], stats: inout MatchStats
  ) {
    var examined = Set<Int32>()
    for pattern in partHits.keys {
      for number in proximityUses[Int(pattern)] where examined.insert(number).inserted {
        let proximity = proximities[Int(number)]
        guard let firsts = partHits[proximity.first], let seconds = partHits[proximity.second]
        else { continue }
        for first in firsts {
          for second in seconds {
            stats.proximityPairs += 1
            guard Self.isNear(first, second, within: proximity.within, ordered: proximity.ordered)
            else { continue }
            let span =
              min(first.lowerBound, second.lowerBound)..<max(first.upperBound, second.upperBound)
            hits.append(Hit(id: proximity.id, tokens: span))
          }
        }
      }
    }
  }

  /// Whether two part spans do not overlap and have at most `within` tokens
  /// between them, `first` coming first when `ordered`.
  static func isNear(
    _ first: Range<Int>, _ second: Range<Int>, within: Int, ordered: Bool
  ) -> Bool {
    if first.upperBound <= second.lowerBound {
      return second.lowerBound - first.upperBound <= within
    }
    if !ordered, second.upperBound <= first.lowerBound {
      return first.lowerBound - second.upperBound <= within
    }
    return false
  }
}
