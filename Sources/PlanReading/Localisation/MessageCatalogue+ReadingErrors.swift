extension MessageCatalogue {
  // MARK: - Why a plan could not be read

  /// The texts of ``PlanReadingError``, by `error.reading.` + case: which
  /// file (and where), what is wrong, what to do.
  static let readingErrors: [String: Entry] = [
    "error.reading.file_not_found": Entry(
      nl: "{path}: bestand niet gevonden. Controleer het pad en de spelling van de bestandsnaam.",
      en: "{path}: file not found. Check the path and the spelling of the file name."),
    "error.reading.unreadable": Entry(
      nl: "{path}: kan niet gelezen worden ({reason}). "
        + "Controleer of het een bestand is en of je het mag lezen.",
      en: "{path}: cannot be read ({reason}). Check that it is a file and that you may read it."),
    "error.reading.empty_file": Entry(
      nl: "{path}: het bestand is leeg. Exporteer het plan opnieuw, "
        + "of controleer of je het goede bestand hebt gekozen.",
      en: "{path}: the file is empty. Export the plan again, "
        + "or check that the right file was given."),
    "error.reading.too_large": Entry(
      nl: "{path}: het bestand is {bytes} bytes. Dat is meer dan de grens van {limit} bytes. "
        + "Maak de grens hoger als dit echt één plan is.",
      en: "{path}: the file is {bytes} bytes, more than the limit of {limit} bytes. "
        + "Raise the size limit if this really is one plan."),
    "error.reading.undecodable": Entry(
      nl: "{path}: dit is geen tekst- of XML-bestand ({reason}). "
        + "Zet het plan eerst om naar gewone tekst (UTF-8), XML, PDF, Word (.docx), "
        + "OpenDocument (.odt) of HTML.",
      en: "{path}: not a text or XML file ({reason}). "
        + "Convert the plan to plain text (UTF-8), XML, PDF, Word (.docx), OpenDocument (.odt) "
        + "or HTML first."),
    "error.reading.malformed_xml": Entry(
      nl: "{path}:{line}:{column}: fout in de XML: {message}. Herstel de XML op die plek "
        + "(meestal is een tag niet afgesloten of verkeerd geschreven).",
      en: "{path}:{line}:{column}: malformed XML: {message}. "
        + "Fix the XML at that position (an unclosed or misspelled tag is the usual cause)."),
    "error.reading.xml_encoding": Entry(
      nl: "{path}:{line}:{column}: de tekens hier passen niet bij de codering die het bestand "
        + "opgeeft ({encoding}). Sla het bestand op als UTF-8, of verbeter de opgave "
        + "encoding=\"…\" bovenaan.",
      en: "{path}:{line}:{column}: the bytes here are not valid in the encoding the file declares "
        + "({encoding}). Save the file as UTF-8, or correct the encoding=\"…\" declaration at "
        + "the top."),
    "error.reading.unsafe_xml": Entry(
      nl: "{path}:{line}:{column}: niet gelezen, om veiligheidsredenen: {message}. "
        + "Haal de entiteiten (<!ENTITY …>) uit het document en lees het opnieuw.",
      en: "{path}:{line}:{column}: refused for safety: {message}. "
        + "Remove the entity declarations (<!ENTITY …>) from the document and read it again."),
    "error.reading.legacy_format": Entry(
      nl: "{path}: dit soort bestand wordt niet gelezen ({format}). Sla het op als .docx "
        + "(of .odt) in Word of LibreOffice (\"Opslaan als\") en lees dan het nieuwe bestand. "
        + "Heeft het bestand een wachtwoord? Sla het dan eerst op zonder wachtwoord.",
      en: "{path}: the file is {format}, which is not read. Save it as .docx (or .odt) "
        + "in Word or LibreOffice (\"Save as\"), then read the new file. A file "
        + "protected with a password must be saved without one first."),
    "error.reading.corrupt_archive": Entry(
      nl: "{path}: het ZIP-bestand is beschadigd: {reason}. Open het in Word of LibreOffice "
        + "en sla het opnieuw op, of download het plan opnieuw.",
      en: "{path}: damaged ZIP archive: {reason}. Open it in Word or LibreOffice and save "
        + "it again, or download the plan again."),
    "error.reading.unsupported_archive": Entry(
      nl: "{path}: dit is geen tekstbestand van Word of OpenDocument ({reason}). "
        + "Geef een .docx- of .odt-document, of exporteer het plan naar .docx, .odt, HTML "
        + "of gewone tekst.",
      en: "{path}: not a Word or OpenDocument text file ({reason}). Give a .docx or .odt "
        + "text document, or export the plan to .docx, .odt, HTML or plain text."),
    "error.reading.archive_bomb": Entry(
      nl: "{path}: niet gelezen, om veiligheidsredenen: {reason} (deel {part}). "
        + "Zo werkt een ZIP-bom. Is dit echt een plan? Open het dan in Word of LibreOffice "
        + "en sla het opnieuw op.",
      en: "{path}: refused for safety: {reason} (part {part}), as a ZIP bomb would. "
        + "If this really is a plan, open it in Word or LibreOffice and save it again."),
    "error.reading.pdf_without_text": Entry(
      nl: "{path}: deze PDF heeft geen tekst. Het is waarschijnlijk een scan. "
        + "Laat er eerst tekstherkenning (OCR) op los (bijvoorbeeld `ocrmypdf plan.pdf out.pdf`) "
        + "en lees het resultaat.",
      en: "{path}: this PDF has no text; it is probably a scan. "
        + "Run OCR first (for example `ocrmypdf plan.pdf out.pdf`) and read the result."),
    "error.reading.encrypted_pdf": Entry(
      nl: "{path}: deze PDF is beveiligd met een wachtwoord. "
        + "Vraag de gemeente om een kopie zonder wachtwoord, of haal het wachtwoord er eerst af.",
      en: "{path}: this PDF is protected with a password. "
        + "Ask the municipality for an unprotected copy, or remove the password first."),
    "error.reading.damaged_pdf": Entry(
      nl: "{path}: deze PDF is beschadigd of niet compleet ({reason}). "
        + "Download of exporteer het plan opnieuw.",
      en: "{path}: this PDF is damaged or incomplete ({reason}). "
        + "Download or export the plan again."),
    "error.reading.pdf_too_long": Entry(
      nl: "{path}: deze PDF heeft {pages} pagina's. Dat is meer dan de grens van {limit}. "
        + "Splits de PDF in de delen die het plan zijn, of maak de grens hoger als dit echt "
        + "één plan is.",
      en: "{path}: this PDF has {pages} pages, more than the limit of {limit}. "
        + "Split it into the parts that are the plan, or raise the page limit if this really "
        + "is one plan."),
    "error.reading.pdf_too_slow": Entry(
      nl: "{path}: het lezen van deze PDF duurde langer dan {seconds} seconden "
        + "(gestopt bij pagina {page}). Controleer of het bestand het plan is. Zet het om naar "
        + "tekst met een ander programma, of maak de tijdgrens hoger.",
      en: "{path}: reading this PDF took more than {seconds} seconds "
        + "(stopped at page {page}). Check that the file is the plan; convert it to text "
        + "with another tool, or raise the time limit."),
  ]
}
