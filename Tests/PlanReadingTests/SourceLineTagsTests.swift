import Foundation
import Testing

@testable import PlanReading

/// The columns of elements that share one line, where the line's tags are
/// searched by name (up to 16 tags) and where they are looked up in a table
/// (more): the character offset of the element's `<name`, plus one.
@Suite struct SourceLineTagsTests {
  /// One line of `doc` with `paragraphs` pairs of `p` and `b`, with text that
  /// is not ASCII before each, and the expected column of each element.
  @Test(arguments: [1, 3, 4, 60])
  func columnsOnOneLine(paragraphs: Int) throws {
    let xml = "<doc>" + (0..<paragraphs).map { "<p>é\($0)</p>ü <b>x</b>" }.joined() + "</doc>"
    let data = Data(xml.utf8)
    let root = try LibXML2Parser.parse(data).root
    let locator = SourceColumnLocator(xml: data, encoding: .utf8)
    let characters = Array(xml)
    func columns(of tag: String) -> [Int] {
      let tag = Array(tag)
      return characters.indices.filter { Array(characters[$0...].prefix(tag.count)) == tag }
        .map { $0 + 1 }
    }
    let expected = ["p": columns(of: "<p>"), "b": columns(of: "<b>")]
    var seen: [String: Int] = [:]
    for child in root.childElements {
      let ordinal = seen[child.localName, default: 0]
      seen[child.localName] = ordinal + 1
      let position = locator.position(of: child)
      #expect(position.line == 1)
      #expect(
        position.column == expected[child.localName]?[ordinal], "\(child.localName) \(ordinal)")
    }
    #expect(seen == ["p": paragraphs, "b": paragraphs])
    #expect(locator.position(of: root) == (1, 1))
  }
}
