import Foundation
import TestSupport
import Testing

@testable import Batch

@Suite struct ManifestTests {}

extension ManifestTests {
  /// The manifest wins over the documents' front matter; `;`, a byte order
  /// mark and quoted fields are read; an empty cell keeps the document's value.
  @Test func manifestWinsOverTheDocument() async throws {
    var files = BatchFixture.mixedFolder
    files["plans.csv"] = Data(
      ("\u{FEFF}file;gemeente;wijk;jaar;soort\r\n"
        + "zwolle/holtenbroek.md;\"Zwolle; gemeente\";\"Holtenbroek \"\"Oost\"\"\";2026;\r\n"
        + "arnhem.txt;;Presikhaaf;;\r\n").utf8)
    let input = try BatchFixture.folder(files)
    let outcome = try await BatchFixture.run(input, into: try BatchFixture.temporaryFolder("out"))
    #expect(outcome.files == 6)  // plans.csv itself is not a plan
    let zwolle = try #require(outcome.plans.first { $0.file == "zwolle/holtenbroek.md" })
    #expect(zwolle.scorecard.plan.municipality == "Zwolle; gemeente")
    #expect(zwolle.scorecard.plan.area == "Holtenbroek \"Oost\"")
    #expect(zwolle.scorecard.plan.year == 2026)
    #expect(zwolle.scorecard.plan.kind == .wijkactieplan)
    let arnhem = try #require(outcome.plans.first { $0.file == "arnhem.txt" })
    #expect(arnhem.scorecard.plan.municipality == "Arnhem")
    #expect(arnhem.scorecard.plan.area == "Presikhaaf")
    #expect(arnhem.scorecard.plan.year == 2024)
  }

  /// A kind from the manifest changes which criteria apply (the test rubric's
  /// `money` does not apply to a verordening), and a plan without any
  /// municipality is listed under its file name.
  @Test func kindChangesScoringAndCommaSeparator() async throws {
    let input = try BatchFixture.folder([
      "regeling.txt": BatchFixture.plan("Er is een wijkbudget."),
      "plans.csv": Data("bestand,soort\nregeling.txt,Participatieverordening\n".utf8),
    ])
    let outcome = try await BatchFixture.run(input, into: try BatchFixture.temporaryFolder("out"))
    let plan = try #require(outcome.plans.first)
    #expect(plan.scorecard.plan.kind == .verordening)
    #expect(plan.scorecard.criteria.first { $0.id == "money" }?.level == nil)
    #expect(plan.label == "regeling.txt")
  }

  /// A bad year or kind names the row; rows for files that are not there are
  /// warned about, not fatal.
  @Test func problemsNameTheRow() async throws {
    let badYear = try BatchFixture.folder([
      "a.txt": BatchFixture.plan("Er is een wijkbudget."),
      "plans.csv": Data("file;jaar\na.txt;twintig\n".utf8),
    ])
    let manifest = badYear.appendingPathComponent("plans.csv").path
    await #expect(
      throws: BatchError.manifest(path: manifest, row: 2, message: "jaar 'twintig' is not a year")
    ) {
      try await BatchFixture.run(badYear, into: try BatchFixture.temporaryFolder("out"))
    }

    let badKind = try BatchFixture.folder(["plans.csv": Data("file;soort\na.txt;recept\n".utf8)])
    await #expect(throws: BatchError.self) {
      try await BatchFixture.run(badKind, into: try BatchFixture.temporaryFolder("out"))
    }

    let noFileColumn = try BatchFixture.folder(["plans.csv": Data("gemeente;jaar\nX;2020\n".utf8)])
    let error = await #expect(throws: BatchError.self) {
      try await BatchFixture.run(noFileColumn, into: try BatchFixture.temporaryFolder("out"))
    }
    #expect(error?.localizedDescription.contains("row 1: no column `file`") == true)

    let unknown = try BatchFixture.folder([
      "a.txt": BatchFixture.plan("Er is een wijkbudget."),
      "plans.csv": Data("file;gemeente\nweg.txt;Zwolle\n".utf8),
    ])
    let outcome = try await BatchFixture.run(unknown, into: try BatchFixture.temporaryFolder("out"))
    #expect(
      outcome.warnings == [
        "plans.csv: weg.txt is not among the plans found; its row was not used"
      ])
  }

  /// A changed manifest row scores the plan again (the kind may change the result).
  @Test func manifestChangeMissesTheCache() async throws {
    let input = try BatchFixture.folder(["a.txt": BatchFixture.plan("Er is een wijkbudget.")])
    let output = try BatchFixture.temporaryFolder("out")
    _ = try await BatchFixture.run(input, into: output)
    try BatchFixture.write(["plans.csv": Data("file;soort\na.txt;verordening\n".utf8)], into: input)
    let outcome = try await BatchFixture.run(input, into: output)
    #expect(outcome.cached == 0)
    #expect(outcome.plans.first?.scorecard.plan.kind == .verordening)
  }
}

extension ManifestTests {
  /// Quoting is checked with RFC 4180's rules and reported with the line;
  /// a byte order mark before a quoted header is fine (issue 13: bad quoting
  /// showed the CSV library's internals and no row).
  @Test func quotingProblemsNameTheLine() {
    #expect(
      CSVQuoteCheck.firstProblem(
        in: "\u{FEFF}\"file\";\"gemeente\"\na.md;\"A;B\"\n", separator: ";") == nil)
    #expect(
      CSVQuoteCheck.firstProblem(in: "file;gemeente\na.md;\"Zeg \"\"hoi\"\"\"\n", separator: ";")
        == nil)
    #expect(
      CSVQuoteCheck.firstProblem(
        in: "file;gemeente\na.md;\"twee\nregels\"\nb.md;x\"y\n", separator: ";")?.line == 4)
    #expect(
      CSVQuoteCheck.firstProblem(in: "file;gemeente\na.md;\"open\n", separator: ";")?.line == 2)
    #expect(
      CSVQuoteCheck.firstProblem(in: "file,gemeente\na.md,\"A\"B\n", separator: ",")?.line == 2)
  }

  /// A file cell that is only `./` names no file and is refused with its row
  /// (fuzz-manifest found it: the row used to become an entry for "").
  @Test func dotSlashNamesNoFile() throws {
    let data = try Data(contentsOf: Fixtures.url("FuzzCrashes/manifest-dot-slash-row.csv"))
    let text = try #require(String(data: data, encoding: .utf8))
    #expect(
      throws: BatchError.manifest(
        path: "plans.csv", row: 2,
        message: "the file cell './' names no file; give the plan's path in the folder")
    ) {
      try PlanManifest.parse(text, path: "plans.csv")
    }
  }
}

extension ManifestTests {
  /// The `sleutel` (or `key`) column reaches the scored plan and
  /// `results.jsonl`, where `compare` reads it back; plans without one carry
  /// no key.
  @Test func keyColumnReachesTheResults() async throws {
    var files = BatchFixture.mixedFolder
    files["plans.csv"] = Data("file;sleutel\narnhem.txt;arnhem-presikhaaf\n".utf8)
    let input = try BatchFixture.folder(files)
    let output = try BatchFixture.temporaryFolder("out")
    let outcome = try await BatchFixture.run(input, into: output)
    let arnhem = try #require(outcome.plans.first { $0.file == "arnhem.txt" })
    #expect(arnhem.key == "arnhem-presikhaaf")
    #expect(outcome.plans.filter { $0.key != nil }.count == 1)
    let stored = try BatchResults.load(output)
    #expect(stored.first { $0.file == "arnhem.txt" }?.key == "arnhem-presikhaaf")
    #expect(
      try PlanManifest.parse("key,file\nx,a.txt\n", path: "plans.csv").entries["a.txt"]?.key == "x")
  }
}
