import PlanReading

// MARK: - Strings and numbers

extension JSONParser {
  /// Reads a string, the cursor on its opening quote.
  mutating func parseString() throws(JSONSyntaxError) -> String {
    let start = currentPosition
    advance()
    var buffer: [UInt8] = []
    while true {
      guard let byte = peek() else {
        throw JSONSyntaxError(message: "a string is not closed with `\"`", position: start)
      }
      switch byte {
      case UInt8(ascii: "\""):
        advance()
        guard let text = String(validating: buffer, as: UTF8.self) else {
          throw JSONSyntaxError(message: "a string is not valid UTF-8", position: start)
        }
        return text
      case UInt8(ascii: "\\"):
        advance()
        try parseEscape(into: &buffer)
      case 0..<0x20:
        throw failure(
          "a control character (such as a line break) inside a string; write it as `\\n`")
      default:
        buffer.append(byte)
        advance()
      }
    }
  }

  private mutating func parseEscape(into buffer: inout [UInt8]) throws(JSONSyntaxError) {
    guard let byte = peek() else { throw failure("unexpected end of file in an escape") }
    advance()
    let simple: [UInt8: UInt8] = [
      UInt8(ascii: "\""): 0x22, UInt8(ascii: "\\"): 0x5C, UInt8(ascii: "/"): 0x2F,
      UInt8(ascii: "b"): 0x08, UInt8(ascii: "f"): 0x0C, UInt8(ascii: "n"): 0x0A,
      UInt8(ascii: "r"): 0x0D, UInt8(ascii: "t"): 0x09,
    ]
    if let replacement = simple[byte] {
      buffer.append(replacement)
      return
    }
    guard byte == UInt8(ascii: "u") else {
      throw failure("unknown escape `\\\(Character(Unicode.Scalar(byte)))`")
    }
    var scalar = try parseHexQuad()
    let loneSurrogate = "a lone surrogate in a `\\u` escape"
    if (0xD800..<0xDC00).contains(scalar) {
      guard peek() == UInt8(ascii: "\\") else { throw failure(loneSurrogate) }
      advance()
      guard peek() == UInt8(ascii: "u") else { throw failure(loneSurrogate) }
      advance()
      let low = try parseHexQuad()
      guard (0xDC00..<0xE000).contains(low) else { throw failure(loneSurrogate) }
      scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
    }
    guard let unicode = Unicode.Scalar(scalar) else { throw failure(loneSurrogate) }
    buffer.append(contentsOf: Array(String(Character(unicode)).utf8))
  }

  private mutating func parseHexQuad() throws(JSONSyntaxError) -> UInt32 {
    var value: UInt32 = 0
    for _ in 0..<4 {
      guard let byte = peek(), let digit = hexValue(byte) else {
        throw failure("`\\u` must be followed by four hexadecimal digits")
      }
      value = value * 16 + digit
      advance()
    }
    return value
  }

  private func hexValue(_ byte: UInt8) -> UInt32? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
    case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
    case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
    default: nil
    }
  }

  /// Reads a number, the cursor on its first character.
  mutating func parseNumber() throws(JSONSyntaxError) -> Double {
    let start = index
    let startPosition = currentPosition
    if peek() == UInt8(ascii: "-") { advance() }
    if peek() == UInt8(ascii: "0") {
      advance()
    } else {
      guard skipDigits() else { throw failure("a number needs digits") }
    }
    if peek() == UInt8(ascii: ".") {
      advance()
      guard skipDigits() else { throw failure("a number needs digits after the `.`") }
    }
    if peek() == UInt8(ascii: "e") || peek() == UInt8(ascii: "E") {
      advance()
      if peek() == UInt8(ascii: "+") || peek() == UInt8(ascii: "-") { advance() }
      guard skipDigits() else { throw failure("a number needs digits in its exponent") }
    }
    let text = String(decoding: bytes[start..<index], as: UTF8.self)
    guard let number = Double(text), number.isFinite else {
      throw JSONSyntaxError(
        message: "the number \(text.clipped()) is out of range", position: startPosition)
    }
    return number
  }

  /// Skips a run of digits; `true` when there was at least one.
  private mutating func skipDigits() -> Bool {
    var any = false
    while let byte = peek(), (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) {
      advance()
      any = true
    }
    return any
  }
}
