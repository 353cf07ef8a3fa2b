import Scoring
import Testing

extension StatisticsTests {
  /// Cohen's kappa, unweighted and weighted, against reference values.
  @Suite struct CohenKappaTests {}
}

// MARK: - Reference values

extension StatisticsTests.CohenKappaTests {
  /// The fixture holds cases, so the table-driven test below cannot pass vacuously.
  @Test func fixtureHasCases() throws {
    let cases = try StatisticsFixture.kappaCases()
    #expect(cases.count >= 8)
    #expect(cases.allSatisfy { !$0.source.isEmpty && $0.categories.count == 2 })
  }

  /// Kappa matches scikit-learn's `cohen_kappa_score` for every case and weighting.
  @Test(arguments: try StatisticsFixture.kappaCases(), CohenKappa.Weighting.allCases)
  func matchesReferencePackage(_ testCase: KappaCase, weighting: CohenKappa.Weighting) {
    let kappa = CohenKappa.compute(
      testCase.a, testCase.b, categories: testCase.categoryRange, weighting: weighting)
    let expected = testCase.expected[weighting]
    #expect(
      matches(kappa, expected, tolerance: StatisticsFixture.tolerance),
      """
      \(testCase.name), \(weighting): got \(String(describing: kappa)), \
      expected \(String(describing: expected)) (\(testCase.source))
      """
    )
  }
}

// MARK: - Defined behaviour

extension StatisticsTests.CohenKappaTests {
  /// Unweighted kappa is (p_o − p_e) / (1 − p_e): here p_o = 3/4 and
  /// p_e = (2·1 + 2·3)/16 = 1/2, so kappa = 1/2, worked by hand.
  @Test func unweightedByHand() throws {
    let kappa = try #require(
      CohenKappa.compute([0, 0, 1, 1], [0, 1, 1, 1], categories: 0...1, weighting: .none))
    #expect(abs(kappa - 0.5) < 1e-12)
  }

  /// Kappa does not depend on which coder comes first.
  @Test(arguments: CohenKappa.Weighting.allCases)
  func isSymmetric(weighting: CohenKappa.Weighting) throws {
    let a = [0, 1, 2, 3, 4, 2, 1, 0, 3]
    let b = [1, 1, 2, 4, 4, 3, 0, 0, 2]
    let ab = try #require(CohenKappa.compute(a, b, categories: 0...6, weighting: weighting))
    let ba = try #require(CohenKappa.compute(b, a, categories: 0...6, weighting: weighting))
    #expect(abs(ab - ba) < 1e-12)
  }

  /// Weights follow the category scale, not the ranks of the codes used:
  /// codes 0, 1, 3 on 0...3 put 1 and 3 two steps apart; relabelled 0, 1, 2
  /// on 0...2 they are one step apart, so weighted kappa differs while
  /// unweighted kappa does not.
  @Test func unusedCategoriesSetTheDistances() throws {
    let a = [0, 1, 3, 1, 0, 3, 1, 0]
    let b = [0, 3, 3, 1, 1, 3, 0, 0]
    let relabel = { (codes: [Int]) in codes.map { $0 == 3 ? 2 : $0 } }
    for weighting in CohenKappa.Weighting.allCases {
      let spread = try #require(
        CohenKappa.compute(a, b, categories: 0...3, weighting: weighting))
      let packed = try #require(
        CohenKappa.compute(relabel(a), relabel(b), categories: 0...2, weighting: weighting))
      #expect((abs(spread - packed) < 1e-9) == (weighting == .none), "\(weighting)")
    }
  }

  /// Mismatched lengths, codes outside the categories and empty input give `nil`.
  @Test func invalidInputIsNil() {
    #expect(CohenKappa.compute([0, 1], [0], categories: 0...2, weighting: .none) == nil)
    #expect(CohenKappa.compute([0, 3], [0, 1], categories: 0...2, weighting: .linear) == nil)
    #expect(CohenKappa.compute([], [], categories: 0...2, weighting: .quadratic) == nil)
  }

  /// The table overload skips units one coder left uncoded.
  @Test(arguments: CohenKappa.Weighting.allCases)
  func tableSkipsMissingCodes(weighting: CohenKappa.Weighting) throws {
    let table = try #require(
      ConfusionTable(
        expected: [0, 1, nil, 2, 2, 1, 0], observed: [0, 2, 1, 2, nil, 1, 1],
        categories: 0...2))
    let fromTable = try #require(CohenKappa.compute(table, weighting: weighting))
    let fromPairs = try #require(
      CohenKappa.compute(
        [0, 1, 2, 1, 0], [0, 2, 2, 1, 1], categories: 0...2, weighting: weighting))
    #expect(abs(fromTable - fromPairs) < 1e-12)
  }
}
