import PlanReading
import Testing

@testable import Scoring

@Suite struct PlanScorerTests {}

// MARK: - Levels and evidence

extension PlanScorerTests {
  /// A deciding sentence reaches the top of the influence ladder, with its quote and place.
  @Test func decidingResidentsReachLevelTwoWithEvidence() throws {
    let card = EngineTestSupport.score([
      "Het plein wordt opnieuw ingericht.",
      "Bewoners beslissen over de inrichting van het plein.",
    ])
    let influence = try #require(card.criterion("influence"))
    #expect(influence.level == 2)
    #expect(influence.decidedBy == "ladder")
    let evidence = try #require(influence.evidence.first)
    #expect(evidence.quote == "Bewoners beslissen over de inrichting van het plein.")
    #expect(evidence.matched == "beslissen")
    #expect(evidence.headingPath == ["Participatie"])
    #expect(evidence.line == 5)
    #expect(evidence.context.actor == .residents)
    #expect(card.ladder.rung == 5)
    #expect(card.ladder.evidence?.quote == evidence.quote)
  }

  /// When the government decides, the deciding verb does not count and says why.
  @Test func governmentAsActorDoesNotCount() throws {
    let card = EngineTestSupport.score(["De gemeente beslissen over het plein met bewoners."])
    let influence = try #require(card.criterion("influence"))
    #expect(influence.level == 0)
    #expect(influence.discounted.first?.failed == ["resident_actor"])
    #expect(influence.discounted.first?.context.actor == .government)
  }

  /// A negation in the window before the match discounts it.
  @Test func negationBeforeTheMatch() throws {
    let card = EngineTestSupport.score(["Bewoners kunnen niet beslissen over het plein."])
    let influence = try #require(card.criterion("influence"))
    #expect(influence.level == 0)
    #expect(influence.discounted.first?.context.negated == true)
  }

  /// A Dutch clause-final `niet` discounts the match; a later clause does not.
  @Test func clauseFinalNegation() throws {
    let negated = EngineTestSupport.score(["Bewoners beslissen hierover niet."])
    #expect(negated.criterion("influence")?.level == 0)
    let otherClause = EngineTestSupport.score([
      "Bewoners beslissen over het plein, de gemeente doet dat niet."
    ])
    #expect(otherClause.criterion("influence")?.level == 2)
  }

  /// Negations further away than the window do not count.
  @Test func negationOutsideTheWindow() throws {
    let card = EngineTestSupport.score([
      "Niet alleen in de zomer maar het hele jaar door beslissen bewoners over het plein."
    ])
    #expect(card.criterion("influence")?.level == 2)
  }

  /// A hedge is recorded in the evidence context.
  @Test func hedgeIsRecorded() throws {
    let card = EngineTestSupport.score(["Waar mogelijk raadplegen we bewoners met een enquête."])
    let evidence = try #require(card.criterion("influence")?.evidence.first)
    #expect(evidence.context.hedged)
    #expect(card.criterion("influence")?.level == 1)
  }

  /// Past and future markers set the tense.
  @Test func tense() throws {
    let past = EngineTestSupport.score(["We hebben bewoners met een enquête geraadpleegd."])
    #expect(past.criterion("influence")?.evidence.first?.context.tense == .done)
    let future = EngineTestSupport.score(["We zullen bewoners met een enquête raadplegen."])
    #expect(future.criterion("influence")?.evidence.first?.context.tense == .promised)
  }
}

// MARK: - Rule types

extension PlanScorerTests {
  /// `any` gives level 1 for a budget; `together` needs a deciding resident and
  /// a specific detail in the same sentence for level 2.
  @Test func anyAndTogetherRules() throws {
    let budgetOnly = EngineTestSupport.score(["Er is een wijkbudget voor de buurt."])
    #expect(budgetOnly.criterion("money")?.level == 1)
    #expect(budgetOnly.criterion("money")?.decidedBy == "any")

    let together = EngineTestSupport.score([
      "Bewoners beslissen over het wijkbudget van € 40.000."
    ])
    #expect(together.criterion("money")?.level == 2)
    #expect(together.criterion("money")?.decidedBy == "together")
    #expect(together.criterion("money")?.evidence.first?.context.specifics == ["€ 40.000"])

    let notSpecific = EngineTestSupport.score(["Bewoners beslissen over het wijkbudget."])
    #expect(notSpecific.criterion("money")?.level == 1)

    let separated = EngineTestSupport.score([
      "Er is een wijkbudget van € 40.000.", "Bewoners beslissen over het plein.",
    ])
    #expect(separated.criterion("money")?.level == 1)
  }

  /// `count` needs two distinct indicators in one paragraph scope.
  @Test func countRule() throws {
    let one = EngineTestSupport.score(["De reactienota staat online."])
    #expect(one.criterion("feedback")?.level == 1)
    let two = EngineTestSupport.score([
      "De reactienota staat online. De terugkoppeling aan de buurt volgt in maart."
    ])
    #expect(two.criterion("feedback")?.level == 2)
    #expect(two.criterion("feedback")?.decidedBy == "count")
    #expect(two.criterion("feedback")?.evidenceCount == 2)
  }

  /// A proximity indicator matches within its window and not beyond.
  @Test func proximityIndicator() throws {
    let near = EngineTestSupport.score(["We vragen de mening van bewoners."])
    #expect(near.ladder.rung == 2)
    let far = EngineTestSupport.score([
      "De mening die in de krant stond ging over van alles behalve de bewoners."
    ])
    #expect(far.ladder.rung == 0)
  }

  /// Warning indicators become plan warnings, not evidence for a rung.
  @Test func warnings() throws {
    let card = EngineTestSupport.score(["We willen draagvlak creëren voor het plan."])
    #expect(card.warnings.map(\.matched) == ["draagvlak creëren"])
    #expect(card.ladder.rung == 0)
  }

  /// A criterion that does not apply to the document kind has no level and
  /// leaves the grade's denominator.
  @Test func notApplicable() throws {
    let card = EngineTestSupport.score(
      ["Bewoners beslissen over het plein."], kind: .verordening)
    #expect(card.criterion("money")?.level == nil)
    #expect(card.criterion("feedback")?.level == nil)
    // influence 2 of 2 is the only applicable criterion: grade 10.
    #expect(card.grade == 10)
  }

  /// English plans use the English vocabulary.
  @Test func englishVocabulary() throws {
    let card = EngineTestSupport.score(
      ["Residents decide on the budget of £20,000 for the square."], language: .en)
    #expect(card.criterion("influence")?.level == 2)
    #expect(card.criterion("money")?.level == 2)
  }
}

// MARK: - Grade and guards

extension PlanScorerTests {
  /// The grade follows the formula with the rubric's weights and guards.
  @Test func gradeWithGuard() throws {
    // influence 0 (weight 2), money 1 (weight 1), feedback 0 (weight 0.5):
    // 1 + 9 × 1 / 7 = 2.29 → 2.3; both guards hold (influence 0; two zeros).
    let card = EngineTestSupport.score(["Er is een wijkbudget."])
    #expect(card.gradeUncapped == 2.3)
    #expect(card.grade == 2.3)
    #expect(card.cappedBy.map(\.type) == ["criterion_zero", "zero_count"])
    #expect(card.passed == false)
    #expect(card.index == 14)
  }

  /// The scorecard carries the rubric's identity and the engine version.
  @Test func reproducibilityFields() {
    let card = EngineTestSupport.score(["Tekst."])
    #expect(card.rubric.id == "test-rubric")
    #expect(card.rubric.sha256 == EngineTestSupport.rubric.contentHash)
    #expect(card.engineVersion == engineVersion)
  }
}

extension PlanScorerTests {
  /// A negation near the end of the clause negates the match; one further from the end does not.
  @Test func negationMustEndTheClause() throws {
    let nearEnd = EngineTestSupport.score(["Bewoners beslissen hierover niet mee."])
    #expect(nearEnd.criterion("influence")?.level == 0)
    let farFromEnd = EngineTestSupport.score([
      "Bewoners beslissen over de bewoners die het formulier niet begrijpen."
    ])
    #expect(farFromEnd.criterion("influence")?.level == 2)
  }
}

extension PlanScorerTests {
  /// A negation at a modal verb negates its whole clause, however far behind
  /// the match stands in it; a later clause, "niet alleen" and a negation
  /// before a plain verb do not.
  @Test func negationAtAModalVerbNegatesTheClause() throws {
    let far = EngineTestSupport.score([
      "Bewoners kunnen dit jaar helaas niet op de inrichting van het plein en de straat beslissen."
    ])
    #expect(far.criterion("influence")?.level == 0)
    #expect(far.criterion("influence")?.discounted.first?.context.negated == true)
    let laterClause = EngineTestSupport.score([
      "De gemeente kan het plein niet alleen betalen, dus bewoners beslissen over de inrichting."
    ])
    #expect(laterClause.criterion("influence")?.level == 2)
    let onlyNot = EngineTestSupport.score([
      "Bewoners kunnen niet alleen over het plein maar ook over de straat beslissen."
    ])
    #expect(onlyNot.criterion("influence")?.level == 2)
    let plainVerb = EngineTestSupport.score([
      "Bewoners die het formulier niet begrijpen krijgen hulp en beslissen over het plein."
    ])
    #expect(plainVerb.criterion("influence")?.level == 2)
  }
}
