/// The benchmark's command-line arguments.
struct BenchmarkArguments {
  var folder = "."
  var rubric: String?
  var multiply = 1
  var jobs = 1
  var readOnly = false

  /// Parses `<folder> [--rubric R] [--multiply N] [--jobs N] [--read-only]`.
  static func parse<S: Sequence>(_ words: S) -> BenchmarkArguments where S.Element == String {
    var result = BenchmarkArguments()
    var iterator = words.makeIterator()
    while let word = iterator.next() {
      switch word {
      case "--rubric": result.rubric = iterator.next()
      case "--multiply": result.multiply = iterator.next().flatMap(Int.init) ?? 1
      case "--jobs": result.jobs = iterator.next().flatMap(Int.init) ?? 1
      case "--read-only": result.readOnly = true
      default: result.folder = word
      }
    }
    return result
  }
}
