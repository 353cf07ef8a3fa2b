// MARK: - Proximity

extension PhraseMatcher {
  /// Pairs the hits of proximity parts found in a pass and appends a hit for
  /// every pair that meets its proximity's window and order.
  ///
  /// Only the proximities whose first part was hit are examined (through
  /// `proximityUses`), each once, from that part: the cost follows the hits,
  /// not the number of proximities.
  /// - Parameter partHits: The spans of each part pattern found, in token order.
  func appendProximityHits(
    from partHits: [Int32: [Range<Int>]], to hits: inout [Hit], stats: inout MatchStats
  ) {
    for (pattern, firsts) in partHits {
      for number in proximityUses[Int(pattern)] {
        let proximity = proximities[Int(number)]
        guard proximity.first == pattern, let seconds = partHits[proximity.second] else {
          continue
        }
        let partners = Partners(seconds)
        for first in firsts {
          // Only the partners within the window are looked at, so a long
          // sentence with many parts costs what its length costs.
          partners.forEach(near: first, within: proximity.within, ordered: proximity.ordered) {
            second in
            stats.proximityPairs += 1
            guard Self.isNear(first, second, within: proximity.within, ordered: proximity.ordered)
            else { return }
            let span =
              min(first.lowerBound, second.lowerBound)..<max(first.upperBound, second.upperBound)
            hits.append(Hit(id: proximity.id, tokens: span))
          }
        }
      }
    }
  }

  /// The spans of a second part, sorted both ways for the window searches.
  struct Partners {
    /// The spans by lower bound.
    private let byLower: [Range<Int>]
    /// The spans by upper bound.
    private let byUpper: [Range<Int>]

    /// Sorts `spans` (found in token order, so usually sorted already).
    init(_ spans: [Range<Int>]) {
      byUpper = Self.sorted(spans, by: \.upperBound)
      byLower = Self.sorted(spans, by: \.lowerBound)
    }

    /// Calls `body` with the spans that may be near `first`: those starting
    /// at most `within` tokens after it ends and, unless `ordered`, those
    /// ending at most `within` tokens before it starts.
    func forEach(
      near first: Range<Int>, within: Int, ordered: Bool, _ body: (Range<Int>) -> Void
    ) {
      let afterStart = Self.count(byLower) { $0.lowerBound < first.upperBound }
      let afterEnd = Self.count(byLower) { $0.lowerBound <= first.upperBound + within }
      byLower[afterStart..<max(afterStart, afterEnd)].forEach(body)
      guard !ordered else { return }
      let beforeStart = Self.count(byUpper) { $0.upperBound < first.lowerBound - within }
      let beforeEnd = Self.count(byUpper) { $0.upperBound <= first.lowerBound }
      byUpper[beforeStart..<max(beforeStart, beforeEnd)].forEach(body)
    }

    private static func sorted(
      _ spans: [Range<Int>], by bound: KeyPath<Range<Int>, Int>
    ) -> [Range<Int>] {
      let isSorted = zip(spans, spans.dropFirst()).allSatisfy {
        $0[keyPath: bound] <= $1[keyPath: bound]
      }
      return isSorted ? spans : spans.sorted { $0[keyPath: bound] < $1[keyPath: bound] }
    }

    /// How many leading spans satisfy `isBelow`, which holds for a prefix.
    private static func count(_ spans: [Range<Int>], where isBelow: (Range<Int>) -> Bool) -> Int {
      var low = 0
      var high = spans.count
      while low < high {
        let middle = (low + high) / 2
        if isBelow(spans[middle]) { low = middle + 1 } else { high = middle }
      }
      return low
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
