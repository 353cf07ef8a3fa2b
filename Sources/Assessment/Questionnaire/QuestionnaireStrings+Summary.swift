import PlanReading

extension QuestionnaireStrings {
  // MARK: - Summary

  func summaryTitle(assessor: String, date: String) -> String {
    pick("Samenvatting — \(assessor), \(date)", "Summary — \(assessor), \(date)")
  }

  var questionColumn: String { pick("Vraag", "Question") }
  var engineColumn: String { "scorecard" }
  var ownColumn: String { pick("jij", "you") }
  var differs: String { pick("anders", "differs") }

  func remarkLine(_ remark: String) -> String {
    pick("Opmerking: \(remark)", "Remark: \(remark)")
  }

  func differingCount(_ count: Int, of total: Int) -> String {
    pick(
      "Je gaf bij \(count) van de \(total) vragen een ander niveau dan de scorecard.",
      "You gave another level than the scorecard on \(count) of the \(total) questions.")
  }

  /// The report grade with the assessor's levels, next to the engine's.
  func grades(engine: Double, own: Double, passed: Bool) -> String {
    let verdict = passed ? pick("voldoende", "pass") : pick("onvoldoende", "fail")
    return pick(
      "Rapportcijfer met jouw antwoorden: \(decimal(own)) (\(verdict)). "
        + "De scorecard gaf: \(decimal(engine)).",
      "Report grade with your answers: \(decimal(own)) (\(verdict)). "
        + "The scorecard gave: \(decimal(engine)).")
  }

  /// One decimal, with a decimal comma in Dutch.
  private func decimal(_ value: Double) -> String {
    Localiser(language: language).decimal(value)
  }

  // MARK: - Saving

  var willReplace: String {
    pick(
      "Er staat al een bestand met die naam. Dat wordt vervangen.",
      "A file with that name exists already. It will be replaced.")
  }

  func confirmPrompt(file: String) -> String {
    pick(
      "Bewaren in \(file)? [J/n] (t = terug naar de vragen) ",
      "Save in \(file)? [Y/n] (b = back to the questions) ")
  }

  func confirmHelp(questions: Int) -> String {
    pick(
      "Enter of j = bewaren. n = stoppen zonder te bewaren. t = terug naar de laatste vraag. "
        + "Een nummer (1–\(questions)) = naar die vraag.",
      "Enter or y = save. n = stop without saving. b = back to the last question. "
        + "A number (1–\(questions)) = go to that question.")
  }

  func invalidConfirmation(_ input: String, questions: Int) -> String {
    pick(
      "Je typte \"\(input.clipped())\". Typ j of druk Enter om te bewaren, n om niet te bewaren, "
        + "t om terug te gaan, of een vraagnummer (1–\(questions)).",
      "You typed \"\(input.clipped())\". Type y or press Enter to save, n not to save, b to go back, "
        + "or a question number (1–\(questions)).")
  }

  var declined: String {
    pick("Niet bewaard. Er is niets geschreven.", "Not saved. Nothing was written.")
  }

  // MARK: - End of input

  func inputEnded(atQuestion number: Int, of total: Int) -> String {
    pick(
      "De invoer stopte bij vraag \(number) van \(total), voordat alles beantwoord was. "
        + "Er is niets bewaard.",
      "The input ended at question \(number) of \(total), before everything was answered. "
        + "Nothing was saved.")
  }

  var inputEndedBeforeSaving: String {
    pick(
      "De invoer stopte voordat je het oordeel bewaarde. Er is niets bewaard.",
      "The input ended before you saved the assessment. Nothing was saved.")
  }
}
