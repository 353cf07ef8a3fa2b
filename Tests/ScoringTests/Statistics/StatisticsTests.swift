import Foundation
import Scoring
import TestSupport
import Testing

/// Groups the suites for `Sources/Scoring/Statistics`, so
/// `swift test --filter Statistics` runs them all.
@Suite struct StatisticsTests {}

// MARK: - Fixture cases

/// A Krippendorff's alpha case from `statistics/krippendorff-alpha.json`.
struct AlphaCase: Decodable, Sendable, CustomTestStringConvertible {
  /// Alpha per level of measurement; `nil` where it is undefined.
  struct Values: Decodable, Sendable {
    let nominal: Double?
    let ordinal: Double?
    let interval: Double?

    /// The value for `level`.
    subscript(level: MeasurementLevel) -> Double? {
      switch level {
      case .nominal: nominal
      case .ordinal: ordinal
      case .interval: interval
      }
    }
  }

  /// Figures printed in a paper, to three decimals.
  struct Published: Decodable, Sendable {
    let nominal: Double
    let ordinal: Double
    let interval: Double
    let source: String
  }

  let name: String
  let note: String
  let source: String
  /// Coders × units; `nil` is a missing value.
  let coders: [[Int?]]
  let expected: Values
  let published: Published?

  var testDescription: String { name }
}

/// A Cohen's kappa case from `statistics/cohen-kappa.json`.
struct KappaCase: Decodable, Sendable, CustomTestStringConvertible {
  /// Kappa per weighting; `nil` where it is undefined.
  struct Values: Decodable, Sendable {
    let none: Double?
    let linear: Double?
    let quadratic: Double?

    /// The value for `weighting`.
    subscript(weighting: CohenKappa.Weighting) -> Double? {
      switch weighting {
      case .none: none
      case .linear: linear
      case .quadratic: quadratic
      }
    }
  }

  let name: String
  let note: String
  let source: String
  let a: [Int]
  let b: [Int]
  /// `[lowest, highest]`.
  let categories: [Int]
  let expected: Values

  var testDescription: String { name }

  /// `categories` as a closed range.
  var categoryRange: ClosedRange<Int> {
    (categories.first ?? 0)...(categories.last ?? 0)
  }
}

/// Loads the reference cases that `statistics/generate_expected.py` wrote.
enum StatisticsFixture {
  /// The tolerance for values computed by another package.
  static let tolerance = 1e-4

  /// Top-level shape of both fixture files.
  private struct File<Case: Decodable>: Decodable {
    let cases: [Case]
  }

  /// The Krippendorff's alpha cases.
  static func alphaCases() throws -> [AlphaCase] {
    try load("statistics/krippendorff-alpha.json")
  }

  /// The Cohen's kappa cases.
  static func kappaCases() throws -> [KappaCase] {
    try load("statistics/cohen-kappa.json")
  }

  /// Decodes the `cases` array of the fixture file `name`.
  private static func load<Case: Decodable>(_ name: String) throws -> [Case] {
    let data = try Data(contentsOf: Fixtures.url(name))
    return try JSONDecoder().decode(File<Case>.self, from: data).cases
  }
}

/// Whether `actual` matches `expected` within `tolerance`, with `nil` matching only `nil`.
func matches(_ actual: Double?, _ expected: Double?, tolerance: Double) -> Bool {
  switch (actual, expected) {
  case (nil, nil): true
  case (let actual?, let expected?): abs(actual - expected) <= tolerance
  default: false
  }
}
