/// One word or number of an analysed text, with the forms the matcher compares.
///
/// Offsets are UTF-8 byte offsets into the text that was analysed, so a token
/// maps back to the exact bytes it came from: `text.utf8[start..<end]`.
struct Token: Equatable, Sendable {
  /// The UTF-8 byte offset of the token's first byte in the analysed text.
  var start: Int
  /// The UTF-8 byte offset just past the token's last byte (exclusive).
  var end: Int
  /// The token lower-cased with diacritics removed (`é`→`e`, `ß`→`ss`, `ĳ`→`ij`,
  /// `’`→`'`); see ``TextAnalyzer/fold(_:)``.
  var folded: String
  /// The index of the word in the word cache of the analyzer that made the
  /// token (``WordCache``), where its stem is kept
  /// (``TextAnalyzer/stem(of:)``) and by which the phrase matcher keeps its
  /// symbols (``WordSymbols``); -1 for a number, which is not cached.
  var word: Int32
  /// Whether the token is a number: ASCII digits, with `.` or `,` only between
  /// digits (`25.000`, `3,5`).
  var isNumber: Bool
  /// The vocabulary classes of ``folded`` in the analyzer's language (months,
  /// currencies, number words…) that the specificity scanner looks for; see
  /// ``SpecificityWordClass/Table/classes(of:)``.
  var wordClasses: SpecificityWordClass
}
