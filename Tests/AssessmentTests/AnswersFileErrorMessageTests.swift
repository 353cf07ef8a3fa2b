import Assessment
import PlanReading
import Testing

/// The Dutch and English texts of every answers-file error, from the catalogue.
@Suite struct AnswersFileErrorMessageTests {
  /// One error of every case.
  static let errors: [AnswersFileError] = [
    .unreadable(path: "a.txt", reason: "no such file"),
    .notText(path: "a.txt"),
    .unknownCriterion(path: "a.txt", line: 2, id: "gled", known: ["geld", "kaders"]),
    .missingLevel(path: "a.txt", line: 3, id: "geld"),
    .invalidLevel(path: "a.txt", line: 4, id: "geld", value: "7", maxLevel: 4),
    .duplicate(path: "a.txt", line: 5, id: "geld", firstLine: 1),
    .missingCriteria(path: "a.txt", ids: ["geld", "kaders"]),
  ]

  /// Every case has an entry; both texts name the file and fill every placeholder.
  @Test(arguments: errors) func bothLanguagesFilled(_ error: AnswersFileError) {
    #expect(MessageCatalogue.contains(error.message.code), "no entry for \(error)")
    for language in [PlanLanguage.nl, .en] {
      let text = error.message(in: language)
      #expect(text.hasPrefix("a.txt"))
      #expect(text.range(of: #"\{[a-z_]+\}"#, options: .regularExpression) == nil)
    }
    #expect(error.message(in: .nl) != error.message(in: .en))
    #expect(error.message(in: .en) == error.localizedDescription)
  }

  /// The English text is worded as before; the Dutch one in plain words.
  @Test func wording() {
    let error = AnswersFileError.missingCriteria(path: "a.txt", ids: ["geld", "kaders"])
    #expect(
      error.message(in: .en)
        == "a.txt: no line for 'geld', 'kaders'. Add one line per criterion; "
        + "`geld -` accepts the engine's level.")
    #expect(
      error.message(in: .nl)
        == "a.txt: er is geen regel voor 'geld', 'kaders'. Zet één regel per vraag; "
        + "`geld -` neemt het niveau van de scorecard over.")
  }
}
