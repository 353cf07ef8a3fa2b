import Assessment
import Foundation

/// The assessment loader: an input is an assessment file, decoded and checked
/// by `AssessmentFile.decode(_:path:)`. An assessment that loads must survive
/// writing and reading back unchanged.
enum AssessmentHarness {
  /// Decodes one input and, when it loads, checks the round trip.
  static func test(_ data: Data) {
    guard let assessment = try? AssessmentFile.decode(data, path: "fuzz.assessment.json") else {
      return
    }
    let written = AssessmentFile.encode(assessment)
    let reread = try? AssessmentFile.decode(written, path: "fuzz.assessment.json")
    precondition(reread == assessment, "an assessment that loads must read back as written")
  }
}
