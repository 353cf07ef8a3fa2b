import Foundation
import FuzzSupport
import PlanReading

/// The OpenDocument reader: an input is a whole `.odt` archive (it starts
/// with `PK`) or the XML parts of one separated by two NUL bytes, packed into
/// an archive after the `mimetype` entry here (see ``FuzzArchive``), read by
/// `PlanReader.read(data:path:)`.
enum ODTHarness {
  /// The parts an input's pieces become, in order.
  static let parts = ["content.xml", "styles.xml", "meta.xml"]

  /// The entry every OpenDocument text starts with. (Made for each input: a
  /// `Data` kept in a global is reported by LeakSanitizer, which cannot see
  /// the reference inside `Data`'s enum.)
  static var mimetype: (path: String, data: Data) {
    (path: "mimetype", data: Data("application/vnd.oasis.opendocument.text".utf8))
  }

  /// Reads one input; a thrown reading error is a correct outcome.
  static func test(_ data: Data) {
    guard let file = FuzzArchive.file(from: data, parts: parts, fixed: [mimetype]) else { return }
    _ = try? PlanReader().read(data: file, path: "fuzz-plan.odt")
  }
}
