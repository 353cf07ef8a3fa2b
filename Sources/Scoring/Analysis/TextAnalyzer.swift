import CStemmer
import PlanReading

/// Splits text into sentences and tokens, folds and stems words, and finds the
/// specific details (amounts, dates, counts…) of one language.
///
/// An analyzer owns a C Snowball stemmer and a cache of the words it has seen
/// (``WordCache``), so it is not `Sendable`: give every task or thread its
/// own. All offsets it returns are UTF-8 byte offsets; it works on bytes and
/// unicode scalars, never on `Character`s, for speed.
final class TextAnalyzer {
  /// The language whose stemmer and word lists the analyzer uses.
  let language: PlanLanguage

  /// The Snowball stemmer; `nil` only when libstemmer could not create one
  /// (out of memory), in which case words stem to themselves.
  private let stemmer: OpaquePointer?
  /// The specificity word lists of the language, looked up once per word.
  private let wordClasses: SpecificityWordClass.Table
  /// Folded word → folded form and stem, so each distinct word is folded and
  /// stemmed once (per plan, or per batch for analyzers from
  /// ``TextAnalyzerPool``); emptied between plans once it holds
  /// ``wordLimit`` words (``emptyCacheIfFull()``).
  private(set) var words = WordCache()
  /// The phrase-matcher symbols of the words in `words`, by the same index.
  private var wordSymbols = WordSymbols()

  /// The most words an analyzer's cache keeps from plan to plan (a few MB).
  static let wordLimit = 100_000

  /// Creates an analyzer for `language`.
  init(language: PlanLanguage) {
    self.language = language
    wordClasses = SpecificityWordClass.table(for: language)
    let algorithm = language == .nl ? "dutch" : "english"
    stemmer = sb_stemmer_new(algorithm, "UTF_8")
  }

  deinit {
    sb_stemmer_delete(stemmer)
  }

  /// Empties the word cache and the symbols kept by its indices once it is full.
  ///
  /// Full is ``wordLimit`` words or more. Call it only between plans: tokens
  /// refer to the cache by index (``Token/word``).
  func emptyCacheIfFull() {
    guard words.entries.count >= Self.wordLimit else { return }
    words.removeAll()
    wordSymbols.removeAll()
  }

  // MARK: - Matching

  /// The hits of `matcher` in `tokens`, which this analyzer made; see
  /// ``PhraseMatcher/hits(in:words:symbols:counting:)``.
  func hits(
    of matcher: PhraseMatcher, in tokens: [Token], counting stats: inout MatchStats
  ) -> [PhraseMatcher.Hit] {
    matcher.hits(in: tokens, words: words, symbols: &wordSymbols, counting: &stats)
  }

  /// ``hits(of:in:counting:)`` without counting the work.
  func hits(of matcher: PhraseMatcher, in tokens: [Token]) -> [PhraseMatcher.Hit] {
    var stats = MatchStats()
    return hits(of: matcher, in: tokens, counting: &stats)
  }

  // MARK: - Stemming

  /// The Snowball stem of an already folded word, cached.
  ///
  /// Dutch possessive and plural endings written with an apostrophe
  /// (`auto's`) lose it first; English Snowball handles them itself.
  func stem(_ folded: String) -> String {
    let index = cachedWord(forFolded: folded, in: &words)
    return words.entries[index].stem
  }

  /// The stem of a token this analyzer made: its word's Snowball stem, or
  /// the number itself.
  func stem(of token: Token) -> String {
    token.word < 0 ? token.folded : words.entries[Int(token.word)].stem
  }

  /// The cache index of an already folded word, whose entry is made on first use.
  private func cachedWord(forFolded folded: String, in words: inout WordCache) -> Int {
    UTF8Text.withBytes(of: folded[...]) { bytes in
      let hash = WordCache.hash(bytes, lowercasing: false)
      if let index = words.find(bytes, hash: hash, lowercasing: false) { return index }
      let entry = WordCache.Entry(
        folded: folded, stem: computeStem(folded), wordClasses: wordClasses.classes(of: folded))
      return words.insert(entry, hash: hash)
    }
  }

  /// Runs Snowball on a folded word (no cache).
  private func computeStem(_ folded: String) -> String {
    var word = folded
    if language == .nl, word.hasSuffix("'s"), word.utf8.count > 2 {
      word.removeLast(2)
    }
    guard let stemmer else { return word }
    let count = Int32(word.utf8.count)
    let stem: String? = word.withCString { pointer in
      pointer.withMemoryRebound(to: sb_symbol.self, capacity: Int(count)) { symbols in
        guard let result = sb_stemmer_stem(stemmer, symbols, count) else { return nil }
        let length = Int(sb_stemmer_length(stemmer))
        return String(decoding: UnsafeBufferPointer(start: result, count: length), as: UTF8.self)
      }
    }
    return stem ?? word
  }

  // MARK: - Tokens

  /// The words and numbers of `text`, in order.
  ///
  /// Tokens are runs of letters and digits; spaces, hyphens, slashes and other
  /// punctuation separate them. An apostrophe between two letters stays inside
  /// the word (`zo'n`, `auto's`); elsewhere it is dropped (`bewoners'`). In a
  /// number, `.` and `,` between digits stay (`25.000`, `3,5`).
  /// - Returns: Tokens whose offsets count from `text`'s own start (0-based).
  func tokens(in text: Substring) -> [Token] {
    UTF8Text.withBytes(of: text) { tokens(in: $0, words: &words) }
  }

  /// ``tokens(in:)`` of UTF-8 bytes, with the word cache borrowed once for
  /// all of them.
  private func tokens(in bytes: UnsafeBufferPointer<UInt8>, words: inout WordCache) -> [Token] {
    var tokens: [Token] = []
    tokens.reserveCapacity(bytes.count / 6)
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      if byte < 0x80 {
        guard UTF8Text.isASCIIAlphanumeric(byte) else { index += 1; continue }
      } else {
        let (scalar, length) = UTF8Text.scalar(in: bytes, at: index)
        guard UTF8Text.isWordScalar(scalar) else { index += length; continue }
      }
      let token = readToken(in: bytes, from: index, words: &words)
      index = token.end
      tokens.append(token)
    }
    return tokens
  }

  /// Reads the token that starts at `start`, a letter or digit.
  private func readToken(
    in bytes: UnsafeBufferPointer<UInt8>, from start: Int, words: inout WordCache
  ) -> Token {
    var end = start
    var isASCII = true
    var isNumber = true
    while end < bytes.count {
      let byte = bytes[end]
      if byte < 0x80 {
        if UTF8Text.isASCIILetter(byte) {
          // A run of ASCII letters, passed over in one tight loop.
          isNumber = false
          end += 1
          while end < bytes.count, UTF8Text.isASCIILetter(bytes[end]) { end += 1 }
        } else if UTF8Text.isASCIIDigit(byte) {
          end += 1
        } else if (byte == 0x2E || byte == 0x2C), isNumber, end > start,
          end + 1 < bytes.count, UTF8Text.isASCIIDigit(bytes[end + 1])
        {
          end += 1
        } else if byte == 0x27, joinsLetters(bytes, apostrophe: end, length: 1) {
          isNumber = false
          end += 1
        } else {
          break
        }
      } else {
        let (scalar, length) = UTF8Text.scalar(in: bytes, at: end)
        if UTF8Text.isWordScalar(scalar) {
          isASCII = false
          isNumber = false
          end += length
        } else if scalar.value == 0x2019 || scalar.value == 0x02BC,
          joinsLetters(bytes, apostrophe: end, length: length)
        {
          isASCII = false
          isNumber = false
          end += length
        } else {
          break
        }
      }
    }
    let word = UnsafeBufferPointer(rebasing: bytes[start..<end])
    if isNumber {
      let number = String(decoding: word, as: UTF8.self)
      return Token(
        start: start, end: end, folded: number, word: -1, isNumber: true,
        wordClasses: wordClasses.classes(of: number))
    }
    let index: Int
    if isASCII {
      let hash = WordCache.hash(word, lowercasing: true)
      if let found = words.find(word, hash: hash, lowercasing: true) {
        index = found
      } else {
        let folded = String(unsafeUninitializedCapacity: word.count) { buffer in
          for (offset, byte) in word.enumerated() {
            buffer[offset] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
          }
          return word.count
        }
        index = words.insert(
          WordCache.Entry(
            folded: folded, stem: computeStem(folded),
            wordClasses: wordClasses.classes(of: folded)),
          hash: hash)
      }
    } else {
      index = cachedWord(
        forFolded: Self.fold(String(decoding: word, as: UTF8.self)[...]), in: &words)
    }
    return Token(
      start: start, end: end, folded: words.entries[index].folded, word: Int32(index),
      isNumber: false, wordClasses: words.entries[index].wordClasses)
  }

  /// Whether the apostrophe at `index` stands between two letters.
  private func joinsLetters(
    _ bytes: UnsafeBufferPointer<UInt8>, apostrophe index: Int, length: Int
  ) -> Bool {
    let before = UTF8Text.previousScalarStart(in: bytes, before: index)
    return UTF8Text.isLetter(in: bytes, at: before)
      && UTF8Text.isLetter(in: bytes, at: index + length)
  }
}
