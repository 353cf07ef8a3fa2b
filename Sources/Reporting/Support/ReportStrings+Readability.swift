import Scoring

extension ReportStrings {
  /// The label of the readability line.
  var readability: String { pick("Leesbaarheid", "Readability") }

  /// The formula's name and that it is not part of the grade.
  func readabilityFormula(_ figures: Readability) -> String {
    let name = figures.formula == "flesch-douma" ? "Flesch-Douma" : "Flesch Reading Ease"
    return pick("\(name), telt niet mee in het cijfer", "\(name), not part of the grade")
  }

  /// What the score means for a resident.
  func readabilityBand(_ figures: Readability) -> String {
    switch figures.band {
    case "easy": pick("makkelijk", "easy")
    case "plain": pick("redelijk", "fairly easy")
    case "hard": pick("moeilijk", "difficult")
    default: pick("zeer moeilijk", "very difficult")
    }
  }

  /// The figures behind the score, in one line.
  func readabilityFigures(_ figures: Readability) -> String {
    [
      pick(
        "\(decimal(figures.wordsPerSentence)) woorden per zin",
        "\(decimal(figures.wordsPerSentence)) words per sentence"),
      pick(
        "\(decimal(figures.syllablesPerWord, places: 2)) lettergrepen per woord",
        "\(decimal(figures.syllablesPerWord, places: 2)) syllables per word"),
      pick(
        "\(decimal(figures.longWordPercent))% lange woorden (meer dan 6 letters)",
        "\(decimal(figures.longWordPercent))% long words (more than 6 letters)"),
    ].joined(separator: " · ")
  }

  /// The whole readability line: score, band, formula and figures.
  func readabilityLine(_ figures: Readability) -> String {
    "\(readability): \(decimal(figures.score)) (\(readabilityBand(figures)); "
      + "\(readabilityFormula(figures))) · \(readabilityFigures(figures))"
  }
}
