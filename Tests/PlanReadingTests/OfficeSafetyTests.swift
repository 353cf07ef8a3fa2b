import Foundation
import PlanReading
import Testing
import ZIPFoundation

@Suite struct OfficeSafetyTests {}

/// Builds Word archives in memory from hand-written parts.
enum WordArchive {
  /// A `.docx` holding the given parts (path → content), deflated.
  static func make(_ parts: [(String, String)]) throws -> Data {
    let archive = try Archive(data: Data(), accessMode: .create, pathEncoding: nil)
    for (path, content) in parts {
      let data = Data(content.utf8)
      try archive.addEntry(
        with: path, type: .file, uncompressedSize: Int64(data.count),
        modificationDate: Date(timeIntervalSince1970: 1_735_689_600),
        compressionMethod: .deflate
      ) { position, size in
        data.subdata(in: Int(position)..<Int(position) + size)
      }
    }
    return try #require(archive.data)
  }

  /// A `word/document.xml` with one paragraph of `run` (raw WordprocessingML
  /// inside `w:p`), after an optional document type declaration.
  static func document(_ run: String, doctype: String = "") -> String {
    """
    <?xml version="1.0" encoding="UTF-8"?>\(doctype)
    <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
    <w:body><w:p>\(run)</w:p></w:body></w:document>
    """
  }
}

extension OfficeSafetyTests {
  /// An external entity in a Word part is never loaded: the text reads
  /// without it, and a note says so.
  @Test func externalEntityNotLoaded() throws {
    let doctype = "<!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
    let data = try WordArchive.make([
      (
        "word/document.xml",
        WordArchive.document("<w:r><w:t>Bewoners &xxe; praten mee.</w:t></w:r>", doctype: doctype)
      )
    ])
    let document = try PlanReader().read(data: data, path: "xxe.docx")
    #expect(document.blocks.map(\.text) == ["Bewoners praten mee."])
    #expect(!document.blocks.contains { $0.text.contains("root:") })
    #expect(document.notes.contains { $0.code == .entitiesNotExpanded })
  }

  /// An entity bomb in a Word part is refused, naming the file and the part.
  @Test func entityBombRefused() throws {
    var doctype = "<!DOCTYPE w:document [<!ENTITY a0 \"lol\">"
    for level in 1...12 {
      doctype += "<!ENTITY a\(level) \"" + String(repeating: "&a\(level - 1);", count: 10) + "\">"
    }
    doctype += "]>"
    let data = try WordArchive.make([
      ("word/document.xml", WordArchive.document("<w:r><w:t>&a12;</w:t></w:r>", doctype: doctype))
    ])
    #expect {
      _ = try PlanReader().read(data: data, path: "bom.docx")
    } throws: { error in
      guard let error = error as? PlanReadingError else { return false }
      switch error {
      case .unsafeXML(let path, _, _, _), .malformedXML(let path, _, _, _):
        return path == "bom.docx (word/document.xml)"
      default:
        return false
      }
    }
  }

  /// A part that is not well-formed XML gives the position inside the part.
  @Test func malformedPart() throws {
    let data = try WordArchive.make([
      ("word/document.xml", WordArchive.document("<w:r><w:t>Open</w:r>"))
    ])
    #expect {
      _ = try PlanReader().read(data: data, path: "kapot.docx")
    } throws: { error in
      guard case .malformedXML(let path, let line, _, _) = error as? PlanReadingError else {
        return false
      }
      return path == "kapot.docx (word/document.xml)" && line == 3
    }
  }

  /// Entry names that climb out of a folder are only ever looked up, never
  /// used to write anything.
  @Test func entryNamesNeverWritten() throws {
    let target = FileManager.default.temporaryDirectory
      .appendingPathComponent("scorecard-zip-slip-\(UUID().uuidString).txt")
    let climbing = String(repeating: "../", count: 12) + String(target.path.dropFirst())
    let data = try WordArchive.make([
      (climbing, "overschreven"),
      ("word/document.xml", WordArchive.document("<w:r><w:t>Tekst.</w:t></w:r>")),
    ])
    let document = try PlanReader().read(data: data, path: "slip.docx")
    #expect(document.blocks.map(\.text) == ["Tekst."])
    #expect(!FileManager.default.fileExists(atPath: target.path))
  }

  /// A part that unpacks to more than 200 times its packed size (above 1 MB)
  /// is refused while unpacking.
  @Test func ratioLimit() throws {
    let spaces = String(repeating: " ", count: 3_000_000)
    let data = try WordArchive.make([
      ("word/document.xml", WordArchive.document("<w:r><w:t>x</w:t></w:r>") + spaces)
    ])
    #expect {
      _ = try PlanReader().read(data: data, path: "ratio.docx")
    } throws: { error in
      guard case .archiveBomb(_, "word/document.xml", let reason) = error as? PlanReadingError
      else { return false }
      return reason.contains("200 times")
    }
  }
}
