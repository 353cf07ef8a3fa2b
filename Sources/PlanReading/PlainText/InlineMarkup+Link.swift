extension InlineMarkup {
  /// A Markdown link or image, `[text](destination)` or `[text][label]`.
  struct Link {
    /// The range of the link text, between the brackets.
    var text: Range<Int>
    /// The index after the link.
    var end: Int

    /// How far a closing bracket or parenthesis is looked for, so that text
    /// full of unmatched brackets is still read in linear time.
    private static let reach = 1_000

    /// The link whose `[` stands at `open`, or `nil` when the bracket does not
    /// open a link.
    static func parse(_ input: Bytes, at open: Int, end: Int) -> Link? {
      guard let close = matching(input, from: open, end: end) else { return nil }
      let next = close + 1
      guard next < end else { return nil }
      switch input[next] {
      case UInt8(ascii: "("), UInt8(ascii: "["):
        guard let after = matching(input, from: next, end: end) else { return nil }
        return Link(text: (open + 1)..<close, end: after + 1)
      default:
        return nil
      }
    }

    /// The index of the bracket that closes the `[` or `(` at `start`,
    /// skipping escaped brackets and nested pairs, within ``reach`` bytes.
    private static func matching(_ input: Bytes, from start: Int, end: Int) -> Int? {
      let open = input[start]
      let close = open == UInt8(ascii: "[") ? UInt8(ascii: "]") : UInt8(ascii: ")")
      var depth = 0
      var index = start
      let limit = min(end, start + reach)
      while index < limit {
        let byte = input[index]
        if byte == UInt8(ascii: "\\") {
          index += 2
          continue
        }
        if byte == open {
          depth += 1
        } else if byte == close {
          depth -= 1
          if depth == 0 { return index }
        }
        index += 1
      }
      return nil
    }
  }

  /// HTML inside Markdown: tags, comments and character entities.
  enum HTMLMarkup {
    /// How far the end of a tag is looked for.
    private static let reach = 500

    /// The named entities that are decoded; `nil` means the entity is dropped.
    private static let named: [String: Unicode.Scalar?] = [
      "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ",
      "euro": "€", "eacute": "é", "euml": "ë", "iuml": "ï", "ouml": "ö", "uuml": "ü",
      "ndash": "–", "mdash": "—", "lsquo": "‘", "rsquo": "’", "ldquo": "“", "rdquo": "”",
      "hellip": "…", "bull": "•", "shy": nil, "zwsp": nil,
    ]

    /// The index after an HTML tag or comment that starts at `start`, or `nil`
    /// when the `<` starts neither. A comment without an end runs to the end.
    static func end(in input: Bytes, at start: Int, end: Int) -> Int? {
      if hasPrefix(input, at: start, end: end, "<!--") {
        var index = start + 4
        while index + 2 < end {
          if input[index] == 0x2D, input[index + 1] == 0x2D, input[index + 2] == 0x3E {
            return index + 3
          }
          index += 1
        }
        return end
      }
      var index = start + 1
      if index < end, input[index] == UInt8(ascii: "/") { index += 1 }
      guard index < end, isASCIILetter(input[index]) else { return nil }
      let limit = min(end, start + reach)
      while index < limit {
        switch input[index] {
        case UInt8(ascii: ">"): return index + 1
        case UInt8(ascii: "<"): return nil
        default: index += 1
        }
      }
      return nil
    }

    /// The character of an entity (`&amp;`, `&#233;`, `&#xE9;`) at `start`:
    /// `scalar` is `nil` for an invisible one (`&shy;`); the result is `nil`
    /// when the `&` starts no known entity.
    static func entity(
      in input: Bytes, at start: Int, end: Int
    ) -> (scalar: Unicode.Scalar?, end: Int)? {
      var name = ""
      var index = start + 1
      while index < end, index - start <= 10, input[index] != UInt8(ascii: ";") {
        let byte = input[index]
        guard isASCIILetter(byte) || (0x30...0x39).contains(byte) || byte == UInt8(ascii: "#")
        else { return nil }
        name.unicodeScalars.append(Unicode.Scalar(byte))
        index += 1
      }
      guard index < end, input[index] == UInt8(ascii: ";") else { return nil }
      if let scalar = named[name] { return (scalar, index + 1) }
      guard name.hasPrefix("#") else { return nil }
      let digits = name.dropFirst()
      let value =
        digits.first == "x" || digits.first == "X"
        ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
      guard let value, let scalar = Unicode.Scalar(value) else { return nil }
      switch value {
      case 0xA0: return (" ", index + 1)
      case 0xAD, 0x200B...0x200D, 0x2060, 0xFEFF: return (nil, index + 1)
      default: return (scalar, index + 1)
      }
    }

    /// Whether a byte is an ASCII letter.
    private static func isASCIILetter(_ byte: UInt8) -> Bool {
      (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }

    /// Whether the bytes at `start` spell `prefix`.
    private static func hasPrefix(_ input: Bytes, at start: Int, end: Int, _ prefix: String) -> Bool
    {
      var index = start
      for byte in prefix.utf8 {
        guard index < end, input[index] == byte else { return false }
        index += 1
      }
      return true
    }
  }
}
