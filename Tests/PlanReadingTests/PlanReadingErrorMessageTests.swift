import Foundation
import PlanReading
import Testing

/// The Dutch and English texts of every reading error, from the catalogue.
@Suite struct PlanReadingErrorMessageTests {
  /// One error of every case.
  static let errors: [PlanReadingError] = [
    .fileNotFound(path: "plan.md"),
    .unreadable(path: "plan.md", reason: "permission denied"),
    .emptyFile(path: "plan.md"),
    .tooLarge(path: "plan.md", bytes: 20, limit: 10),
    .undecodable(path: "plan.md", reason: "a PNG image"),
    .malformedXML(path: "plan.xml", line: 3, column: 7, message: "tag mismatch"),
    .xmlEncoding(path: "plan.xml", line: 2, column: 10, encoding: "EUC-JP"),
    .unsafeXML(path: "plan.xml", line: 2, column: 1, message: "external entity"),
    .legacyFormat(path: "plan.doc", format: "an RTF document (.rtf)"),
    .corruptArchive(path: "plan.docx", reason: "no table of contents"),
    .unsupportedArchive(path: "plan.zip", reason: "it is a ZIP of photos"),
    .archiveBomb(path: "plan.docx", part: "word/document.xml", reason: "too large"),
    .pdfWithoutText(path: "plan.pdf"),
    .encryptedPDF(path: "plan.pdf"),
    .damagedPDF(path: "plan.pdf", reason: "no trailer"),
    .pdfTooLong(path: "plan.pdf", pages: 900, limit: 500),
    .pdfTooSlow(path: "plan.pdf", page: 12, seconds: 30.5),
  ]

  /// Every case has a catalogue entry, and both texts fill every placeholder
  /// and name the file.
  @Test(arguments: errors) func bothLanguagesFilled(_ error: PlanReadingError) {
    #expect(MessageCatalogue.contains(error.message.code), "no entry for \(error)")
    for language in [PlanLanguage.nl, .en] {
      let text = error.message(in: language)
      #expect(text.hasPrefix(error.path), "\(language) text does not start with the path")
      #expect(
        MessageCatalogueTests.placeholders(text).isEmpty, "\(language) text left a placeholder")
    }
    #expect(error.message(in: .nl) != error.message(in: .en))
  }

  /// English is the error's description; Dutch says the same in plain words.
  @Test func englishIsTheDescriptionDutchIsPlain() {
    let error = PlanReadingError.fileNotFound(path: "plan.md")
    #expect(error.message(in: .en) == error.localizedDescription)
    #expect(
      error.message(in: .nl)
        == "plan.md: bestand niet gevonden. Controleer het pad en de spelling van de bestandsnaam.")
    let slow = PlanReadingError.pdfTooSlow(path: "p.pdf", page: 4, seconds: 30.9)
    #expect(slow.message(in: .en).contains("more than 30 seconds (stopped at page 4)"))
    #expect(slow.message(in: .nl).contains("langer dan 30 seconden (gestopt bij pagina 4)"))
  }
}
