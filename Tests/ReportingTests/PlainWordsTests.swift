import Foundation
import PlanReading
import Reporting
import Scoring
import TestSupport
import Testing

/// Cards for residents: no matcher syntax and no internal names in the plain
/// part; the engine's details only in the part that says how it decided.
@Suite struct PlainWordsTests {
  /// The cards of every sample plan with the default rubric.
  static let cards: [Scorecard] = {
    let folder = Fixtures.packageRoot.appendingPathComponent("SamplePlans", isDirectory: true)
    let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    guard let rubric = try? RubricCatalog.load(nil) else { return [] }
    let scorer = PlanScorer(rubric: rubric)
    return files.sorted().filter { $0.hasPrefix("nl-") || $0.hasPrefix("en-") }.compactMap {
      try? scorer.score(PlanReader().read(fileAt: folder.appendingPathComponent($0).path))
    }
  }()

  /// The part a resident reads: without the quotes from the plan (a plan may
  /// write `*` or `~` itself), the markup and the "how it decided" part.
  static func plainPart(_ rendered: String, format: OutputFormat, language: PlanLanguage)
    -> String
  {
    let decided = Localiser(language: language).say("decision.title")
    var text = rendered
    for pattern in [
      "<style>[\\s\\S]*?</style>", "<details[\\s\\S]*?</details>",
      "<blockquote[\\s\\S]*?</blockquote>",
      "<[^>]*>", "“[^”]*”", "(?m)^> .*$",
    ] {
      text = text.replacingOccurrences(of: pattern, with: " ", options: .regularExpression)
    }
    if format != .html {
      text = text.components(separatedBy: decided).first ?? text
    }
    if format == .markdown {
      text = text.replacingOccurrences(of: "**", with: "").replacingOccurrences(of: "\\*", with: "")
    }
    return text
  }

  /// No `*`, `~`, "index 45", "Begrensd", "Beoordelingskader" (or "other" on a
  /// Dutch card) in the plain part of any sample plan's card, in any format.
  @Test(arguments: [OutputFormat.text, .markdown, .html], [PlanLanguage.nl, .en])
  func noEngineJargon(format: OutputFormat, language: PlanLanguage) throws {
    #expect(Self.cards.count >= 10, "the sample plans must score")
    let renderer = try CardRenderer(language: language).renderer(for: format)
    for card in Self.cards {
      let rendered = try renderer.render([card])
      let plain = Self.plainPart(rendered, format: format, language: language)
      let name = card.plan.source
      #expect(!plain.contains("*"), "\(name): matcher syntax `*`")
      #expect(!plain.contains("~"), "\(name): matcher syntax `~`")
      #expect(plain.range(of: "index \\d", options: .regularExpression) == nil, "\(name): index")
      for word in ["Begrensd", "Capped", "Beoordelingskader"] {
        #expect(!plain.contains(word), "\(name): \(word)")
      }
      if language == .nl {
        #expect(
          plain.range(of: "\\bother\\b", options: .regularExpression) == nil, "\(name): other")
      }
      // The details are still there, after the plain part or folded away.
      #expect(rendered.contains(Localiser(language: language).say("decision.title")))
      if format == .html { #expect(rendered.contains("<details class=\"decision\">")) }
    }
  }

  /// A sentence shown as evidence is never listed as "found but not counted",
  /// for its own criterion or another.
  @Test func notCountedExcludesEvidence() throws {
    var card = EngineOnlySnapshotTests.card()
    let evidence = Set(card.criteria.flatMap { $0.evidence.map(\.quote) })
    // The same sentence as a near miss of the last criterion and of the one it counts for.
    var nearMiss = try #require(card.criteria.flatMap(\.evidence).first)
    nearMiss.failed = ["specific"]
    card.criteria[card.criteria.count - 1].discounted.append(nearMiss)
    if let own = card.criteria.firstIndex(where: {
      $0.evidence.contains { $0.quote == nearMiss.quote }
    }) {
      card.criteria[own].discounted.append(nearMiss)
    }
    for format in [OutputFormat.text, .markdown, .html] {
      let rendered = try CardRenderer(language: .nl).render([card], as: format)
      let lines = rendered.components(separatedBy: "\n").filter {
        $0.contains("Gevonden maar niet meegeteld")
      }
      for line in lines {
        for quote in evidence { #expect(!line.contains(quote), "\(format): \(line)") }
      }
    }
  }

  /// A sentence whose only fault is that it names no residents is not listed
  /// as "found but not counted": it is about something else.
  @Test func notCountedLeavesOutSentencesWithoutResidents() throws {
    var card = ReportFixture.card([ReportFixture.Sentence.budget])
    var unrelated = try #require(card.criteria.flatMap(\.evidence).first)
    unrelated.quote = "Het peil wordt gemeten vanaf de weg."
    unrelated.line = 40
    unrelated.failed = ["residents_mentioned"]
    var hedged = unrelated
    hedged.quote = "Bewoners krijgen waar mogelijk een budget."
    hedged.line = 41
    hedged.failed = ["not_hedged"]
    card.criteria[0].discounted = [unrelated, hedged]
    let text = try TextRenderer(language: .nl).render([card])
    #expect(!text.contains(unrelated.quote))
    #expect(text.contains("Gevonden maar niet meegeteld: “\(hedged.quote)”"))
  }

  /// Evidence says which words were found, in plain language; the rubric's
  /// search term is only in the "how it decided" part.
  @Test func evidenceNamesTheWordsFound() throws {
    let card = ReportFixture.card([ReportFixture.Sentence.budget])
    let text = try TextRenderer(language: .nl).render([card])
    let item = try #require(card.criteria.flatMap(\.evidence).first)
    #expect(text.contains("gevonden woorden: “\(item.matched)”"))
    let parts = text.components(separatedBy: "Hoe het programma besliste")
    #expect(parts.count == 2)
    #expect(!parts[0].contains(item.indicator) || item.indicator == item.matched)
    #expect(parts[1].contains(item.indicator))
  }

  /// A sentence that names no actor itself says where the card found who
  /// acts, in every format and both languages; a sentence that names its own
  /// says nothing of it.
  @Test(arguments: [OutputFormat.text, .markdown, .html])
  func evidenceSaysWhereTheActorWasFound(_ format: OutputFormat) throws {
    var card = ReportFixture.card([ReportFixture.Sentence.budget])
    let index = try #require(card.criteria.firstIndex { !$0.evidence.isEmpty })
    var item = card.criteria[index].evidence[0]
    #expect(item.context.actorFrom == nil)
    let own = try Self.render(card, format: format, language: .nl)
    #expect(!own.contains("genoemd in de zin ervoor"))
    item.context.actor = .residents
    item.context.actorFrom = .previousSentence
    card.criteria[index].evidence = [item]
    let nl = try Self.render(card, format: format, language: .nl)
    #expect(nl.contains("gevonden woorden: “\(item.matched)”; bewoners genoemd in de zin ervoor"))
    let en = try Self.render(card, format: format, language: .en)
    #expect(en.contains("residents named in the sentence before"))
    item.context.actor = .none
    item.context.actorFrom = .heading
    card.criteria[index].evidence = [item]
    #expect(
      try Self.render(card, format: format, language: .nl).contains("bewoners genoemd in de kop"))
  }

  private static func render(_ card: Scorecard, format: OutputFormat, language: PlanLanguage)
    throws -> String
  {
    try CardRenderer(language: language).render([card], as: format)
  }

  /// A kind of document is named in the card's language; `other` is left out.
  @Test func kindInResidentWords() throws {
    let plan = ReportFixture.card([ReportFixture.Sentence.budget], kind: .bestemmingsplan)
    #expect(try TextRenderer(language: .en).render([plan]).contains("zoning plan"))
    let other = ReportFixture.card([ReportFixture.Sentence.budget], kind: .other)
    let dutch = try TextRenderer(language: .nl).render([other])
    #expect(!dutch.contains("other"))
  }
}
