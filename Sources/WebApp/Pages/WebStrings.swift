import PlanReading

/// Every text of the web pages, in plain Dutch (B1) or English.
struct WebStrings: Sendable {
  /// The language of the texts.
  let language: PlanLanguage

  private func t(_ nl: String, _ en: String) -> String { language == .en ? en : nl }

  // MARK: - Frame

  var siteName: String { t("Participatie-scorekaart", "Participation scorecard") }
  var skipToContent: String { t("Naar de inhoud", "Skip to content") }
  var otherLanguage: String { t("English", "Nederlands") }
  var otherLanguageCode: String { language == .en ? "nl" : "en" }
  var resultsLink: String { t("Uitslagen van alle plannen", "Results of all plans") }
  var homeLink: String { t("Een plan scoren", "Score a plan") }
  var footer: String {
    t(
      "Deze pagina bewaart niets van wat u stuurt, tenzij de beheerder dat heeft aangezet.",
      "This page keeps nothing you send, unless the administrator has switched that on.")
  }

  // MARK: - Home

  var homeTitle: String {
    t("Hoeveel inspraak krijgen bewoners?", "How much say do residents get?")
  }
  var homeIntro: String {
    t(
      "Stuur een plan van uw gemeente. U krijgt een rapportcijfer en per onderdeel wat er in het plan staat over inspraak, met citaten als bewijs. Daarna kunt u het plan ook zelf beoordelen.",
      "Send a plan of your municipality. You get a grade and, per part, what the plan says about residents' say, with quotes as proof. Then you can judge the plan yourself too."
    )
  }
  var planFileLabel: String { t("Kies het bestand van het plan", "Choose the plan's file") }
  var planFileHint: String {
    t(
      "Tekst, Markdown of XML (zoals op ruimtelijkeplannen.nl). Hoogstens %@.",
      "Text, Markdown or XML (as on ruimtelijkeplannen.nl). At most %@.")
  }
  var pasteLabel: String {
    t("Of plak hier de tekst van het plan", "Or paste the plan's text here")
  }
  var rubricLabel: String { t("Meetlat", "Rubric") }
  var rubricHint: String {
    t("De vragen waarmee het plan wordt gescoord.", "The questions the plan is scored with.")
  }
  var rubricFileLabel: String {
    t("Of kies een eigen meetlat (JSON-bestand)", "Or choose your own rubric (JSON file)")
  }
  var scoreButton: String { t("Scoor dit plan", "Score this plan") }

  // MARK: - Card

  var downloadTitle: String { t("Kaart downloaden", "Download the card") }
  var assessTitle: String { t("Zelf beoordelen", "Judge it yourself") }
  var assessIntro: String {
    t(
      "Loop de vragen zelf langs. U ziet bij elke vraag wat de computer vond. Uw eigen cijfer telt mee op de kaart.",
      "Go through the questions yourself. With each question you see what the computer found. Your own level counts on the card."
    )
  }
  var assessorLabel: String { t("Uw naam of initialen", "Your name or initials") }
  var startAssessButton: String { t("Begin met beoordelen", "Start judging") }
  var addAssessmentsTitle: String { t("Eerdere beoordelingen erbij", "Add earlier assessments") }
  var addAssessmentsLabel: String {
    t(
      "Kies een of meer beoordelingen (JSON-bestanden)",
      "Choose one or more assessments (JSON files)")
  }
  var addAssessmentsButton: String { t("Toon op de kaart", "Show on the card") }
  var scoreAnother: String { t("Een ander plan scoren", "Score another plan") }

  // MARK: - Assessment

  func question(_ number: Int, of total: Int) -> String {
    t("Vraag \(number) van \(total)", "Question \(number) of \(total)")
  }
  var engineFound: String { t("Wat de computer vond", "What the computer found") }
  var engineLevel: String { t("Niveau van de computer", "The computer's level") }
  var yourLevel: String { t("Uw niveau", "Your level") }
  var notApplicable: String { t("Geldt niet voor dit plan", "Does not apply to this plan") }
  var remarkLabel: String {
    t("Uw opmerking (mag leeg blijven)", "Your remark (may stay empty)")
  }
  var noQuotes: String { t("De computer vond geen citaten.", "The computer found no quotes.") }
  var backButton: String { t("Vorige vraag", "Previous question") }
  var nextButton: String { t("Volgende vraag", "Next question") }
  var finishButton: String { t("Klaar: toon de kaart", "Done: show the card") }
  var doneTitle: String { t("Uw beoordeling", "Your assessment") }
  var doneIntro: String {
    t(
      "Dit is de kaart met uw niveaus. Download uw beoordeling om te bewaren of te delen.",
      "This is the card with your levels. Download your assessment to keep or share it.")
  }
  var downloadAssessment: String { t("Download beoordeling (JSON)", "Download assessment (JSON)") }
  var keptOnServer: String {
    t("Uw beoordeling is ook op de server bewaard.", "Your assessment was also kept on the server.")
  }
  var changeAnswers: String { t("Antwoorden aanpassen", "Change answers") }

  // MARK: - Results

  var resultsTitle: String { t("Uitslagen", "Results") }
  var resultsIntro: String {
    t(
      "De ranglijst en de kaart van alle plannen. Klik op een plan voor de hele kaart.",
      "The ranking and the card of all plans. Click a plan for its whole card.")
  }
  var openRanking: String {
    t("Ranglijst en kaart per gemeente", "Ranking and card per municipality")
  }
  var openComparison: String {
    t("Vergelijking met de vorige uitslag", "Comparison with the previous results")
  }
  var downloads: String { t("Downloads", "Downloads") }

  // MARK: - Errors

  var errorTitle: String { t("Dat ging niet goed", "That did not work") }
  var tryAgain: String { t("Terug naar het begin", "Back to the start") }

  /// What went wrong and what to do, for a reader without technical words.
  func explain(_ error: WebError, maxBytes: Int) -> String {
    switch error {
    case .tooLarge(let limit):
      return t(
        "Het bestand is te groot. Het mag hoogstens \(Self.size(limit)) zijn. Stuur een kleiner bestand, of alleen het deel over inspraak.",
        "The file is too large. It may be at most \(Self.size(limit)). Send a smaller file, or only the part about participation."
      )
    case .badForm(let detail):
      return t(
        "Het formulier kwam niet goed aan (\(detail)). Probeer het opnieuw.",
        "The form did not arrive properly (\(detail)). Please try again.")
    case .noPlan:
      return t(
        "Er was geen plan. Kies een bestand of plak de tekst van het plan.",
        "There was no plan. Choose a file or paste the plan's text.")
    case .unreadablePlan(let detail):
      // The reader's message is a sentence of its own, with its full stop.
      let reason = detail.hasSuffix(".") ? String(detail.dropLast()) : detail
      return t(
        "Het plan kon niet worden gelezen: \(reason). Stuur het plan als tekst, Markdown, XML, "
          + "PDF, Word (.docx), OpenDocument (.odt) of webpagina (HTML).",
        "The plan could not be read: \(reason). Send the plan as text, Markdown, XML, PDF, "
          + "Word (.docx), OpenDocument (.odt) or web page (HTML).")
    case .badRubric(let detail):
      return t(
        "De meetlat kon niet worden gebruikt: \(detail)", "The rubric could not be used: \(detail)")
    case .badAssessment(let detail):
      return t(
        "De beoordeling kon niet worden gebruikt: \(detail)",
        "The assessment could not be used: \(detail)")
    case .notFound:
      return t("Deze pagina bestaat niet.", "This page does not exist.")
    case .busy:
      return t(
        "Het is nu erg druk. Wacht een minuut en probeer het opnieuw.",
        "It is very busy right now. Wait a minute and try again.")
    case .timedOut:
      return t(
        "Het versturen duurde te lang. Probeer het opnieuw, of stuur een kleiner bestand.",
        "Sending took too long. Try again, or send a smaller file.")
    }
  }

  /// A byte count as whole megabytes or kilobytes.
  static func size(_ bytes: Int) -> String {
    bytes >= 1_000_000 ? "\(bytes / 1_000_000) MB" : "\(max(1, bytes / 1000)) kB"
  }
}
