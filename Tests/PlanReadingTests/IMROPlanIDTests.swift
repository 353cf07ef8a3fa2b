import Testing

@testable import PlanReading

@Suite struct IMROPlanIDTests {}

extension IMROPlanIDTests {
  /// One shape of identifier and what it says.
  struct Case: Sendable, CustomTestStringConvertible {
    var text: String
    var identifier: String
    var municipalityCode: String
    var planCode: String
    var version: String?
    var kind: DocumentKind?
    var year: Int?
    var status: PlanStatus?
    var testDescription: String { text }

    static let all = [
      Case(
        text: "NL.IMRO.0363.BP2019Noord-VG01", identifier: "NL.IMRO.0363.BP2019Noord-VG01",
        municipalityCode: "gm0363", planCode: "BP2019Noord", version: "VG01",
        kind: .bestemmingsplan, year: 2019, status: .vastgesteld),
      Case(
        text: "t_nl.imro.0014.WPbeekweg-ow01.md", identifier: "NL.IMRO.0014.WPbeekweg-ow01",
        municipalityCode: "gm0014", planCode: "WPbeekweg", version: "ow01",
        kind: .bestemmingsplan, year: nil, status: .ontwerp),
      Case(
        text: "NL.IMRO.0599.UPkade12-ON01", identifier: "NL.IMRO.0599.UPkade12-ON01",
        municipalityCode: "gm0599", planCode: "UPkade12", version: "ON01",
        kind: .bestemmingsplan, year: nil, status: .ontwerp),
      Case(
        text: "NL.IMRO.0200.Veegplan-VO02", identifier: "NL.IMRO.0200.Veegplan-VO02",
        municipalityCode: "gm0200", planCode: "Veegplan", version: "VO02", kind: nil,
        year: nil, status: .voorontwerp),
      Case(
        text: "code NL.IMRO.0518.BP0123Havenkwartier-50VA",
        identifier:
          "NL.IMRO.0518.BP0123Havenkwartier-50VA", municipalityCode: "gm0518",
        planCode: "BP0123Havenkwartier", version: "50VA", kind: .bestemmingsplan, year: nil,
        status: .vastgesteld),
      Case(
        text: "NL.IMRO.0228.BP201800012-0301", identifier: "NL.IMRO.0228.BP201800012-0301",
        municipalityCode: "gm0228", planCode: "BP201800012", version: "0301",
        kind: .bestemmingsplan, year: 2018, status: nil),
      Case(
        text: "nl.imro.0788.wp21molenpad.va01", identifier: "NL.IMRO.0788.wp21molenpad-va01",
        municipalityCode: "gm0788", planCode: "wp21molenpad", version: "va01",
        kind: .bestemmingsplan, year: nil, status: .vastgesteld),
      Case(
        text: "NL.IMRO.0160.0000BP00412-VG01", identifier: "NL.IMRO.0160.0000BP00412-VG01",
        municipalityCode: "gm0160", planCode: "0000BP00412", version: "VG01",
        kind: .bestemmingsplan, year: nil, status: .vastgesteld),
      Case(
        text: "NL.IMRO.0193.BP20004", identifier: "NL.IMRO.0193.BP20004",
        municipalityCode: "gm0193", planCode: "BP20004", version: nil, kind: .bestemmingsplan,
        year: nil, status: nil),
    ]
  }

  /// Every shape gives its municipality code, plan code, version, and the
  /// kind, year and status where the code says them plainly.
  @Test(arguments: Case.all)
  func parses(_ example: Case) throws {
    let id = try #require(IMROPlanID(in: example.text))
    #expect(id.identifier == example.identifier)
    #expect(id.municipalityCode == example.municipalityCode)
    #expect(id.planCode == example.planCode)
    #expect(id.version == example.version)
    #expect(id.kind == example.kind)
    #expect(id.year == example.year)
    #expect(id.status == example.status)
  }

  /// Markdown escapes inside the identifier are ignored; the identity leaves
  /// out the version.
  @Test func escapedAndIdentity() throws {
    let id = try #require(IMROPlanID(in: #"NL.IMRO.0344\.BPlindenlaan\-VS01"#))
    #expect(id.identifier == "NL.IMRO.0344.BPlindenlaan-VS01")
    #expect(id.planIdentity == "NL.IMRO.0344.BPlindenlaan")
  }

  /// Texts without an identifier, or with a municipality code that is not
  /// four digits, give none.
  @Test(arguments: ["plan-2024.md", "NL.IMRO.344.BPx-VG01", "IMRO", ""])
  func none(_ text: String) {
    #expect(IMROPlanID(in: text) == nil)
  }
}
