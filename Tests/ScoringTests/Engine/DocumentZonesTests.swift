import Foundation
import PlanReading
import Testing

@testable import Scoring

/// Which parts of a plan can be evidence, who acts when a sentence names no
/// one, and which quote comes first; scored with the default rubric. Every
/// case is a pattern of how plans are written, not a sentence of one plan.
@Suite struct DocumentZonesTests {}

extension DocumentZonesTests {
  /// A block of a test document: its kind, heading level and text.
  typealias Part = (kind: BlockKind, level: Int?, text: String)

  /// A document from parts, with heading paths as a reader makes them.
  static func document(_ parts: [Part], language: PlanLanguage = .nl) -> PlanDocument {
    var path: [(Int, String)] = []
    var blocks: [Block] = []
    for (index, part) in parts.enumerated() {
      if part.kind == .heading, let level = part.level {
        path.removeAll { $0.0 >= level }
        blocks.append(
          Block(
            kind: .heading, level: level, text: part.text, headingPath: path.map(\.1),
            location: .init(line: index + 1)))
        path.append((level, part.text))
      } else {
        blocks.append(
          Block(
            kind: part.kind, text: part.text, headingPath: path.map(\.1),
            location: .init(line: index + 1)))
      }
    }
    return PlanDocument(
      metadata: PlanMetadata(
        kind: .bestemmingsplan, language: language, languageDetected: false,
        sourcePath: "zones.txt", sha256: "0", format: .plainText),
      blocks: blocks)
  }

  static func score(_ parts: [Part], language: PlanLanguage = .nl) -> Scorecard {
    ResidentBodiesTests.scorer.score(document(parts, language: language))
  }

  /// Every quote on a card: the rung's proof and every criterion's evidence.
  static func quotes(_ card: Scorecard) -> [String] {
    (card.ladder.evidence.map { [$0.quote] } ?? [])
      + card.criteria.flatMap { $0.evidence.map(\.quote) }
  }

  static let consultation =
    "Het voorontwerp heeft zes weken ter inzage gelegen en omwonenden konden een inspraakreactie indienen."
  /// A municipal policy as a plan summarises it: rung 4 wherever it would
  /// count.
  static let summarisedPolicy = "Het groenplan is samen met bewoners opgesteld."
}

// MARK: - Tables of contents and bare headings

extension DocumentZonesTests {
  /// Lines of a table of contents (numbered titles with page numbers, dotted
  /// leaders, titles that repeat a heading) are never quoted, even as the rung.
  @Test func tableOfContentsIsNeverEvidence() {
    let card = Self.score([
      (.heading, 1, "Inhoudsopgave"),
      (.listItem, nil, "5.1 Inspraak en participatie 41"),
      (.paragraph, nil, "6 Zienswijzen ........................ 43"),
      (.heading, 1, "1 Inleiding"),
      (.paragraph, nil, "Participatie van bewoners"),
      (.paragraph, nil, "Het plan maakt de bouw van twaalf woningen mogelijk."),
      (.heading, 1, "5.1 Inspraak en participatie"),
      (.paragraph, nil, Self.consultation),
    ])
    let quotes = Self.quotes(card)
    #expect(!quotes.isEmpty)
    #expect(quotes.allSatisfy { $0 == Self.consultation }, "\(quotes)")
    #expect(card.ladder.evidence?.quote == Self.consultation)
  }

  /// The document's apparatus (contents, reading guide, annexes) is set aside
  /// only under a heading that is nothing but its title, and only right under
  /// it: a table of contents whose heading outranks the plan's chapters does
  /// not swallow them, while its list of annexes stays out.
  @Test func apparatusSetsAsideOnlyWhatIsRightUnderIt() {
    let card = Self.score([
      (.heading, 1, "Inhoudsopgave"),
      (.paragraph, nil, "1 Inleiding 3"),
      (.heading, 2, "Bijlagen"),
      (.listItem, nil, "Bijlage 4 Nota van zienswijzen en ambtshalve wijzigingen"),
      (.heading, 2, "5 Inspraak"),
      (.paragraph, nil, Self.consultation),
    ])
    let quotes = Self.quotes(card)
    #expect(card.ladder.rung == 2)
    #expect(quotes.allSatisfy { $0 == Self.consultation }, "\(quotes)")
  }

  /// A heading that only holds an apparatus word is no part of the
  /// apparatus: a web page's skip link, the content of a regulation.
  @Test(arguments: ["Naar de inhoud", "Inhoud van de regeling", "Bronnen van inkomsten"])
  func headingsThatOnlyHoldAnApparatusWord(_ title: String) {
    let card = Self.score([(.heading, 1, title), (.paragraph, nil, Self.consultation)])
    #expect(card.ladder.rung == 2)
  }

  /// A table of contents under a bare "Inhoud" line ends at the first
  /// paragraph of running text: a web page or a document without headings
  /// has its whole text there. Its short entries stay out; a reading guide,
  /// whose own text is prose, stays set aside to its next heading.
  @Test func contentsEndAtTheFirstParagraphOfRunningText() {
    let entry = "Participatie van bewoners en inspraak"
    let card = Self.score([
      (.paragraph, nil, "Wijkplan Noord"),
      (.paragraph, nil, "Inhoud"),
      (.paragraph, nil, entry),
      (.paragraph, nil, Self.consultation),
    ])
    #expect(card.ladder.rung == 2)
    #expect(card.ladder.evidence?.quote == Self.consultation)
    #expect(!Self.quotes(card).contains(entry))

    let guide = Self.score([
      (.paragraph, nil, "Wijkplan Noord"),
      (.heading, 1, "Leeswijzer"),
      (.paragraph, nil, Self.consultation),
    ])
    #expect(guide.ladder.rung == 0)
  }

  /// The lines at the top of a document, up to its first heading, are its
  /// own title: there a word that elsewhere marks a summary of other policy
  /// ("woonvisie", "beleidskader") names the plan itself, and sets nothing
  /// aside.
  @Test(arguments: [BlockKind.paragraph, .heading])
  func theDocumentsOwnTitleIsNotOtherPolicy(_ kind: BlockKind) {
    let card = Self.score([
      (kind, kind == .heading ? 1 : nil, "Woonvisie Noord 2030"),
      (.paragraph, nil, Self.consultation),
    ])
    #expect(card.ladder.rung == 2)
    let summary = Self.score([
      (kind, kind == .heading ? 1 : nil, "Wijkplan Noord"),
      (.paragraph, nil, "Het plan regelt de bouw van twaalf woningen in de wijk."),
      (.heading, 1, "Woonvisie"),
      (.paragraph, nil, Self.consultation),
    ])
    #expect(summary.ladder.rung == 0)
  }

  /// Municipal policy summarised in a plan is no evidence of the plan's own
  /// participation, however plainly it speaks of residents.
  @Test func municipalPolicyIsNotThePlansParticipation() {
    let policy = Self.summarisedPolicy
    let card = Self.score([
      (.paragraph, nil, "Het plan regelt de bouw van twaalf woningen in de wijk."),
      (.heading, 1, "3 Beleidskader"),
      (.heading, 2, "3.3 Gemeentelijk beleid"),
      (.paragraph, nil, policy),
      (.heading, 1, "5 Inspraak"),
      (.paragraph, nil, Self.consultation),
    ])
    #expect(card.ladder.rung == 2)
    #expect(!Self.quotes(card).contains(policy))
  }

  /// A sentence about the province's ordinance is about provincial rules, in
  /// whichever section it stands.
  @Test func provincialOrdinanceIsNotThePlansParticipation() {
    let ordinance =
      "De omgevingsverordening zorgt ervoor dat de provincie meer ruimte heeft om initiatieven "
      + "van inwoners te ondersteunen."
    let card = Self.score([(.heading, 1, "Toetsingskader"), (.paragraph, nil, ordinance)])
    #expect(!Self.quotes(card).contains(ordinance))
    #expect(card.criterion("ondersteuning")?.level == 0)
  }

  /// Section numbers say which chapter a heading belongs to when the levels
  /// a reader gave do not: "5 Inspraak" is no part of "2 Beleidskader".
  @Test func sectionNumbersCloseChaptersTheLevelsLeaveOpen() {
    let card = Self.score([
      (.paragraph, nil, "Het plan regelt de bouw van twaalf woningen in de wijk."),
      (.heading, 2, "2 Beleidskader"),
      (.paragraph, nil, "Het rijk en de provincie hebben beleid voor dit gebied."),
      (.heading, 3, "5 Inspraak"),
      (.paragraph, nil, Self.consultation),
    ])
    #expect(card.ladder.rung == 2)
    #expect(BlockLayout.sectionNumber("Hoofdstuk 5 Uitvoerbaarheid") == [5])
    #expect(BlockLayout.sectionNumber("3.1. Inspraak") == [3, 1])
    #expect(BlockLayout.sectionNumber("2016 Jaarverslag") == nil)
    #expect(BlockLayout.sectionNumber("Inspraak") == nil)
  }

  /// A numbered heading is a section of a plan, never its title, even when
  /// nothing stands before it (an excerpt that starts at "3.4 Gemeentelijk
  /// beleid" still summarises policy there).
  @Test func aNumberedHeadingIsNeverTheTitle() {
    let policy = Self.summarisedPolicy
    let card = Self.score([
      (.heading, 2, "3.4 Gemeentelijk beleid"),
      (.paragraph, nil, policy),
      (.heading, 2, "5 Inspraak"),
      (.paragraph, nil, Self.consultation),
    ])
    #expect(card.ladder.rung == 2)
    #expect(!Self.quotes(card).contains(policy))
  }

  /// Headings numbered "1.", "2.", … inside a numbered section are a list
  /// within it, however far the list counts: "4. Stad van retail" under
  /// "3.4 Gemeentelijk beleid" does not close chapter 3 or its set-aside
  /// policy section.
  @Test(arguments: [2, 5])
  func numberedHeadingsInsideASectionAreAList(_ items: Int) {
    let policy = Self.summarisedPolicy
    var parts: [Part] = [
      (.paragraph, nil, "Het plan regelt de bouw van twaalf woningen in de wijk."),
      (.heading, 2, "3.4 Gemeentelijk beleid"),
      (.heading, 3, "3.4.1 Toekomstvisie"),
    ]
    for item in 1...items {
      parts.append((.heading, 4, "\(item). Thema \(item) van de visie"))
      parts.append((.paragraph, nil, "De stad werkt aan thema \(item)."))
    }
    parts += [
      (.heading, 3, "3.4.3 Groenvisie"),
      (.paragraph, nil, policy),
      (.heading, 2, "5 Inspraak"),
      (.paragraph, nil, Self.consultation),
    ]
    let card = Self.score(parts)
    #expect(card.ladder.rung == 2)
    #expect(!Self.quotes(card).contains(policy))
  }

  /// A title is compared folded: lower case, without section numbers,
  /// "Hoofdstuk", a page number, or punctuation (Unicode `P*`) at its ends.
  @Test func foldedTitles() {
    #expect(BlockLayout.folded("3.2 Inspraak.") == "inspraak")
    #expect(BlockLayout.folded("Hoofdstuk 4 Overleg en inspraak 12") == "overleg en inspraak")
    #expect(BlockLayout.folded("«Reacties van bewoners»") == "reacties van bewoners")
    #expect(BlockLayout.folded("¿Qué?\t") == "qué")
    #expect(BlockLayout.folded("(a) en (b)") == "a) en (b")
    #expect(BlockLayout.folded("Inspraak.\u{301}") == "inspraak.\u{301}")
    #expect(BlockLayout.folded("…") == "")
  }

  /// The title line at the top of a document has at most 25 words; a line
  /// of 26 or 60 words there is prose.
  @Test func titleLineLength() {
    func layout(words: Int) -> BlockLayout {
      let text = (1...words).map { "woord\($0)" }.joined(separator: "  ")
      return BlockLayout.of(
        Block(kind: .paragraph, text: text, headingPath: [], location: .init(line: 1)),
        headingTitles: [], atDocumentStart: true)
    }
    #expect(layout(words: 25) == .bareHeading)
    #expect(layout(words: 26) == .prose)
    #expect(layout(words: 60) == .prose)
  }

  /// A contents entry is recognised by its shape alone.
  @Test func contentsEntryShapes() {
    let titles: Set<String> = ["inspraak en overleg"]
    func layout(_ kind: BlockKind, _ text: String) -> BlockLayout {
      BlockLayout.of(
        Block(kind: kind, text: text, headingPath: [], location: .init(line: 1)),
        headingTitles: titles)
    }
    #expect(layout(.listItem, "6.1 Inspraak en overleg") == .contentsEntry)
    #expect(layout(.paragraph, "Hoofdstuk 6 Inspraak en overleg 41") == .contentsEntry)
    #expect(layout(.paragraph, "7.2 Zienswijzen 44") == .contentsEntry)
    #expect(layout(.paragraph, "Bijlagen ............ 60") == .contentsEntry)
    #expect(layout(.listItem, "Participatie en inspraak in de wijk …..…….. 12") == .contentsEntry)
    #expect(layout(.listItem, "Participatie en inspraak in de wijk . . . . 12") == .contentsEntry)
    #expect(layout(.listItem, "Participatie en inspraak in de wijk …… 12") == .contentsEntry)
    #expect(layout(.listItem, "Bewoners zijn gehoord... en dat is goed.") == .prose)
    #expect(layout(.paragraph, "Inspraak/Participatie") == .bareHeading)
    #expect(layout(.paragraph, "4.3 Overleg met de buurt") == .bareHeading)
    #expect(layout(.paragraph, "Er zijn 12 reacties ontvangen.") == .prose)
    #expect(layout(.listItem, "jongeren en ouderen") == .prose)
    #expect(layout(.heading, "Inspraak en overleg") == .heading)
    // Page numbers glued to the words, as contents often come out of a PDF.
    #expect(layout(.paragraph, "PARTICIPATIE12 ZIENSWIJZEN14") == .contentsEntry)
    #expect(layout(.listItem, "Reacties van de buurt38") == .contentsEntry)
    #expect(layout(.tableCell, "OVERLEG MET DE BUURT 21") == .contentsEntry)
    // A line in capitals is a heading, in a list or a table too.
    #expect(layout(.listItem, "OVERLEG & INSPRAAK") == .bareHeading)
    #expect(layout(.tableCell, "REACTIES VAN BEWONERS") == .bareHeading)
    // A table cell or list item of one or two words is a label.
    #expect(layout(.tableCell, "Zienswijze") == .bareHeading)
    #expect(layout(.listItem, "Binnengekomen zienswijzen") == .bareHeading)
    #expect(layout(.tableCell, "Bewoners beslissen mee") == .prose)
    #expect(layout(.tableCell, "Aangepast.") == .prose)
    #expect(layout(.listItem, "BEWONERS ZIJN GEHOORD.") == .prose)
    #expect(layout(.paragraph, "De uitstoot van CO2 is gemeten.") == .prose)
    // A footnote naming a source document, and a sentence that starts with a number.
    #expect(
      layout(.listItem, "7 Buurtteam Noord, Verslag van de inloopavond, mei 2021.")
        == .contentsEntry)
    #expect(
      layout(.paragraph, "12 bewoners kwamen naar de avond, en 3 stuurden een brief.") == .prose)
    #expect(layout(.paragraph, "12 Bewoners kwamen naar de avond in het buurthuis.") == .prose)
  }

  /// A short line that stands as a heading is not quoted as proof.
  @Test func bareHeadingIsNotEvidence() {
    let card = Self.score([
      (.heading, 2, "6.1 Maatschappelijke uitvoerbaarheid"),
      (.paragraph, nil, "Inspraak/Participatie"),
      (.paragraph, nil, Self.consultation),
    ])
    #expect(!Self.quotes(card).contains("Inspraak/Participatie"))
    #expect(card.ladder.rung == 2)
  }
}

// MARK: - Set-aside parts and other actors

extension DocumentZonesTests {
  /// Appeal and procedure boilerplate is no participation evidence.
  @Test func appealBoilerplateIsNotEvidence() {
    let appeal =
      "Wie tijdig een zienswijze heeft ingediend, kan beroep instellen bij de Afdeling "
      + "bestuursrechtspraak van de Raad van State."
    let card = Self.score([(.heading, 1, "Procedure"), (.paragraph, nil, appeal)])
    #expect(!Self.quotes(card).contains(appeal))
    #expect(card.ladder.rung == 0)
  }

  /// In a section on consultation of other authorities, a reply that names no
  /// residents is not feedback to residents.
  @Test func authoritySectionNeedsResidentsInTheSentence() {
    let reply = "De reactie is beantwoord en het plan is op dit punt aangepast."
    let card = Self.score([
      (.heading, 1, "Maatschappelijke uitvoerbaarheid"),
      (.heading, 2, "Vooroverleg"),
      (.paragraph, nil, "Het voorontwerp is toegezonden aan de provincie en het waterschap."),
      (.paragraph, nil, reply),
    ])
    #expect(!Self.quotes(card).contains(reply))
    #expect(card.criterion("terugkoppeling")?.level == 0)
  }

  /// "De adviezen" right after a sentence in which residents gave them is
  /// their advice, though the sentence that adopts it names only the
  /// municipality; without the residents before it, it names no one's.
  @Test(arguments: [
    ("Het bewonerspanel heeft zijn adviezen in juni aangeboden.", 3),
    ("De commissie heeft haar adviezen in juni aangeboden.", 0),
  ])
  func adviceReferredBackToIsTheResidents(_ first: String, _ rung: Int) {
    let paragraph = first + " De gemeente heeft de adviezen op alle punten overgenomen."
    let card = Self.score([(.heading, 1, "Advies"), (.paragraph, nil, paragraph)])
    #expect(card.ladder.rung == rung)
    #expect(card.criterion("terugkoppeling")?.level == (rung == 0 ? 0 : 1))
  }

  /// Residents who made the plan with the municipality were in it while its
  /// choices were open: a co-produced plan, reported as done and dated, is
  /// early involvement at level 2; a promise or an undated report is 1.
  @Test(arguments: [
    ("In 2019 hebben de bewoners samen met de gemeente het wijkplan opgesteld.", 2),
    ("Het wijkplan wordt in 2026 samen met de bewoners opgesteld.", 1),
    ("De bewoners hebben samen met de gemeente het wijkplan opgesteld.", 1),
  ])
  func residentsWhoMadeThePlanWereThereEarly(_ text: String, _ vroeg: Int) {
    let card = Self.score([(.heading, 1, "Wijkplan"), (.paragraph, nil, text)])
    #expect(card.ladder.rung == 4)
    #expect(card.criterion("vroeg")?.level == vroeg)
  }

  /// "Deze zienswijze" points back to the one named before it: when that was
  /// another party's, so is the answer to it, whoever gives it.
  @Test(arguments: [("de netbeheerder", 0), ("twee omwonenden", 1)])
  func inputReferredBackToBelongsToWhoeverGaveIt(_ giver: String, _ level: Int) {
    let paragraph =
      "Tijdens deze periode kon eenieder een zienswijze indienen. Er is één zienswijze ontvangen "
      + "van \(giver). Deze zienswijze is samengevat en voorzien van een gemeentelijke reactie "
      + "in de nota van zienswijzen."
    let card = Self.score([(.heading, 1, "Zienswijzen"), (.paragraph, nil, paragraph)])
    #expect(card.criterion("terugkoppeling")?.level == level)
  }

  /// Comments of the bodies a plan was discussed "met de instanties" with are
  /// theirs; the same sentence about residents is feedback to residents.
  @Test(arguments: [("de instanties", 0), ("de bewoners", 1)])
  func commentsOfTheBodiesConsultedAreTheirs(_ party: String, _ level: Int) {
    let sentence =
      "Het overleg over het plan met \(party) heeft plaatsgevonden en alle opmerkingen zijn verwerkt."
    let card = Self.score([(.heading, 1, "Procedure"), (.paragraph, nil, sentence)])
    #expect(card.criterion("terugkoppeling")?.level == level)
  }

  /// Words in a mail or web address are no statement: a contact line
  /// "mail naar wijkbudget@gemeente.nl" names no budget for residents.
  @Test(arguments: [
    "Mail uw vragen naar wijkbudget@gemeente.nl of bel 14 050.",
    "Kijk voor de voorwaarden op www.wijkbudget-noord.nl.",
    "Het formulier staat op https://gemeente.nl/wijkbudget/aanvragen.",
  ])
  func wordsInAddressesAreNoEvidence(_ contact: String) {
    let card = Self.score([(.heading, 1, "Contact"), (.paragraph, nil, contact)])
    #expect(card.criterion("geld")?.level == 0)
    let budget = Self.score([
      (.heading, 1, "Contact"), (.paragraph, nil, "Er is een wijkbudget voor bewoners."),
    ])
    #expect(budget.criterion("geld")?.level == 1)
  }

  /// The occupants or owner of the one property a plan is about are the
  /// applicant, not the residents.
  @Test func occupantsOfThePropertyAreNotResidents() {
    let card = Self.score([
      (.heading, 1, "Aanleiding"),
      (.paragraph, nil, "De bewoners van de woning willen zelf beslissen over de aanbouw."),
    ])
    #expect(card.ladder.rung < 5)
    #expect(card.criterion("invloed")?.level == 0)
  }

  /// In English the applicant is not the community either.
  @Test func applicantIsNotTheCommunity() {
    let card = Self.score(
      [
        (.heading, 1, "Background"),
        (.paragraph, nil, "The applicant decided to submit a revised scheme."),
      ], language: .en)
    #expect(card.ladder.rung < 5)
  }
}

// MARK: - Actors beyond the sentence

extension DocumentZonesTests {
  /// A sentence that names no one is about the actor of the sentence before
  /// it in the same paragraph, and the evidence says so.
  @Test func actorFromThePreviousSentence() throws {
    let card = Self.score([
      (.heading, 1, "Participatie"),
      (
        .paragraph, nil,
        "Omwonenden hebben in maart drie avonden over het ontwerp gesproken. "
          + "Daarna hebben zij het ontwerp gezamenlijk opgesteld."
      ),
    ])
    let proof = try #require(card.ladder.evidence)
    #expect(card.ladder.rung == 4)
    #expect(proof.quote.hasPrefix("Daarna"))
    #expect(proof.context.actorFrom == .previousSentence)
    #expect(proof.context.actor == .residents)
  }

  /// List items take the actor of the sentence that introduces the list.
  @Test func actorFromTheLeadIn() throws {
    let card = Self.score([
      (.heading, 1, "Participatie"),
      (.paragraph, nil, "De bewoners van de buurt hebben:"),
      (.listItem, nil, "het ontwerp gezamenlijk opgesteld;"),
    ])
    let proof = try #require(card.ladder.evidence)
    #expect(card.ladder.rung == 4)
    #expect(proof.context.actorFrom == .leadIn)
  }

  /// Without residents before it, the same sentence proves nothing.
  @Test func noActorNoRung() {
    let card = Self.score([
      (.heading, 1, "Werkwijze"),
      (.paragraph, nil, "Daarna is het ontwerp gezamenlijk opgesteld."),
    ])
    #expect(card.ladder.rung < 4)
  }
}

// MARK: - The deciding quote first

extension DocumentZonesTests {
  /// Of two sentences that prove the same level, the one in the section where
  /// participation is reported comes first, whatever the document order.
  @Test func participationSectionQuoteComesFirst() throws {
    let intro = "In het gebied hebben bewoners op verschillende manieren kunnen reageren."
    let card = Self.score([
      (.heading, 1, "Inleiding"),
      (.paragraph, nil, intro),
      (.heading, 1, "Inspraak"),
      (.paragraph, nil, Self.consultation),
    ])
    #expect(card.ladder.rung == 2)
    #expect(card.ladder.evidence?.quote == Self.consultation)
    let invloed = try #require(card.criterion("invloed"))
    #expect(invloed.evidence.first?.quote == Self.consultation)
  }
}

// MARK: - Titles, questions, other parties, budgets

extension DocumentZonesTests {
  /// The title line at the top of a document and a short question standing
  /// as a heading are never quoted.
  @Test func titleAndQuestionAreHeadings() {
    let title = "Verordening inspraak en participatie van bewoners 2024"
    let question = "Wilt u meepraten over de inspraak?"
    let card = Self.score([
      (.paragraph, nil, title),
      (.paragraph, nil, question),
      (.paragraph, nil, Self.consultation),
    ])
    let quotes = Self.quotes(card)
    #expect(!quotes.contains(title))
    #expect(!quotes.contains(question))
    #expect(quotes.contains(Self.consultation))
  }

  /// A survey among another party (buyers) is not consultation of residents,
  /// even when residents are named later in the sentence.
  @Test func surveyAmongBuyersIsNotConsultation() {
    let survey =
      "Uit een enquête onder de kopers van de woningen blijkt dat de meeste bewoners één auto hebben."
    let card = Self.score([(.heading, 1, "Parkeren"), (.paragraph, nil, survey)])
    #expect(!Self.quotes(card).contains(survey))
    #expect(card.ladder.rung == 0)
  }

  /// A heading that names another authority opens a section about it: a
  /// letter of the province in an appendix is no consultation of residents.
  @Test func headingNamingAnAuthority() {
    let letter =
      "Wij hebben geen opmerkingen over het voorontwerp en wensen u succes met de inspraak."
    let card = Self.score([
      (.heading, 1, "Bijlage 3 Reactie provincie Utrecht"), (.paragraph, nil, letter),
    ])
    #expect(!Self.quotes(card).contains(letter))
  }

  /// Residents who hold a budget for their own activities manage it
  /// themselves, rung 6 (the codebook's "budget holder carrying out their
  /// own plans"); residents who decide how a budget is spent co-decide, rung
  /// 5; a budget the municipality's team decides on is neither.
  @Test func budgetHeldByResidents() {
    let held = Self.score([
      (.heading, 1, "Buurtbudget"),
      (.paragraph, nil, "Bewoners besteden het buurtbudget aan hun eigen activiteiten."),
    ])
    #expect(held.ladder.rung == 6)
    #expect(held.criterion("invloed")?.level == 2)
    let allocated = Self.score([
      (.heading, 1, "Buurtbudget"),
      (.paragraph, nil, "Bewoners bepalen waaraan het buurtbudget wordt besteed."),
    ])
    #expect(allocated.ladder.rung == 5)
    let decidedByOthers = Self.score([
      (.heading, 1, "Buurtbudget"),
      (.paragraph, nil, "Voor kleine initiatieven is een buurtbudget beschikbaar."),
      (.paragraph, nil, "Het wijkteam van de gemeente beslist over de toekenning."),
    ])
    #expect(decidedByOthers.ladder.rung < 5)
  }

  /// Of the groups of an `any` rule, the first listed proves the level
  /// best: a statement of the residents' role leads over a meeting report.
  @Test func roleStatementLeadsKaders() throws {
    let meeting = "Op 3 maart is een inloopavond gehouden in het buurthuis."
    let role = "Een ieder kan een zienswijze indienen op het ontwerp."
    let card = Self.score([
      (.heading, 1, "Inspraak"), (.paragraph, nil, meeting), (.paragraph, nil, role),
    ])
    let kaders = try #require(card.criterion("kaders"))
    #expect(kaders.level == 1)
    #expect(kaders.evidence.first?.quote == role)
  }

  /// A report that views came in says less about the residents' role than a
  /// sentence saying the plan lay open for them: consultation alone still
  /// gives level 1, but the sentence that names the opportunity decides.
  /// Lying open alone, without a word on reacting, is procedure, not a role.
  @Test func openForCommentLeadsOverAReport() throws {
    let report = "Er zijn drie zienswijzen ingediend."
    let open = "Het ontwerp heeft van 1 tot en met 14 maart ter inzage gelegen voor zienswijzen."
    let reportOnly = Self.score([(.heading, 1, "Zienswijzen"), (.paragraph, nil, report)])
    #expect(reportOnly.criterion("kaders")?.level == 1)
    #expect(reportOnly.criterion("kaders")?.evidence.first?.quote == report)
    let card = Self.score([
      (.heading, 1, "Zienswijzen"), (.paragraph, nil, report + " " + open),
    ])
    let kaders = try #require(card.criterion("kaders"))
    #expect(kaders.level == 1)
    #expect(kaders.evidence.first?.quote == open)
    let procedureOnly = Self.score([
      (.heading, 1, "Procedure"),
      (.paragraph, nil, "Het ontwerp heeft van 1 tot en met 14 maart ter inzage gelegen."),
    ])
    #expect(procedureOnly.criterion("kaders")?.level == 0)
  }

  /// A resident's idea is consultation when it is about what is planned; an
  /// invitation to bring an idea for a budget is an initiative, and "het idee
  /// dat" an opinion.
  @Test(arguments: [
    (
      "Buurtbudget", "Heeft u als bewoner een goed idee voor uw buurt? Vraag dan een bijdrage aan.",
      0
    ),
    ("Zienswijzen", "De bewoners hebben het idee dat er te weinig groen is.", 0),
    ("Participatie", "Elke bewoner kon zijn idee voor de inrichting van het plein geven.", 1),
  ])
  func ideaIsConsultationOnlyAboutThePlan(heading: String, text: String, vroeg: Int) {
    let card = Self.score([(.heading, 1, heading), (.paragraph, nil, text)])
    #expect(card.criterion("vroeg")?.level == vroeg)
  }

  /// Snowball gives some everyday words the stem of an indicator
  /// ("gelegen" and "gelegenheid", "mogelijk" and "mogelijkheid", "met
  /// betrekking tot" and "betrekken", "reeds" and "reden", "middels" and
  /// "middelen", "gelden" and "geld", "bepalingen" and "bepalen", "zelfs" and
  /// "zelf", "met name" and "namen", "overeenkomstig" and "overeenkomst",
  /// "raadpleegbaar" and "raadplegen", "peil" and "peilen", "uitnodigend" and
  /// "uitnodiging"); those words prove nothing, even beside residents.
  @Test func wordsThatOnlyShareAStemProveNothing() {
    let card = Self.score([
      (.heading, 1, "Ligging"),
      (.paragraph, nil, "De woningen van de bewoners zijn gelegen aan de Dorpsstraat."),
      (.paragraph, nil, "Met betrekking tot de omwonenden is het zoveel als mogelijk beperkt."),
      (.paragraph, nil, "Voor de bewoners gelden reeds de bepalingen van het oude plan."),
      (.paragraph, nil, "Het plan is middels internet voor iedereen raadpleegbaar."),
      (
        .paragraph, nil,
        "De voorzieningen voor bewoners blijven op peil, zelfs met name in de kern."
      ),
      (
        .paragraph, nil,
        "De inwoners krijgen een uitnodigende openbare ruimte, overeenkomstig het beleid."
      ),
    ])
    #expect(card.ladder.rung == 0)
    for criterion in card.criteria {
      #expect(criterion.level == 0, "\(criterion.id): \(criterion.evidence.map(\.quote))")
    }
  }

  /// The same in English: "representation" of groups is no representation
  /// made on a plan, and "responsible" no response.
  @Test func englishWordsThatOnlyShareAStemProveNothing() {
    let card = Self.score(
      [
        (.heading, 1, "Steering committee"),
        (
          .paragraph, nil,
          "Members were selected to ensure representation of residents of every ward."
        ),
        (.paragraph, nil, "The council is responsible for the safety of residents."),
      ], language: .en)
    #expect(card.ladder.rung == 0)
    for criterion in card.criteria {
      #expect(criterion.level == 0, "\(criterion.id): \(criterion.evidence.map(\.quote))")
    }
  }

  /// Naming a participation plan states a role (level 1), not the rules set
  /// out beforehand (level 2: who, about what, when, what is fixed).
  @Test func participationPlanIsNoStatementOfTheRules() throws {
    let plan = Self.score([
      (.heading, 1, "Participatie"),
      (.paragraph, nil, "De initiatiefnemer heeft in 2021 een participatieplan opgesteld."),
      (.paragraph, nil, "De omwonenden zijn per brief uitgenodigd voor een avond."),
    ])
    #expect(plan.criterion("kaders")?.level == 1)
  }
}

// MARK: - Lists of the ladder's forms

extension DocumentZonesTests {
  /// A sentence that lists the ladder's forms, as a regulation defines
  /// participation, proves none of them; what the plan itself does still
  /// counts.
  @Test func listOfLadderFormsProvesNoRung() throws {
    let definition =
      "Participatie kan de vorm hebben van informeren, raadplegen, adviseren, "
      + "coproduceren of meebeslissen."
    let alone = Self.score([(.heading, 1, "Begripsbepalingen"), (.paragraph, nil, definition)])
    #expect(alone.ladder.rung == 0)
    #expect(!Self.quotes(alone).contains(definition))

    let withConsultation = Self.score([
      (.heading, 1, "Participatie"),
      (.paragraph, nil, definition),
      (.paragraph, nil, Self.consultation),
    ])
    #expect(withConsultation.ladder.rung == 2)
    #expect(try #require(withConsultation.ladder.evidence).quote != definition)
  }

  /// Fewer forms named together are an account of what residents got, and
  /// its highest form counts.
  @Test func threeFormsAreAnAccount() {
    let card = Self.score(
      [
        (.heading, 1, "Consultation"),
        (
          .paragraph, nil,
          "Residents were informed, consulted, and then co-deciding: they voted on the final design."
        ),
      ], language: .en)
    #expect(card.ladder.rung == 5)
  }
}

// MARK: - The deciding quote

extension DocumentZonesTests {
  /// A lead-in ends in a colon after spaces, tabs and other space
  /// separators, exactly as trimming `CharacterSet.whitespaces` finds it.
  @Test(arguments: [
    "De bewoners:", "De bewoners: ", "De bewoners:\t", "De bewoners:\u{00A0}",
    "De bewoners:\u{3000} \u{2009}", "De bewoners", "De bewoners: nee", ":", " ", "",
    "De bewoners:\u{0301}", "De bewoners:\n", "Zie hieronder :\u{FE0F}", "Twee punten::",
  ])
  func leadInEndsInAColon(_ text: String) {
    let trimmed = text.trimmingCharacters(in: .whitespaces).hasSuffix(":")
    #expect(ScannedSentence.endsInColon(text) == trimmed)
  }

  /// A sentence that only introduces what follows (it ends in a colon) is
  /// not the deciding quote while a sentence with the content can be shown.
  @Test func leadInIsNotTheDecidingQuote() throws {
    let leadIn = "Omwonenden konden op twee manieren een inspraakreactie geven:"
    let card = Self.score([
      (.heading, 1, "Participatie"),
      (.paragraph, nil, leadIn),
      (.listItem, nil, "Omwonenden konden tijdens de inloopavond een inspraakreactie geven."),
      (.listItem, nil, "Omwonenden konden ook per e-mail een inspraakreactie indienen."),
    ])
    let proof = try #require(card.ladder.evidence)
    #expect(card.ladder.rung == 2)
    #expect(proof.quote != leadIn)
    #expect(card.criterion("vroeg")?.evidence.first?.quote != leadIn)
    #expect(card.criterion("vroeg")?.evidence.contains { $0.quote == leadIn } == true)
  }
}
