import Foundation
import TestSupport
import Testing

@testable import Scoring

/// The held-out check part is fixed by a rule on the file name and recorded
/// in `docs/calibration-split.tsv`, so it cannot drift while tuning.
@Suite struct CalibrationSplitTests {
  /// The committed split file is exactly what the rule gives.
  @Test func committedSplitFollowsTheRule() throws {
    let text = try String(
      contentsOf: Fixtures.packageRoot.appendingPathComponent("docs/calibration-split.tsv"),
      encoding: .utf8)
    let rows = text.split(separator: "\n").filter { !$0.hasPrefix("#") }
    #expect(rows.count >= 60)
    var check = 0
    for row in rows {
      let fields = row.split(separator: "\t").map(String.init)
      try #require(fields.count == 2)
      #expect(CalibrationSplit.part(of: fields[0]).rawValue == fields[1], "\(fields[0])")
      if fields[1] == "check" { check += 1 }
    }
    // About a third is held out.
    #expect(check * 4 > rows.count && check * 2 < rows.count)
  }

  /// Every labelled document of the corpus is in the committed split file.
  @Test func everyLabelledDocumentIsListed() throws {
    guard let corpus = Fixtures.corpus else {
      print("skipped: ../shared/corpus is absent, the labelled set cannot be listed")
      return
    }
    let labels = try CalibrationLabels(
      contentsOf: corpus.appendingPathComponent("labeled/labels.json"))
    let text = try String(
      contentsOf: Fixtures.packageRoot.appendingPathComponent("docs/calibration-split.tsv"),
      encoding: .utf8)
    let listed = Set(text.split(separator: "\n").map { String($0.split(separator: "\t")[0]) })
    for file in labels.plans.keys { #expect(listed.contains(file), "\(file) not in the split") }
  }

  /// Only the directory-free file name counts, and `all` holds every file.
  @Test func ruleUsesTheFileNameOnly() {
    #expect(
      CalibrationSplit.part(of: "x/y/b-consult.txt") == CalibrationSplit.part(of: "b-consult.txt"))
    #expect(CalibrationSplit.all.contains("anything.txt"))
    let part = CalibrationSplit.part(of: "c-decide.txt")
    #expect(part.contains("c-decide.txt"))
    #expect(!(part == .tune ? CalibrationSplit.check : .tune).contains("c-decide.txt"))
  }

  /// A split run scores only its part and says which part it is.
  @Test func calibratorScoresOnlyThePart() throws {
    let labels = try CalibrationLabels(contentsOf: Fixtures.url("calibration/labels.json"))
    let calibrator = Calibrator(scorer: EngineTestSupport.scorer)
    let tune = calibrator.run(labels: labels, folder: Fixtures.url("calibration"), split: .tune)
    let check = calibrator.run(labels: labels, folder: Fixtures.url("calibration"), split: .check)
    let all = calibrator.run(labels: labels, folder: Fixtures.url("calibration"), split: .all)
    #expect(tune.split == .tune && check.split == .check)
    #expect(tune.plans + check.plans == all.plans)
    #expect(tune.unscored.count + check.unscored.count == all.unscored.count)
  }
}
