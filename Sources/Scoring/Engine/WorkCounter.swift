/// Counts the steps of a scan's inner loops (phrase matching and the context
/// tests), so tests can show that the work follows the length of the text,
/// never the square of a sentence's length (tests compare counts, never times).
final class WorkCounter {
  /// Steps of the phrase matcher (``MatchStats/total``).
  var matching = 0
  /// Steps of the context tests: elements looked at by their searches and
  /// bytes looked at for clause breaks.
  var context = 0

  /// All steps together.
  var total: Int { matching + context }
}
