/// Lines that conversion from PDF or HTML leaves behind and that are not plan
/// text: page numbers (`12`, `- 12 -`, `Pagina 3 van 40`, `3/40`) and an XML
/// declaration that lost its angle brackets at the top of the file
/// (`xml version="1.0" encoding="UTF-8"?`).
enum ConversionArtefact {
  /// Words that may stand before a page number.
  private static let pageWords: Set<Substring> = [
    "pagina", "page", "blz", "blz.", "pag", "pag.", "p.", "bladzijde",
  ]
  /// Words that may stand between a page number and the page count.
  private static let countWords: Set<Substring> = ["van", "of", "/"]

  /// Whether a cleaned, trimmed line is conversion debris.
  /// - Parameters:
  ///   - text: The line.
  ///   - isFirstContent: Whether no line with content came before it.
  static func isArtefact(_ text: Substring, isFirstContent: Bool) -> Bool {
    if isFirstContent, text.hasPrefix("xml version") { return true }
    return isPageNumber(text)
  }

  /// Whether a line is nothing but a page number, with or without dashes,
  /// a word such as `Pagina` before it and the page count after it.
  static func isPageNumber(_ text: Substring) -> Bool {
    guard text.utf8.count <= 24, text.utf8.contains(where: { (0x30...0x39).contains($0) })
    else { return false }
    var words = text.lowercased().split { $0 == " " || $0 == "-" || $0 == "–" || $0 == "—" }[...]
    if let word = words.first, pageWords.contains(word) { words = words.dropFirst() }
    let parts = words.flatMap { word -> [Substring] in
      word.contains("/") && word.count > 1
        ? word.split(separator: "/", omittingEmptySubsequences: false) : [word]
    }
    switch parts.count {
    case 1:
      return isPageDigits(parts[0])
    case 2:
      return isPageDigits(parts[0]) && isPageDigits(parts[1])
    case 3:
      return isPageDigits(parts[0]) && countWords.contains(parts[1]) && isPageDigits(parts[2])
    default:
      return false
    }
  }

  /// Whether a word is a page number: one to three ASCII digits.
  private static func isPageDigits(_ word: Substring) -> Bool {
    (1...3).contains(word.count) && word.allSatisfy { $0.isASCII && $0.isNumber }
  }
}
