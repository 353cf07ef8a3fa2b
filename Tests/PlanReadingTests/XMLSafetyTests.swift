import Foundation
import TestSupport
import Testing

@testable import PlanReading

/// The reader's choice: entities are never expanded and nothing is loaded.
///
/// A document that declares or uses entities reads with the references left
/// out and an `entities_not_expanded` note; one whose entities would expand
/// without bound is refused with `unsafeXML`.
@Suite struct XMLSafetyTests {
  /// A nested entity bomb ("billion laughs"): 10^9 copies if expanded.
  static let billionLaughs: String = {
    var lines = ["<?xml version=\"1.0\"?>", "<!DOCTYPE lolz [", "<!ENTITY lol \"lol\">"]
    for level in 1...9 {
      let previous = level == 1 ? "lol" : "lol\(level - 1)"
      lines.append(
        "<!ENTITY lol\(level) \"" + String(repeating: "&\(previous);", count: 10) + "\">")
    }
    lines.append("]>")
    return lines.joined(separator: "\n")
  }()

  /// Every piece of text a document exposes: blocks, notes, metadata.
  static func allText(_ document: PlanDocument) -> String {
    let metadata = [document.metadata.title, document.metadata.municipality].compactMap { $0 }
    return (document.blocks.map(\.text) + document.notes.map(\.message) + metadata)
      .joined(separator: "\n")
  }
}

// MARK: - External entities

extension XMLSafetyTests {
  /// An external entity pointing at /etc/passwd is not loaded: the document
  /// reads with the reference left out, and a note names the entity.
  @Test func externalEntityIsNotLoaded() throws {
    let document = try XMLTestSupport.read(
      """
      <?xml version="1.0"?>
      <!DOCTYPE plan [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
      <plan><sectie><kop>Kop</kop><alinea>voor &xxe; na</alinea></sectie></plan>
      """)
    #expect(!Self.allText(document).contains("root:"))
    #expect(document.block(startingWith: "voor")?.text == "voor na")
    let note = try #require(document.notes.first { $0.code == .entitiesNotExpanded })
    #expect(note.message.contains("&xxe;"))
  }

  /// An external parameter entity and an external DTD are not loaded either.
  @Test(arguments: [
    "<!DOCTYPE x [<!ENTITY % p SYSTEM \"file:///etc/passwd\"> %p;]>\n<x>tekst</x>",
    "<!DOCTYPE x SYSTEM \"file:///etc/passwd\">\n<x>tekst</x>",
    "<!DOCTYPE x [<!ENTITY n SYSTEM \"http://127.0.0.1:9/n\">]>\n<x>tekst &n;</x>",
  ])
  func externalSubsetsAreNotLoaded(xml: String) throws {
    let document = try XMLTestSupport.read(xml)
    #expect(!Self.allText(document).contains("root:"))
    #expect(document.outline == ["p tekst"])
  }

  /// An external entity in an attribute value is refused for safety.
  @Test func externalEntityInAttributeIsRefused() {
    let xml = "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n<x a=\"&e;\">t</x>"
    #expect {
      try XMLTestSupport.read(xml, path: "attr.xml")
    } throws: { error in
      guard case PlanReadingError.unsafeXML(let path, let line, _, let message) = error else {
        return false
      }
      return path == "attr.xml" && line == 2 && message.contains("external entit")
    }
  }
}

// MARK: - Entity bombs

extension XMLSafetyTests {
  /// A billion-laughs bomb in content is refused with `unsafeXML`, quickly
  /// and without expanding it.
  @Test func billionLaughsIsRefused() {
    let xml = Self.billionLaughs + "\n<lolz>&lol9;</lolz>"
    let start = Date()
    #expect {
      try XMLTestSupport.read(xml, path: "bomb.xml")
    } throws: { error in
      guard case PlanReadingError.unsafeXML(let path, _, _, let message) = error else {
        return false
      }
      return path == "bomb.xml" && message.contains("entity bomb")
        && error.localizedDescription.contains("bomb.xml:")
    }
    #expect(Date().timeIntervalSince(start) < 5)
  }

  /// The same bomb in an attribute value, and an entity that refers to itself,
  /// are refused too.
  @Test(arguments: [
    billionLaughs + "\n<lolz a=\"&lol9;\">t</lolz>",
    "<!DOCTYPE x [<!ENTITY a \"&b;\"><!ENTITY b \"&a;\">]>\n<x>t &a; t</x>",
  ])
  func recursiveEntitiesAreRefused(xml: String) {
    #expect {
      try XMLTestSupport.read(xml)
    } throws: { error in
      if case PlanReadingError.unsafeXML = error { return true }
      return false
    }
  }

  /// A large entity referenced thousands of times (quadratic blow-up) is
  /// never expanded: the text stays small and a note says why.
  @Test func quadraticBlowUpIsNotExpanded() throws {
    let big = String(repeating: "A", count: 100_000)
    let references = String(repeating: "&a;", count: 5_000)
    let xml = "<!DOCTYPE x [<!ENTITY a \"\(big)\">]>\n<x>begin \(references) eind</x>"
    let document = try XMLTestSupport.read(xml)
    #expect(document.outline == ["p begin eind"])
    #expect(document.notes.contains { $0.code == .entitiesNotExpanded })
  }

  /// Internal entities are left out of attributes and text alike.
  @Test func internalEntityIsLeftOut() throws {
    let document = try XMLTestSupport.read(
      "<!DOCTYPE plan [<!ENTITY g \"Utrecht\">]>\n<plan gemeente=\"&g;\"><alinea>In &g;.</alinea></plan>"
    )
    #expect(document.metadata.municipality == nil)
    #expect(document.outline == ["p In ."])
  }
}

// MARK: - Concurrency

extension XMLSafetyTests {
  /// Reading different files on many threads at once gives the same result as
  /// reading them one by one (libxml2 is initialised once, errors are per parse).
  @Test func concurrentReadsAgree() async throws {
    let names = [
      "stop-omgevingsplan-noordhoven.xml", "gemeenteblad-participatieverordening.xml",
      "plan-overvecht.xml", "xhtml-wijkplan.xml", "cvdr-buurtbudget-utrecht.xml",
    ]
    let expected = try names.map { try XMLTestSupport.fixture($0) }
    let results = try await withThrowingTaskGroup(of: (Int, PlanDocument).self) { group in
      for _ in 0..<8 {
        for (index, name) in names.enumerated() {
          group.addTask { (index, try PlanReader().read(fileAt: Fixtures.path("xml/" + name))) }
        }
      }
      var all: [(Int, PlanDocument)] = []
      for try await result in group { all.append(result) }
      return all
    }
    #expect(results.count == names.count * 8)
    for (index, document) in results {
      #expect(document == expected[index])
    }
  }
}
