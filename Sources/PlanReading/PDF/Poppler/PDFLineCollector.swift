import Foundation

/// Builds ``PDFLine`` values from the characters of a page's text, one
/// character and its box at a time, as poppler hands them out.
///
/// poppler's own line breaks are only a hint: on a page with columns it
/// sometimes runs the end of a line in one column into a line of the other.
/// A line here is a run of characters on one baseline, each close to the
/// right of the one before; a wider gap or another baseline starts a new
/// line, and the page layout joins pieces of one typeset line again.
struct PDFLineCollector {
  /// The font of a range of characters (indices inclusive at both ends).
  struct Style {
    var start: Int
    var end: Int
    var size: Double
    var bold: Bool
  }

  /// The widest gap within a line, in font sizes.
  static let maxGap = 1.5
  /// The narrowest gap that separates two words, in font sizes.
  static let wordGap = 0.15

  private let styles: [Style]
  private var styleIndex = 0
  private var lines: [PDFLine] = []

  private var text = String.UnicodeScalarView()
  private var box: (x1: Double, y1: Double, x2: Double, y2: Double)?
  private var last: (x2: Double, y2: Double, size: Double)?
  private var sizes: [Double: Int] = [:]
  private var letters = 0
  private var boldLetters = 0
  private var wordStarts: [Double] = []
  private var spacePending = false

  /// Creates a collector for a page with these font ranges.
  init(styles: [Style]) {
    self.styles = styles.sorted { $0.start < $1.start }
  }

  /// Adds the character at `index` of the page text, with its box.
  mutating func add(
    _ scalar: Unicode.Scalar, index: Int, x1: Double, y1: Double, x2: Double, y2: Double
  ) {
    if Self.isWhitespace(scalar) {
      spacePending = true
      return
    }
    let style = self.style(at: index)
    let size = style?.size ?? max(y2 - y1, 1)
    if let last {
      let reference = max(size, last.size)
      let sameLine =
        abs(y2 - last.y2) <= 0.35 * reference && x1 >= last.x2 - 0.5 * reference
        && x1 - last.x2 <= Self.maxGap * reference
      if !sameLine {
        endLine()
      } else if spacePending || x1 - last.x2 > Self.wordGap * reference {
        text.append(" ")
        wordStarts.append(x1)
      }
    }
    if text.isEmpty { wordStarts.append(x1) }
    spacePending = false
    if (0xFB00...0xFB06).contains(scalar.value) || scalar.value == 0x2010 || scalar.value == 0x2011
    {
      text.append(contentsOf: Self.plain(scalar))
    } else {
      text.append(scalar)
    }
    last = (x2, y2, size)
    if let current = box {
      box = (min(current.x1, x1), min(current.y1, y1), max(current.x2, x2), max(current.y2, y2))
    } else {
      box = (x1, y1, x2, y2)
    }
    sizes[(size * 2).rounded() / 2, default: 0] += 1
    if Self.isLetter(scalar) {
      letters += 1
      if style?.bold == true { boldLetters += 1 }
    }
  }

  /// The lines collected, after the last one is closed.
  mutating func finish() -> [PDFLine] {
    endLine()
    return lines
  }

  private mutating func endLine() {
    defer {
      text = String.UnicodeScalarView()
      box = nil
      last = nil
      sizes = [:]
      letters = 0
      boldLetters = 0
      wordStarts = []
      spacePending = false
    }
    guard let box, !text.isEmpty else { return }
    let size = sizes.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }?.key
    lines.append(
      PDFLine(
        text: String(text), x1: box.x1, y1: box.y1, x2: box.x2, y2: box.y2,
        size: size ?? box.y2 - box.y1, bold: letters > 0 && boldLetters == letters,
        wordStarts: wordStarts))
  }

  /// White space, with a fast path for ASCII.
  private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
    scalar.isASCII
      ? scalar == " " || (0x09...0x0D).contains(scalar.value) : scalar.properties.isWhitespace
  }

  /// A letter, with a fast path for ASCII.
  private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII {
      return (0x41...0x5A).contains(scalar.value) || (0x61...0x7A).contains(scalar.value)
    }
    return scalar.properties.isAlphabetic
  }

  /// A ligature as its letters (`ﬁ` → `fi`), a typographic hyphen as `-`.
  static func plain(_ scalar: Unicode.Scalar) -> [Unicode.Scalar] {
    switch scalar.value {
    case 0xFB00...0xFB06:
      return Array(String(scalar).decomposedStringWithCompatibilityMapping.unicodeScalars)
    case 0x2010, 0x2011: return ["-"]
    default: return [scalar]
    }
  }

  /// The style of the character at `index`; ranges come in increasing order.
  private mutating func style(at index: Int) -> Style? {
    while styleIndex < styles.count, styles[styleIndex].end < index { styleIndex += 1 }
    guard styleIndex < styles.count, styles[styleIndex].start <= index else { return nil }
    return styles[styleIndex]
  }
}
