import Foundation
import TestSupport
import Testing

@testable import PlanReading

@Suite struct XMLMunicipalityTableTests {}

extension XMLMunicipalityTableTests {
  /// Current and former municipalities resolve by code, in either case.
  @Test(arguments: [
    ("gm0297", "Zaltbommel"), ("GM0363", "Amsterdam"), ("gm1992", "Voorne aan Zee"),
    ("gm0518", "'s-Gravenhage"), ("gm0738", "Aalburg"), ("gm1685", "Landerd"),
    ("gm0098", "Weststellingwerf"), ("gm1987", "Menterwolde"),
  ])
  func resolvesCodes(code: String, name: String) {
    #expect(MunicipalityTable.name(forCode: code) == name)
  }

  /// Test codes are not municipalities.
  @Test func testCodesHaveNoName() {
    #expect(MunicipalityTable.name(forCode: "gm9920") == nil)
    #expect(MunicipalityTable.name(forCode: "gm9999") == nil)
  }

  /// Names resolve to codes, ignoring case and a leading "Gemeente".
  @Test func resolvesNames() {
    #expect(MunicipalityTable.code(forName: "Gemeente Zaltbommel") == "gm0297")
    #expect(MunicipalityTable.code(forName: "utrecht") == "gm0344")
    #expect(MunicipalityTable.code(forName: "Den Haag") == "gm0518")
    #expect(MunicipalityTable.code(forName: "Nergenshuizen") == nil)
  }

  /// Gemeente codes are found in STOP, AKN and IMOW identifiers, and only there.
  @Test(arguments: [
    ("/tooi/id/gemeente/gm0297", "gm0297"),
    ("/akn/nl/act/gm0513/2018/omgevingsplan", "gm0513"),
    ("nl.imow-gm.0513.Regeltekst.adb90afc", "gm0513"),
    ("/tooi/id/provincie/pv28", nil),
    ("/tooi/id/gemeente/gm02971", nil),
    ("programma", nil),
  ])
  func findsCodesInIdentifiers(identifier: String, code: String?) {
    #expect(MunicipalityTable.gemeenteCode(inIdentifier: identifier) == code)
  }

  /// Every municipality code in the corpus's IMRO file names is in the table.
  @Test(.enabled(if: Fixtures.corpus != nil, "the shared corpus (../shared/corpus) is absent"))
  func everyCorpusCodeResolves() throws {
    let corpus = try #require(Fixtures.corpus)
    var names: [String] = []
    for folder in ["imro", "labeled"] {
      let url = corpus.appendingPathComponent(folder)
      names += (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
    }
    let codes = Set(
      names.compactMap { name -> String? in
        let parts = name.split(separator: ".")
        guard parts.count > 2, parts[0] == "t_NL", parts[1] == "IMRO" else { return nil }
        return "gm" + parts[2]
      })
    #expect(codes.count > 200)
    let missing = codes.filter { MunicipalityTable.name(forCode: $0) == nil }.sorted()
    #expect(missing.isEmpty, "no name for \(missing)")
  }

  /// The table file is well-formed (a `code\tname` header, `gmNNNN` codes, no
  /// duplicates) and every row is what the loaded table answers.
  @Test func tableFileIsWellFormed() throws {
    let url = Fixtures.packageRoot.appendingPathComponent(
      "Sources/PlanReading/Resources/gemeenten.tsv")
    let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
    #expect(lines.first == "code\tname")
    let rows = lines.dropFirst().map { $0.split(separator: "\t").map(String.init) }
    #expect(rows.count > 342)
    #expect(Set(rows.map { $0.first ?? "" }).count == rows.count)
    for row in rows {
      #expect(row.count == 2)
      #expect(row[0].count == 6 && row[0].hasPrefix("gm") && Int(row[0].dropFirst(2)) != nil)
      #expect(MunicipalityTable.name(forCode: row[0]) == row[1])
    }
  }
}
