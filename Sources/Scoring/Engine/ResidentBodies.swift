import PlanReading

/// The residents' own bodies a plan names, found while it is scanned: a small
/// coreference step, so that "the Trust" counts as residents once the plan has
/// said that Northfield Community Trust is owned by local residents.
///
/// A sentence *defines* a resident body when it holds
/// - a proper name with a `residentBodyNouns` noun: a run of capitalised words,
///   at least one besides the noun, that names no government actor
///   ("Northfield Community Trust", "Stichting Buurtkracht Noord"),
/// - followed, at most ``tieGap`` words after the name and with no government
///   actor in between, by a `residentBodyTies` phrase ("owned by",
///   "opgericht door"),
/// - whose first actor after it, at most ``agentGap`` words on and with no
///   number in between, is a resident actor and not a government actor
///   ("owned by its members, who are local residents"; not "owned by the
///   council on behalf of residents", not "made up of 40 homes for residents").
///
/// From that sentence on (a definition never reaches back), the name and the
/// body's noun right after an article ("the Trust", "de stichting") are
/// *mentions*: each counts as a resident actor and, being a named body, as a
/// specific reference. Another name with the same noun ("Kelsey NHS Trust",
/// "the NHS Trust") is no mention. The definitions live in one scan, so they
/// never carry over to another plan.
///
/// A body without a name is defined the same way by its noun alone, when a
/// tie or a word of composition (``compositionWords``: "een werkgroep van
/// omwonenden", "a group of residents", "een klankbordgroep waarin bewoners
/// …") joins it to residents right after it, or residents follow it directly
/// after an indefinite article ("een groep buurtbewoners"); from there on the same word after an article
/// or a demonstrative ("de werkgroep", "deze groep", "the panel") is a
/// mention. The word must be the same: "de welstandscommissie" is no mention
/// of "een commissie van bewoners".
///
/// Residents who found a body define it too, named or not: residents at most
/// ``foundingGap`` words before the body, not after a preposition ("met
/// bewoners", "for residents"), with a `residentBodyFoundings` verb between
/// them and the body or at most ``agentGap`` words after it, and no
/// government actor or other party before the body or between it and the
/// verb ("twintig inwoners hebben een werkgroep gevormd", "local residents
/// set up the forum", "een door bewoners opgerichte stichting"; not "de
/// gemeente heeft met bewoners een werkgroep opgericht").
struct ResidentBodies {
  /// One resident body a plan defines.
  struct Definition: Sendable, Equatable {
    /// The name as written: "Northfield Community Trust".
    var name: String
    /// The name's folded words, joined by spaces: how later mentions are found.
    var key: String
    /// The pattern ids of the body nouns in the name; an article before one of
    /// these nouns makes a mention.
    var nouns: Set<Int>
    /// The body noun as written in the name: "Trust".
    var noun: String
    /// The words from the tie through the residents: "owned by its members,
    /// who are local residents".
    var tie: String
    /// The index of the block the defining sentence stands in.
    var block: Int
    /// For a body without a name, its folded noun ("werkgroep"): only that
    /// word after an article or a demonstrative mentions it.
    var word: String? = nil
  }

  /// The most words between the end of the name and the tie.
  static let tieGap = 8
  /// The most words between the end of the tie and the residents it names.
  static let agentGap = 5
  /// The most words between residents and the body they found.
  static let foundingGap = 6
  /// Definite articles that make a body noun a mention, per language.
  static let articles: [PlanLanguage: Set<String>] = [.nl: ["de", "het"], .en: ["the"]]
  /// Words that tie a body without a name to the residents right after it,
  /// beside the rubric's ties, per language.
  static let compositionWords: [PlanLanguage: Set<String>] = [
    .nl: ["van", "waarin", "uit"], .en: ["of", "from"],
  ]
  /// Indefinite articles after which residents may follow a body noun with
  /// no word of composition ("een groep bewoners"), per language.
  static let indefiniteArticles: [PlanLanguage: Set<String>] = [.nl: ["een"]]

  /// The bodies defined so far, in document order.
  private(set) var definitions: [Definition] = []
  /// The articles of the plan's language.
  private let articles: Set<String>
  /// The words before the noun of a body without a name that mention it.
  private let pointers: Set<String>
  /// The plan's language's ``compositionWords``.
  private let composition: Set<String>
  /// The plan's language's ``indefiniteArticles``.
  private let indefinite: Set<String>
  /// Prepositions before residents that make them no founder ("met", "for").
  private let prepositions: Set<String>
  /// Words that may stand between such a preposition and the residents.
  private let determiners: Set<String>

  /// An empty set of definitions for a plan in `language`.
  init(language: PlanLanguage) {
    articles = Self.articles[language] ?? []
    pointers = articles.union(SentenceContext.demonstratives[language] ?? [])
    composition = Self.compositionWords[language] ?? []
    indefinite = Self.indefiniteArticles[language] ?? []
    prepositions = (SentenceContext.obliqueMarkers[language] ?? [])
      .union(SentenceContext.beneficiaryMarkers[language]?.prepositions ?? [])
    determiners = SentenceContext.determiners[language] ?? []
  }

  // MARK: - One sentence

  /// A sentence with at least one body noun, standing in block `block`: records
  /// the bodies it defines and adds every mention to `context` as a resident
  /// actor and a specific reference.
  mutating func resolve(
    nouns: [PhraseMatcher.Hit], in sentence: SentenceText, context: inout SentenceContext,
    block: Int
  ) {
    var mentions: [Range<Int>] = []
    for noun in nouns {
      if let name = sentence.name(around: noun.tokens, skipping: articles),
        name != noun.tokens
      {
        let key = sentence.key(of: name)
        if definitions.contains(where: { $0.key == key }) {
          mentions.append(name)
        } else if let tie = Self.tie(after: name, in: context, tokens: sentence.tokens)
          ?? founding(of: name, in: context, tokens: sentence.tokens)
        {
          definitions.append(
            Definition(
              name: sentence.text(of: name), key: key,
              nouns: Set(nouns.filter { name.contains($0.tokens) }.map(\.id)),
              noun: sentence.text(of: noun.tokens), tie: sentence.text(of: tie),
              block: block))
          mentions.append(name)
        }
      } else if noun.tokens.lowerBound > 0,
        articles.contains(sentence.tokens[noun.tokens.lowerBound - 1].folded),
        definitions.contains(where: { $0.nouns.contains(noun.id) })
      {
        mentions.append((noun.tokens.lowerBound - 1)..<noun.tokens.upperBound)
      } else if let mention = unnamedMention(noun.tokens, in: sentence) {
        mentions.append(mention)
      } else if let tie = Self.compositionTie(
        after: noun.tokens, in: context, tokens: sentence.tokens, composition: composition,
        indefinite: indefinite)
        ?? founding(of: noun.tokens, in: context, tokens: sentence.tokens)
      {
        let word = sentence.key(of: noun.tokens)
        if !definitions.contains(where: { $0.word == word }) {
          definitions.append(
            Definition(
              name: sentence.text(of: noun.tokens), key: word, nouns: [],
              noun: sentence.text(of: noun.tokens), tie: sentence.text(of: tie), block: block,
              word: word))
        }
        mentions.append(noun.tokens)
      }
    }
    var seen = Set<Range<Int>>()
    for mention in mentions where seen.insert(mention).inserted {
      context.add(.residentActor, mention)
      context.add(.specificReference, mention)
    }
  }

  /// The mention of a body without a name that `noun` makes after an article
  /// or a demonstrative ("de werkgroep", "deze groep"), if it names one.
  private func unnamedMention(_ noun: Range<Int>, in sentence: SentenceText) -> Range<Int>? {
    guard noun.lowerBound > 0, pointers.contains(sentence.tokens[noun.lowerBound - 1].folded)
    else { return nil }
    let word = sentence.key(of: noun)
    guard definitions.contains(where: { $0.word == word }) else { return nil }
    return (noun.lowerBound - 1)..<noun.upperBound
  }

  /// The span from the first word after `noun` through the residents it names,
  /// when that word is one of `composition` ("een werkgroep van omwonenden"),
  /// a tie of the rubric starts there ("een werkgroep bestaande uit
  /// bewoners") or, after one of `indefinite`, the residents themselves do
  /// ("een groep buurtbewoners"; not "een brede groep inwoners", a share of
  /// the population), and residents follow within ``agentGap`` words with no
  /// government actor or other party before them.
  static func compositionTie(
    after noun: Range<Int>, in context: SentenceContext, tokens: [Token],
    composition: Set<String>, indefinite: Set<String>
  ) -> Range<Int>? {
    guard noun.upperBound < tokens.count else { return nil }
    let start = noun.upperBound
    let startsTie =
      composition.contains(tokens[start].folded)
      || context.spans(.residentBodyTie).contains { $0.lowerBound == start }
      || (noun.lowerBound > 0 && indefinite.contains(tokens[noun.lowerBound - 1].folded)
        && context.spans(.residentActor).contains { $0.lowerBound == start })
    guard startsTie else { return nil }
    let government = context.spans(.governmentActor) + context.spans(.otherActor)
    guard
      let resident = context.spans(.residentActor).filter({ $0.lowerBound >= start })
        .min(by: { $0.lowerBound < $1.lowerBound }),
      resident.lowerBound - start <= agentGap + 1,
      !government.contains(where: { $0.lowerBound >= start && $0.lowerBound < resident.lowerBound })
    else { return nil }
    return start..<resident.upperBound
  }

  /// The span from the residents through the verb by which they found `body`
  /// ("inwoners hebben een werkgroep gevormd"), when the sentence says they
  /// found it (see the type's notes).
  private func founding(
    of body: Range<Int>, in context: SentenceContext, tokens: [Token]
  ) -> Range<Int>? {
    let foundings = context.spans(.residentBodyFounding)
    guard !foundings.isEmpty else { return nil }
    let others = context.spans(.governmentActor) + context.spans(.otherActor)
    if others.contains(where: { $0.lowerBound < body.upperBound }) { return nil }
    guard
      let residents = context.spans(.residentActor)
        .filter({
          $0.upperBound <= body.lowerBound && body.lowerBound - $0.upperBound <= Self.foundingGap
        })
        .max(by: { $0.upperBound < $1.upperBound }),
      !follows(preposition: residents, tokens: tokens)
    else { return nil }
    for verb in foundings {
      let between = verb.lowerBound >= residents.upperBound && verb.upperBound <= body.lowerBound
      let after =
        verb.lowerBound >= body.upperBound && verb.lowerBound - body.upperBound <= Self.agentGap
        && !others.contains { $0.lowerBound >= body.upperBound && $0.lowerBound < verb.lowerBound }
      if between || after {
        return residents.lowerBound..<max(verb.upperBound, body.upperBound)
      }
    }
    return nil
  }

  /// Whether a preposition stands before `span`, over any determiners.
  private func follows(preposition span: Range<Int>, tokens: [Token]) -> Bool {
    SentenceContext.index(before: span, skipping: determiners, in: tokens)
      .map { prepositions.contains(tokens[$0].folded) } ?? false
  }

  /// The span from a tie after `name` through the residents it names, when the
  /// sentence ties the name to residents.
  static func tie(
    after name: Range<Int>, in context: SentenceContext, tokens: [Token]
  ) -> Range<Int>? {
    // Neither the municipality nor another authority or company makes a
    // body the residents' own.
    let government = context.spans(.governmentActor) + context.spans(.otherActor)
    if government.contains(where: { $0.overlaps(name) }) { return nil }
    for tie in context.spans(.residentBodyTie)
    where tie.lowerBound >= name.upperBound && tie.lowerBound - name.upperBound <= tieGap {
      let between = name.upperBound..<tie.lowerBound
      if government.contains(where: { between.contains($0.lowerBound) }) { continue }
      let residents = context.spans(.residentActor).filter { $0.lowerBound >= tie.lowerBound }
      guard let resident = residents.min(by: { $0.lowerBound < $1.lowerBound }) else { continue }
      let gap = tie.upperBound..<max(tie.upperBound, resident.lowerBound)
      let governmentFirst = government.contains {
        $0.lowerBound >= tie.upperBound && $0.lowerBound <= resident.lowerBound
      }
      if gap.count <= agentGap, !governmentFirst, !tokens[gap].contains(where: \.isNumber) {
        return tie.lowerBound..<max(tie.upperBound, resident.upperBound)
      }
    }
    return nil
  }
}

// MARK: - Notes

extension ResidentBodies.Definition {
  /// The scorecard note that explains the definition: where it stands and
  /// what counts as residents from there on.
  func note(line: Int, language: PlanLanguage) -> ScorecardNote {
    let articles = ResidentBodies.articles[language, default: []].sorted()
      .map { "“\($0)”" }.joined(separator: " or ")
    return ScorecardNote(
      code: "resident_body",
      message: "“\(name)” (line \(line)) is taken to be the residents' own body: “\(tie)”. "
        + "From that sentence on, its name and “\(noun)” after \(articles) count as residents "
        + "and as a named body.",
      arguments: ["name": name, "line": String(line), "tie": tie, "noun": noun])
  }
}
