import Assessment
import Foundation
import Scoring
import TestSupport
import Testing

@Suite struct AssessmentFileTests {}

extension AssessmentFileTests {
  /// An assessment survives writing and reading, and encodes to the same bytes twice.
  @Test func roundTripIsExactAndDeterministic() throws {
    let card = AssessmentFixture.card()
    let assessment = AssessmentFixture.assessment(
      of: card, by: "Fatima", levels: ["invloed": 0], remarks: ["invloed": "Alleen advies."])
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("assessment-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let url = folder.appendingPathComponent("fatima.json")
    try AssessmentFile.write(assessment, to: url)
    #expect(try AssessmentFile.load(from: url) == assessment)
    #expect(AssessmentFile.encode(assessment) == AssessmentFile.encode(assessment))
    let text = try String(contentsOf: url, encoding: .utf8)
    #expect(text.contains("\"type\" : \"participation-scorecard-assessment\""))
    #expect(text.contains("\"agrees_with_engine\" : false"))
    #expect(text.hasSuffix("}\n"))
  }

  /// Agreement with the engine follows from the two levels.
  @Test func agreementFollowsTheLevels() {
    let card = AssessmentFixture.card()
    let engine = card.criteria.first { $0.id == "invloed" }?.level
    let other = engine == 2 ? 1 : 2
    let assessment = AssessmentFixture.assessment(of: card, by: "Ria", levels: ["invloed": other])
    #expect(assessment.criterion(id: "invloed")?.agreesWithEngine == false)
    #expect(assessment.criterion(id: "vroeg")?.agreesWithEngine == true)
    #expect(assessment.criteria.map(\.id) == card.criteria.map(\.id))
  }

  /// Broken JSON names the file and where the syntax breaks.
  @Test func brokenJSONNamesTheLine() {
    let data = Data("{\n  \"format\": 1,\n  \"type\": oops\n}".utf8)
    #expect {
      _ = try AssessmentFile.decode(data, path: "kapot.json")
    } throws: { error in
      guard case .notJSON(let path, let detail) = error as? AssessmentError else { return false }
      return path == "kapot.json" && detail.contains("line 3")
    }
  }

  /// Another JSON file (such as a scorecard) is refused as not an assessment.
  @Test func scorecardIsNotAnAssessment() throws {
    let encoder = JSONEncoder()
    let data = try encoder.encode(AssessmentFixture.card())
    #expect {
      _ = try AssessmentFile.decode(data, path: "card.json")
    } throws: { error in
      guard case .notAnAssessment(_, let detail) = error as? AssessmentError else { return false }
      return detail.contains("type")
    }
  }

  /// A newer format is refused with advice to update; a missing field is named.
  @Test func newerFormatAndMissingFieldsAreExplained() throws {
    let newer = Data(#"{"format": 2, "type": "participation-scorecard-assessment"}"#.utf8)
    #expect(throws: AssessmentError.unsupportedFormat(path: "n.json", format: 2)) {
      _ = try AssessmentFile.decode(newer, path: "n.json")
    }
    let partial = Data(#"{"format": 1, "type": "participation-scorecard-assessment"}"#.utf8)
    #expect {
      _ = try AssessmentFile.decode(partial, path: "p.json")
    } throws: { error in
      (error as? AssessmentError)?.errorDescription?.contains("is missing") == true
    }
  }

  /// Impossible values (empty assessor, negative level, a criterion twice) are refused.
  @Test func impossibleValuesAreRefused() throws {
    var assessment = AssessmentFixture.assessment(of: AssessmentFixture.card(), by: " ")
    #expect(throws: AssessmentError.self) {
      _ = try AssessmentFile.decode(AssessmentFile.encode(assessment), path: "a.json")
    }
    assessment.assessor = "Ria"
    assessment.criteria[0].level = -1
    #expect(throws: AssessmentError.self) {
      _ = try AssessmentFile.decode(AssessmentFile.encode(assessment), path: "a.json")
    }
    assessment.criteria[0].level = 1
    assessment.criteria.append(assessment.criteria[0])
    #expect(throws: AssessmentError.self) {
      _ = try AssessmentFile.decode(AssessmentFile.encode(assessment), path: "a.json")
    }
  }
}

extension AssessmentFileTests {
  /// The seed of `make fuzz`'s fuzz-assessment still loads, so the fuzzer
  /// starts from a valid file and not only from rejected ones.
  @Test func fuzzSeedLoads() throws {
    let url = Fixtures.packageRoot.appendingPathComponent("Fuzz/Seeds/seed.assessment.json")
    let assessment = try AssessmentFile.load(from: url)
    #expect(assessment.assessor == "Fuzz")
    #expect(assessment.criteria.count == 3)
  }
}
