/// The symbols each word of an analyzer's word cache (``WordCache``) matches
/// in one ``SymbolLexicon``, found the first time the word is matched.
///
/// A word's symbols depend only on its folded form, its stem and the lexicon,
/// so a word met again costs one look-up instead of the lexicon's walks over
/// its bytes. The symbols kept are those of the last lexicon asked; another
/// lexicon starts them afresh. Word indices are those of the word cache, so
/// both are emptied together (``TextAnalyzer/emptyCacheIfFull()``).
struct WordSymbols {
  /// The lexicon whose symbols are kept; held, so that no other lexicon can
  /// be given the same object while the symbols are kept.
  private var lexicon: SymbolLexicon.Identity?
  /// Per word index: 0 while not found, else `(start + 1) << 32 | count`
  /// of the word's symbols in ``list``.
  private var spans: [UInt64] = []
  /// The symbols of every word found, word after word.
  private(set) var list: [Int32] = []
  /// The symbols of the word being found.
  private var scratch: [Int32] = []

  /// The symbols of word `index` of `words` in `lexicon`, as a range of ``list``.
  mutating func range(
    ofWord index: Int, in words: WordCache, lexicon: SymbolLexicon, stats: inout MatchStats
  ) -> Range<Int> {
    if lexicon.identity !== self.lexicon {
      self.lexicon = lexicon.identity
      removeAll()
    }
    if index < spans.count {
      let span = spans[index]
      if span != 0 {
        stats.lexiconSteps += 1
        let start = Int(span >> 32) - 1
        return start..<(start + Int(span & 0xFFFF_FFFF))
      }
    } else {
      spans.append(contentsOf: repeatElement(0, count: index + 1 - spans.count))
    }
    let entry = words.entries[index]
    lexicon.symbols(folded: entry.folded, stem: entry.stem, into: &scratch, stats: &stats)
    let start = list.count
    list.append(contentsOf: scratch)
    spans[index] = UInt64(start + 1) << 32 | UInt64(scratch.count)
    return start..<list.count
  }

  /// Forgets the symbols of every word.
  mutating func removeAll() {
    spans.removeAll(keepingCapacity: true)
    list.removeAll(keepingCapacity: true)
  }
}
