import Foundation
import PlanReading
import TestSupport

/// Helpers shared by the XML reader tests.
enum XMLTestSupport {
  /// Reads XML given as a string, through the public entry point.
  static func read(_ xml: String, path: String = "plan.xml") throws -> PlanDocument {
    try PlanReader().read(data: Data(xml.utf8), path: path)
  }

  /// Reads a fixture from `Tests/TestSupport/Fixtures/xml/`.
  static func fixture(_ name: String) throws -> PlanDocument {
    try PlanReader().read(fileAt: Fixtures.path("xml/" + name))
  }

  /// The text of a fixture, for finding expected positions.
  static func source(_ name: String) throws -> String {
    try String(contentsOf: Fixtures.url("xml/" + name), encoding: .utf8)
  }

  /// The 1-based line and column where `needle` starts, searching from the
  /// end of the first occurrence of `anchor` (or from the start).
  static func position(
    of needle: String, after anchor: String? = nil, in source: String
  ) -> (line: Int, column: Int)? {
    var start = source.startIndex
    if let anchor {
      guard let found = source.range(of: anchor) else { return nil }
      start = found.upperBound
    }
    guard let range = source.range(of: needle, range: start..<source.endIndex) else { return nil }
    let before = source[..<range.lowerBound]
    let line = before.filter { $0 == "\n" }.count + 1
    let lineStart = before.lastIndex(of: "\n").map { source.index(after: $0) } ?? source.startIndex
    return (line, source.distance(from: lineStart, to: range.lowerBound) + 1)
  }
}

extension Block {
  /// A compact form for comparing reading order: `h2 Artikel I`, `p …`,
  /// `li …`, `td …`.
  var outline: String {
    switch kind {
    case .heading: return "h\(level ?? 0) \(text)"
    case .paragraph: return "p \(text)"
    case .listItem: return "li \(text)"
    case .tableCell: return "td \(text)"
    }
  }
}

extension PlanDocument {
  /// The outline of every block, in order.
  var outline: [String] {
    blocks.map(\.outline)
  }

  /// The first block whose text starts with `prefix`.
  func block(startingWith prefix: String) -> Block? {
    blocks.first { $0.text.hasPrefix(prefix) }
  }
}
