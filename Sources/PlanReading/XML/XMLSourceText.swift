import Foundation

/// How the bytes of an XML file are encoded, as far as the reader can tell
/// from the byte order mark and the XML declaration.
enum XMLSourceEncoding: Equatable {
  case utf8
  case utf8BOM
  case utf16LE
  case utf16BE
  case latin1
  case windows1252

  /// Reads the byte order mark, or else the `encoding` in the XML declaration.
  init(sniffing data: Data) {
    let head = Array(data.prefix(256))
    if head.starts(with: [0xEF, 0xBB, 0xBF]) {
      self = .utf8BOM
    } else if head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0x3C, 0x00, 0x3F, 0x00]) {
      self = .utf16LE
    } else if head.starts(with: [0xFE, 0xFF]) || head.starts(with: [0x00, 0x3C, 0x00, 0x3F]) {
      self = .utf16BE
    } else {
      switch Self.declaredName(in: head)?.lowercased() {
      case "iso-8859-1", "iso_8859-1", "latin1", "latin-1", "iso-8859-15", "l1":
        self = .latin1
      case "windows-1252", "cp1252", "x-cp1252":
        self = .windows1252
      default:
        self = .utf8
      }
    }
  }

  /// Whether the XML declaration names an encoding at all.
  static func declaresEncoding(_ data: Data) -> Bool {
    declaredName(in: Array(data.prefix(256))) != nil
  }

  /// The encoding recorded in the document's metadata.
  var textEncoding: TextEncoding {
    switch self {
    case .utf8: return .utf8
    case .utf8BOM: return .utf8BOM
    case .utf16LE: return .utf16LE
    case .utf16BE: return .utf16BE
    case .latin1, .windows1252: return .windows1252
    }
  }

  /// Decodes the whole file, for finding columns; `nil` if the bytes do not fit.
  func decode(_ data: Data) -> String? {
    switch self {
    case .utf8: return String(data: data, encoding: .utf8)
    case .utf8BOM: return String(data: data.dropFirst(3), encoding: .utf8)
    case .utf16LE: return String(data: data, encoding: .utf16LittleEndian)
    case .utf16BE: return String(data: data, encoding: .utf16BigEndian)
    case .latin1: return String(data: data, encoding: .isoLatin1)
    case .windows1252: return String(data: data, encoding: .windowsCP1252)
    }
  }

  /// The value of `encoding="…"` in an ASCII XML declaration at the start.
  private static func declaredName(in head: [UInt8]) -> String? {
    let text = String(decoding: head, as: UTF8.self)
    guard text.hasPrefix("<?xml"), let end = text.range(of: "?>") else { return nil }
    let declaration = text[..<end.lowerBound]
    guard let key = declaration.range(of: "encoding") else { return nil }
    let rest = declaration[key.upperBound...].drop { $0 == " " || $0 == "=" || $0 == "\t" }
    guard let quote = rest.first, quote == "\"" || quote == "'" else { return nil }
    let value = rest.dropFirst().prefix { $0 != quote }
    return value.isEmpty ? nil : String(value)
  }
}

/// Finds the column where an element starts.
///
/// It looks for `<prefix:name` in the source line libxml2 reports. libxml2 knows lines only, and reports the
/// line where the start tag *ends*; when the tag spans several lines the
/// locator walks back to the line where it begins.
struct SourceColumnLocator {
  private let bytes: [UInt8]
  private let lineStarts: [Int]
  private static let maxLookBack = 40

  /// Creates a locator over the decoded source; without text every column is 1.
  init(text: String?) {
    bytes = text.map { Array($0.utf8) } ?? []
    var starts = [0]
    var index = 0
    while index < bytes.count {
      if bytes[index] == 0x0D, index + 1 < bytes.count, bytes[index + 1] == 0x0A {
        index += 1  // CR LF is one line break
      }
      if bytes[index] == 0x0A || bytes[index] == 0x0D {
        starts.append(index + 1)
      }
      index += 1
    }
    lineStarts = text == nil ? [] : starts
  }

  /// The 1-based line and column of the element's `<`.
  func position(of element: XMLElementNode) -> (line: Int, column: Int) {
    let line = element.line
    guard line >= 1, line <= lineStarts.count else { return (max(line, 1), 1) }
    let needle = Array(("<" + element.qualifiedName).utf8)
    let here = offsets(of: needle, onLine: line)
    if element.ordinalOnLine < here.count {
      return (line, column(ofOffset: here[element.ordinalOnLine], onLine: line))
    }
    for back in stride(from: line - 1, through: max(1, line - Self.maxLookBack), by: -1) {
      if let last = offsets(of: needle, onLine: back).last {
        return (back, column(ofOffset: last, onLine: back))
      }
    }
    return (line, 1)
  }

  /// The byte offsets of `needle` on a line where it is followed by white
  /// space, `>`, `/` or the end of the line (so `<Al` skips `<Alinea`).
  private func offsets(of needle: [UInt8], onLine line: Int) -> [Int] {
    let start = lineStarts[line - 1]
    let end = line < lineStarts.count ? lineStarts[line] : bytes.count
    var found: [Int] = []
    var index = start
    while index + needle.count <= end {
      guard bytes[index] == needle[0], bytes[index..<index + needle.count].elementsEqual(needle)
      else {
        index += 1
        continue
      }
      let next = index + needle.count < end ? bytes[index + needle.count] : 0x20
      if [0x20, 0x09, 0x0A, 0x0D, 0x3E, 0x2F].contains(next) {  // space, tab, CR, LF, > /
        found.append(index)
      }
      index += needle.count
    }
    return found
  }

  /// The 1-based column, in characters, of a byte offset on a line.
  private func column(ofOffset offset: Int, onLine line: Int) -> Int {
    String(decoding: bytes[lineStarts[line - 1]..<offset], as: UTF8.self).count + 1
  }
}
