import Foundation

/// Lists the files of the benchmark corpus.
enum BenchmarkFiles {
  /// Every regular file under a folder, sorted by path.
  static func list(under folder: String) -> [String] {
    let root = URL(fileURLWithPath: folder)
    guard
      let enumerator = FileManager.default.enumerator(
        at: root, includingPropertiesForKeys: [.isRegularFileKey])
    else { return [] }
    var paths: [String] = []
    for case let url as URL in enumerator
    where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
      paths.append(url.path)
    }
    return paths.sorted()
  }
}
