import Batch
import Foundation
import PlanReading
import TestSupport
import Testing

/// `compare` pairs each plan with its own earlier edition, never with another
/// plan of the same municipality.
@Suite struct EditionPairingTests {
  typealias S = ReportFixture.Sentence

  /// `file → file` for every pair, sorted, with the basis.
  static func pairs(_ comparison: EditionComparison) -> [String] {
    comparison.rows.map { "\($0.baseline.file) → \($0.current.file) [\($0.basis.rawValue)]" }
      .sorted()
  }

  /// Three plans of one municipality in each edition pair with their own
  /// predecessors by title (years and edition words left out), never across.
  @Test func severalPlansOfOneMunicipality() {
    let baseline = [
      ReportFixture.plan(
        "2024/a.txt", [S.consult], title: "Wijkplan Overvecht 2024", municipality: "Utrecht"),
      ReportFixture.plan(
        "2024/b.txt", [S.inform], title: "Ontwerp Wijkplan Kanaleneiland", municipality: "Utrecht"),
      ReportFixture.plan(
        "2024/c.txt", [S.budget], title: "Omgevingsvisie Utrecht", municipality: "Utrecht",
        kind: .omgevingsvisie),
    ]
    let current = [
      ReportFixture.plan(
        "2025/x.txt", [S.decideBudget], title: "Wijkplan Kanaleneiland (vastgesteld)",
        municipality: "utrecht"),
      ReportFixture.plan(
        "2025/y.txt", [S.feedback], title: "Omgevingsvisie Utrecht – 1e herziening, 2025",
        municipality: "Utrecht", kind: .omgevingsvisie),
      ReportFixture.plan(
        "2025/z.txt", [S.consult], title: "Wijkplan Óvervecht, versie 2025",
        municipality: "Utrecht"),
    ]
    let comparison = EditionComparison(baseline: baseline, current: current)
    #expect(
      Self.pairs(comparison) == [
        "2024/a.txt → 2025/z.txt [title]", "2024/b.txt → 2025/x.txt [title]",
        "2024/c.txt → 2025/y.txt [title]",
      ])
    #expect(comparison.added.isEmpty && comparison.dropped.isEmpty)

    // A kind the reader could not tell (`other`) does not keep a pair apart.
    var unknown = current
    unknown[1] = ReportFixture.plan(
      "2025/y.txt", [S.feedback], title: "Omgevingsvisie Utrecht 2025", municipality: "Utrecht",
      kind: .other)
    #expect(Self.pairs(EditionComparison(baseline: baseline, current: unknown)).count == 3)
  }

  /// Unrelated plans of one municipality stay unpaired and are listed on both
  /// sides: two plans on a side, different areas, or different kinds.
  @Test func unrelatedPlansNeverPair() {
    let two = EditionComparison(
      baseline: [
        ReportFixture.plan("a.txt", [S.consult], title: "Wijkplan Noord", municipality: "Ede"),
        ReportFixture.plan("b.txt", [S.consult], title: "Wijkplan Zuid", municipality: "Ede"),
      ],
      current: [
        ReportFixture.plan("c.txt", [S.consult], title: "Wijkplan Oost", municipality: "Ede"),
        ReportFixture.plan("d.txt", [S.consult], title: "Wijkplan West", municipality: "Ede"),
      ])
    #expect(two.rows.isEmpty)
    #expect(two.dropped.map(\.file) == ["a.txt", "b.txt"])
    #expect(two.added.map(\.file) == ["c.txt", "d.txt"])

    let areas = EditionComparison(
      baseline: [ReportFixture.plan("a.txt", [S.consult], municipality: "Ede", area: "Noord")],
      current: [ReportFixture.plan("b.txt", [S.consult], municipality: "Ede", area: "Zuid")])
    #expect(areas.rows.isEmpty)

    let kinds = EditionComparison(
      baseline: [ReportFixture.plan("a.txt", [S.consult], municipality: "Ede")],
      current: [
        ReportFixture.plan("b.txt", [S.consult], municipality: "Ede", kind: .omgevingsvisie)
      ])
    #expect(kinds.rows.isEmpty)
  }

  /// The IMRO id in a file name pairs versions (`-VG01`, `-OW01`) of one plan
  /// and keeps two plans of one municipality apart.
  @Test func imroVersionSuffixesPair() {
    let baseline = [
      ReportFixture.plan(
        "NL.IMRO.0363.N1201BPSTD-OW01.html", [S.consult], municipality: "Amsterdam"),
      ReportFixture.plan(
        "NL.IMRO.0363.E1702BPSTD-OW01.html", [S.inform], municipality: "Amsterdam"),
    ]
    let current = [
      ReportFixture.plan(
        "NL.IMRO.0363.E1702BPSTD-VG01.html", [S.consult], municipality: "Amsterdam"),
      ReportFixture.plan(
        "nl.imro.0363.n1201bpstd-vg01.html", [S.inform], municipality: "Amsterdam"),
    ]
    let comparison = EditionComparison(baseline: baseline, current: current)
    #expect(
      Self.pairs(comparison) == [
        "NL.IMRO.0363.E1702BPSTD-OW01.html → NL.IMRO.0363.E1702BPSTD-VG01.html [imro_id]",
        "NL.IMRO.0363.N1201BPSTD-OW01.html → nl.imro.0363.n1201bpstd-vg01.html [imro_id]",
      ])
  }

  /// The `sleutel` of plans.csv pairs plans whose names and titles differ,
  /// and two different keys are never paired by the municipality.
  @Test func manifestKeyPairs() {
    var old = ReportFixture.plan("oud.txt", [S.consult], title: "Wijkagenda", municipality: "Ede")
    old.key = "ede-centrum"
    var new = ReportFixture.plan(
      "nieuw.txt", [S.consult], title: "Centrumplan", municipality: "Ede")
    new.key = "Ede-Centrum"
    #expect(
      Self.pairs(EditionComparison(baseline: [old], current: [new])) == [
        "oud.txt → nieuw.txt [key]"
      ])
    new.key = "ede-noord"
    #expect(EditionComparison(baseline: [old], current: [new]).rows.isEmpty)
  }

  /// A municipality with one plan on each side and nothing to contradict
  /// pairs, and every format says it was paired by the municipality only.
  @Test func municipalityOnlyIsMarked() {
    let comparison = EditionComparison(
      baseline: [ReportFixture.plan("ede-2024.txt", [S.consult], municipality: "Ede")],
      current: [ReportFixture.plan("ede-2025.txt", [S.decideBudget], municipality: "Ede")])
    #expect(comparison.rows.map(\.basis) == [.municipalityOnly])
    for language in [PlanLanguage.nl, .en] {
      let renderer = EditionComparisonRenderer(language: language)
      let mark = language == .nl ? "alleen op gemeente gekoppeld" : "paired by municipality only"
      for format in EditionComparisonRenderer.formats where format != .json {
        #expect(renderer.render(comparison, as: format).contains(mark), "\(format)")
      }
      #expect(renderer.render(comparison, as: .json).contains("\"municipality_only\""))
    }
  }

  /// File names and titles of pairs and of unpaired plans appear in every format.
  @Test func filesAndTitlesInEveryFormat() {
    let comparison = EditionComparison(
      baseline: [
        ReportFixture.plan(
          "oud/plan.txt", [S.consult], title: "Wijkplan Noord", municipality: "Ede"),
        ReportFixture.plan("oud/weg.txt", [S.inform], title: "Speelplan", municipality: "Epe"),
      ],
      current: [
        ReportFixture.plan(
          "nieuw/plan.txt", [S.consult], title: "Wijkplan Noord 2025", municipality: "Ede"),
        ReportFixture.plan("nieuw/erbij.txt", [S.inform], title: "Groenplan", municipality: "Urk"),
      ])
    let renderer = EditionComparisonRenderer(language: .nl)
    for format in EditionComparisonRenderer.formats {
      let output = renderer.render(comparison, as: format)
      for text in [
        "oud/plan.txt", "nieuw/plan.txt", "Wijkplan Noord", "Wijkplan Noord 2025", "oud/weg.txt",
        "Speelplan", "nieuw/erbij.txt", "Groenplan",
      ] {
        #expect(output.contains(text), "\(format) lacks \(text)")
      }
    }
  }
}

// MARK: - Rubric changes

extension EditionPairingTests {
  /// A pair scored with another rubric version puts the warning first.
  ///
  /// The warning is the first thing in every format, and a criterion that
  /// does not apply on one side is listed apart, never as risen or fallen.
  @Test func rubricChangeWarnsFirst() throws {
    var old = ReportFixture.plan("a.txt", [S.consult], municipality: "Ede", area: "Noord")
    old.scorecard.rubric.version = "0.9.0"
    let feedback = try #require(old.scorecard.criteria.firstIndex { $0.id == "feedback" })
    old.scorecard.criteria[feedback].level = nil
    let new = ReportFixture.plan(
      "b.txt", [S.decideBudget, S.feedback], municipality: "Ede", area: "Noord")
    let comparison = EditionComparison(baseline: [old], current: [new])
    let row = try #require(comparison.rows.first)
    #expect(row.rubricChanged && comparison.mixedRubrics)
    #expect(row.rose.map(\.id) == ["influence", "money"])
    #expect(row.oneSided.map(\.id) == ["feedback"])
    #expect(!row.fell.contains { $0.id == "feedback" })

    let renderer = EditionComparisonRenderer(language: .nl)
    let warning = "Let op: de twee kanten zijn met verschillende beoordelingskaders"
    #expect(renderer.render(comparison, as: .text).hasPrefix(warning))
    #expect(renderer.render(comparison, as: .markdown).hasPrefix("**\(warning)"))
    #expect(renderer.render(comparison, as: .csv).hasPrefix("\u{FEFF}\"\(warning)"))
    #expect(
      renderer.render(comparison, as: .json).hasPrefix("{\n  \"alerts\" : [\n    \"\(warning)"))
    let html = renderer.render(comparison, as: .html)
    let body = try #require(html.components(separatedBy: "<body>").last)
    let warningAt = try #require(body.range(of: warning))
    let headingAt = try #require(body.range(of: "<h1>"))
    #expect(warningAt.lowerBound < headingAt.lowerBound)
    #expect(
      renderer.render(comparison, as: .text).contains(
        "  n.v.t. aan één kant: Terugkoppeling n.v.t.→2"))
  }
}
