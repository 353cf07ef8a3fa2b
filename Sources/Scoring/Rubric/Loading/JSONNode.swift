/// A position in JSON text: 1-based line and column (in Unicode scalars).
struct JSONPosition: Sendable, Equatable {
  /// The 1-based line.
  var line: Int
  /// The 1-based column.
  var column: Int
}

/// A parsed JSON value together with the position where it starts, so that
/// problems found in it can name the line. Objects keep their members in the
/// order they are written, duplicates included.
struct JSONNode: Sendable {
  /// The kinds of JSON value.
  enum Value: Sendable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONNode])
    case object([JSONMember])
  }

  /// The value.
  var value: Value
  /// Where the value starts.
  var position: JSONPosition

  /// The kind of the value in words, for messages: "a string", "null", "1.5".
  var kindDescription: String {
    switch value {
    case .null: "null"
    case .bool(let flag): "`\(flag)`"
    case .number: "a number"
    case .string: "a string"
    case .array: "a list"
    case .object: "an object"
    }
  }
}

/// One `"key": value` member of a JSON object.
struct JSONMember: Sendable {
  /// The key.
  var key: String
  /// Where the key starts.
  var keyPosition: JSONPosition
  /// The value.
  var value: JSONNode
}

/// A JSON text that is not well-formed.
struct JSONSyntaxError: Error, Sendable, Equatable {
  /// What is wrong, such as "expected `,` or `}` after an object member".
  var message: String
  /// Where the parser stopped.
  var position: JSONPosition
}
