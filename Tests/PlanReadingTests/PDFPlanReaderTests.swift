import Testing

@testable import PlanReading

@Suite struct PDFPlanReaderTests {}

extension PDFPlanReaderTests {
  /// Ligatures come out as their letters and typographic hyphens as `-`.
  @Test func ligaturesAndHyphens() {
    #expect(PDFLineCollector.plain("\u{FB01}") == ["f", "i"])
    #expect(PDFLineCollector.plain("\u{FB03}") == ["f", "f", "i"])
    #expect(PDFLineCollector.plain("\u{2010}") == ["-"])
    #expect(PDFLineCollector.plain("a") == ["a"])
  }

  /// A title that is only a file name is not the plan's title.
  @Test(
    arguments: [
      ("Microsoft Word - wijkplan.docx", nil),
      ("wijkplan-definitief.pdf", nil),
      ("Wijkplan Meezenbroek", "Wijkplan Meezenbroek"),
    ] as [(String, String?)])
  func infoTitles(_ title: String, _ expected: String?) {
    #expect(PDFPlanReader.plainTitle(title) == expected)
  }
}
