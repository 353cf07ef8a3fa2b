import Foundation
import TestSupport
import Testing

/// `scorecard score` on PDF plans.
@Suite struct ScorePDFTests {}

extension ScorePDFTests {
  /// A PDF plan scores with exit code 0, and its evidence is placed by page:
  /// "blz." on a Dutch card, "p." on an English one and in JSON as `page`.
  @Test func scoresAPDFWithPageLocations() throws {
    let plan = Fixtures.path("pdf/heerlen-two-columns.pdf")
    let dutch = try CommandRunner.run(["score", plan, "--no-color"])
    #expect(dutch.status == 0)
    #expect(dutch.stdout.contains(", blz. 2)"))
    #expect(!dutch.stdout.contains("regel "))
    #expect(dutch.stderr.isEmpty)
    let english = try CommandRunner.run(["score", plan, "--no-color", "--lang", "en"])
    #expect(english.status == 0)
    #expect(english.stdout.contains(", p. 2)"))
    let json = try CommandRunner.run(["score", plan, "--format", "json"])
    #expect(json.status == 0)
    #expect(json.stdout.contains("\"page\" : 2"))
  }

  /// A scanned, protected or damaged PDF exits 1 with one clear message and
  /// nothing of poppler's own output.
  @Test(arguments: ["scan.pdf", "encrypted.pdf", "truncated.pdf", "damaged.pdf"])
  func badPDFExitsOne(_ name: String) throws {
    let plan = Fixtures.path("pdf/\(name)")
    let result = try CommandRunner.run(["score", plan])
    #expect(result.status == 1)
    #expect(result.stdout.isEmpty)
    let lines = result.stderr.split(separator: "\n")
    #expect(lines.count == 1)
    #expect(lines.first?.hasPrefix("error: \(plan): this PDF ") == true)
  }
}
