/// Finds running headers, running footers and bare page numbers: lines at the
/// top or bottom of a page that repeat (digits aside) on other pages, or that
/// hold nothing but a page number (`12`, `- 12 -`, `Pagina 3 van 10`, `p. 4`).
enum PDFRunningText {
  /// How many lines at the top and at the bottom of a page are looked at.
  static let linesPerEdge = 2
  /// The share of the page height, from the top and from the bottom, where
  /// running text stands.
  static let edgeShare = 0.15

  /// The (page, line number) pairs of running text in a document's pages.
  static func find(in pages: [[PDFPlacedLine]]) -> Set<Place> {
    var candidates: [(Place, String, Bool)] = []
    for lines in pages {
      for line in edgeLines(lines) {
        candidates.append(
          (Place(page: line.page, line: line.number), key(line.line), isPageNumber(line.line.text)))
      }
    }
    var pagesPerKey: [String: Set<Int>] = [:]
    for (place, key, _) in candidates { pagesPerKey[key, default: []].insert(place.page) }
    return Set(
      candidates.filter { place, key, pageNumber in
        pageNumber || (pagesPerKey[key]?.count ?? 0) >= 2
      }.map(\.0))
  }

  /// A line on a page.
  struct Place: Hashable {
    var page: Int
    var line: Int
  }

  /// The first and last lines of a page, by position, within the edge bands.
  private static func edgeLines(_ lines: [PDFPlacedLine]) -> [PDFPlacedLine] {
    guard let height = lines.first?.pageHeight, height > 0 else { return [] }
    let byTop = lines.sorted { $0.line.y1 < $1.line.y1 }
    let top = byTop.prefix(linesPerEdge).filter { $0.line.y2 <= height * edgeShare }
    let bottom = byTop.suffix(linesPerEdge).filter { $0.line.y1 >= height * (1 - edgeShare) }
    var seen = Set<Int>()
    return (top + bottom).filter { seen.insert($0.number).inserted }
  }

  /// The text with digits folded and the type size, so `Pagina 3` and
  /// `Pagina 4` in the same type match, and a big title does not match a
  /// small running header with the same words.
  private static func key(_ line: PDFLine) -> String {
    let folded = line.text.lowercased().map { $0.isNumber ? "#" : $0 }
    return String(folded).split(separator: " ").joined(separator: " ")
      + "|\((line.size * 2).rounded() / 2)"
  }

  /// Whether the text is only a page number, with an optional word around it.
  static func isPageNumber(_ text: String) -> Bool {
    let words = text.lowercased()
      .split { !$0.isLetter && !$0.isNumber && $0 != "." }
      .map { $0.hasSuffix(".") ? $0.dropLast() : $0 }
      .filter { !$0.isEmpty }
    let labels: Set<Substring> = ["pagina", "page", "blz", "p", "pag", "van", "of", "blad"]
    guard words.contains(where: { $0.allSatisfy(\.isNumber) }) else { return false }
    return words.allSatisfy { word in
      (word.allSatisfy(\.isNumber) && word.count <= 4) || labels.contains(word)
    }
  }
}
