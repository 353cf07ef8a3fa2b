import PlanReading

/// The vocabulary lists a folded word belongs to, as bits, so the
/// specificity scanner classifies each token with one lookup.
struct SpecificityWordClass: OptionSet, Sendable {
  let rawValue: UInt32

  static let month = Self(rawValue: 1 << 0)
  static let season = Self(rawValue: 1 << 1)
  static let quarterOrdinal = Self(rawValue: 1 << 2)
  static let quarter = Self(rawValue: 1 << 3)
  static let calendarUnit = Self(rawValue: 1 << 4)
  static let recurrenceWord = Self(rawValue: 1 << 5)
  static let timesWord = Self(rawValue: 1 << 6)
  static let recurrence = Self(rawValue: 1 << 7)
  static let currency = Self(rawValue: 1 << 8)
  static let multiplier = Self(rawValue: 1 << 9)
  static let percentWord = Self(rawValue: 1 << 10)
  static let numberWord = Self(rawValue: 1 << 11)
  static let referenceWord = Self(rawValue: 1 << 12)
  static let nonCount = Self(rawValue: 1 << 13)
  static let starter = Self(rawValue: 1 << 14)

  /// The classes a word that is no number and does not start with a digit
  /// or read as a quarter code must have to start a marker: a month, a
  /// season, a quarter ordinal, a number word, a recurrence, a recurrence
  /// word or another starter (`week`, `een`, `twice`, the phase words).
  /// Words in the other lists only (`de`, `per`, `artikel`, `euro`) are
  /// passed over without trying every kind of marker.
  static let markerStarts: Self = [
    .month, .season, .quarterOrdinal, .numberWord, .recurrence, .recurrenceWord, .starter,
  ]
}

// MARK: - Lookup table

extension SpecificityWordClass {
  /// Every listed word of one language with its classes, for fast lookups.
  struct Table: Sendable {
    /// Word → raw classes.
    private let classes: ByteKeyTable
    /// A bit per (first byte, last byte, length) signature of the listed
    /// words, so most words are rejected without a hash lookup.
    private let signatures: [UInt64]

    /// Builds the table of `language` from ``SpecificityVocabulary``.
    init(language: PlanLanguage) {
      typealias Vocabulary = SpecificityVocabulary
      let lists: [(Set<String>, SpecificityWordClass)] = [
        (Vocabulary.months, .month), (Vocabulary.seasons, .season),
        (Vocabulary.quarterOrdinals, .quarterOrdinal), (Vocabulary.quarters, .quarter),
        (Vocabulary.calendarUnits, .calendarUnit),
        (Vocabulary.recurrenceWords[language] ?? [], .recurrenceWord),
        (Vocabulary.timesWords, .timesWord), (Vocabulary.recurrences, .recurrence),
        (Vocabulary.currencies[language] ?? [], .currency),
        (Vocabulary.multipliers, .multiplier), (Vocabulary.percentWords, .percentWord),
        (Vocabulary.numberWords[language] ?? [], .numberWord),
        (Vocabulary.referenceWords, .referenceWord), (Vocabulary.nonCountWords, .nonCount),
        (Vocabulary.starters[language] ?? [], .starter),
      ]
      var classes: [String: SpecificityWordClass] = [:]
      for (words, wordClass) in lists {
        for word in words { classes[word, default: []].insert(wordClass) }
      }
      for word in Vocabulary.spelledStarts where classes[word] != nil {
        classes[word]?.insert(.starter)
      }
      var signatures = [UInt64](repeating: 0, count: 256)
      for word in classes.keys {
        let signature = Self.signature(of: word.utf8)
        signatures[signature >> 6] |= 1 << UInt64(signature & 63)
      }
      self.classes = ByteKeyTable(classes.map { ($0.key, Int32(bitPattern: $0.value.rawValue)) })
      self.signatures = signatures
    }

    /// The classes of a folded word; words ending in a recurrence suffix
    /// (`tweewekelijkse`) are recurrences.
    func classes(of folded: String) -> SpecificityWordClass {
      let utf8 = folded.utf8
      let signature = Self.signature(of: utf8)
      if signatures[signature >> 6] & (1 << UInt64(signature & 63)) != 0,
        let raw = classes.value(for: folded)
      {
        return SpecificityWordClass(rawValue: UInt32(bitPattern: raw))
      }
      guard utf8.count >= 8, let last = utf8.last,
        last == UInt8(ascii: "s") || last == UInt8(ascii: "e")
      else { return [] }
      return Self.hasRecurrenceSuffix(folded) ? .recurrence : []
    }

    /// Whether a word of at least 8 bytes ends in a recurrence suffix.
    private static func hasRecurrenceSuffix(_ folded: String) -> Bool {
      UTF8Text.withBytes(of: folded[...]) { bytes in
        // Every suffix ends in `ks` or `kse`.
        guard bytes[(bytes.count - 3)...].contains(UInt8(ascii: "k")) else { return false }
        return SpecificityVocabulary.recurrenceSuffixes.contains { suffix in
          bytes.count >= suffix.utf8.count
            && UTF8Text.hasPrefix(suffix, in: bytes, at: bytes.count - suffix.utf8.count)
        }
      }
    }

    /// A 14-bit signature: low bits of the first and last byte, and the length.
    @inline(__always)
    private static func signature(of utf8: String.UTF8View) -> Int {
      let first = Int(utf8.first ?? 0) & 31
      let last = Int(utf8.last ?? 0) & 31
      return first << 9 | last << 4 | min(utf8.count, 15)
    }
  }

  /// The Dutch table.
  static let dutch = Table(language: .nl)
  /// The English table.
  static let english = Table(language: .en)

  /// The table of `language`.
  static func table(for language: PlanLanguage) -> Table {
    language == .nl ? dutch : english
  }
}
