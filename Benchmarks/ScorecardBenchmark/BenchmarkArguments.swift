/// The benchmark's command-line arguments.
struct BenchmarkArguments {
  var folder = "."
  var rubric: String?
  var multiply = 1
  var jobs = 1

  /// Parses `<folder> [--rubric R] [--multiply N] [--jobs N]`.
  static func parse<S: Sequence>(_ words: S) -> BenchmarkArguments where S.Element == String {
    var result = BenchmarkArguments()
    var iterator = words.makeIterator()
    while let word = iterator.next() {
      switch word {
      case "--rubric": result.rubric = iterator.next()
      case "--multiply": result.multiply = iterator.next().flatMap(Int.init) ?? 1
      case "--jobs": result.jobs = iterator.next().flatMap(Int.init) ?? 1
      default: result.folder = word
      }
    }
    return result
  }
}
