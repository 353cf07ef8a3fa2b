import Foundation
import PlanReading
import TestSupport
import Testing

@Suite struct OfficeErrorTests {}

/// A bad file and the error it must give.
struct BadOfficeFile: CustomTestStringConvertible, Sendable {
  var file: String
  var check: @Sendable (PlanReadingError) -> Bool
  var words: [String]
  var testDescription: String { file }

  static let all = [
    BadOfficeFile(
      file: "zip-bomb.docx",
      check: {
        if case .archiveBomb(_, "word/document.xml", _) = $0 { return true }
        return false
      }, words: ["refused for safety", "200 times its compressed size", "ZIP bomb"]),
    BadOfficeFile(
      file: "old-word.doc",
      check: {
        if case .legacyFormat = $0 { return true }
        return false
      }, words: ["Word 97–2003", "Save it as .docx", "LibreOffice"]),
    BadOfficeFile(
      file: "nl-deventer-rivierenwijk-wijkprogramma-adviesrecht-reactienota.rtf",
      check: {
        if case .legacyFormat = $0 { return true }
        return false
      }, words: ["RTF document", "Save it as .docx"]),
    BadOfficeFile(
      file: "corrupt.docx",
      check: {
        if case .corruptArchive = $0 { return true }
        return false
      }, words: ["damaged ZIP archive", "save it again"]),
    BadOfficeFile(
      file: "no-document.docx",
      check: {
        if case .unsupportedArchive = $0 { return true }
        return false
      }, words: ["not a Word or OpenDocument text file", "without word/document.xml"]),
  ]
}

extension OfficeErrorTests {
  /// Each bad file gives its own error, naming the file, what is wrong and
  /// what to do.
  @Test(arguments: BadOfficeFile.all)
  func refused(_ bad: BadOfficeFile) throws {
    let path = Fixtures.path("office/" + bad.file)
    #expect {
      _ = try PlanReader().read(fileAt: path)
    } throws: { error in
      guard let error = error as? PlanReadingError, bad.check(error) else { return false }
      let message = error.errorDescription ?? ""
      return message.hasPrefix(path + ": ") && bad.words.allSatisfy(message.contains)
        && error.path == path
    }
  }

  /// The total unpacked size is bounded by the reader's limit (four times
  /// `maxBytes`), counted while unpacking: with a limit of 1 MB the bomb
  /// stops at 4 MB, before its ratio (about 1,000) would.
  @Test func totalLimitScalesWithMaxBytes() throws {
    let data = try Data(contentsOf: Fixtures.url("office/zip-bomb.docx"))
    let reader = PlanReader(options: .init(maxBytes: 1_000_000))
    #expect {
      _ = try reader.read(data: data, path: "bomb.docx")
    } throws: { error in
      guard case .archiveBomb(_, _, let reason) = error as? PlanReadingError else { return false }
      return reason.contains("more than 4000000 bytes")
    }
    let plan = try Data(contentsOf: Fixtures.url("office/tracked-changes.docx"))
    #expect(throws: Never.self) {
      _ = try PlanReader(options: .init(maxBytes: plan.count)).read(data: plan, path: "ok.docx")
    }
  }

  /// An OpenDocument file that is not a text (a database) is refused by name.
  @Test func openDocumentSpreadsheet() throws {
    var data = try Data(contentsOf: Fixtures.url("office/tracked-changes.odt"))
    let text = Data("application/vnd.oasis.opendocument.text".utf8)
    let database = Data("application/vnd.oasis.opendocument.base".utf8)
    let range = try #require(data.range(of: text))
    data.replaceSubrange(range, with: database)
    #expect {
      _ = try PlanReader().read(data: data, path: "adressen.odb")
    } throws: { error in
      guard case .unsupportedArchive(_, let reason) = error as? PlanReadingError else {
        return false
      }
      return reason.contains("application/vnd.oasis.opendocument.base")
    }
  }

  /// A damaged part inside a readable archive names the part.
  @Test func malformedPartNamesThePart() throws {
    var data = try Data(contentsOf: Fixtures.url("office/tracked-changes.odt"))
    // Damage the deflated data of content.xml, just after its local header.
    let name = try #require(data.range(of: Data("content.xml".utf8)))
    data[name.upperBound + 40] ^= 0xFF
    #expect {
      _ = try PlanReader().read(data: data, path: "kapot.odt")
    } throws: { error in
      guard let error = error as? PlanReadingError else { return false }
      switch error {
      case .corruptArchive(_, let reason): return reason.contains(".xml")
      case .malformedXML(let path, _, _, _): return path.hasPrefix("kapot.odt (")
      default: return false
      }
    }
  }
}
