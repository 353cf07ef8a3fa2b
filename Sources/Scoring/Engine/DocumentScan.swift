import PlanReading

/// One pass over the prose of a plan: sentences, tokens, every phrase hit, and
/// the context tests for each indicator match.
struct DocumentScan {
  /// Every scanned sentence, in document order.
  private(set) var sentences: [ScannedSentence] = []
  /// Every indicator match, in document order.
  private(set) var matches: [IndicatorMatch] = []
  /// How many words of prose were scanned.
  private(set) var wordCount = 0
  /// The section index of each block.
  private(set) var sectionOfBlock: [Int] = []
  /// The language whose vocabulary was used.
  let language: PlanLanguage
  /// The residents' own bodies the plan defines, and where.
  private(set) var residentBodies: ResidentBodies

  /// Scans every block of a document. Headings are scanned too, but their
  /// matches count only for rules whose scope is the section they open.
  init(
    document: PlanDocument, vocabulary: CompiledRubric.Language, analyzer: TextAnalyzer,
    negationWindow: Int
  ) {
    language = analyzer.language
    residentBodies = ResidentBodies(language: analyzer.language)
    var section = 0
    for block in document.blocks {
      if block.kind == .heading { section += 1 }
      sectionOfBlock.append(section)
    }
    for (blockIndex, block) in document.blocks.enumerated() {
      let text = block.text
      let isHeading = block.kind == .heading
      for range in analyzer.sentences(in: text) {
        let sentence = Self.substring(text, range)
        let tokens = analyzer.tokens(in: sentence)
        if !isHeading { wordCount += tokens.count }
        let hits = vocabulary.matcher.hits(in: tokens)
        let specificity = analyzer.specificity(in: sentence, tokens: tokens)
        scanSentence(
          SentenceInput(
            text: sentence, tokens: tokens, hits: hits, specificity: specificity,
            block: blockIndex, section: sectionOfBlock[blockIndex], range: range,
            isHeading: isHeading),
          vocabulary: vocabulary, negationWindow: negationWindow)
      }
    }
  }

  /// The text of a UTF-8 byte range of a string.
  static func substring(_ text: String, _ range: Range<Int>) -> Substring {
    let utf8 = text.utf8
    let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
    let end = utf8.index(start, offsetBy: range.count)
    return text[start..<end]
  }

  // MARK: - One sentence

  private struct SentenceInput {
    var text: Substring
    var tokens: [Token]
    var hits: [PhraseMatcher.Hit]
    var specificity: [SpecificityMarker]
    var block: Int
    var section: Int
    var range: Range<Int>
    var isHeading: Bool
  }

  private mutating func scanSentence(
    _ input: SentenceInput, vocabulary: CompiledRubric.Language, negationWindow: Int
  ) {
    var context = SentenceContext()
    var indicatorHits: [(PhraseMatcher.Hit, Int, Int)] = []
    var bodyNouns: [PhraseMatcher.Hit] = []
    for hit in input.hits {
      switch vocabulary.roles[hit.id] {
      case .indicator(let group, let indicator):
        indicatorHits.append((hit, group, indicator))
      case .context(.residentBodyNoun):
        bodyNouns.append(hit)
      case .context(let kind):
        context.add(kind, hit.tokens)
      }
    }
    let sentenceIndex = sentences.count
    let sentence = SentenceText(text: input.text, tokens: input.tokens)
    // Only sentences with a body noun look at the plan's resident bodies.
    if !bodyNouns.isEmpty {
      residentBodies.resolve(
        nouns: bodyNouns, in: sentence, context: &context, block: input.block)
    }
    let hasSpecifics = !input.specificity.isEmpty || context.has(.specificReference)
    sentences.append(
      ScannedSentence(
        block: input.block, section: input.section, range: input.range,
        isHeading: input.isHeading, hasSpecifics: hasSpecifics))
    guard !indicatorHits.isEmpty else { return }

    // The texts of the specific details are only needed as evidence, so they
    // are made only for sentences with a match (most sentences have none).
    let specifics = Self.unique(
      input.specificity.map { marker in String(sentence.slice(marker.start..<marker.end)) }
        + context.spans(.specificReference).map(sentence.text(of:)))
    let tense: EvidenceContext.Tense =
      context.has(.future) ? .promised : context.has(.past) ? .done : .unmarked
    let residentsMentioned = context.has(.residentActor)
    for (hit, group, indicator) in indicatorHits {
      let isProximity = vocabulary.proximityIDs.contains(hit.id)
      let evidence = EvidenceContext(
        negated: context.isNegated(
          hit.tokens, window: negationWindow, tokens: input.tokens, text: input.text,
          spanMayHoldNegation: isProximity),
        hedged: context.isHedged(outside: hit.tokens),
        actor: context.actor(for: hit.tokens),
        tense: tense,
        specifics: specifics)
      matches.append(
        IndicatorMatch(
          group: group, indicator: indicator, sentence: sentenceIndex, tokens: hit.tokens,
          matchedText: sentence.text(of: hit.tokens), context: evidence,
          residentsMentioned: residentsMentioned))
    }
  }

  private static func unique(_ values: [String]) -> [String] {
    var seen = Set<String>()
    return values.filter { seen.insert($0).inserted }
  }
}
