import Foundation
import TestSupport
import Testing

/// `score` with plans in several languages: each card in its own plan's
/// language, unless `--lang` says otherwise.
@Suite struct ScoreLanguageTests {
  /// A Dutch and an English plan in one folder.
  static func mixedPlans() throws -> (dutch: String, english: String) {
    let dutch = try ScoreCommandTests.plan(
      "---\ntaal: nl\n---\nBewoners beslissen over het wijkbudget van € 40.000.\n", name: "wijk.md")
    let english = try ScoreCommandTests.plan(
      "---\nlanguage: en\n---\nResidents decide on the budget of £ 40,000.\n", name: "ward.md")
    return (dutch, english)
  }

  /// Without `--lang`, a Dutch and an English plan give a Dutch and an English card.
  @Test(arguments: ["text", "markdown", "html"])
  func eachCardInItsPlansLanguage(format: String) throws {
    let (dutch, english) = try Self.mixedPlans()
    let result = try CommandRunner.run([
      "score", dutch, english, "--rubric", ScoreCommandTests.rubric, "--format", format,
      "--no-color",
    ])
    #expect(result.status == 0)
    let separator = format == "html" ? "<article" : "Participat"
    let cards = result.stdout.components(separatedBy: separator).dropFirst()
      .filter { $0.contains("wijk.md") || $0.contains("ward.md") }
    let dutchCard = try #require(cards.first { $0.contains("wijk.md") })
    let englishCard = try #require(cards.first { $0.contains("ward.md") })
    #expect(dutchCard.contains("Rapportcijfer"))
    #expect(!dutchCard.contains("Report grade"))
    #expect(englishCard.contains("Report grade"))
    #expect(!englishCard.contains("Rapportcijfer"))
    if format == "html" { #expect(englishCard.hasPrefix(" class=\"scorecard\" lang=\"en\"")) }
  }

  /// `--lang en` puts both cards in English.
  @Test func langOverridesEveryCard() throws {
    let (dutch, english) = try Self.mixedPlans()
    let result = try CommandRunner.run([
      "score", dutch, english, "--rubric", ScoreCommandTests.rubric, "--lang", "en", "--no-color",
    ])
    #expect(result.status == 0)
    #expect(result.stdout.components(separatedBy: "Report grade").count == 3)
    #expect(!result.stdout.contains("Rapportcijfer"))
  }

  /// Every command that writes for people takes the one `--lang`, with one help text.
  @Test(arguments: ["score", "batch", "merge", "compare", "assess", "agreement", "rubric show"])
  func everyCommandTakesTheSharedLang(command: String) throws {
    let result = try CommandRunner.run(command.split(separator: " ").map(String.init) + ["--help"])
    let help = result.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    #expect(help.contains("--lang <lang>"), "\(command) has no --lang")
    #expect(help.contains("each plan's own language"), "\(command) has its own --lang help")
  }
}
