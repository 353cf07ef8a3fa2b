import Foundation
import Testing

@testable import Scoring

@Suite struct BundledRubricsTests {}

extension BundledRubricsTests {
  /// The default rubric and at least the three documented ones are bundled.
  @Test func bundledIDs() {
    #expect(RubricCatalog.defaultID == "lsa-participatie")
    #expect(
      Set(["lsa-participatie", "omgevingswet-participatie", "iap2-spectrum"])
        .isSubset(of: Set(RubricCatalog.bundledIDs)))
  }

  /// Every bundled rubric loads with no errors.
  @Test(arguments: RubricCatalog.bundledIDs)
  func validates(_ id: String) throws {
    let check = Rubric.check(contentsOf: try RubricCatalog.locate(id))
    #expect(check.errors == [], "\(id) has errors")
    #expect(check.rubric?.id == id)
  }

  /// Every example sentence in every bundled rubric behaves as the rubric says
  /// (what `scorecard rubric test` runs).
  @Test(arguments: RubricCatalog.bundledIDs)
  func examplesPass(_ id: String) throws {
    let report = RubricExampleRunner.run(try RubricCatalog.load(id))
    #expect(report.checked > 0)
    #expect(report.failures.map(\.description) == [])
  }

  /// The default rubric has the nine criteria of the codebook, in order, with
  /// the documented weights and guards.
  @Test func defaultRubricShape() throws {
    let rubric = try RubricCatalog.load(nil)
    #expect(
      rubric.criteria.map(\.id) == [
        "vroeg", "invloed", "kaders", "bereik", "terugkoppeling", "geld", "uitvoering",
        "ondersteuning", "evaluatie",
      ])
    #expect(rubric.criteria.filter { $0.weight == 2 }.map(\.id) == ["invloed", "terugkoppeling"])
    #expect(rubric.aggregation.passMark == 5.5)
    #expect(
      rubric.aggregation.guards == [
        .criterionZero(criterion: "invloed", cap: 5.4), .zeroCount(atLeast: 2, cap: 5.4),
      ])
    #expect(rubric.ladder.map(\.rung) == Array(0...6))
  }
}

extension BundledRubricsTests {
  /// No bundled rubric has a Dutch wildcard that misses its plural
  /// (`wijkraad*` without `wijkraden*`).
  @Test(arguments: RubricCatalog.bundledIDs)
  func wildcardsCoverDutchPlurals(_ id: String) throws {
    let check = Rubric.check(contentsOf: try RubricCatalog.locate(id))
    let missed = check.problems.filter { $0.message.contains("the Dutch plural") }
    #expect(missed.map(\.description) == [])
  }
}
