import Foundation
import PlanReading

/// Scores every labelled plan and measures agreement with the coders.
public struct Calibrator: Sendable {
  /// The scorer to calibrate.
  public var scorer: PlanScorer
  /// The reader for the plans.
  public var reader: PlanReader

  /// Creates a calibrator.
  public init(scorer: PlanScorer, reader: PlanReader = PlanReader()) {
    self.scorer = scorer
    self.reader = reader
  }

  /// Scores the labelled plans found in `folder` and compares.
  /// - Parameters:
  ///   - labels: The coders' reference codes.
  ///   - folder: The folder holding the plan files named in the labels.
  ///   - split: Which part of the labelled plans to use (all by default).
  /// - Returns: Agreement per criterion, overall and on the rung, and every miss.
  public func run(
    labels: CalibrationLabels, folder: URL, split: CalibrationSplit = .all
  ) -> CalibrationReport {
    var scored: [(file: String, label: LabelledPlan, card: Scorecard)] = []
    var unscored: [CalibrationReport.Unscored] = []
    for file in labels.plans.keys.sorted() where split.contains(file) {
      guard let label = labels.plans[file] else { continue }
      do {
        let document = try reader.read(fileAt: folder.appendingPathComponent(file).path)
        scored.append((file, label, scorer.score(document)))
      } catch {
        unscored.append(.init(file: file, reason: error.localizedDescription))
      }
    }

    var perCriterion: [CalibrationReport.Agreement] = []
    var pooledExpected: [Int?] = []
    var pooledEngine: [Int?] = []
    var misses: [CalibrationReport.Miss] = []
    let maxLevel = scorer.rubric.scale.maxLevel
    for criterion in labels.criteria {
      let pairs = scored.map { entry -> (Int?, Int?) in
        let engine = entry.card.criteria.first { $0.id == criterion }
        return (entry.label.levels[criterion], engine?.level ?? (engine == nil ? nil : 0))
      }
      perCriterion.append(
        Self.agreement(id: criterion, pairs: pairs, categories: 0...maxLevel))
      pooledExpected += pairs.map(\.0)
      pooledEngine += pairs.map(\.1)
      for (entry, pair) in zip(scored, pairs) {
        guard let expected = pair.0, let engine = pair.1, expected != engine else { continue }
        let result = entry.card.criteria.first { $0.id == criterion }
        misses.append(
          .init(
            file: entry.file, variable: criterion, expected: expected, engine: engine,
            codersQuote: entry.label.evidence?[criterion],
            engineEvidence: Array((result?.evidence ?? []).prefix(3))))
      }
    }
    let topRung = max(scorer.rubric.ladder.map(\.rung).max() ?? 0, 0)
    let rungPairs = scored.map { ($0.label.rung as Int?, $0.card.ladder.rung as Int?) }
    for entry in scored where entry.label.rung != entry.card.ladder.rung {
      misses.append(
        .init(
          file: entry.file, variable: "rung", expected: entry.label.rung,
          engine: entry.card.ladder.rung, codersQuote: entry.label.evidence?["rung"],
          engineEvidence: entry.card.ladder.evidence.map { [$0] } ?? []))
    }
    let first = scored.first?.card
    return CalibrationReport(
      rubric: first?.rubric
        ?? RubricReference(
          id: scorer.rubric.id, version: scorer.rubric.version,
          sha256: scorer.rubric.contentHash, title: [:]),
      engineVersion: engineVersion, split: split, plans: scored.count, criteria: perCriterion,
      overall: Self.agreement(
        id: "overall", pairs: Array(zip(pooledExpected, pooledEngine)),
        categories: 0...maxLevel),
      rung: Self.agreement(id: "rung", pairs: rungPairs, categories: 0...topRung),
      misses: misses, unscored: unscored)
  }

  /// Agreement figures for one variable from (coders, engine) pairs.
  static func agreement(
    id: String, pairs: [(Int?, Int?)], categories: ClosedRange<Int>
  ) -> CalibrationReport.Agreement {
    let expected = pairs.map(\.0)
    let engine = pairs.map(\.1)
    let complete = pairs.compactMap { pair in pair.0.flatMap { a in pair.1.map { (a, $0) } } }
    let summary = AgreementSummary.compute(expected, engine)
    let clamp = { (value: Int?) in
      value.map { min(max($0, categories.lowerBound), categories.upperBound) }
    }
    guard
      let confusion = ConfusionTable(
        expected: expected.map(clamp), observed: engine.map(clamp), categories: categories)
    else {
      preconditionFailure("codes clamped into the categories always fit a confusion table")
    }
    return CalibrationReport.Agreement(
      id: id,
      alpha: KrippendorffAlpha.compute(
        ReliabilityData(coders: [expected, engine]), level: .ordinal),
      kappa: CohenKappa.compute(
        complete.map(\.0), complete.map(\.1), categories: categories, weighting: .linear),
      exact: summary?.exact ?? 0, withinOne: summary?.withinOne ?? 0, count: complete.count,
      confusion: confusion)
  }
}
