import Testing

@testable import PlanReading

/// ``LibXML2LineNode/settledLine`` gives ``LibXML2LineNode/reportedLine``
/// once nothing still to come can change it, and `nil` before.
@Suite struct LibXML2LineNodeTests {
  /// A late element under an open parent, as the builder links them.
  static func child(
    _ kind: LibXML2LineNode.Kind, line: Int, of parent: LibXML2LineNode,
    after previous: LibXML2LineNode? = nil
  ) -> LibXML2LineNode {
    let node = LibXML2LineNode(kind, line: line)
    node.parent = parent
    node.previous = previous
    if let previous { previous.next = node } else { parent.firstChild = node }
    return node
  }

  static func openParent() -> LibXML2LineNode {
    let parent = LibXML2LineNode(.element, line: 10)
    parent.isOpen = true
    return parent
  }

  @Test func aLateElementWithTextKnowsItsLineAtItsEnd() {
    let parent = Self.openParent()
    let element = Self.child(.element, line: 70_000, of: parent)
    element.isOpen = true
    #expect(element.settledLine == nil)  // open, no child yet
    _ = Self.child(.text, line: 70_001, of: element)
    element.isOpen = false
    #expect(element.settledLine == 70_001)
    #expect(element.settledLine == element.reportedLine)
  }

  @Test func anEmptyLateElementWaitsForItsNextSibling() {
    let parent = Self.openParent()
    let empty = Self.child(.element, line: 70_000, of: parent)
    #expect(empty.settledLine == nil)  // the next sibling may still come
    let text = Self.child(.text, line: 70_002, of: parent, after: empty)
    #expect(empty.settledLine == 70_002)
    #expect(empty.settledLine == empty.reportedLine)
    _ = text
  }

  @Test func theLastChildOfAClosedParentLooksBack() {
    let parent = Self.openParent()
    let text = Self.child(.text, line: 70_000, of: parent)
    let empty = Self.child(.element, line: 70_001, of: parent, after: text)
    #expect(empty.settledLine == nil)
    parent.isOpen = false
    #expect(empty.settledLine == 70_000)
    #expect(empty.settledLine == empty.reportedLine)
  }

  @Test func aNodeBeforeTheLimitIsSettledAtOnce() {
    let parent = Self.openParent()
    let early = Self.child(.element, line: 65_000, of: parent)
    early.isOpen = true
    #expect(early.settledLine == 65_000)
    let reference = Self.child(.other, line: 70_000, of: parent, after: early)
    #expect(reference.settledLine == reference.reportedLine)
  }
}
