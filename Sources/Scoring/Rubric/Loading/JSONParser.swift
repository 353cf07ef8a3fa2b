/// A strict JSON parser (RFC 8259) that records the line and column of every
/// value and key. `JSONSerialization` and `JSONDecoder` lose positions and key
/// order, both of which the rubric loader needs for its messages.
struct JSONParser {
  /// Deeper nesting than this is refused, so a hostile file cannot exhaust the stack.
  static let maximumDepth = 256

  private let bytes: [UInt8]
  private var index = 0
  private var line = 1
  private var column = 1
  private var depth = 0

  /// Parses one JSON value that fills the whole text (a UTF-8 byte-order mark
  /// is skipped).
  /// - Throws: `JSONSyntaxError` at the first place the text is not JSON.
  static func parse(_ bytes: [UInt8]) throws(JSONSyntaxError) -> JSONNode {
    var parser = JSONParser(bytes: bytes)
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { parser.index = 3 }
    parser.skipWhitespace()
    let node = try parser.parseValue()
    parser.skipWhitespace()
    guard parser.index == bytes.count else {
      throw parser.failure("unexpected \(parser.describeCurrent()) after the end of the JSON value")
    }
    return node
  }

  private init(bytes: [UInt8]) {
    self.bytes = bytes
  }

  // MARK: - Values

  private mutating func parseValue() throws(JSONSyntaxError) -> JSONNode {
    let position = currentPosition
    guard let byte = peek() else { throw failure("unexpected end of file; a value is missing") }
    switch byte {
    case UInt8(ascii: "{"): return JSONNode(value: .object(try parseObject()), position: position)
    case UInt8(ascii: "["): return JSONNode(value: .array(try parseArray()), position: position)
    case UInt8(ascii: "\""): return JSONNode(value: .string(try parseString()), position: position)
    case UInt8(ascii: "t"): try expectLiteral("true")
      return JSONNode(value: .bool(true), position: position)
    case UInt8(ascii: "f"): try expectLiteral("false")
      return JSONNode(value: .bool(false), position: position)
    case UInt8(ascii: "n"): try expectLiteral("null")
      return JSONNode(value: .null, position: position)
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
      return JSONNode(value: .number(try parseNumber()), position: position)
    default:
      throw failure("unexpected \(describeCurrent()); expected a value")
    }
  }

  private mutating func parseObject() throws(JSONSyntaxError) -> [JSONMember] {
    try enterNesting()
    advance()
    var members: [JSONMember] = []
    skipWhitespace()
    if peek() == UInt8(ascii: "}") {
      advance()
      depth -= 1
      return members
    }
    while true {
      skipWhitespace()
      let keyPosition = currentPosition
      guard peek() == UInt8(ascii: "\"") else {
        throw failure("expected a key in double quotes, found \(describeCurrent())")
      }
      let key = try parseString()
      skipWhitespace()
      guard peek() == UInt8(ascii: ":") else {
        throw failure("expected `:` after the key \"\(key)\", found \(describeCurrent())")
      }
      advance()
      skipWhitespace()
      members.append(JSONMember(key: key, keyPosition: keyPosition, value: try parseValue()))
      skipWhitespace()
      switch peek() {
      case UInt8(ascii: ","): advance()
      case UInt8(ascii: "}"):
        advance()
        depth -= 1
        return members
      default:
        throw failure("expected `,` or `}` after an object member, found \(describeCurrent())")
      }
    }
  }

  private mutating func parseArray() throws(JSONSyntaxError) -> [JSONNode] {
    try enterNesting()
    advance()
    var elements: [JSONNode] = []
    skipWhitespace()
    if peek() == UInt8(ascii: "]") {
      advance()
      depth -= 1
      return elements
    }
    while true {
      skipWhitespace()
      elements.append(try parseValue())
      skipWhitespace()
      switch peek() {
      case UInt8(ascii: ","): advance()
      case UInt8(ascii: "]"):
        advance()
        depth -= 1
        return elements
      default:
        throw failure("expected `,` or `]` after a list element, found \(describeCurrent())")
      }
    }
  }

  private mutating func enterNesting() throws(JSONSyntaxError) {
    depth += 1
    if depth > Self.maximumDepth {
      throw failure("nesting deeper than \(Self.maximumDepth) levels")
    }
  }

  private mutating func expectLiteral(_ literal: String) throws(JSONSyntaxError) {
    let start = currentPosition
    for expected in literal.utf8 {
      guard peek() == expected else {
        throw JSONSyntaxError(
          message: "unexpected text; expected `\(literal)` (strings need double quotes)",
          position: start)
      }
      advance()
    }
  }
}

// MARK: - Strings and numbers

extension JSONParser {
  private mutating func parseString() throws(JSONSyntaxError) -> String {
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

  private mutating func parseNumber() throws(JSONSyntaxError) -> Double {
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
      throw JSONSyntaxError(message: "the number \(text) is out of range", position: startPosition)
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

// MARK: - Cursor

extension JSONParser {
  private var currentPosition: JSONPosition {
    JSONPosition(line: line, column: column)
  }

  private func peek() -> UInt8? {
    index < bytes.count ? bytes[index] : nil
  }

  /// Moves past one byte, keeping the line and the column (in scalars) up to date.
  private mutating func advance() {
    let byte = bytes[index]
    index += 1
    if byte == UInt8(ascii: "\n") {
      line += 1
      column = 1
    } else if byte & 0b1100_0000 != 0b1000_0000 {
      column += 1
    }
  }

  private mutating func skipWhitespace() {
    while let byte = peek(),
      byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    {
      advance()
    }
  }

  private func describeCurrent() -> String {
    guard let byte = peek() else { return "end of file" }
    guard byte >= 0x21, byte < 0x7F else {
      return "byte 0x" + String(byte, radix: 16, uppercase: true)
    }
    return "`\(Character(Unicode.Scalar(byte)))`"
  }

  private func failure(_ message: String) -> JSONSyntaxError {
    JSONSyntaxError(message: message, position: currentPosition)
  }
}
