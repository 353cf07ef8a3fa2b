import CHyphen
import Foundation
import PlanReading

/// Counts the syllables of words with libhyphen and Debian's hyphenation
/// patterns (`hyphen-nl`, `hyphen-en-us`): a word has one syllable more than
/// it has hyphenation points.
///
/// Hyphenation points are where a word may be broken at the end of a line, so
/// a single letter at either end of a word never counts as a syllable of its
/// own ("idee" counts 1, "area" 1): the counts run slightly low on words that
/// begin or end with a lone vowel. The same rule holds for every plan, so plans
/// stay comparable.
final class Hyphenator: @unchecked Sendable {
  /// The folder Debian installs the patterns in.
  static let patternFolder = "/usr/share/hyphen"

  /// The pattern file.
  private let file: String
  private let latin1: Bool
  /// Loaded dictionaries not in use. libhyphen is not documented as
  /// thread-safe, so each call takes a dictionary of its own from here (loading
  /// another when all are in use: at most one per worker thread) and puts it
  /// back; the lock guards only the list, never the hyphenation, so worker
  /// threads do not wait on one another.
  private var idle: [UnsafeMutablePointer<HyphenDict>]
  /// Words already counted, by their exact bytes, shared by every plan of
  /// the process (a batch meets the same words in plan after plan); it empties
  /// itself at ``cacheLimit`` words. Keys are bytes, not `String`s, whose
  /// equality would let one spelling of a word with accents answer for
  /// another, so that a plan's figures would depend on the plans before it.
  /// Guarded by `lock`.
  private var counted = SyllableCache(limit: cacheLimit)
  /// Caches of syllable counts not in use, each kept from plan to plan by one
  /// user at a time (``takeCache()``), so that a worker finds the words it met
  /// in its earlier plans without taking the lock. Guarded by `lock`.
  private var idleCaches: [SyllableCache] = []
  private let lock = NSLock()

  /// The most words ``counted`` holds.
  static let cacheLimit = 200_000

  /// The hyphenator for a language, or `nil` when its patterns are not installed.
  static func forLanguage(_ language: PlanLanguage) -> Hyphenator? {
    switch language {
    case .nl: dutch
    case .en: english
    }
  }

  private static let dutch = Hyphenator(file: "\(patternFolder)/hyph_nl_NL.dic")
  private static let english = Hyphenator(file: "\(patternFolder)/hyph_en_US.dic")

  /// Loads a pattern file; `nil` when it is missing or broken.
  init?(file: String) {
    guard let handle = FileHandle(forReadingAtPath: file) else { return nil }
    let head = (try? handle.read(upToCount: 32)) ?? Data()
    try? handle.close()
    guard let loaded = hnj_hyphen_load(file) else { return nil }
    self.file = file
    idle = [loaded]
    let charset = String(decoding: head.prefix { $0 != 0x0A && $0 != 0x0D }, as: UTF8.self)
    latin1 = charset.uppercased().hasPrefix("ISO8859-1")
  }

  deinit {
    for dictionary in idle { hnj_hyphen_free(dictionary) }
  }

  /// A cache of syllable counts (of this hyphenator's language) for one user
  /// at a time, with the words of its earlier users; give it back with
  /// ``putCache(_:)``. There are never more than users at the same time.
  func takeCache() -> SyllableCache {
    lock.withLock { idleCaches.popLast() } ?? SyllableCache(limit: Self.cacheLimit)
  }

  /// Gives back a cache from ``takeCache()`` once its user is done with it.
  func putCache(_ cache: SyllableCache) {
    lock.withLock { idleCaches.append(cache) }
  }

  /// The syllables of one word of letters (at least 1).
  func syllables(_ word: String) -> Int {
    var word = word
    return word.withUTF8 { syllables($0) }
  }

  /// ``syllables(_:)`` of the word whose UTF-8 bytes are `word`.
  func syllables(_ word: UnsafeBufferPointer<UInt8>) -> Int {
    if let known = lock.withLock({ counted.syllables(of: word) }) { return known }
    let syllables = hyphenate(word)
    lock.withLock {
      if counted.syllables(of: word) == nil { counted.insert(word, syllables: syllables) }
    }
    return syllables
  }

  /// Counts the syllables of a word with libhyphen.
  private func hyphenate(_ word: UnsafeBufferPointer<UInt8>) -> Int {
    if word.allSatisfy({ $0 < 0x80 }) {
      // What `lowercased()` and the Latin-1 encoding give for ASCII.
      return hyphenate(count: word.count) { lowered in
        for index in word.indices {
          let byte = word[index]
          lowered[index] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
        }
      }
    }
    let lower = String(decoding: word, as: UTF8.self).lowercased()
    let bytes: [UInt8]
    if latin1 {
      guard let data = lower.data(using: .isoLatin1) else { return 1 }
      bytes = [UInt8](data)
    } else {
      bytes = Array(lower.utf8)
    }
    return hyphenate(count: bytes.count) { lowered in
      for index in bytes.indices { lowered[index] = bytes[index] }
    }
  }

  /// Counts the syllables of the `count` lower-cased bytes (in the pattern
  /// file's encoding) that `write` puts into a buffer, in one temporary
  /// allocation for the word and its hyphens.
  private func hyphenate(count: Int, write: (UnsafeMutablePointer<UInt8>) -> Void) -> Int {
    guard count > 1 else { return 1 }
    guard let dictionary = lock.withLock({ idle.popLast() }) ?? hnj_hyphen_load(file) else {
      return 1
    }
    defer { lock.withLock { idle.append(dictionary) } }
    // The word and a NUL (libhyphen takes the length but also searches the
    // word as a C string: `strstr` for the patterns' NOHYPHEN list), then
    // room for its hyphens.
    return withUnsafeTemporaryAllocation(of: CChar.self, capacity: 2 * count + 6) { buffer in
      guard let word = buffer.baseAddress else { return 1 }
      word.withMemoryRebound(to: UInt8.self, capacity: count) { write($0) }
      word[count] = 0
      let hyphens = word + count + 1
      hyphens.initialize(repeating: 0, count: count + 5)
      var rep: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = nil
      var pos: UnsafeMutablePointer<Int32>? = nil
      var cut: UnsafeMutablePointer<Int32>? = nil
      let failed = hnj_hyphen_hyphenate3(
        dictionary, word, Int32(count), hyphens, nil, &rep, &pos, &cut, 1, 1, 1, 1)
      if let rep {
        for index in 0..<count { free(rep[index]) }
        free(rep)
      }
      free(pos)
      free(cut)
      guard failed == 0 else { return 1 }
      var syllables = 1
      for index in 0..<(count - 1) where hyphens[index] & 1 == 1 { syllables += 1 }
      return syllables
    }
  }
}
