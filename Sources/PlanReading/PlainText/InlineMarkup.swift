/// Strips Markdown inline markup from text and collapses its white space.
///
/// `**bold**`, `*em*`, `_em_` and `~~struck~~` keep their words; a link
/// `[text](url)` keeps its text; an image `![alt](src)`, an HTML tag such as
/// `<br>` and an HTML comment are dropped; a backslash escape keeps the
/// character it escapes; a few HTML entities (`&amp;`, `&nbsp;`, `&#233;`) are
/// decoded. White space is collapsed to single spaces and trimmed.
///
/// All markup is ASCII, so the work is done on UTF-8 bytes; text without any
/// markup or surplus white space is returned as it is.
enum InlineMarkup {
  /// The bytes of a piece of text, as the parsers below see it.
  typealias Bytes = UnsafeBufferPointer<UInt8>

  /// The plain text of a piece of Markdown.
  static func plainText<S: StringProtocol>(_ markdown: S) -> String {
    let plain = markdown.utf8.withContiguousStorageIfAvailable { plainText(of: $0) }
    if let plain { return plain ?? String(markdown) }
    let copy = Array(markdown.utf8)
    return copy.withUnsafeBufferPointer { plainText(of: $0) } ?? String(markdown)
  }

  /// The plain text of UTF-8 bytes, or `nil` when they are plain already.
  private static func plainText(of bytes: Bytes) -> String? {
    guard needsWork(bytes) else { return nil }
    var output = Output()
    output.bytes.reserveCapacity(bytes.count)
    render(bytes, 0..<bytes.count, into: &output)
    return String(decoding: output.bytes, as: UTF8.self)
  }

  /// Whether the bytes hold markup or white space that must be collapsed.
  private static func needsWork(_ bytes: Bytes) -> Bool {
    guard let base = bytes.baseAddress, !bytes.isEmpty else { return false }
    let count = bytes.count
    if base[0] == 0x20 || base[count - 1] == 0x20 { return true }
    var previous: UInt8 = 0
    var index = 0
    while index < count {
      let byte = base[index]
      index += 1
      if byte == 0x20 {
        if previous == 0x20 { return true }
      } else if isMarkupOrSpace(byte) {
        return true
      }
      previous = byte
    }
    return false
  }

  /// Whether a byte is white space or may start markup: `! & * < [ \ _ ` ~`.
  private static func isMarkupOrSpace(_ byte: UInt8) -> Bool {
    if byte > 0x60 { return byte == 0x7E }
    return byte <= 0x21 || byte == 0x26 || byte == 0x2A || byte == 0x3C || byte == 0x5B
      || byte == 0x5C || byte == 0x5F || byte == 0x60
  }

  /// The index after the run of bytes from `start` that are neither white
  /// space nor possible markup, taking in single spaces between such bytes
  /// (which the output keeps as they are).
  private static func plainRunEnd(_ input: Bytes, from start: Int, to end: Int) -> Int {
    guard let base = input.baseAddress else { return end }
    var index = start
    while index < end {
      let byte = base[index]
      if !isMarkupOrSpace(byte) {
        index += 1
      } else if byte == 0x20, index + 1 < end, !isMarkupOrSpace(base[index + 1]) {
        index += 2
      } else {
        break
      }
    }
    return index
  }

  // MARK: - Rendering

  /// Collects bytes, collapsing white space as it goes.
  struct Output {
    var bytes: [UInt8] = []
    var pendingSpace = false

    /// Adds one byte; white space is held back until a visible byte follows.
    mutating func append(_ byte: UInt8) {
      if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
        pendingSpace = !bytes.isEmpty
        return
      }
      if pendingSpace {
        bytes.append(0x20)
        pendingSpace = false
      }
      bytes.append(byte)
    }

    /// Adds a run of bytes that starts and ends with a visible byte and holds
    /// no white space other than single spaces.
    mutating func append(run: Slice<Bytes>) {
      if pendingSpace {
        bytes.append(0x20)
        pendingSpace = false
      }
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: run))
    }

    /// Adds a scalar in UTF-8.
    mutating func append(_ scalar: Unicode.Scalar) {
      guard let encoded = UTF8.encode(scalar) else { return }
      for byte in encoded { append(byte) }
    }
  }

  /// Renders a range of bytes as plain text.
  private static func render(_ input: Bytes, _ range: Range<Int>, into output: inout Output) {
    var index = range.lowerBound
    let end = range.upperBound
    while index < end {
      let byte = input[index]
      switch byte {
      case UInt8(ascii: "\\"):
        if index + 1 < end, isEscapable(input[index + 1]) {
          output.append(input[index + 1])
          index += 2
        } else {
          output.append(byte)
          index += 1
        }
      case UInt8(ascii: "!") where index + 1 < end && input[index + 1] == UInt8(ascii: "["):
        if let link = Link.parse(input, at: index + 1, end: end) {
          index = link.end
        } else {
          output.append(byte)
          index += 1
        }
      case UInt8(ascii: "["):
        if let link = Link.parse(input, at: index, end: end) {
          render(input, link.text, into: &output)
          index = link.end
        } else {
          output.append(byte)
          index += 1
        }
      case UInt8(ascii: "<"):
        if let after = HTMLMarkup.end(in: input, at: index, end: end) {
          output.append(0x20)
          index = after
        } else {
          output.append(byte)
          index += 1
        }
      case UInt8(ascii: "&"):
        if let entity = HTMLMarkup.entity(in: input, at: index, end: end) {
          if let scalar = entity.scalar { output.append(scalar) }
          index = entity.end
        } else {
          output.append(byte)
          index += 1
        }
      case UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "`"):
        index = delimiterRun(input, at: index, in: range, into: &output)
      case 0x00...0x20:
        output.append(byte)
        index += 1
      default:
        let runEnd = plainRunEnd(input, from: index + 1, to: end)
        output.append(run: input[index..<runEnd])
        index = runEnd
      }
    }
  }

  /// Drops a run of emphasis, strike-through or code delimiters, or keeps it
  /// when it is plain punctuation: a `*` with spaces on both sides (`5 * 3`),
  /// an `_` inside a word (`plan_2024`), a single `~` (`~ 20 m`).
  /// - Returns: The index after the run.
  private static func delimiterRun(
    _ input: Bytes, at start: Int, in range: Range<Int>, into output: inout Output
  ) -> Int {
    let delimiter = input[start]
    var end = start
    while end < range.upperBound, input[end] == delimiter { end += 1 }
    let before = start > range.lowerBound ? input[start - 1] : 0x20
    let after = end < range.upperBound ? input[end] : 0x20
    let keep: Bool
    switch delimiter {
    case UInt8(ascii: "*"): keep = isSpace(before) && isSpace(after)
    case UInt8(ascii: "_"): keep = isWordByte(before) && isWordByte(after)
    case UInt8(ascii: "~"): keep = end - start == 1
    default: keep = false
    }
    if keep {
      for index in start..<end { output.append(input[index]) }
    }
    return end
  }

  // MARK: - Byte classes

  /// Whether a byte is a space or tab.
  private static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09
  }

  /// Whether a byte belongs to a word: an ASCII letter or digit, or part of a
  /// non-ASCII character (which in a plan is nearly always a letter).
  static func isWordByte(_ byte: UInt8) -> Bool {
    switch byte {
    case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x80...: return true
    default: return false
    }
  }

  /// Whether a byte is ASCII punctuation that Markdown lets a backslash escape.
  private static func isEscapable(_ byte: UInt8) -> Bool {
    switch byte {
    case 0x21...0x2F, 0x3A...0x40, 0x5B...0x60, 0x7B...0x7E: return true
    default: return false
    }
  }
}
