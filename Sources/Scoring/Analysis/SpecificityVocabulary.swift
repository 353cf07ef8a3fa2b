import PlanReading

/// The words the specificity scanner recognises, all folded.
///
/// Most lists hold both languages (plans mix them: `Q3`, `deadline`); words
/// that mean something else in the other language are kept apart, so the
/// Dutch `ten` (in `ten aanzien van`) is not the English number and the
/// English `pond` is not the Dutch currency.
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

  /// Words that make the next calendar unit a recurrence, per language.
  static let recurrenceWords: [PlanLanguage: Set<String>] = [
    .nl: ["elk", "elke", "ieder", "iedere", "per"],
    .en: ["every", "each", "per", "a", "an"],
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

  /// Currency words written after (or, for codes, before) the number, per language.
  static let currencies: [PlanLanguage: Set<String>] = [
    .nl: ["euro", "eur", "dollar", "usd", "pond", "gbp"],
    .en: ["euro", "euros", "eur", "dollar", "dollars", "usd", "pound", "pounds", "gbp"],
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

  /// Number words that can count something, per language (`een`/`one` are
  /// left out: they are mostly articles and pronouns).
  static let numberWords: [PlanLanguage: Set<String>] = [
    .nl: [
      "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf",
      "dertien", "veertien", "vijftien", "zestien", "zeventien", "achttien", "negentien",
      "twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig",
      "honderd", "duizend",
    ],
    .en: [
      "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
      "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
      "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
      "hundred", "thousand",
    ],
  ]

  /// Other words a marker can start with, per language: `week 12`, `een keer
  /// per jaar`, `twice a year`.
  static let starters: [PlanLanguage: Set<String>] = [
    .nl: ["week", "een", "fase", "stap", "ronde"],
    .en: ["week", "twice", "once", "stage", "phase", "step", "round"],
  ]

  /// The words the scanner recognises as a marker's start by their spelling
  /// rather than by a class, in either language: `week`, `een`, `twice`,
  /// `once` and the phase words. The word lists give each of them that is
  /// listed in the plan's language ``SpecificityWordClass/starter`` as well,
  /// so that a token without a starting class never starts a marker
  /// (``SpecificityWordClass/markerStarts``).
  static let spelledStarts: Set<String> = phaseWords.union(["week", "een", "twice", "once"])

  /// Words that name a numbered phase of a process: `fase 2`, `Stage 1`.
  static let phaseWords: Set<String> = [
    "fase", "stap", "ronde", "stage", "phase", "step", "round",
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
    "wel", "meer", "minder", "maar", "jaar", "per", "nu", "al", "zo", "hier", "daar", "reeds",
    "pas", "ca", "circa", "ruim", "bijna", "ongeveer", "minimaal", "maximaal", "keer", "maal",
    "the", "now", "each", "about", "times", "a", "an", "and", "or", "on", "at", "to",
    "for", "with", "by", "from", "are", "were", "be", "been", "will", "would", "can", "could",
    "has", "have", "than", "more", "less", "not", "also", "m", "m2", "m3", "km", "km2", "cm",
    "mm", "ha", "hectare", "meter", "meters", "metres", "kilometer", "kilometers", "kg", "ton",
    "db", "dba", "graden", "uur", "x",
  ]
}
