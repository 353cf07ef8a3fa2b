import Assessment
import Scoring
import Testing

@Suite struct AgreementFiguresTests {}

// MARK: - One plan, three assessors

extension AgreementFiguresTests {
  /// Three assessors, one plan, nine criteria.
  ///
  ///
  /// | criterion      | A | B | C | engine |
  /// |----------------|---|---|---|--------|
  /// | vroeg          | 1 | 1 | 1 | 1 |
  /// | invloed        | 2 | 2 | 2 | 1 |
  /// | kaders         | 0 | 0 | 0 | 0 |
  /// | bereik         | 1 | 1 | 2 | 1 |
  /// | terugkoppeling | 2 | 2 | 2 | 2 |
  /// | geld           | 0 | 0 | 0 | 0 |
  /// | uitvoering     | 1 | 1 | 1 | 1 |
  /// | ondersteuning  | 0 | 2 | 1 | 1 |
  /// | evaluatie      | 0 | 0 | 0 | 0 |
  static let threeAssessors = [
    AgreementFixture.assessment(
      by: "A", levels: AgreementFixture.levels([1, 2, 0, 1, 2, 0, 1, 0, 0]), engine: engine),
    AgreementFixture.assessment(
      by: "B", levels: AgreementFixture.levels([1, 2, 0, 1, 2, 0, 1, 2, 0]), engine: engine),
    AgreementFixture.assessment(
      by: "C", levels: AgreementFixture.levels([1, 2, 0, 2, 2, 0, 1, 1, 0]), engine: engine),
  ]

  /// The engine's levels of the table above.
  static let engine: [String: Int?] = AgreementFixture.levels([1, 1, 0, 1, 2, 0, 1, 1, 0])
    .mapValues { $0 }

  /// Krippendorff's alpha (ordinal) over the nine criteria, by hand.
  ///
  /// Each unit has m = 3 values; each ordered pair of values from different
  /// coders adds 1 / (m − 1) = 1/2 to the coincidence matrix o.
  /// - 3 units all 0 (kaders, geld, evaluatie): o00 += 3 × (3·2/2) = 9
  /// - 2 units all 1 (vroeg, uitvoering): o11 += 6; 2 units all 2: o22 += 6
  /// - bereik (1, 1, 2): o11 += 1, o12 = o21 += 1
  /// - ondersteuning (0, 2, 1): o01 = o10 = o02 = o20 = o12 = o21 += 1/2
  ///
  /// o = [[9, .5, .5], [.5, 7, 1.5], [.5, 1.5, 6]]; marginals n0 = 10,
  /// n1 = 9, n2 = 8; n = 27.
  /// Ordinal δ²(c, k) = (Σ_{g=c..k} n_g − (n_c + n_k) / 2)²:
  /// δ²01 = (19 − 9.5)² = 90.25, δ²12 = (17 − 8.5)² = 72.25, δ²02 = (27 − 9)² = 324.
  /// D_o = Σ o_ck δ²_ck / n = 2 (.5 · 90.25 + .5 · 324 + 1.5 · 72.25) / 27 = 631 / 27.
  /// D_e = Σ n_c n_k δ²_ck / (n (n − 1))
  ///     = 2 (10·9·90.25 + 10·8·324 + 9·8·72.25) / 702 = 78489 / 702.
  /// α = 1 − D_o / D_e = 1 − (631 · 26) / 78489 = 62083 / 78489 ≈ 0.790977.
  @Test func threeAssessorsOnePlanByHand() throws {
    let report = try AgreementAnalysis().run(AgreementFixture.files(Self.threeAssessors))
    #expect(report.coders.map(\.name) == ["A", "B", "C"])
    #expect(report.plans.count == 1)
    let alpha = try #require(report.overall.alpha)
    #expect(abs(alpha - 62083.0 / 78489.0) < 1e-12)
    // 9 units × 3 pairs = 27; exact: 7 unanimous × 3 + bereik's A–B = 22;
    // within one: all but ondersteuning's A–B (0 vs 2) = 26.
    #expect(report.overall.pairwise?.pairs == 27)
    #expect(report.overall.pairwise?.exactMatches == 22)
    #expect(report.overall.pairwise?.withinOneMatches == 26)
    #expect(report.overall.units == 9)
    #expect(report.overall.unanimous == 7)
    #expect(report.plans.first?.figures == report.overall)
  }

  /// With one plan, alpha per criterion is not computed (one unit each); the
  /// percent agreement per criterion still is.
  @Test func onePlanHasNoAlphaPerCriterion() throws {
    let report = try AgreementAnalysis().run(AgreementFixture.files(Self.threeAssessors))
    #expect(report.criteria.map(\.id) == AgreementFixture.criteria)
    #expect(report.criteria.allSatisfy { $0.figures.alpha == nil })
    #expect(report.criteria.allSatisfy { $0.figures.alphaGap == .tooFewUnits })
    let support = try #require(report.criteria.first { $0.id == "ondersteuning" }?.figures)
    #expect(support.pairwise?.pairs == 3)
    #expect(support.pairwise?.exactMatches == 0)
    #expect(support.pairwise?.withinOneMatches == 2)
    #expect(support.unanimous == 0)
  }

  /// `withEngine` adds the engine as a fourth coder with its recorded levels.
  ///
  /// Pairs: 9 × 6 = 54; exact: 6 unanimous × 6 + invloed 3 + bereik 3 +
  /// ondersteuning 1 = 43; within one: all but ondersteuning's 0–2 = 53.
  /// Alpha, by hand as above with m = 4 (each pair adds 1/3):
  /// o00 = 12, o01 = 2/3, o02 = 1/3, o11 = 32/3, o12 = 8/3, o22 = 6;
  /// n0 = 13, n1 = 14, n2 = 9, n = 36; δ²01 = 13.5², δ²12 = 11.5², δ²02 = 25².
  /// D_o = 2 (2/3 · 182.25 + 1/3 · 625 + 8/3 · 132.25) / 36 = 1365 / 36;
  /// D_e = 2 (13·14·182.25 + 13·9·625 + 14·9·132.25) / 1260 = 245916 / 1260;
  /// α = 1 − 1365 · 35 / 245916 = 66047 / 81972 ≈ 0.805726.
  @Test func engineAsOneMoreCoder() throws {
    let report = try AgreementAnalysis(options: AgreementOptions(withEngine: true))
      .run(AgreementFixture.files(Self.threeAssessors))
    #expect(
      report.coders == [
        AgreementCoder(name: "A"), AgreementCoder(name: "B"), AgreementCoder(name: "C"), .engine,
      ])
    #expect(report.overall.unanimous == 6)
    #expect(report.overall.pairwise?.pairs == 54)
    #expect(report.overall.pairwise?.exactMatches == 43)
    #expect(report.overall.pairwise?.withinOneMatches == 53)
    let alpha = try #require(report.overall.alpha)
    #expect(abs(alpha - 66047.0 / 81972.0) < 1e-12)
    #expect(report.units.first { $0.criterion == "invloed" }?.levels == [2, 2, 2, 1])
  }
}

// MARK: - Three plans, two assessors

extension AgreementFiguresTests {
  /// Two assessors, three plans, three criteria.
  ///
  ///
  /// | plan | invloed A/B | geld A/B | evaluatie A/B |
  /// |------|-------------|----------|---------------|
  /// | p1   | 0 / 0       | 1 / 1    | 0 / 0 |
  /// | p2   | 1 / 1       | 0 / 0    | 0 / 0 |
  /// | p3   | 2 / 1       | 2 / 2    | 0 / 0 |
  static let threePlans: [Assessment] = {
    let rows: [(String, [Int], [Int])] = [
      ("p1.md", [0, 1, 0], [0, 1, 0]), ("p2.md", [1, 0, 0], [1, 0, 0]),
      ("p3.md", [2, 2, 0], [1, 2, 0]),
    ]
    let ids = ["invloed", "geld", "evaluatie"]
    return rows.flatMap { file, a, b in
      [
        AgreementFixture.assessment(
          by: "A", plan: AgreementFixture.plan(file),
          levels: Dictionary(uniqueKeysWithValues: zip(ids, a))),
        AgreementFixture.assessment(
          by: "B", plan: AgreementFixture.plan(file),
          levels: Dictionary(uniqueKeysWithValues: zip(ids, b))),
      ]
    }
  }()

  /// Alpha per criterion over the plans, by hand for invloed.
  ///
  /// invloed: units (0,0), (1,1), (2,1), m = 2 so each pair adds 1:
  /// o00 = 2, o11 = 2, o12 = o21 = 1; n0 = 2, n1 = 3, n2 = 1, n = 6.
  /// δ²01 = (5 − 2.5)² = 6.25, δ²12 = (4 − 2)² = 4, δ²02 = (6 − 1.5)² = 20.25.
  /// D_o = 2 · 1 · 4 / 6 = 4/3; D_e = 2 (2·3·6.25 + 2·1·20.25 + 3·1·4) / 30 = 6.
  /// α = 1 − (4/3) / 6 = 7/9.
  /// geld: every pair equal with variation, α = 1. evaluatie: all 0, no variation.
  /// Overall (nine units): 1687 / 1755 ≈ 0.961254 (exact fractions).
  @Test func twoAssessorsThreePlansByHand() throws {
    let report = try AgreementAnalysis(rubric: AssessmentFixture.rubric)
      .run(AgreementFixture.files(Self.threePlans))
    #expect(report.plans.map(\.file) == ["p1.md", "p2.md", "p3.md"])
    #expect(report.criteria.map(\.id) == ["invloed", "geld", "evaluatie"])
    let invloed = try #require(report.criteria.first?.figures)
    #expect(abs((invloed.alpha ?? 0) - 7.0 / 9.0) < 1e-12)
    #expect(invloed.pairwise?.pairs == 3)
    #expect(invloed.pairwise?.exactMatches == 2)
    #expect(invloed.pairwise?.withinOneMatches == 3)
    #expect(report.criteria[1].figures.alpha == 1)
    #expect(report.criteria[2].figures.alpha == nil)
    #expect(report.criteria[2].figures.alphaGap == .noVariation)
    #expect(abs((report.overall.alpha ?? 0) - 1687.0 / 1755.0) < 1e-12)
    #expect(report.overall.pairwise?.exactMatches == 8)
    #expect(report.overall.unanimous == 8)
    #expect(report.plans[2].figures.unanimous == 2)
    #expect(report.criteria.first?.title["nl"] == "Mate van invloed (participatieladder)")
  }
}
