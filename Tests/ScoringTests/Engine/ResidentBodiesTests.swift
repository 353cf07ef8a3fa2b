import PlanReading
import Testing

@testable import Scoring

/// Resident bodies named by a short alias ("the Trust", "de stichting") once a
/// sentence has tied the body to residents, scored with the default rubric.
@Suite struct ResidentBodiesTests {}

extension ResidentBodiesTests {
  /// A scorer over the default rubric.
  static let scorer: PlanScorer = {
    do {
      return PlanScorer(rubric: try RubricCatalog.load(nil))
    } catch {
      preconditionFailure("the default rubric must load: \(error)")
    }
  }()

  /// Scores paragraphs with the default rubric.
  static func score(_ paragraphs: [String], language: PlanLanguage) -> Scorecard {
    scorer.score(EngineTestSupport.document(paragraphs, language: language))
  }

  /// The scan of paragraphs with the default rubric.
  static func scan(_ paragraphs: [String], language: PlanLanguage) throws -> DocumentScan {
    let (used, vocabulary) = try #require(scorer.compiled.vocabulary(for: language))
    return DocumentScan(
      document: EngineTestSupport.document(paragraphs, language: language),
      vocabulary: vocabulary, analyzer: TextAnalyzer(language: used),
      negationWindow: scorer.rubric.negationWindow)
  }

  /// The actor of the first match of a group in the sentence holding `text`.
  static func actor(
    ofGroup group: String, in scan: DocumentScan, sentenceStarting text: String,
    document: PlanDocument
  ) -> EvidenceContext.Actor? {
    let groupIndex = scorer.rubric.groups.firstIndex { $0.id == group }
    return scan.matches.first { match in
      let sentence = scan.sentences[match.sentence]
      let block = document.blocks[sentence.block]
      return match.group == groupIndex
        && DocumentScan.substring(block.text, sentence.range).hasPrefix(text)
    }?.context.actor
  }

  static let trustDefinition =
    "Hillside Community Land Trust, a society owned by its members, who are local residents, "
    + "runs the community centre."
  static let trustDecides = "The Trust decides how the grant is spent."
}

// MARK: - Definitions that hold

extension ResidentBodiesTests {
  /// After a sentence ties the Trust to residents, "the Trust" is the residents'
  /// body: the deciding verb counts, the alias is a named body, and a note says why.
  @Test func definedTrustIsResidents() throws {
    let card = Self.score([Self.trustDefinition, Self.trustDecides], language: .en)
    let money = try #require(card.criterion("geld"))
    #expect(money.level == 2)
    let evidence = try #require(money.evidence.first)
    #expect(evidence.quote == Self.trustDecides)
    #expect(evidence.context.actor == .residents)
    #expect(evidence.context.specifics.contains("The Trust"))
    let note = try #require(card.notes.first { $0.code == "resident_body" })
    #expect(note.message.contains("“Hillside Community Land Trust” (line 3)"))
    #expect(note.message.contains("“owned by its members, who are local residents”"))
    #expect(note.message.contains("“Trust” after “the”"))
  }

  /// A Dutch "Stichting X … opgericht door bewoners" makes "de stichting" residents.
  @Test func dutchFoundationSetUpByResidents() throws {
    let card = Self.score(
      [
        "Stichting Buurtkracht Oost is in 2023 opgericht door bewoners uit de wijk.",
        "De stichting beslist over de besteding van de subsidie.",
      ], language: .nl)
    #expect(card.criterion("geld")?.level == 2)
    #expect(card.criterion("geld")?.evidence.first?.context.actor == .residents)
    #expect(card.notes.map(\.code) == ["resident_body"])
  }

  /// The full name counts too, and "the Trust" in the defining sentence's
  /// paragraph and later paragraphs alike.
  @Test func fullNameIsAMentionToo() throws {
    let document = EngineTestSupport.document(
      [Self.trustDefinition, "Hillside Community Land Trust decides how the grant is spent."],
      language: .en)
    let scan = try Self.scan(
      [Self.trustDefinition, "Hillside Community Land Trust decides how the grant is spent."],
      language: .en)
    let actor = Self.actor(
      ofGroup: "geld-beslissen", in: scan,
      sentenceStarting: "Hillside Community Land Trust decides", document: document)
    #expect(actor == .residents)
    #expect(scan.residentBodies.definitions.map(\.name) == ["Hillside Community Land Trust"])
  }
}

// MARK: - Bodies that stay what they are

extension ResidentBodiesTests {
  /// Bodies that serve residents, are owned by the council, are NHS trusts, or
  /// hold homes for residents are never the residents' own body.
  @Test(
    arguments: [
      "The clinic is run by Hillside Community Health Trust, which serves local residents.",
      "Hillside NHS Foundation Trust, whose members are local residents and staff, runs "
        + "the clinic.",
      "Hillside Housing Trust, owned by the council on behalf of its tenants, lets the flats.",
      "Hillside Development Trust will build a scheme made up of 40 homes for local residents.",
    ])
  func trustsThatAreNotResidents(_ sentence: String) throws {
    let card = Self.score([sentence, Self.trustDecides], language: .en)
    #expect(card.criterion("geld")?.level == 0)
    #expect(card.notes.isEmpty)
    let scan = try Self.scan([sentence, Self.trustDecides], language: .en)
    #expect(scan.residentBodies.definitions.isEmpty)
  }

  /// A woningcorporatie set up by the municipality stays government, even when
  /// residents follow in the sentence.
  @Test func foundationSetUpByTheMunicipality() throws {
    let card = Self.score(
      [
        "Stichting Wonen Oost, opgericht door de gemeente, verhuurt woningen aan bewoners.",
        "De stichting beslist over de besteding van de subsidie.",
      ], language: .nl)
    #expect(card.criterion("geld")?.level == 0)
    #expect(card.notes.isEmpty)
  }

  /// Another body with the same noun is no mention: "the NHS Trust" stays as it was.
  @Test func anotherNameWithTheSameNounIsNoMention() throws {
    let paragraphs = [Self.trustDefinition, "The NHS Trust decides how the grant is spent."]
    let scan = try Self.scan(paragraphs, language: .en)
    let actor = Self.actor(
      ofGroup: "geld-beslissen", in: scan, sentenceStarting: "The NHS Trust",
      document: EngineTestSupport.document(paragraphs, language: .en))
    #expect(actor != .residents)
  }
}

// MARK: - Order and scope

extension ResidentBodiesTests {
  /// A definition never reaches back: "the Trust" before it is not residents,
  /// "the Trust" after it is.
  @Test func definitionDoesNotApplyBackwards() throws {
    let paragraphs = [Self.trustDecides, Self.trustDefinition, "The Trust decides on the rota."]
    let document = EngineTestSupport.document(paragraphs, language: .en)
    let scan = try Self.scan(paragraphs, language: .en)
    let before = Self.actor(
      ofGroup: "geld-beslissen", in: scan, sentenceStarting: Self.trustDecides,
      document: document)
    let after = Self.actor(
      ofGroup: "geld-beslissen", in: scan, sentenceStarting: "The Trust decides on the rota",
      document: document)
    #expect(before == EvidenceContext.Actor.none)
    #expect(after == .residents)
  }

  /// One scorer, two plans: the first plan's definition does not leak into the second.
  @Test func definitionsStayInTheirPlan() throws {
    let first = Self.score([Self.trustDefinition, Self.trustDecides], language: .en)
    let second = Self.score([Self.trustDecides], language: .en)
    #expect(first.criterion("geld")?.level == 2)
    #expect(second.criterion("geld")?.level == 0)
    #expect(second.notes.isEmpty)
  }

  /// Without the lists the engine scores exactly as before, and a plan without
  /// a defined body gets the same scorecard with or without them.
  @Test func listsChangeNothingWithoutADefinition() throws {
    var rubric = Self.scorer.rubric
    for language in rubric.languages {
      rubric.context[language]?.residentBodyNouns = []
      rubric.context[language]?.residentBodyTies = []
      rubric.context[language]?.residentBodyFoundings = []
    }
    let plain = PlanScorer(rubric: rubric)
    let paragraphs = [
      "The clinic is run by Hillside Community Health Trust, which serves local residents.",
      Self.trustDecides, "Residents decide how the neighbourhood budget of £40,000 is spent.",
    ]
    let document = EngineTestSupport.document(paragraphs, language: .en)
    #expect(plain.score(document) == Self.scorer.score(document))
    let defined = EngineTestSupport.document(
      [Self.trustDefinition, Self.trustDecides], language: .en)
    #expect(plain.score(defined).criterion("geld")?.level == 0)
  }
}

// MARK: - Rubric format

extension ResidentBodiesTests {
  /// Nouns without ties (or ties without nouns) do nothing, and the validator says so.
  @Test func listsWithoutTheirPartnerWarn() {
    var rubric = TestRubric.expected
    rubric.context[.nl]?.residentBodyNouns = ["stichting"]
    rubric.context[.en]?.residentBodyTies = ["owned by"]
    rubric.context[.en]?.residentBodyFoundings = ["set up"]
    let warnings = RubricValidator.problems(in: rubric).filter { $0.severity == .warning }
    #expect(warnings.contains { $0.path == "context.nl.residentBodyNouns" })
    #expect(warnings.contains { $0.path == "context.en.residentBodyTies" })
    #expect(warnings.contains { $0.path == "context.en.residentBodyFoundings" })
  }

  /// The bundled rubrics carry both lists in every language.
  @Test(arguments: RubricCatalog.bundledIDs)
  func bundledRubricsCarryTheLists(_ id: String) throws {
    let rubric = try RubricCatalog.load(id)
    for language in rubric.languages {
      #expect(rubric.context[language]?.residentBodyNouns.isEmpty == false, "\(language)")
      #expect(rubric.context[language]?.residentBodyTies.isEmpty == false, "\(language)")
      #expect(rubric.context[language]?.residentBodyFoundings.isEmpty == false, "\(language)")
    }
  }
}

// MARK: - Bodies without a name

extension ResidentBodiesTests {
  /// A group introduced as made of residents ("een werkgroep gevormd met acht
  /// inwoners", "a group of residents") is the residents' own from there on:
  /// "de werkgroep", "deze groep", "the group" act as residents.
  @Test(arguments: [
    (
      "Daarna is een werkgroep gevormd met acht inwoners en de dorpsraad.",
      "De werkgroep heeft samen met de architect twee schetsontwerpen gemaakt.", PlanLanguage.nl
    ),
    (
      "Er is een klankbordgroep van omwonenden ingesteld.",
      "Deze klankbordgroep heeft samen met de gemeente het ontwerp gemaakt.", .nl
    ),
    (
      "A working group of local residents was set up in 2022.",
      "The working group jointly developed the plan with the council.", .en
    ),
  ])
  func groupsOfResidentsWithoutANameAreResidents(
    _ definition: String, _ act: String, _ language: PlanLanguage
  ) {
    Self.expectDefinitionMakesResidents(definition, act, language)
  }

  /// `act` alone stays below rung 4, and after `definition` reaches it, with
  /// a note that names the body.
  static func expectDefinitionMakesResidents(
    _ definition: String, _ act: String, _ language: PlanLanguage
  ) {
    #expect(Self.score([act], language: language).ladder.rung < 4)
    let card = Self.score([definition, act], language: language)
    #expect(card.ladder.rung == 4)
    #expect(card.notes.contains { $0.code == "resident_body" })
  }

  /// A group not tied to residents, and another word with the same ending,
  /// are no mention: "een werkgroep met de gemeente", "de welstandscommissie"
  /// after "een commissie van bewoners".
  @Test func unrelatedGroupsAreNoMention() {
    let official = Self.score(
      [
        "Er is een werkgroep met de gemeente en de provincie gevormd.",
        "De werkgroep heeft samen met de architect twee schetsontwerpen gemaakt.",
      ], language: .nl)
    #expect(official.ladder.rung < 4)
    let other = Self.score(
      [
        "Er is een commissie van bewoners ingesteld.",
        "De welstandscommissie heeft samen met de architect het ontwerp gemaakt.",
      ], language: .nl)
    #expect(other.ladder.rung < 4)
  }
}

// MARK: - Bodies residents found

extension ResidentBodiesTests {
  /// Residents who found a body make it theirs, whether the verb stands
  /// between them and the body or after it, and whether the body has a name:
  /// from there on it acts as residents.
  @Test(arguments: [
    (
      "In 2019 hebben vijftien bewoners een werkgroep gevormd.",
      "De werkgroep heeft samen met de architect twee schetsontwerpen gemaakt.", PlanLanguage.nl
    ),
    (
      "Een groep buurtbewoners richtte in 2015 Stichting Groen Dorp op.",
      "De stichting heeft samen met de gemeente het beheerplan opgesteld.", .nl
    ),
    (
      "Het plein wordt onderhouden door een door bewoners opgerichte werkgroep.",
      "De werkgroep heeft samen met de gemeente het ontwerp gemaakt.", .nl
    ),
    (
      "Local residents set up a working group in 2021.",
      "The working group jointly developed the plan with the council.", .en
    ),
  ])
  func bodiesResidentsFoundAreResidents(
    _ definition: String, _ act: String, _ language: PlanLanguage
  ) {
    Self.expectDefinitionMakesResidents(definition, act, language)
  }

  /// A body the municipality founds, with residents or for them, or one that
  /// another party founds, is no resident body: the government or another
  /// party stands before it, or the residents follow a preposition.
  @Test(arguments: [
    "De gemeente heeft met bewoners een werkgroep opgericht.",
    "Voor de bewoners is een werkgroep opgericht.",
    "Bewoners en de projectontwikkelaar hebben een werkgroep opgericht.",
    "Naast omwonenden zit de provincie in de werkgroep, die in 2020 is opgericht.",
  ])
  func bodiesOthersFoundAreNoResidents(_ definition: String) {
    let card = Self.score(
      [definition, "De werkgroep heeft samen met de architect twee schetsontwerpen gemaakt."],
      language: .nl)
    #expect(card.ladder.rung < 4)
    #expect(!card.notes.contains { $0.code == "resident_body" })
  }

  /// "Een groep buurtbewoners": residents right after the noun make the group
  /// theirs, as a word of composition does.
  @Test func groupFollowedByResidentsIsTheirs() {
    let card = Self.score(
      [
        "Een groep buurtbewoners heeft zich gemeld bij de gemeente.",
        "Deze groep heeft samen met de gemeente het inrichtingsplan opgesteld.",
      ], language: .nl)
    #expect(card.ladder.rung == 4)
  }
}
