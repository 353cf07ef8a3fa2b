/// Counts the work one or more ``PhraseMatcher`` passes did, to show that the
/// cost follows the text and not the number of patterns (tests compare counts,
/// never times).
struct MatchStats: Equatable, Sendable {
  /// Tokens scanned.
  var tokens = 0
  /// Stem lookups plus byte steps in the prefix, suffix and infix tries.
  var lexiconSteps = 0
  /// Automaton transitions tried (active states × token symbols, plus root).
  var transitions = 0
  /// Proximity partner pairs examined.
  var proximityPairs = 0

  /// All steps together.
  var total: Int { lexiconSteps + transitions + proximityPairs }
}
