import Scoring
import Testing

extension StatisticsTests {
  /// Krippendorff's alpha against reference values and its defined edge cases.
  @Suite struct KrippendorffAlphaTests {}
}

// MARK: - Reference values

extension StatisticsTests.KrippendorffAlphaTests {
  /// The fixture holds cases, so the table-driven test below cannot pass vacuously.
  @Test func fixtureHasCases() throws {
    let cases = try StatisticsFixture.alphaCases()
    #expect(cases.count >= 10)
    #expect(cases.allSatisfy { !$0.source.isEmpty })
  }

  /// Alpha matches the `krippendorff` Python package for every case and level.
  @Test(arguments: try StatisticsFixture.alphaCases(), MeasurementLevel.allCases)
  func matchesReferencePackage(_ testCase: AlphaCase, level: MeasurementLevel) {
    let alpha = KrippendorffAlpha.compute(ReliabilityData(coders: testCase.coders), level: level)
    let expected = testCase.expected[level]
    #expect(
      matches(alpha, expected, tolerance: StatisticsFixture.tolerance),
      """
      \(testCase.name), \(level): got \(String(describing: alpha)), \
      expected \(String(describing: expected)) (\(testCase.source))
      """
    )
  }

  /// Krippendorff's 2011 worked example gives the published .743, .815 and .849.
  @Test func reproducesPublishedExample() throws {
    let example = try #require(
      try StatisticsFixture.alphaCases().first { $0.name == "krippendorff-2011-example" })
    let published = try #require(example.published)
    let data = ReliabilityData(coders: example.coders)
    let expected: [(MeasurementLevel, Double)] = [
      (.nominal, published.nominal), (.ordinal, published.ordinal),
      (.interval, published.interval),
    ]
    for (level, figure) in expected {
      let alpha = try #require(KrippendorffAlpha.compute(data, level: level))
      #expect(abs(alpha - figure) <= 0.0005, "\(level): \(alpha) vs published \(figure)")
    }
  }
}

// MARK: - Defined behaviour

extension StatisticsTests.KrippendorffAlphaTests {
  /// Identical codes from every coder give 1 at every level, missing values or not.
  @Test(arguments: MeasurementLevel.allCases)
  func perfectAgreementIsOne(level: MeasurementLevel) {
    let data = ReliabilityData(units: [[0, 0, nil], [2, 2, 2], [1, nil, 1], [6, 6, 6]])
    #expect(KrippendorffAlpha.compute(data, level: level) == 1)
  }

  /// Data without variation (one value throughout) has no defined alpha.
  @Test(arguments: MeasurementLevel.allCases)
  func noVariationIsUndefined(level: MeasurementLevel) {
    let data = ReliabilityData(units: [[2, 2, 2], [2, nil, 2], [2, 2, nil]])
    #expect(KrippendorffAlpha.compute(data, level: level) == nil)
  }

  /// One coder, no data, or only singly coded units leave nothing pairable.
  @Test(arguments: MeasurementLevel.allCases)
  func nothingPairableIsUndefined(level: MeasurementLevel) {
    let oneCoder = ReliabilityData(coders: [[0, 1, 2, 1]])
    let empty = ReliabilityData(units: [])
    let singles = ReliabilityData(units: [[0, nil], [nil, 2], [nil, nil]])
    #expect(KrippendorffAlpha.compute(oneCoder, level: level) == nil)
    #expect(KrippendorffAlpha.compute(empty, level: level) == nil)
    #expect(KrippendorffAlpha.compute(singles, level: level) == nil)
  }

  /// A unit coded by a single coder changes nothing, not even the ordinal ranks.
  @Test(arguments: MeasurementLevel.allCases)
  func singlyCodedUnitsAreDropped(level: MeasurementLevel) throws {
    let base: [[Int?]] = [[0, 1], [1, 1], [2, 1], [2, 2], [0, 0], [3, 2]]
    let withSingles = base + [[6, nil], [nil, 4], [nil, nil]]
    let plain = try #require(KrippendorffAlpha.compute(ReliabilityData(units: base), level: level))
    let padded = try #require(
      KrippendorffAlpha.compute(ReliabilityData(units: withSingles), level: level))
    #expect(abs(plain - padded) < 1e-12)
  }

  /// Two coders, units (0,0), (1,1), (0,1): o₀₁ = o₁₀ = 1 among n = 6 values, so nominal
  /// α = 1 − (n − 1)·2 / (2·3·3) = 4/9, worked by hand.
  @Test func smallNominalCaseByHand() throws {
    let data = ReliabilityData(units: [[0, 0], [1, 1], [0, 1]])
    let alpha = try #require(KrippendorffAlpha.compute(data, level: .nominal))
    #expect(abs(alpha - 4.0 / 9.0) < 1e-12)
  }

  /// The order of coders and of units does not matter.
  @Test(arguments: MeasurementLevel.allCases)
  func orderDoesNotMatter(level: MeasurementLevel) throws {
    let coders: [[Int?]] = [[0, 1, 2, nil, 2, 1], [0, 2, 2, 1, nil, 1], [1, 1, 2, 1, 2, nil]]
    let shuffled = coders.reversed().map { Array($0.reversed()) }
    let one = try #require(KrippendorffAlpha.compute(ReliabilityData(coders: coders), level: level))
    let other = try #require(
      KrippendorffAlpha.compute(ReliabilityData(coders: shuffled), level: level))
    #expect(abs(one - other) < 1e-12)
  }

  /// Reversing one coder's scale drives alpha below 0 at every level.
  @Test(arguments: MeasurementLevel.allCases)
  func systematicDisagreementIsNegative(level: MeasurementLevel) throws {
    let data = ReliabilityData(coders: [[0, 1, 2, 0, 2], [2, 1, 0, 2, 0]])
    let alpha = try #require(KrippendorffAlpha.compute(data, level: level))
    #expect(alpha < 0)
  }
}
