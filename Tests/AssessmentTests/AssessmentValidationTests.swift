import Assessment
import Foundation
import Scoring
import Testing

/// Issue 13: impossible assessments were accepted (level 7 clamped, unknown
/// criteria, bad dates, a malformed SHA-256, a fractional level reported as
/// "not valid JSON"). Each is refused with file:line:column and what is wrong.
@Suite struct AssessmentValidationTests {}

/// One edit of a valid assessment file and the message it must give.
struct ImpossibleAssessment: CustomTestStringConvertible, Sendable {
  var name: String
  /// The text replaced (its first occurrence) and what replaces it.
  var old: String
  var new: String
  /// The part of `new` where the reported value starts.
  var value: String
  /// Whether the check needs the rubric.
  var needsRubric = false
  var message: String
  var testDescription: String { name }
}

extension AssessmentValidationTests {
  /// A valid assessment of the sample plan, as `scorecard assess` writes it.
  static let valid: String = {
    let card = AssessmentFixture.card()
    let assessment = AssessmentFixture.assessment(of: card, by: "Anna")
    return String(decoding: AssessmentFile.encode(assessment), as: UTF8.self)
  }()

  static let cases: [ImpossibleAssessment] = [
    ImpossibleAssessment(
      name: "fractional level", old: "\"level\" : 1", new: "\"level\" : 1.5", value: "1.5",
      message: "is 1.5; a level is a whole number of the rubric's scale (0, 1, 2 …)"),
    ImpossibleAssessment(
      name: "level 7 on a 0–2 scale", old: "\"level\" : 1", new: "\"level\" : 7", value: "7",
      needsRubric: true,
      message: "has level 7, but the scale of lsa-participatie runs from 0 to 2"),
    ImpossibleAssessment(
      name: "negative level", old: "\"level\" : 1", new: "\"level\" : -1", value: "-1",
      message: "has level -1; levels start at 0"),
    ImpossibleAssessment(
      name: "unknown criterion", old: "\"id\" : \"invloed\"", new: "\"id\" : \"verzonnen\"",
      value: "\"verzonnen\"", needsRubric: true,
      message: "unknown criterion 'verzonnen'; rubric lsa-participatie has vroeg, invloed"),
    ImpossibleAssessment(
      name: "date that is not a day", old: "\"date\" : \"2026-11-29\"",
      new: "\"date\" : \"2026-02-30\"", value: "\"2026-02-30\"",
      message: "`date` is '2026-02-30', not a day; write it as YYYY-MM-DD"),
    ImpossibleAssessment(
      name: "date in words", old: "\"date\" : \"2026-11-29\"", new: "\"date\" : \"gisteren\"",
      value: "\"gisteren\"", message: "`date` is 'gisteren', not a day"),
    ImpossibleAssessment(
      name: "malformed SHA-256", old: "\"sha256\" : \"", new: "\"sha256\" : \"zz", value: "\"zz",
      message: "not a SHA-256 (64 hexadecimal digits)"),
    ImpossibleAssessment(
      name: "engine grade 99", old: "\"engine_grade\" : ", new: "\"engine_grade\" : 9", value: "9",
      message: "a grade lies between 1 and 10"),
  ]

  /// The edit is refused, at the line and column of the value.
  @Test(arguments: cases) func refused(_ item: ImpossibleAssessment) throws {
    let range = try #require(Self.valid.range(of: item.old))
    let text = Self.valid.replacingCharacters(in: range, with: item.new)
    let valueStart = text.index(
      range.lowerBound,
      offsetBy: item.new.distance(
        from: item.new.startIndex, to: try #require(item.new.range(of: item.value)).lowerBound))
    let before = text[..<valueStart]
    let line = before.filter { $0 == "\n" }.count + 1
    let column =
      before.count
      - (before.lastIndex(of: "\n").map { before.distance(from: before.startIndex, to: $0) + 1 }
        ?? 0) + 1
    let rubric: Rubric? = item.needsRubric ? AssessmentFixture.rubric : nil
    #expect {
      _ = try AssessmentFile.decode(Data(text.utf8), path: "anna.json", rubric: rubric)
    } throws: { error in
      let message = (error as? AssessmentError)?.errorDescription ?? ""
      return message.hasPrefix("anna.json:\(line):\(column): ") && message.contains(item.message)
    }
    if item.needsRubric {
      #expect(throws: Never.self) { try AssessmentFile.decode(Data(text.utf8), path: "anna.json") }
    }
  }

  /// The file as written is valid, with and without the rubric.
  @Test func validFileIsAccepted() throws {
    _ = try AssessmentFile.decode(
      Data(Self.valid.utf8), path: "anna.json", rubric: AssessmentFixture.rubric)
  }

  /// A string where a level belongs names its place and the kind expected,
  /// in words (no decoder internals).
  @Test func wrongTypeNamesThePlace() throws {
    let range = try #require(Self.valid.range(of: "\"level\" : 1"))
    let text = Self.valid.replacingCharacters(in: range, with: "\"level\" : \"twee\"")
    #expect {
      _ = try AssessmentFile.decode(Data(text.utf8), path: "anna.json")
    } throws: { error in
      let message = (error as? AssessmentError)?.errorDescription ?? ""
      return message.hasPrefix("anna.json:") && message.contains("expected a whole number")
        && !message.contains("Int") && !message.contains("debugDescription")
    }
  }
}
