/// The token spans of one context list in a sentence, sorted, so that the
/// context tests (``SentenceContext``) find the hits near a match with binary
/// searches rather than a look at every hit: a sentence with many matches and
/// many hits then costs what its length costs.
///
/// Spans are never empty (every hit covers a token).
struct SpanIndex {
  /// The spans by lower bound (then upper bound).
  private let byLower: [Range<Int>]
  /// The largest upper bound of `byLower[0...i]`.
  private let maxUpperThrough: [Int]
  /// The spans by upper bound (then lower bound).
  private let byUpper: [Range<Int>]
  /// The smallest upper bound of all spans.
  private let minUpper: Int
  /// The largest lower bound of all spans.
  private let maxLower: Int
  /// Where the searches count their steps, if anywhere.
  private let counter: WorkCounter?

  /// Sorts `spans`; the searches count their steps in `counter`.
  init(_ spans: [Range<Int>], counting counter: WorkCounter? = nil) {
    self.counter = counter
    // Most lists have no hit in a sentence: nothing to sort.
    guard !spans.isEmpty else {
      byLower = []
      maxUpperThrough = []
      byUpper = []
      minUpper = Int.max
      maxLower = Int.min
      return
    }
    byLower = spans.sorted { ($0.lowerBound, $0.upperBound) < ($1.lowerBound, $1.upperBound) }
    var running = Int.min
    maxUpperThrough = byLower.map { span in
      running = max(running, span.upperBound)
      return running
    }
    byUpper = spans.sorted { ($0.upperBound, $0.lowerBound) < ($1.upperBound, $1.lowerBound) }
    minUpper = byUpper.first?.upperBound ?? Int.max
    maxLower = byLower.last?.lowerBound ?? Int.min
  }

  /// Whether there are no spans.
  var isEmpty: Bool { byLower.isEmpty }

  /// The largest upper bound that is at most `bound`.
  func nearestUpperBound(atMost bound: Int) -> Int? {
    let count = count(byUpper) { $0.upperBound <= bound }
    return count > 0 ? byUpper[count - 1].upperBound : nil
  }

  /// Whether a span lies strictly inside `lower...upper`: it starts after
  /// `lower` and ends before `upper`.
  func hasSpan(startingAfter lower: Int, endingBefore upper: Int) -> Bool {
    var index = count(byLower) { $0.lowerBound <= lower }
    while index < byLower.count, byLower[index].lowerBound < upper {
      counter?.context += 1
      if byLower[index].upperBound < upper { return true }
      index += 1
    }
    return false
  }

  /// Whether a span contains `span`.
  func hasSpan(containing span: Range<Int>) -> Bool {
    let count = count(byLower) { $0.lowerBound <= span.lowerBound }
    return count > 0 && maxUpperThrough[count - 1] >= span.upperBound
  }

  /// Whether a span does not overlap `match`.
  func hasSpan(outside match: Range<Int>) -> Bool {
    minUpper <= match.lowerBound || maxLower >= match.upperBound
  }

  /// The spans whose upper bound lies in `bounds`.
  func spans(endingIn bounds: ClosedRange<Int>) -> ArraySlice<Range<Int>> {
    let start = count(byUpper) { $0.upperBound < bounds.lowerBound }
    let end = count(byUpper) { $0.upperBound <= bounds.upperBound }
    return byUpper[start..<max(start, end)]
  }

  /// How near the nearest span is to `match`, in the measure of
  /// ``SentenceContext/actor(for:)``: -1 for a span that overlaps it, twice
  /// the tokens between for one before it, and that plus one for one after
  /// it; `nil` when there are no spans.
  func distance(to match: Range<Int>) -> Int? {
    guard !isEmpty else { return nil }
    let startingBefore = count(byLower) { $0.lowerBound < match.upperBound }
    if startingBefore > 0, maxUpperThrough[startingBefore - 1] > match.lowerBound { return -1 }
    var best = Int.max
    if let end = nearestUpperBound(atMost: match.lowerBound) {
      best = 2 * (match.lowerBound - end)
    }
    if startingBefore < byLower.count {
      best = min(best, 2 * (byLower[startingBefore].lowerBound - match.upperBound) + 1)
    }
    return best
  }

  /// ``distance(to:)`` with the spans that overlap `match` left out: there
  /// they are words of the indicator itself ("partner" in "als gelijkwaardige
  /// partner", "eigenaar" in "mede-eigenaar", "applicant" where the indicator
  /// is the application), not an actor. Only a match that overlaps a span is
  /// looked at twice.
  func distance(toLeavingOutOverlapping match: Range<Int>) -> Int? {
    let distance = distance(to: match)
    guard distance == -1 else { return distance }
    let apart = byLower.filter {
      $0.upperBound <= match.lowerBound || $0.lowerBound >= match.upperBound
    }
    return SpanIndex(apart, counting: counter).distance(to: match)
  }

  /// How many leading elements of `spans` satisfy `isBelow`, which holds for
  /// a prefix of them (a binary search).
  private func count(
    _ spans: [Range<Int>], where isBelow: (Range<Int>) -> Bool
  ) -> Int {
    var low = 0
    var high = spans.count
    while low < high {
      counter?.context += 1
      let middle = (low + high) / 2
      if isBelow(spans[middle]) { low = middle + 1 } else { high = middle }
    }
    return low
  }
}
