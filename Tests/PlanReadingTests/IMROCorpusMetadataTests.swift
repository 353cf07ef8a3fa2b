import Foundation
import TestSupport
import Testing

@testable import PlanReading

/// The metadata of the corpus's IMRO toelichtingen: every plan gets its plan
/// id, its municipality and a title that is no generic section heading.
@Suite(.enabled(if: Fixtures.corpus != nil, "../shared/corpus is absent: corpus tests skipped"))
struct IMROCorpusMetadataTests {}

extension IMROCorpusMetadataTests {
  /// Each file's id is the one its name holds (or the header's), and most
  /// plans get a kind and a status.
  @Test func everyPlanHasIdMunicipalityAndTitle() throws {
    let files = try PlainTextCorpusTests.files(in: "imro")
    var withKind = 0
    var withStatus = 0
    for url in files {
      let metadata = try PlanReader().read(fileAt: url.path).metadata
      let name = url.lastPathComponent
      #expect(metadata.planId != nil, "\(name) has no plan id")
      #expect(metadata.municipality != nil, "\(name) has no municipality")
      let title = try #require(metadata.title, "\(name) has no title")
      #expect(PlanTitle.isUsable(title) || title == metadata.planId, "\(name): \(title)")
      if metadata.kind != .other { withKind += 1 }
      if metadata.planStatus != nil { withStatus += 1 }
    }
    #expect(withKind * 10 >= files.count * 9, "only \(withKind) plans have a kind")
    #expect(withStatus * 10 >= files.count * 8, "only \(withStatus) plans have a status")
  }
}
