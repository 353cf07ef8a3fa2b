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
  /// The over-long runs without a sentence end that were cut into pieces of
  /// at most ``SentenceSplitter/maxSentenceBytes`` (see ``SentenceSplitter``).
  private(set) var cappedSentences = 0
  /// The block of the first such run, if any.
  private(set) var firstCappedBlock: Int?
  /// Why the scan stopped before the end: the plan's time budget ran out.
  private(set) var exceeded: PlanBudget.Exceeded?
  /// The steps of the inner loops, for tests that show the work is linear.
  let work = WorkCounter()

  /// The sections and headings the scan is in.
  private var zones = SectionZones()
  /// The actor the paragraph being scanned is about so far.
  private var paragraphActor: EvidenceContext.Actor?
  /// The actor of the lead-in sentence ("Omwonenden konden:") of the list
  /// that follows it, if the last prose block ended with a colon.
  private var leadInActor: EvidenceContext.Actor?
  /// Whether a sentence so far said the authors are residents ("wij zijn
  /// bewoners"), so that "wij" is the residents from there on.
  private var authorsAreResidents = false
  /// Whether a sentence so far said the reader is the applicant ("u als
  /// aanvrager"), so that "u" is the initiator from there on.
  private var readerIsApplicant = false

  /// Scans every block of a document. Headings are scanned too, but their
  /// matches count only for rules whose scope is the section they open.
  /// Entries of a table of contents, sentences with a set-aside marker and
  /// blocks in set-aside sections are scanned for nothing.
  ///
  /// The scan checks `deadline` between sentences; once it has passed, the
  /// scan stops and ``exceeded`` says so (the scan is then incomplete).
  init(
    document: PlanDocument, vocabulary: CompiledRubric.Language, analyzer: TextAnalyzer,
    negationWindow: Int, deadline: PlanBudget.Deadline = .none
  ) {
    language = analyzer.language
    residentBodies = ResidentBodies(language: analyzer.language)
    var section = 0
    var headingTitles = Set<String>()
    for block in document.blocks {
      if block.kind == .heading {
        section += 1
        headingTitles.insert(BlockLayout.folded(block.text))
      }
      sectionOfBlock.append(section)
    }
    headingTitles.remove("")
    var atDocumentStart = true
    for (blockIndex, block) in document.blocks.enumerated() {
      let text = block.text
      let layout = BlockLayout.of(
        block, headingTitles: headingTitles, atDocumentStart: atDocumentStart)
      let isHeading = layout == .heading || layout == .bareHeading
      // The lines before the first prose, up to the first heading, are the
      // document's own title: "Woonvisie 2030" or "Beleidskader participatie"
      // there names this plan, not another policy summarised in it. A
      // numbered heading ("3.4 Gemeentelijk beleid") is a section of a plan
      // whatever stands before it, never its title.
      let isTitle = atDocumentStart && isHeading && BlockLayout.sectionNumber(text) == nil
      if layout == .heading || layout == .prose { atDocumentStart = false }
      if layout == .prose, zones.inContents, BlockLayout.isRunningText(block.text) {
        zones.endContents()
      }
      paragraphActor = nil
      var headingFacts = HeadingFacts()
      let split = analyzer.cappedSentences(in: text)
      if split.capped > 0 {
        cappedSentences += split.capped
        if firstCappedBlock == nil { firstCappedBlock = blockIndex }
      }
      for range in split.ranges {
        do {
          try deadline.check("scoring")
        } catch {
          exceeded = error
          return
        }
        let sentence = Self.substring(text, range)
        let tokens = analyzer.tokens(in: sentence)
        if layout == .prose { wordCount += tokens.count }
        var stats = MatchStats()
        let hits = analyzer.hits(of: vocabulary.matcher, in: tokens, counting: &stats)
        work.matching += stats.total
        let specificity = analyzer.specificity(in: sentence, tokens: tokens)
        headingFacts.add(
          scanSentence(
            SentenceInput(
              text: sentence, tokens: tokens, hits: hits, specificity: specificity,
              block: blockIndex, section: sectionOfBlock[blockIndex], range: range,
              isHeading: isHeading, layout: layout),
            vocabulary: vocabulary, negationWindow: negationWindow))
      }
      if isTitle { headingFacts.flags.remove(.setAside) }
      switch layout {
      case .heading:
        zones.enterHeading(
          level: block.level ?? 1, number: BlockLayout.sectionNumber(text),
          flags: headingFacts.flags, actor: headingFacts.actor)
        leadInActor = nil
      case .bareHeading:
        zones.enterBareHeading(flags: headingFacts.flags, actor: headingFacts.actor)
        leadInActor = nil
      case .contentsEntry:
        break
      case .prose:
        if block.kind == .paragraph {
          leadInActor = text.hasSuffix(":") ? headingFacts.actor : nil
        }
      }
    }
  }

  /// What the sentences of a heading say about the section it opens.
  private struct HeadingFacts {
    var flags: ZoneFlags = []
    var actor: EvidenceContext.Actor?

    /// A heading that names another authority or a company ("Provincie
    /// Noord-Holland", "Reactie Waterschap") and no participation opens a
    /// section about them, as "Vooroverleg" does.
    mutating func add(_ facts: (flags: ZoneFlags, actor: EvidenceContext.Actor?)) {
      flags.formUnion(facts.flags)
      if actor == nil { actor = facts.actor }
      if facts.actor == .other, !flags.contains(.participation) { flags.insert(.authority) }
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
    var layout: BlockLayout
  }

  /// Scans one sentence and returns the section kinds its words name (for a
  /// heading) and the actor it is about.
  @discardableResult
  private mutating func scanSentence(
    _ input: SentenceInput, vocabulary: CompiledRubric.Language, negationWindow: Int
  ) -> (flags: ZoneFlags, actor: EvidenceContext.Actor?) {
    var context = SentenceContext()
    var indicatorHits: [(PhraseMatcher.Hit, Int, Int)] = []
    var bodyNouns: [PhraseMatcher.Hit] = []
    let sentence = SentenceText(text: input.text, tokens: input.tokens)
    let mayHoldAddress = !input.hits.isEmpty && sentence.mayHoldAddress
    for hit in input.hits where !(mayHoldAddress && sentence.isInAddress(hit.tokens)) {
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
    // Only sentences with a body noun look at the plan's resident bodies.
    if !bodyNouns.isEmpty {
      residentBodies.resolve(
        nouns: bodyNouns, in: sentence, context: &context, block: input.block)
    }
    if context.has(.authorResidents) { authorsAreResidents = true }
    if context.has(.readerApplicant) { readerIsApplicant = true }
    context.resolveFirstPerson(authorsAreResidents: authorsAreResidents)
    context.resolveSecondPerson(readerIsApplicant: readerIsApplicant)
    context.joinCoordinatedActors(tokens: input.tokens, language: language)
    context.joinListedActors(
      tokens: input.tokens, text: input.text, language: language, counting: work)
    context.setAsideObliqueActors(tokens: input.tokens, language: language)
    context.seal(counting: work)
    let hasSpecifics = !input.specificity.isEmpty || context.has(.specificReference)
    var named: ZoneFlags = []
    if context.has(.participationSection) { named.insert(.participation) }
    if context.has(.authoritySection) { named.insert(.authority) }
    if context.has(.setAsideSection) { named.insert(.setAside) }
    if input.isHeading {
      if Self.isWholeTitle(context.spans(.contentsTitle), of: input.tokens) {
        named.formUnion([.apparatus, .contents])
      } else if Self.isWholeTitle(context.spans(.setAsideTitle), of: input.tokens) {
        named.insert(.apparatus)
      }
    }
    let zone = zones.flags
    let ownActor = context.topicActor
    // "Naar aanleiding daarvan heeft initiatiefnemer de nokhoogte verlaagd"
    // after "De belangrijkste zorg van de omwonenden was de hoogte" answers
    // the residents, though it names only the initiator.
    let answersResidents =
      paragraphActor == .residents
      && Self.pointsToPreviousSentence(input.tokens, language: language)
    // "Deze zienswijze" after "Er is één zienswijze ontvangen van de
    // Gasunie" is the Gasunie's, whoever answers it.
    let refersBackToOthers =
      paragraphActor == .other
      && Self.refersBack(indicatorHits.map(\.0.tokens), tokens: input.tokens, language: language)
    // "De adviezen worden 1-op-1 overgenomen" after "Iedereen mocht stemmen
    // over de adviezen" speaks of the residents' advice, whoever adopts it.
    let refersBackToResidents =
      paragraphActor == .residents
      && Self.refersBack(
        indicatorHits.map(\.0.tokens), tokens: input.tokens, language: language,
        orArticle: true)
    if refersBackToOthers {
      paragraphActor = .other
    } else if let ownActor {
      paragraphActor = ownActor
    }
    let facts = (flags: named, actor: ownActor)
    sentences.append(
      ScannedSentence(
        block: input.block, section: input.section, range: input.range,
        isHeading: input.isHeading, hasSpecifics: hasSpecifics,
        inParticipationSection: zone.contains(.participation),
        isLeadIn: ScannedSentence.endsInColon(input.text),
        listsRungs: Set(context.spans(.rungName)).count >= ScannedSentence.listedRungNames))
    // In a section on consultation of other authorities only sentences that
    // name residents themselves can be evidence; nor can a sentence whose only
    // actors are others (a survey among buyers, a reply of the province).
    let onlyOthers =
      context.has(.otherActor) && !context.has(.residentActor) && !context.has(.governmentActor)
    let setAside =
      input.layout == .contentsEntry || zone.contains(.setAside) || context.has(.setAsideMarker)
      || (zone.contains(.authority) && !context.has(.residentActor)) || onlyOthers
      || refersBackToOthers
    guard !indicatorHits.isEmpty, !setAside, !FlattenedContents.isRun(input.tokens) else {
      return facts
    }

    // The texts of the specific details are only needed as evidence, so they
    // are made only for sentences with a match (most sentences have none).
    let specifics = Self.unique(
      input.specificity.map { marker in String(sentence.slice(marker.start..<marker.end)) }
        + context.spans(.specificReference).map(sentence.text(of:)))
    let tense: EvidenceContext.Tense =
      context.has(.future) ? .promised : context.has(.past) ? .done : .unmarked
    let inherited =
      ownActor == nil
      ? inheritedActor(
        zone: zone,
        opensPublicChannel: Self.opensPublicChannel(
          context.spans(.participationSection), tokens: input.tokens, language: language))
      : nil
    let residentsMentioned =
      context.has(.residentActor) || inherited?.actor == .residents || answersResidents
      || refersBackToResidents
    let clauses =
      context.has(.clauseFinalNegation) || context.has(.negation)
      ? ClauseBreaks(tokens: input.tokens, text: input.text, counting: work) : nil
    for (hit, group, indicator) in indicatorHits {
      let isProximity = vocabulary.proximityIDs.contains(hit.id)
      let evidence = EvidenceContext(
        negated: context.isNegated(
          hit.tokens, window: negationWindow, clauses: clauses,
          spanMayHoldNegation: isProximity)
          || clauses.map {
            context.isNegatedAtModal(
              hit.tokens, tokens: input.tokens, clauses: $0, language: language)
          } ?? false,
        hedged: context.isHedged(outside: hit.tokens),
        actor: inherited.map { Self.actor(inheriting: $0) } ?? context.actor(for: hit.tokens),
        actorFrom: inherited?.source,
        tense: tense,
        specifics: specifics)
      // A match whose actor is another party (a survey among buyers, a
      // reaction of the province, or the sentence after one about them) is
      // about that party, not the residents.
      if evidence.actor == .other { continue }
      matches.append(
        IndicatorMatch(
          group: group, indicator: indicator, sentence: sentenceIndex, tokens: hit.tokens,
          matchedText: sentence.text(of: hit.tokens), context: evidence,
          residentsMentioned: residentsMentioned))
    }
    return facts
  }

  /// The actor a match takes over: a heading only says that the section is
  /// about residents, not that they act in every sentence of it, so from a
  /// heading residents count as mentioned but not as the actor.
  private static func actor(
    inheriting inherited: (actor: EvidenceContext.Actor, source: EvidenceContext.ActorSource)
  ) -> EvidenceContext.Actor {
    inherited.source == .heading && inherited.actor == .residents ? .none : inherited.actor
  }

  /// The actor of a sentence that names none: the paragraph's so far, the
  /// list's lead-in, the nearest heading's, or other authorities in a
  /// section on their consultation. A sentence that opens the public's own
  /// channel (``opensPublicChannel(_:tokens:language:)``) does not take
  /// another party from the sentence or lead-in before it.
  private func inheritedActor(
    zone: ZoneFlags, opensPublicChannel: Bool
  ) -> (actor: EvidenceContext.Actor, source: EvidenceContext.ActorSource)? {
    if let paragraphActor, !(paragraphActor == .other && opensPublicChannel) {
      return (paragraphActor, .previousSentence)
    }
    if let leadInActor, !(leadInActor == .other && opensPublicChannel) {
      return (leadInActor, .leadIn)
    }
    if let headingActor = zones.headingActor { return (headingActor, .heading) }
    if zone.contains(.authority) { return (.other, .section) }
    return nil
  }

  /// Whether `spans` cover every word of a heading's tokens (numbers apart):
  /// "Inhoud", "1.2 Leeswijzer", not "Naar de inhoud". One sweep over the
  /// spans in order, so a long heading full of hits costs what its length does.
  private static func isWholeTitle(_ spans: [Range<Int>], of tokens: [Token]) -> Bool {
    guard !spans.isEmpty else { return false }
    var covered = 0
    for span in spans.sorted(by: { $0.lowerBound < $1.lowerBound }) {
      if span.lowerBound > covered, !tokens[covered..<span.lowerBound].allSatisfy(\.isNumber) {
        return false
      }
      covered = max(covered, span.upperBound)
    }
    return tokens[min(covered, tokens.count)...].allSatisfy(\.isNumber)
  }

  /// Words that point to what the sentence before said ("naar aanleiding
  /// daarvan", "op basis hiervan", "in response"), per language, each as its
  /// folded words.
  static let previousSentencePointers: [PlanLanguage: [[String]]] = [
    .nl: [["daarvan"], ["hiervan"], ["daarop"], ["hierop"], ["daardoor"], ["hierdoor"]],
    .en: [["in", "response"], ["as", "a", "result"]],
  ]

  /// Whether a sentence brings in the public's own channel as something new:
  /// it names a `participationSections` word ("inspraakreacties",
  /// "zienswijzen") with no definite article or demonstrative right before
  /// it, and does not open with one. "Tijdens de terinzagelegging zijn geen
  /// inspraakreacties ingediend" after a sentence on the overlegpartners is
  /// about the public; "Wel hebben de zienswijzen geleid tot …" after "twee
  /// reacties ontvangen van de Provincie en Tennet", or "De ontvangen brieven
  /// zijn opgenomen in de nota van zienswijzen" after a list of their
  /// letters, carries on with theirs.
  static func opensPublicChannel(
    _ channel: [Range<Int>], tokens: [Token], language: PlanLanguage
  ) -> Bool {
    let pointers = channelPointers[language] ?? []
    guard !channel.isEmpty, let first = tokens.first, !pointers.contains(first.folded) else {
      return false
    }
    return channel.contains { span in
      span.lowerBound == 0 || !pointers.contains(tokens[span.lowerBound - 1].folded)
    }
  }

  /// The definite articles and demonstratives that make a word of the
  /// public's channel one named before, per language.
  private static let channelPointers: [PlanLanguage: Set<String>] = Dictionary(
    uniqueKeysWithValues: PlanLanguage.allCases.map { language in
      (
        language,
        (ResidentBodies.articles[language] ?? [])
          .union(SentenceContext.demonstratives[language] ?? [])
      )
    })

  /// Whether a sentence holds a word that points to the sentence before it.
  private static func pointsToPreviousSentence(_ tokens: [Token], language: PlanLanguage) -> Bool {
    guard let pointers = previousSentencePointers[language] else { return false }
    return tokens.indices.contains { start in
      pointers.contains { pointer in
        start + pointer.count <= tokens.count
          && zip(tokens[start..<start + pointer.count], pointer).allSatisfy { $0.folded == $1 }
      }
    }
  }

  /// Whether a match stands right after a demonstrative ("deze zienswijze",
  /// "this representation"), or with `orArticle` also a definite article
  /// ("de adviezen"): the sentence is about a thing named before it.
  private static func refersBack(
    _ matches: [Range<Int>], tokens: [Token], language: PlanLanguage, orArticle: Bool = false
  ) -> Bool {
    guard let demonstratives = SentenceContext.demonstratives[language] else { return false }
    let articles = orArticle ? ResidentBodies.articles[language] ?? [] : []
    return matches.contains { match in
      guard match.lowerBound > 0 else { return false }
      let before = tokens[match.lowerBound - 1].folded
      return demonstratives.contains(before) || articles.contains(before)
    }
  }

  private static func unique(_ values: [String]) -> [String] {
    var seen = Set<String>()
    return values.filter { seen.insert($0).inserted }
  }
}
