import Foundation

/// Decides from the first bytes whether a file holds XML, text, PDF or other
/// binary data.
enum FormatSniffer {
  /// The broad families of input.
  enum Family: String {
    case xml = "XML"
    case text = "plain text"
    case pdf = "PDF"
  }

  /// What the first bytes say.
  enum Verdict: Equatable {
    case xml
    case text
    case pdf
    case binary(reason: String)

    var family: Family {
      switch self {
      case .xml: return .xml
      case .pdf: return .pdf
      case .text, .binary: return .text
      }
    }
  }

  /// Sniffs the first bytes of a file.
  static func sniff(_ data: Data) -> Verdict {
    let head = data.prefix(4096)
    if head.starts(with: Array("%PDF-".utf8)) { return .pdf }
    if let signature = binarySignature(head) {
      return .binary(reason: signature)
    }
    // UTF-16 with a byte order mark: look at the first character after it.
    if head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF]) {
      let littleEndian = head.starts(with: [0xFF, 0xFE])
      let units = stride(from: 2, to: head.count - 1, by: 2).map { offset -> UInt16 in
        let a = UInt16(head[head.startIndex + offset])
        let b = UInt16(head[head.startIndex + offset + 1])
        return littleEndian ? (b << 8 | a) : (a << 8 | b)
      }
      let first = units.first { !(0x09...0x0D).contains($0) && $0 != 0x20 }
      return first == UInt16(UInt8(ascii: "<")) ? .xml : .text
    }
    var bytes = head[...]
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
    if bytes.contains(0) { return .binary(reason: "it contains NUL bytes") }
    guard let first = bytes.firstIndex(where: { !(0x09...0x0D).contains($0) && $0 != 0x20 }) else {
      return .text
    }
    let rest = bytes[first...]
    if rest.starts(with: Array("<?xml".utf8)) { return .xml }
    if rest.first == UInt8(ascii: "<"), let next = rest.dropFirst().first,
      next.isASCIILetterOrUnderscore || next == UInt8(ascii: "!")
    {
      return .xml
    }
    return .text
  }

  /// The family a file name suggests, or `nil` for an unknown extension.
  static func expectedFormat(forPath path: String) -> Family? {
    switch URL(fileURLWithPath: path).pathExtension.lowercased() {
    case "xml": return .xml
    case "txt", "md", "markdown", "text": return .text
    case "pdf": return .pdf
    default: return nil
    }
  }

  private static func binarySignature(_ head: Data) -> String? {
    let signatures: [([UInt8], String)] = [
      ([0x50, 0x4B, 0x03, 0x04], "it is a ZIP archive, such as a Word (.docx) file"),
      ([0xD0, 0xCF, 0x11, 0xE0], "it is an old Office document (.doc)"),
      ([0x89, 0x50, 0x4E, 0x47], "it is a PNG image"),
      ([0xFF, 0xD8, 0xFF], "it is a JPEG image"),
      ([0x1F, 0x8B], "it is a gzip archive"),
    ]
    return signatures.first { head.starts(with: $0.0) }?.1
  }
}

extension UInt8 {
  fileprivate var isASCIILetterOrUnderscore: Bool {
    (0x41...0x5A).contains(self) || (0x61...0x7A).contains(self) || self == 0x5F
  }
}
