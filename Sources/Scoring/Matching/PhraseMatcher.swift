/// Finds all indicator phrases of a rubric, and the `near` pairs, in one pass
/// over a sentence's tokens.
///
/// Built once per rubric and language and shared by concurrent scoring tasks
/// (an immutable value). Compilation maps every distinct word pattern to a
/// symbol (``SymbolLexicon``) and every distinct phrase to a path of symbols
/// in one automaton (``SymbolAutomaton``); both parts of each proximity are
/// internal sub-phrases in the same automaton. A pass then costs, per token,
/// the token's length plus the transitions of the few paths the text walks,
/// independent of the number of phrases.
struct PhraseMatcher: Sendable {
  /// A phrase to find, reported under `id`. Ids need not be unique or distinct
  /// from proximity ids; an empty pattern never matches.
  struct Entry: Sendable {
    /// The id hits of this phrase carry.
    var id: Int
    /// The phrase.
    var pattern: PhrasePattern
  }

  /// Two phrases to find in the same sentence, reported under `id`: at most
  /// `within` tokens between the end of one and the start of the other, the
  /// two not overlapping; with `ordered`, `first` must come before `second`.
  struct Proximity: Sendable {
    /// The id hits of this pair carry.
    var id: Int
    /// The indicator's `phrase`.
    var first: PhrasePattern
    /// The indicator's `near` phrase.
    var second: PhrasePattern
    /// The most tokens allowed between the two (negative counts as 0).
    var within: Int
    /// Whether `first` must come before `second`.
    var ordered: Bool
  }

  /// One match: an id and the token indices it covers (for a proximity, the
  /// span from the first to the last token of both parts).
  struct Hit: Equatable, Sendable {
    /// The id of the phrase or proximity.
    var id: Int
    /// The token indices covered, in the sentence's token array.
    var tokens: Range<Int>
  }

  /// A proximity with its parts as pattern indices.
  struct CompiledProximity: Sendable {
    /// The proximity's id.
    var id: Int
    /// The pattern index of the first part.
    var first: Int32
    /// The pattern index of the second part.
    var second: Int32
    /// The most tokens allowed between the parts.
    var within: Int
    /// Whether the first part must come first.
    var ordered: Bool
  }

  /// Symbols of every distinct word pattern.
  let lexicon: SymbolLexicon
  /// Paths of every distinct phrase pattern.
  private let automaton: SymbolAutomaton
  /// Public ids reported for each pattern index.
  private let patternIDs: [[Int]]
  /// Proximities that use each pattern index as a part.
  let proximityUses: [[Int32]]
  /// The proximities, by index.
  let proximities: [CompiledProximity]

  /// The number of distinct phrase patterns compiled (phrases and proximity parts).
  var patternCount: Int { patternIDs.count }

  /// Compiles `phrases` and `proximities` into one automaton.
  init(phrases: [Entry], proximities: [Proximity]) {
    var patternIndex: [PhrasePattern: Int32] = [:]
    var patterns: [PhrasePattern] = []
    var patternIDs: [[Int]] = []
    var proximityUses: [[Int32]] = []
    func index(of pattern: PhrasePattern) -> Int32 {
      if let index = patternIndex[pattern] { return index }
      let index = Int32(patterns.count)
      patternIndex[pattern] = index
      patterns.append(pattern)
      patternIDs.append([])
      proximityUses.append([])
      return index
    }
    for entry in phrases where !entry.pattern.words.isEmpty {
      let pattern = Int(index(of: entry.pattern))
      if !patternIDs[pattern].contains(entry.id) { patternIDs[pattern].append(entry.id) }
    }
    var compiled: [CompiledProximity] = []
    for proximity in proximities
    where !proximity.first.words.isEmpty && !proximity.second.words.isEmpty {
      let first = index(of: proximity.first)
      let second = index(of: proximity.second)
      let number = Int32(compiled.count)
      compiled.append(
        CompiledProximity(
          id: proximity.id, first: first, second: second,
          within: max(0, proximity.within), ordered: proximity.ordered))
      proximityUses[Int(first)].append(number)
      if second != first { proximityUses[Int(second)].append(number) }
    }
    var symbolIndex: [WordPattern: Int32] = [:]
    var words: [WordPattern] = []
    let paths = patterns.map { pattern in
      pattern.words.map { word -> Int32 in
        if let symbol = symbolIndex[word] { return symbol }
        symbolIndex[word] = Int32(words.count)
        words.append(word)
        return Int32(words.count - 1)
      }
    }
    lexicon = SymbolLexicon(patterns: words)
    automaton = SymbolAutomaton(paths: paths, symbolCount: words.count)
    self.patternIDs = patternIDs
    self.proximityUses = proximityUses
    self.proximities = compiled
  }

  // MARK: - Matching

  /// Every hit in one sentence's tokens, adding the work done to `stats`.
  ///
  /// Hits are sorted by (tokens.lowerBound, tokens.upperBound, id).
  /// Overlapping hits of different ids are all reported; the same id at the
  /// same span once. The symbols of a word token are looked up in `symbols`, by the token's
  /// index in `words` (the cache of the analyzer that made the tokens), and
  /// found there the first time; those of a number are found each time.
  func hits(
    in tokens: [Token], words: WordCache, symbols: inout WordSymbols,
    counting stats: inout MatchStats
  ) -> [Hit] {
    var hits: [Hit] = []
    var partHits: [Int32: [Range<Int>]] = [:]
    var numberSymbols: [Int32] = []
    var active: [Int32] = []
    var next: [Int32] = []
    tokens.withUnsafeBufferPointer { buffer in
      for position in 0..<buffer.count {
        stats.tokens += 1
        let word = Int(buffer[position].word)
        if word >= 0 {
          let range = symbols.range(ofWord: word, in: words, lexicon: lexicon, stats: &stats)
          symbols.list.withUnsafeBufferPointer { list in
            automaton.advance(
              active, by: UnsafeBufferPointer(rebasing: list[range]), into: &next, stats: &stats)
          }
        } else {
          let number = buffer[position].folded
          lexicon.symbols(folded: number, stem: number, into: &numberSymbols, stats: &stats)
          numberSymbols.withUnsafeBufferPointer { numberSymbols in
            automaton.advance(active, by: numberSymbols, into: &next, stats: &stats)
          }
        }
        for node in next {
          let span = (position + 1 - Int(automaton.depths[Int(node)]))..<(position + 1)
          for pattern in automaton.outputs(of: node) {
            for id in patternIDs[Int(pattern)] { hits.append(Hit(id: id, tokens: span)) }
            if !proximityUses[Int(pattern)].isEmpty {
              partHits[pattern, default: []].append(span)
            }
          }
        }
        swap(&active, &next)
      }
    }
    if !partHits.isEmpty { appendProximityHits(from: partHits, to: &hits, stats: &stats) }
    return Self.sortedUnique(hits)
  }

  /// `hits` sorted by (lowerBound, upperBound, id) without repeats.
  private static func sortedUnique(_ hits: [Hit]) -> [Hit] {
    guard hits.count > 1 else { return hits }
    let sorted = hits.sorted { left, right in
      if left.tokens.lowerBound != right.tokens.lowerBound {
        return left.tokens.lowerBound < right.tokens.lowerBound
      }
      if left.tokens.upperBound != right.tokens.upperBound {
        return left.tokens.upperBound < right.tokens.upperBound
      }
      return left.id < right.id
    }
    var unique: [Hit] = [sorted[0]]
    for hit in sorted.dropFirst() where hit != unique[unique.count - 1] { unique.append(hit) }
    return unique
  }
}
