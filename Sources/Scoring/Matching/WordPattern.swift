/// How one word of a rubric phrase matches one token.
///
/// Cores are folded (lower case, no diacritics); a ``stem(_:)`` core is also
/// stemmed with the language's Snowball stemmer.
enum WordPattern: Hashable, Sendable {
  /// A plain word: the token's stem equals this stem (`beslissen`).
  case stem(String)
  /// `core*`: the token's folded form starts with the core (`bewoner*`).
  case prefix(String)
  /// `*core`: the token's folded form or its stem ends with the core (`*budget`).
  case suffix(String)
  /// `*core*`: the token's folded form contains the core (`*inspraak*`).
  case infix(String)
}
