import Foundation
import Testing

@testable import PlanReading

@Suite struct XMLErrorTests {
  /// A malformed document with the position libxml2 reports for it.
  struct Case: CustomTestStringConvertible, Sendable {
    var name: String
    var xml: String
    var line: Int
    var column: Int
    var messagePart: String

    var testDescription: String { name }
  }

  static let cases: [Case] = [
    Case(
      name: "mismatched end tag",
      xml: "<plan>\n  <sectie>\n    <kop>Kop</kopp>\n  </sectie>\n</plan>",
      line: 3, column: 20, messagePart: "mismatch"),
    Case(
      name: "unclosed root", xml: "<plan>\n  <alinea>Tekst</alinea>\n", line: 3, column: 1,
      messagePart: "Premature end of data"),
    Case(
      name: "undeclared entity", xml: "<plan>\n<alinea>a &nbsp; b</alinea></plan>", line: 2,
      column: 17, messagePart: "the entity &nbsp; is used but never defined"),
    // Issue 13: 40,000 undefined references were called an "entity bomb … loop".
    Case(
      name: "many undefined entities",
      xml: "<plan>\n<alinea>" + String(repeating: "&x;", count: 40_000) + "</alinea></plan>",
      line: 2, column: 12,
      messagePart: "the entity &x; is used but never defined (40000 references to undefined"),
    // Issue 13: deep nesting said "use XML_PARSE_HUGE option".
    Case(
      name: "nesting too deep",
      xml: "<plan>" + String(repeating: "<a>", count: 300) + String(repeating: "</a>", count: 300)
        + "</plan>",
      line: 1, column: 775,
      messagePart:
        "the elements are nested more than 256 levels deep, deeper than a plan can be read"),
    Case(
      name: "bad attribute", xml: "<plan gemeente=Utrecht>\n</plan>", line: 1, column: 16,
      messagePart: "AttValue"),
    Case(
      name: "first error, not its consequence", xml: "<plan>\n<sectie><kop>K</sectie>\n</plan>",
      line: 2, column: 24, messagePart: "Opening and ending tag mismatch: kop line 2 and sectie"),
  ]
}

extension XMLErrorTests {
  /// Malformed XML is refused with libxml2's message and the right position.
  @Test(arguments: cases)
  func malformedXMLIsReportedWithPosition(_ testCase: Case) {
    #expect {
      try XMLTestSupport.read(testCase.xml, path: "kapot.xml")
    } throws: { error in
      guard case PlanReadingError.malformedXML(let path, let line, let column, let message) = error
      else { return false }
      return path == "kapot.xml" && line == testCase.line && column == testCase.column
        && message.localizedCaseInsensitiveContains(testCase.messagePart)
        && !message.hasSuffix("\n") && !message.contains("XML_PARSE")
        && !message.contains("loop")
    }
  }

  /// The user-facing text names the file, line and column and what to do.
  @Test func errorDescriptionNamesThePosition() {
    do {
      _ = try XMLTestSupport.read("<plan>\n<kop>open</plan>", path: "plannen/wijk.xml")
      Issue.record("malformed XML was read")
    } catch {
      let description = error.localizedDescription
      #expect(description.hasPrefix("plannen/wijk.xml:2:"))
      #expect(description.contains("malformed XML"))
      #expect(description.contains("Fix the XML"))
    }
  }

  /// A document whose root is missing after the declaration is an error, not
  /// an empty plan.
  @Test func declarationWithoutRootIsAnError() {
    #expect {
      try XMLTestSupport.read("<?xml version=\"1.0\"?>\n<!-- alleen commentaar -->\n")
    } throws: { error in
      if case PlanReadingError.malformedXML = error { return true }
      return false
    }
  }
}
