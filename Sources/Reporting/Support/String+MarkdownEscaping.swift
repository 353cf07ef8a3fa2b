extension String {
  /// The text with Markdown's special characters escaped, so plan text shows
  /// as written and cannot inject links, emphasis or HTML.
  ///
  /// Each `Character` equal to a special character gets a backslash, and each
  /// line feed becomes a space. Where every special character and line feed
  /// stands between ASCII bytes, and the text holds no carriage return and no
  /// U+1FEF (the one other `Character` equal to a special one: it is
  /// canonically equivalent to a grave accent), each of them is a `Character`
  /// of its own and the text is escaped byte by byte; otherwise by
  /// `Character`s.
  package var markdownEscaped: String {
    var text = self
    return text.withUTF8 { bytes in
      var extra = 0
      var lineFeeds = false
      for index in bytes.indices {
        let byte = bytes[index]
        if byte == 0xE1, index + 2 < bytes.count, bytes[index + 1] == 0xBF,
          bytes[index + 2] == 0xAF
        {
          return markdownEscapedByCharacters
        }
        let special = Self.isMarkdownSpecial(byte)
        guard special || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") else {
          continue
        }
        let before = index > 0 ? bytes[index - 1] : 0
        let after = index + 1 < bytes.count ? bytes[index + 1] : 0
        guard byte != UInt8(ascii: "\r"), before < 0x80, after < 0x80 else {
          return markdownEscapedByCharacters
        }
        if special { extra += 1 } else { lineFeeds = true }
      }
      guard extra > 0 || lineFeeds else { return self }
      return String(unsafeUninitializedCapacity: bytes.count + extra) { output in
        var end = 0
        for byte in bytes {
          if Self.isMarkdownSpecial(byte) {
            output[end] = UInt8(ascii: "\\")
            end += 1
          }
          output[end] = byte == UInt8(ascii: "\n") ? UInt8(ascii: " ") : byte
          end += 1
        }
        return end
      }
    }
  }

  /// ``markdownEscaped`` by `Character`s, for texts where a special character
  /// or a line break may be part of a larger `Character`.
  private var markdownEscapedByCharacters: String {
    var result = ""
    result.reserveCapacity(count)
    for character in self {
      if Self.markdownSpecials.contains(character) { result.append("\\") }
      result.append(character)
    }
    return result.replacingOccurrences(of: "\n", with: " ")
  }

  private static let markdownSpecials: Set<Character> = [
    "\\", "`", "*", "_", "{", "}", "[", "]", "<", ">", "(", ")", "#", "+", "!", "|", "~",
  ]

  /// Whether a byte is one of ``markdownSpecials``.
  private static func isMarkdownSpecial(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"),
      UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "["), UInt8(ascii: "]"),
      UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "("), UInt8(ascii: ")"),
      UInt8(ascii: "#"), UInt8(ascii: "+"), UInt8(ascii: "!"), UInt8(ascii: "|"),
      UInt8(ascii: "~"):
      true
    default: false
    }
  }
}
