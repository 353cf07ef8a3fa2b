import Testing

@testable import PlanReading

@Suite struct PDFRunningTextTests {}

extension PDFRunningTextTests {
  /// A bare page number, with or without a word around it.
  @Test(arguments: ["12", "- 12 -", "– 3 –", "Pagina 3", "Pagina 3 van 10", "p. 4", "Page 2 of 9"])
  func pageNumbers(_ text: String) {
    #expect(PDFRunningText.isPageNumber(text))
  }

  /// Lines that only hold a number among words are not page numbers.
  @Test(arguments: ["In 2025", "Artikel 3", "40.000 euro"])
  func notPageNumbers(_ text: String) {
    #expect(!PDFRunningText.isPageNumber(text))
  }
}
