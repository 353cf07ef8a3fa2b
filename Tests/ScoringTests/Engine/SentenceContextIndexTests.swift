import TestSupport
import Testing

@testable import Scoring

/// ``SentenceContext`` keeps the six sorted lists its tests read in one
/// object, made only for a sentence with hits, where it kept an optional
/// ``SpanIndex`` for every ``ContextKind`` in an array made anew for every
/// sentence; these tests pin every index, and every answer read from it, to
/// the table it replaces, on generated hits, with and without any.
@Suite("Sentence context: six indexes instead of a table by kind")
struct SentenceContextIndexTests {
  /// The kinds hits are generated for, by their letter in the generated text.
  private static let kinds: [Character: ContextKind] = [
    "n": .negation, "c": .clauseFinalNegation, "h": .hedge, "r": .residentActor,
    "g": .governmentActor, "o": .otherActor, "f": .future,
  ]

  /// Pieces of the generated texts: a hit `kind lower upper;` of a kind over
  /// words 0 to 7, and `!`, which marks the hit before as no subject.
  private static let alphabet: [String] = {
    var pieces: [String] = []
    for letter in kinds.keys.sorted() {
      for lower in 0..<6 {
        for length in 1...3 { pieces.append("\(letter)\(lower)\(lower + length);") }
      }
    }
    return pieces + Array(repeating: "!", count: 12)
  }()

  /// The hits and not-subject marks a generated text stands for.
  private static func decode(
    _ text: String
  ) -> (hits: [(ContextKind, Range<Int>)], notSubjects: [Range<Int>]) {
    var hits: [(ContextKind, Range<Int>)] = []
    var notSubjects: [Range<Int>] = []
    var characters = Array(text)[...]
    while let first = characters.first {
      if first == "!" {
        if let last = hits.last { notSubjects.append(last.1) }
        characters = characters.dropFirst()
        continue
      }
      let digits = characters.dropFirst().prefix(2).compactMap(\.wholeNumberValue)
      hits.append((kinds[first]!, digits[0]..<digits[1]))
      characters = characters.dropFirst(4)
    }
    return (hits, notSubjects)
  }

  /// The table before: an optional index for every kind, the six lists'
  /// indexes built as ``SentenceContext/seal(counting:)`` built them.
  private static func indexesBefore(
    hits: [(ContextKind, Range<Int>)], notSubjects: Set<Range<Int>>, residents: [Range<Int>]
  ) -> [SpanIndex?] {
    func hitsOf(_ kind: ContextKind) -> [Range<Int>] {
      hits.filter { $0.0 == kind }.map(\.1)
    }
    var indexes = [SpanIndex?](repeating: nil, count: ContextKind.allCases.count)
    for kind in [ContextKind.negation, .clauseFinalNegation, .hedge] {
      indexes[kind.rawValue] = SpanIndex(hitsOf(kind))
    }
    func subjects(_ spans: [Range<Int>]) -> [Range<Int>] {
      notSubjects.isEmpty ? spans : spans.filter { !notSubjects.contains($0) }
    }
    for kind in [ContextKind.governmentActor, .otherActor] {
      indexes[kind.rawValue] = SpanIndex(subjects(hitsOf(kind)))
    }
    indexes[ContextKind.residentActor.rawValue] = SpanIndex(subjects(residents))
    return indexes
  }

  /// Every answer an index gives about matches over words 0 to 9, as numbers
  /// (-1 for none, 0 and 1 for false and true).
  static func answers(_ index: SpanIndex) -> [Int] {
    var answers = [index.isEmpty ? 1 : 0]
    for lower in 0..<10 {
      for upper in (lower + 1)...10 {
        let match = lower..<upper
        answers += [
          index.nearestUpperBound(atMost: lower) ?? -1,
          index.hasSpan(startingAfter: lower, endingBefore: upper) ? 1 : 0,
          index.hasSpan(containing: match) ? 1 : 0, index.hasSpan(outside: match) ? 1 : 0,
          index.distance(to: match) ?? -1, index.distance(toLeavingOutOverlapping: match) ?? -1,
        ]
        for span in index.spans(endingIn: lower...upper) {
          answers += [span.lowerBound, span.upperBound]
        }
        answers.append(-2)
      }
    }
    return answers
  }

  @Test("generated hits give the indexes of the table before")
  func generated() {
    var sentencesWithHits = 0
    var sentencesWithoutHits = 0
    for text in GeneratedTexts(Self.alphabet, count: 3_000, lengthShift: 60, atLeastOne: false) {
      let (hits, notSubjects) = Self.decode(text)
      var context = SentenceContext()
      for kind in ContextKind.allCases {
        #expect(Self.answers(context.index(kind)) == Self.answers(SpanIndex([])), "\(text)")
      }
      for (kind, span) in hits { context.add(kind, span) }
      for span in notSubjects { context.markNotSubject(span) }
      let residents = context.spans(.residentActor)
      context.seal()
      let before = Self.indexesBefore(
        hits: hits, notSubjects: Set(notSubjects), residents: residents)
      for kind in ContextKind.allCases {
        let old = before[kind.rawValue] ?? SpanIndex([])
        #expect(Self.answers(context.index(kind)) == Self.answers(old), "\(kind) in \(text)")
      }
      if hits.isEmpty { sentencesWithoutHits += 1 } else { sentencesWithHits += 1 }
    }
    #expect(sentencesWithHits > 2_000)
    #expect(sentencesWithoutHits > 100)
  }
}
