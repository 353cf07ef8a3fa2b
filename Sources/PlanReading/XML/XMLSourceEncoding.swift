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

  /// Whether libxml2 takes the bytes as they are, with no conversion: UTF-8,
  /// with or without a byte order mark, starting with markup or white space,
  /// and declaring no encoding or UTF-8.
  static func isUnconvertedUTF8(_ data: Data) -> Bool {
    let encoding = XMLSourceEncoding(sniffing: data)
    guard encoding == .utf8 || encoding == .utf8BOM else { return false }
    let head = Array(data.dropFirst(encoding == .utf8BOM ? 3 : 0).prefix(256))
    guard let first = head.first, [0x3C, 0x20, 0x09, 0x0A, 0x0D].contains(first) else {
      return false
    }
    let text = String(decoding: head, as: UTF8.self)
    guard text.hasPrefix("<?xml") else { return true }
    guard let end = text.range(of: "?>") else { return false }
    guard text[..<end.lowerBound].contains("encoding") else { return true }
    guard let name = declaredName(in: head)?.lowercased() else { return false }
    return name == "utf-8" || name == "utf8"
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
