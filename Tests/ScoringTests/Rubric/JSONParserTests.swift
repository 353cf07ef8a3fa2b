import Testing

@testable import Scoring

@Suite struct JSONParserTests {}

extension JSONParserTests {
  private func parse(_ text: String) throws(JSONSyntaxError) -> JSONNode {
    try JSONParser.parse(Array(text.utf8))
  }

  /// Keys and values carry their line and column; columns count characters, not bytes.
  @Test func recordsPositions() throws {
    let node = try parse("{\n  \"ë\": \"é\", \"b\": [1,\n true]\n}")
    guard case .object(let members) = node.value else {
      Issue.record("not an object")
      return
    }
    #expect(members.map(\.key) == ["ë", "b"])
    #expect(members[0].keyPosition == JSONPosition(line: 2, column: 3))
    #expect(members[0].value.position == JSONPosition(line: 2, column: 8))
    #expect(members[1].keyPosition == JSONPosition(line: 2, column: 13))
    guard case .array(let elements) = members[1].value.value else {
      Issue.record("not a list")
      return
    }
    #expect(
      elements.map(\.position)
        == [JSONPosition(line: 2, column: 19), JSONPosition(line: 3, column: 2)])
  }

  /// Escapes, including surrogate pairs, decode to the right characters.
  @Test func decodesEscapes() throws {
    let node = try parse(#""a\"b\\c\/d\n\u00e9\ud83d\ude00""#)
    guard case .string(let text) = node.value else {
      Issue.record("not a string")
      return
    }
    #expect(text == "a\"b\\c/d\né😀")
  }

  /// Numbers, literals, and a byte-order mark at the start are read.
  @Test func readsNumbersAndLiterals() throws {
    let bytes = [0xEF, 0xBB, 0xBF] + Array("[-1.5e2, 0, true, false, null]".utf8)
    let node = try JSONParser.parse(bytes)
    guard case .array(let elements) = node.value else {
      Issue.record("not a list")
      return
    }
    #expect(
      elements.map(\.kindDescription) == ["a number", "a number", "`true`", "`false`", "null"])
    if case .number(let number) = elements[0].value { #expect(number == -150) }
  }

  /// Malformed JSON is refused with the position where parsing stopped.
  @Test(arguments: [
    ("{\"a\": 1,}", "expected a key in double quotes, found `}`", 1, 9),
    ("[1 2]", "expected `,` or `]` after a list element, found `2`", 1, 4),
    ("{\"a\" 1}", "expected `:` after the key \"a\", found `1`", 1, 6),
    ("{\"a\": tru}", "unexpected text; expected `true` (strings need double quotes)", 1, 7),
    ("\"open", "a string is not closed with `\"`", 1, 1),
    ("01", "unexpected `1` after the end of the JSON value", 1, 2),
    (
      "{\"a\": \"x\ny\"}",
      "a control character (such as a line break) inside a string; write it as `\\n`", 1, 9
    ),
    ("[1.]", "a number needs digits after the `.`", 1, 4),
    ("{\"a\": 'x'}", "unexpected `'`; expected a value", 1, 7),
    ("\"\\ud800\"", "a lone surrogate in a `\\u` escape", 1, 8),
  ])
  func refusesMalformedJSON(text: String, message: String, line: Int, column: Int) {
    let position = JSONPosition(line: line, column: column)
    #expect(throws: JSONSyntaxError(message: message, position: position)) {
      try parse(text)
    }
  }

  /// Nesting deeper than the limit is refused instead of exhausting the stack.
  @Test func refusesDeepNesting() {
    let text = String(repeating: "[", count: JSONParser.maximumDepth + 1)
    #expect(throws: JSONSyntaxError.self) { try parse(text) }
  }
}
