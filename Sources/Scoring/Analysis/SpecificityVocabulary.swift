/// The words the specificity scanner recognises, Dutch and English together
/// (plans mix them: `Q3`, `deadline`), all folded.
enum SpecificityVocabulary {
  /// Month names and their abbreviations.
  static let months: Set<String> = [
    "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
    "oktober", "november", "december", "jan", "feb", "mrt", "apr", "jun", "jul", "aug", "sep",
    "sept", "okt", "nov", "dec", "january", "february", "march", "may", "june", "july",
    "august", "october", "oct",
  ]

  /// Seasons; `fall` is left out as it is mostly a verb.
  static let seasons: Set<String> = [
    "voorjaar", "najaar", "zomer", "winter", "lente", "herfst", "spring", "summer", "autumn",
  ]

  /// Ordinals that name a quarter with `kwartaal` / `quarter`.
  static let quarterOrdinals: Set<String> = [
    "eerste", "tweede", "derde", "vierde", "first", "second", "third", "fourth",
  ]

  /// Quarter nouns.
  static let quarters: Set<String> = ["kwartaal", "quarter"]

  /// Calendar units of a recurrence: `per jaar`, `elke maand`, `every week`.
  static let calendarUnits: Set<String> = [
    "jaar", "maand", "week", "kwartaal", "halfjaar", "year", "month", "quarter", "annum",
  ]

  /// Words that make the next calendar unit a recurrence.
  static let recurrenceWords: Set<String> = [
    "elk", "elke", "ieder", "iedere", "per", "every", "each", "a", "an",
  ]

  /// Words for "times" in `twee keer per jaar`, `three times a year`.
  static let timesWords: Set<String> = ["keer", "maal", "times"]

  /// Words that are a recurrence on their own, besides any word ending in one
  /// of ``recurrenceSuffixes``.
  static let recurrences: Set<String> = [
    "annually", "annual", "yearly", "monthly", "weekly", "quarterly", "biannually",
    "fortnightly",
  ]

  /// Endings of Dutch recurrence adjectives: `jaarlijks`, `tweewekelijkse`.
  static let recurrenceSuffixes = [
    "jaarlijks", "jaarlijkse", "maandelijks", "maandelijkse", "wekelijks", "wekelijkse",
  ]

  /// Currency words written after (or, for codes, before) the number.
  static let currencies: Set<String> = [
    "euro", "euros", "eur", "dollar", "dollars", "usd", "pond", "pound", "pounds", "gbp",
  ]

  /// Scalars of currency symbols written before the number: `€`, `£`, `$`.
  static let currencySymbols: Set<UInt32> = [0x20AC, 0xA3, 0x24]

  /// Multipliers after an amount: `3 miljoen`, `2 million`.
  static let multipliers: Set<String> = [
    "duizend", "miljoen", "miljard", "mln", "mld", "mio", "thousand", "million", "billion",
    "k", "m", "bn",
  ]

  /// Endings of a number token that carry a multiplier: `25k`, `1,5mln`.
  static let multiplierSuffixes = ["k", "m", "mln", "mld", "mio", "bn"]

  /// Words for per cent.
  static let percentWords: Set<String> = ["procent", "percent", "pct", "procentpunt"]

  /// Number words that can count something (`een`/`one` are left out: they
  /// are mostly articles and pronouns).
  static let numberWords: Set<String> = [
    "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf",
    "dertien", "veertien", "vijftien", "zestien", "zeventien", "achttien", "negentien",
    "twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig",
    "honderd", "duizend", "two", "three", "four", "five", "six", "seven", "eight", "nine",
    "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
    "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
    "eighty", "ninety", "hundred", "thousand",
  ]

  /// Words before a number that make it a reference, not a count (`artikel 3`).
  static let referenceWords: Set<String> = [
    "artikel", "art", "lid", "hoofdstuk", "paragraaf", "bijlage", "figuur", "tabel", "blz",
    "pagina", "nummer", "nr", "versie", "afbeelding", "kaart", "section", "article",
    "chapter", "figure", "table", "page", "appendix", "annex", "no", "number", "version",
  ]

  /// Words after a number that do not make it a count: function words and
  /// units of measurement.
  static let nonCountWords: Set<String> = [
    "de", "het", "een", "en", "of", "in", "op", "te", "van", "voor", "met", "aan", "bij", "tot",
    "uit", "naar", "om", "over", "door", "als", "dan", "dat", "die", "dit", "deze", "er", "is",
    "zijn", "was", "waren", "wordt", "worden", "werd", "werden", "zal", "zullen", "kan",
    "kunnen", "moet", "moeten", "heeft", "hebben", "had", "gaan", "gaat", "ook", "nog", "niet",
    "wel", "meer", "minder", "maar", "jaar", "the", "a", "an", "and", "or", "on", "at", "to",
    "for", "with", "by", "from", "are", "were", "be", "been", "will", "would", "can", "could",
    "has", "have", "than", "more", "less", "not", "also", "m", "m2", "m3", "km", "km2", "cm",
    "mm", "ha", "hectare", "meter", "meters", "metres", "kilometer", "kilometers", "kg", "ton",
    "db", "dba", "graden", "uur", "x",
  ]
}

// MARK: - Word classes

extension SpecificityVocabulary {
  /// The lists a folded word belongs to, as bits, so the scanner classifies
  /// each token with one dictionary lookup.
  struct WordClass: OptionSet, Sendable {
    let rawValue: UInt32
    static let month = WordClass(rawValue: 1 << 0)
    static let season = WordClass(rawValue: 1 << 1)
    static let quarterOrdinal = WordClass(rawValue: 1 << 2)
    static let quarter = WordClass(rawValue: 1 << 3)
    static let calendarUnit = WordClass(rawValue: 1 << 4)
    static let recurrenceWord = WordClass(rawValue: 1 << 5)
    static let timesWord = WordClass(rawValue: 1 << 6)
    static let recurrence = WordClass(rawValue: 1 << 7)
    static let currency = WordClass(rawValue: 1 << 8)
    static let multiplier = WordClass(rawValue: 1 << 9)
    static let percentWord = WordClass(rawValue: 1 << 10)
    static let numberWord = WordClass(rawValue: 1 << 11)
    static let referenceWord = WordClass(rawValue: 1 << 12)
    static let nonCount = WordClass(rawValue: 1 << 13)
    /// Other words a marker can start with: `week 12`, `een keer per jaar`, `twice a year`.
    static let starter = WordClass(rawValue: 1 << 14)
  }

  /// Every listed word with its classes (raw values).
  static let classes: ByteKeyTable = ByteKeyTable(
    classLists().map { ($0.key, Int32(bitPattern: $0.value.rawValue)) })

  /// A bit per (first byte, last byte, length) signature of the listed words,
  /// so most words are rejected without a hash lookup.
  static let signatures: [UInt64] = {
    var bits = [UInt64](repeating: 0, count: 256)
    for word in classLists().keys {
      let signature = SpecificityVocabulary.signature(of: word.utf8)
      bits[signature >> 6] |= 1 << UInt64(signature & 63)
    }
    return bits
  }()

  /// The classes of every listed word.
  private static func classLists() -> [String: WordClass] {
    let lists: [(Set<String>, WordClass)] = [
      (months, .month), (seasons, .season), (quarterOrdinals, .quarterOrdinal),
      (quarters, .quarter), (calendarUnits, .calendarUnit), (recurrenceWords, .recurrenceWord),
      (timesWords, .timesWord), (recurrences, .recurrence), (currencies, .currency),
      (multipliers, .multiplier), (percentWords, .percentWord), (numberWords, .numberWord),
      (referenceWords, .referenceWord), (nonCountWords, .nonCount),
      (["week", "een", "twice", "once"], .starter),
    ]
    var classes: [String: WordClass] = [:]
    for (words, wordClass) in lists {
      for word in words { classes[word, default: []].insert(wordClass) }
    }
    return classes
  }

  /// A 14-bit signature of a word: low bits of its first and last byte and its length.
  @inline(__always)
  private static func signature(of utf8: String.UTF8View) -> Int {
    let first = Int(utf8.first ?? 0) & 31
    let last = Int(utf8.last ?? 0) & 31
    return first << 9 | last << 4 | min(utf8.count, 15)
  }

  /// The classes of a folded word; words ending in a recurrence suffix
  /// (`tweewekelijkse`) are recurrences.
  static func wordClass(of folded: String) -> WordClass {
    let utf8 = folded.utf8
    let signature = self.signature(of: utf8)
    if signatures[signature >> 6] & (1 << UInt64(signature & 63)) != 0,
      let raw = classes.value(for: folded) {
      return WordClass(rawValue: UInt32(bitPattern: raw))
    }
    guard utf8.count >= 8, let last = utf8.last,
      last == UInt8(ascii: "s") || last == UInt8(ascii: "e")
    else { return [] }
    let isRecurrence = UTF8Text.withBytes(of: folded[...]) { bytes in
      // Every suffix ends in `ks` or `kse`.
      let ending = bytes[(bytes.count - 3)...]
      guard ending.contains(UInt8(ascii: "k")) else { return false }
      return recurrenceSuffixes.contains { suffix in
        bytes.count >= suffix.utf8.count
          && UTF8Text.hasPrefix(suffix, in: bytes, at: bytes.count - suffix.utf8.count)
      }
    }
    return isRecurrence ? .recurrence : []
  }
}
