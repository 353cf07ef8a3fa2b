import Foundation
import TestSupport
import Testing

/// PDFs damaged in many places: never a crash, never poppler's own messages.
@Suite struct DamagedPDFTests {}

extension DamagedPDFTests {
  /// A fixture with 64 bytes overwritten at 24 places, one copy each (the
  /// end marker left intact): every copy is either scored or reported with
  /// one `error:` line that names it, and nothing else reaches stderr.
  @Test func damagedCopiesAreReportedCleanly() throws {
    let original = try Data(contentsOf: Fixtures.url("pdf/heerlen-two-columns.pdf"))
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("scorecard-damaged-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    var paths: [String] = []
    for copy in 0..<24 {
      var bytes = [UInt8](original)
      let start = 16 + (copy * 7919) % (bytes.count - 200)
      for offset in 0..<64 { bytes[start + offset] = UInt8((copy * 31 + offset * 17) % 256) }
      let url = folder.appendingPathComponent("copy\(copy).pdf")
      try Data(bytes).write(to: url)
      paths.append(url.path)
    }
    let result = try CommandRunner.run(["score", "--format", "json"] + paths)
    #expect(result.status == 0 || result.status == 1)
    for line in result.stderr.split(separator: "\n") {
      #expect(
        paths.contains { line.hasPrefix("error: \($0): this PDF is damaged or incomplete") },
        "unexpected stderr: \(line)")
    }
  }
}
