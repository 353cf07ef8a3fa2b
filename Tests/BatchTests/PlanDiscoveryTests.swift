import Foundation
import Testing

@testable import Batch

@Suite struct PlanDiscoveryTests {}

extension PlanDiscoveryTests {
  /// Hidden files and folders, READMEs, data files, the output folder and
  /// excluded patterns are skipped; every other file counts, sorted by path.
  @Test func whatCountsAsAPlan() throws {
    let root = try BatchFixture.folder([
      "b.md": Data("x".utf8), "a/z.xml": Data("x".utf8), "a/b c.txt": Data("x".utf8),
      "plan.pdf": Data("x".utf8), ".hidden.md": Data("x".utf8), ".git/config": Data("x".utf8),
      "README.md": Data("x".utf8), "leesmij.txt": Data("x".utf8), "expected.json": Data("x".utf8),
      "plans.csv": Data("x".utf8), "out/index.html": Data("x".utf8),
      "drafts/old.md": Data("x".utf8), "a/notes.bak": Data("x".utf8),
    ])
    let discovery = PlanDiscovery(
      root: root, skipped: [root.appendingPathComponent("out")], excludes: ["drafts", "*.bak"])
    #expect(try discovery.files().files == ["a/b c.txt", "a/z.xml", "b.md", "plan.pdf"])
  }

  /// Word, OpenDocument and HTML plans are found like any other plan.
  @Test func officeAndHTMLPlans() throws {
    let root = try BatchFixture.folder([
      "a.docx": Data("x".utf8), "b.odt": Data("x".utf8), "c.html": Data("x".utf8),
      "d.htm": Data("x".utf8), "e.DOCX": Data("x".utf8),
    ])
    let discovery = PlanDiscovery(root: root, skipped: [], excludes: [])
    #expect(try discovery.files().files == ["a.docx", "b.odt", "c.html", "d.htm", "e.DOCX"])
  }

  /// A pattern with `/` matches the relative path; one without matches names.
  @Test func patterns() throws {
    let root = try BatchFixture.folder([
      "2024/a.md": Data("x".utf8), "2025/a.md": Data("x".utf8), "2025/b.md": Data("x".utf8),
    ])
    let byPath = PlanDiscovery(root: root, skipped: [], excludes: ["2024/*"])
    #expect(try byPath.files().files == ["2025/a.md", "2025/b.md"])
    let byName = PlanDiscovery(root: root, skipped: [], excludes: ["a.md"])
    #expect(try byName.files().files == ["2025/b.md"])
  }

  /// Report names append the format's extension to the whole relative path,
  /// so they are stable and two plans never share a report.
  @Test func reportNames() {
    #expect(BatchLayout.report(for: "a/plan.md", format: .html) == "plans/a/plan.md.html")
    #expect(BatchLayout.report(for: "a/plan.xml", format: .html) == "plans/a/plan.xml.html")
    #expect(BatchLayout.report(for: "plan.md", format: .markdown) == "plans/plan.md.md")
    #expect(BatchLayout.indexLink(fromReport: "plans/a/b/plan.md.html") == "../../../index.html")
    #expect(BatchLayout.indexLink(fromReport: "plans/plan.md.html") == "../index.html")
  }
}
