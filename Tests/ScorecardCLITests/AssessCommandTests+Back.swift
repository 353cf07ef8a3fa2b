import Assessment
import Foundation
import TestSupport
import Testing

extension AssessCommandTests {
  /// `t` goes back to the previous question; the new answer replaces the old one,
  /// and `t` at the confirmation goes back into the questions before saving.
  @Test func goingBackChangesAnEarlierAnswer() throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let engine = try Self.engine()
    let count = engine.ids.count
    let first = engine.levels[0] == 0 ? 2 : 0
    let last = engine.levels[count - 1] == 0 ? 1 : 0
    let answers =
      [
        "Fatima el Amrani", "", "",  // question 1: accept the engine, no remark
        "t",  // question 2: back to question 1
        "\(first)", "Pas na het concept.",  // question 1 again
      ]
      + Array(repeating: "", count: 2 * (count - 1))  // questions 2 to the end
      + ["t", "\(last)", "", "j"]  // back from the confirmation into the last question
    let result = try CommandRunner.run(
      ["assess", Self.plan, "--date", "2026-05-01"],
      stdin: answers.joined(separator: "\n") + "\n", directory: folder)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.components(separatedBy: "Vraag 1 van \(count)").count - 1 == 2)
    let assessment = try AssessmentFile.load(from: folder.appendingPathComponent(Self.defaultFile))
    #expect(assessment.criteria[0].level == first)
    #expect(assessment.criteria[0].remark == "Pas na het concept.")
    #expect(assessment.criteria[0].agreesWithEngine == false)
    #expect(assessment.criteria[count - 1].level == last)
    for index in 1..<(count - 1) {
      #expect(assessment.criteria[index].level == engine.levels[index])
    }
  }
}
