import Testing

@testable import PlanReading

/// ``PlanDocument/hasNoProse`` looks for one prose block; it answers as
/// `proseBlocks.isEmpty` (which copies every prose block) did.
@Suite struct PlanDocumentTests {
  @Test(arguments: [
    "<plan><titel>Leeg</titel></plan>",
    "<plan><sectie><kop>Alleen koppen</kop><kop>Nog een</kop></sectie></plan>",
    "<plan><sectie><kop>Kop</kop><alinea>Bewoners denken mee.</alinea></sectie></plan>",
    "<plan><lijst><item>Een punt</item></lijst></plan>",
    "<plan><tabel><rij><cel>Een cel</cel></rij></tabel><kop>Kop na</kop></plan>",
  ])
  func hasNoProseAnswersAsTheCopyDid(xml: String) throws {
    let document = try XMLTestSupport.read(xml)
    #expect(document.hasNoProse == document.proseBlocks.isEmpty)
  }
}
