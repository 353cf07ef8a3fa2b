import PlanReading
import Testing

@testable import Scoring

/// A "sentence" without an end (a generated file, a table written as one
/// line) costs what its length costs: the splitter cuts it into pieces of at
/// most ``SentenceSplitter/maxSentenceBytes`` and the context tests search
/// sorted hits. Work is counted in steps (``WorkCounter``), never timed.
@Suite struct LongSentenceTests {}

extension LongSentenceTests {
  /// A scorer over the default rubric, whose vocabulary has negations,
  /// hedges, actors and proximities.
  static let scorer: PlanScorer = {
    do {
      return PlanScorer(rubric: try RubricCatalog.load(nil))
    } catch {
      preconditionFailure("the default rubric must load: \(error)")
    }
  }()

  /// Plan language with indicators, negations, hedges and actors, in lower
  /// case and without a full stop, so it never ends a sentence.
  static let phrase =
    "de bewoners beslissen samen met de gemeente over het wijkbudget en de wijkraad geeft "
    + "advies, het college organiseert misschien geen bijeenkomsten in het buurthuis maar "
    + "omwonenden konden een zienswijze indienen en reageren op het ontwerp niet, "

  /// One paragraph of `words` words of ``phrase`` repeated, without an end.
  static func sentence(words: Int) -> String {
    let pool = phrase.split(separator: " ")
    return (0..<words).map { pool[$0 % pool.count] }.joined(separator: " ")
  }

  /// The scan of one paragraph with the default rubric.
  static func scan(_ paragraph: String) throws -> DocumentScan {
    let (used, vocabulary) = try #require(scorer.compiled.vocabulary(for: .nl))
    return DocumentScan(
      document: EngineTestSupport.document([paragraph]), vocabulary: vocabulary,
      analyzer: TextAnalyzer(language: used), negationWindow: scorer.rubric.negationWindow)
  }

  // MARK: - Work

  /// Doubling the words of a sentence without an end at most doubles the
  /// work, plus what one piece costs.
  @Test func workIsLinearInTheLengthOfASentenceWithoutEnd() throws {
    let small = try Self.scan(Self.sentence(words: 12_000))
    let large = try Self.scan(Self.sentence(words: 24_000))
    let piece = try Self.scan(
      Self.sentence(words: SentenceSplitter.maxSentenceBytes / 5))
    #expect(!small.matches.isEmpty)
    #expect(small.cappedSentences == 1)
    #expect(large.cappedSentences == 1)
    #expect(large.work.total <= 2 * small.work.total + piece.work.total)
    #expect(large.work.context <= 2 * small.work.context + piece.work.context)
  }

  /// Within one sentence below the cap the context tests are near linear too:
  /// twice the words take well under four times (the square's) the steps.
  @Test func contextWorkWithinOneSentenceIsNearLinear() throws {
    let small = try Self.scan(Self.sentence(words: 1_000))
    let large = try Self.scan(Self.sentence(words: 2_000))
    #expect(small.sentences.count == 2 && large.sentences.count == 2)
    #expect(!small.matches.isEmpty)
    #expect(Double(large.work.context) <= 2.5 * Double(small.work.context))
    #expect(Double(large.work.total) <= 2.5 * Double(small.work.total))
  }

  // MARK: - The cap

  /// An over-long run is cut at spaces into pieces no longer than the cap;
  /// no piece is lost or empty, and the count says one run was cut.
  @Test func overLongRunIsCutAtSpaces() {
    let text = Self.sentence(words: 9_000)
    let split = TextAnalyzer(language: .nl).cappedSentences(in: text)
    #expect(split.capped == 1)
    #expect(split.ranges.count >= text.utf8.count / SentenceSplitter.maxSentenceBytes)
    let bytes = Array(text.utf8)
    for range in split.ranges {
      #expect(range.count <= SentenceSplitter.maxSentenceBytes)
      #expect(bytes[range.lowerBound] != 0x20 && bytes[range.upperBound - 1] != 0x20)
      #expect(range.upperBound == bytes.count || bytes[range.upperBound] == 0x20)
    }
    let words = split.ranges.map { String(decoding: bytes[$0], as: UTF8.self) }
      .joined(separator: " ").split(separator: " ")
    #expect(words.count == 9_000)
  }

  /// A run with no space at all is cut at a character boundary.
  @Test func runWithoutSpacesIsCutBetweenCharacters() {
    let text = String(repeating: "é", count: SentenceSplitter.maxSentenceBytes)
    let split = TextAnalyzer(language: .nl).cappedSentences(in: text)
    #expect(split.capped == 1)
    #expect(split.ranges.count == 2)
    let bytes = Array(text.utf8)
    #expect(split.ranges.allSatisfy { bytes[$0.lowerBound] & 0xC0 != 0x80 })
    #expect(split.ranges.map(\.count).reduce(0, +) == bytes.count)
  }

  /// Ordinary prose is split as before: nothing is cut.
  @Test func ordinaryProseIsNotCut() {
    let text = "Bewoners beslissen mee. Het college luistert! Wat vindt u? " + Self.phrase
    let split = TextAnalyzer(language: .nl).cappedSentences(in: text)
    let uncapped = UTF8Text.withBytes(of: text[...]) {
      SentenceSplitter.split($0, maxBytes: .max)
    }
    #expect(split.capped == 0)
    #expect(split.ranges == uncapped.ranges)
    #expect(split.ranges.count == 3)
  }

  /// The card says that a run was cut, where, and at what length.
  @Test func cardNotesTheCut() {
    let card = Self.scorer.score(EngineTestSupport.document([Self.sentence(words: 6_000)]))
    let note = card.notes.first { $0.code == "sentence_capped" }
    #expect(note?.arguments?["count"] == "1")
    #expect(note?.arguments?["line"] == "3")
    #expect(note?.arguments?["limit"] == String(SentenceSplitter.maxSentenceBytes))
    let plain = Self.scorer.score(EngineTestSupport.document(["Bewoners beslissen mee."]))
    #expect(!plain.notes.contains { $0.code == "sentence_capped" })
  }

  // MARK: - Budget

  /// A deadline that has passed stops the scan between sentences.
  @Test func passedDeadlineStopsScoring() {
    let document = EngineTestSupport.document([Self.sentence(words: 200)])
    #expect(throws: PlanBudget.Exceeded.time(seconds: 0, stage: "scoring")) {
      try Self.scorer.score(
        document, budget: .unlimited, deadline: PlanBudget.Deadline(seconds: 0))
    }
  }

  /// A document estimated to need more memory than the budget is refused
  /// before it is scanned; within the budget it scores as without one.
  @Test func memoryBudgetRefusesBeforeScoring() throws {
    let document = EngineTestSupport.document([Self.sentence(words: 200)])
    let estimate = PlanBudget.estimatedPeak(
      textBytes: document.blocks.reduce(0) { $0 + $1.text.utf8.count },
      blocks: document.blocks.count)
    #expect(
      throws: PlanBudget.Exceeded.memory(estimate: estimate, limit: estimate - 1, stage: "scoring")
    ) {
      try Self.scorer.score(
        document, budget: PlanBudget(seconds: nil, memoryBytes: estimate - 1), deadline: .none)
    }
    let card = try Self.scorer.score(
      document, budget: PlanBudget(seconds: 60, memoryBytes: estimate), deadline: .none)
    #expect(card == Self.scorer.score(document))
  }

  /// The default budget fits a 50 MB plan, the default file size limit.
  @Test func defaultBudgetFitsFiftyMegabytes() throws {
    let memory = try #require(PlanBudget.standard.memoryBytes)
    #expect(PlanBudget.estimatedPeak(fileBytes: 50_000_000) <= memory)
    #expect(PlanBudget.estimatedPeak(textBytes: 50_000_000, blocks: 500_000) <= memory)
  }
}
