import PlanReading

/// A strict JSON parser (RFC 8259) that records the line and column of every
/// value and key. `JSONSerialization` and `JSONDecoder` lose positions and key
/// order, both of which the rubric loader needs for its messages.
struct JSONParser {
  /// Deeper nesting than this is refused, so a hostile file cannot exhaust the stack.
  static let maximumDepth = 256

  /// The text being parsed.
  let bytes: [UInt8]
  /// The offset of the next byte.
  private(set) var index = 0
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
    case UInt8(ascii: "t"):
      try expectLiteral("true")
      return JSONNode(value: .bool(true), position: position)
    case UInt8(ascii: "f"):
      try expectLiteral("false")
      return JSONNode(value: .bool(false), position: position)
    case UInt8(ascii: "n"):
      try expectLiteral("null")
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
        throw failure("expected `:` after the key \"\(key.clipped())\", found \(describeCurrent())")
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

// MARK: - Cursor

extension JSONParser {
  /// Where the next byte stands.
  var currentPosition: JSONPosition {
    JSONPosition(line: line, column: column)
  }

  /// The next byte, or `nil` at the end.
  func peek() -> UInt8? {
    index < bytes.count ? bytes[index] : nil
  }

  /// Moves past one byte, keeping the line and the column (in scalars) up to date.
  mutating func advance() {
    let byte = bytes[index]
    index += 1
    if byte == UInt8(ascii: "\n") {
      line += 1
      column = 1
    } else if byte & 0b1100_0000 != 0b1000_0000 {
      column += 1
    }
  }

  /// Moves past spaces, tabs and line breaks.
  mutating func skipWhitespace() {
    while let byte = peek(),
      byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    {
      advance()
    }
  }

  /// The next byte in words, for messages.
  func describeCurrent() -> String {
    guard let byte = peek() else { return "end of file" }
    guard byte >= 0x21, byte < 0x7F else {
      return "byte 0x" + String(byte, radix: 16, uppercase: true)
    }
    return "`\(Character(Unicode.Scalar(byte)))`"
  }

  /// A syntax error at the current position.
  func failure(_ message: String) -> JSONSyntaxError {
    JSONSyntaxError(message: message, position: currentPosition)
  }
}
