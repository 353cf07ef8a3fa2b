import PlanReading

/// Walks the parsed JSON of a rubric, checks its shape (keys, types, allowed
/// values) and builds the typed model, collecting every problem on the way
/// instead of stopping at the first. Where a value is wrong, a neutral
/// stand-in takes its place so the walk can go on; the loader throws the
/// model away when any error was found.
struct RubricReader {
  /// The problems found so far, in the order they were found.
  private(set) var problems: [RubricProblem] = []
  /// The paths of the values that were missing or wrong and got a stand-in in
  /// the model; the validator's findings there and around them are dropped.
  private(set) var standInPaths: [String] = []

  /// Records an error at `path`; `position` when it differs from the value's own.
  /// - Parameter standIn: Whether the model holds a stand-in for the value
  ///   (`false` for a key that is ignored, such as an unknown key).
  mutating func error(
    _ path: String, _ message: String, at position: JSONPosition? = nil, standIn: Bool = true
  ) {
    problems.append(
      RubricProblem(path: path, message: message, line: position?.line, column: position?.column))
    if standIn { standInPaths.append(path) }
  }

  /// Records that `node` is not of the `expected` kind ("a string", "an object").
  mutating func typeError(_ node: JSONNode, at path: String, expected: String) {
    error(path, "expected \(expected), found \(node.kindDescription)")
  }
}

// MARK: - Objects

extension RubricReader {
  /// The members of an object that passed the key checks.
  struct Members {
    /// The object's path.
    var path: String
    /// Where the object starts.
    var position: JSONPosition
    /// The known keys present, in file order, with their values; optional
    /// keys set to `null` are left out.
    var entries: [(key: String, node: JSONNode)]

    /// The value of `key`, or `nil` when it is absent.
    subscript(key: String) -> JSONNode? {
      entries.first { $0.key == key }?.node
    }

    /// The path of the member `key`.
    func path(_ key: String) -> String {
      RubricPath.member(path, key)
    }
  }

  /// Checks that `node` is an object with only the keys of `shape`, no key
  /// twice and every required key, and returns its members.
  /// - Parameters:
  ///   - expected: What the value should be, for the message when it is no object.
  ///   - keysAreLanguages: Whether the keys are language codes, which changes
  ///     the message for an unknown key.
  mutating func object(
    _ node: JSONNode, at path: String, shape: ObjectShape, expected: String = "an object",
    keysAreLanguages: Bool = false
  ) -> Members? {
    guard case .object(let members) = node.value else {
      typeError(node, at: path, expected: expected)
      return nil
    }
    var entries: [(key: String, node: JSONNode)] = []
    var seen: Set<String> = []
    for member in members {
      let memberPath = RubricPath.member(path, member.key)
      guard shape.known.contains(member.key) else {
        let message =
          keysAreLanguages
          ? Suggestion.unknownValueMessage("language", member.key, valid: shape.known)
          : unknownKeyMessage(member.key, shape: shape)
        error(memberPath, message, at: member.keyPosition, standIn: false)
        continue
      }
      guard seen.insert(member.key).inserted else {
        error(
          memberPath, "the key `\(member.key)` appears twice; keep one", at: member.keyPosition,
          standIn: false)
        continue
      }
      if case .null = member.value.value, shape.optional.contains(member.key) { continue }
      entries.append((member.key, member.value))
    }
    for key in shape.required where !seen.contains(key) {
      let message = "missing required key `\(key)`; add it"
      error(RubricPath.member(path, key), message, at: node.position)
    }
    return Members(path: path, position: node.position, entries: entries)
  }

  private func unknownKeyMessage(_ key: String, shape: ObjectShape) -> String {
    if let guess = Suggestion.closest(to: key, among: shape.known) {
      return "unknown key `\(key.clipped())`; did you mean `\(guess)`?"
    }
    let list = shape.known.map { "`\($0)`" }.joined(separator: ", ")
    return "unknown key `\(key.clipped())`; the keys allowed here are \(list)"
  }
}

// MARK: - Scalars

extension RubricReader {
  /// The string at `path`; `nil` (with a problem) when it is something else.
  mutating func string(_ node: JSONNode?, at path: String) -> String? {
    guard let node else { return nil }
    guard case .string(let text) = node.value else {
      typeError(node, at: path, expected: "a string")
      return nil
    }
    return text
  }

  /// The whole number at `path`; `nil` (with a problem) when it is something else.
  mutating func integer(_ node: JSONNode?, at path: String) -> Int? {
    guard let node else { return nil }
    guard case .number(let number) = node.value else {
      typeError(node, at: path, expected: "a whole number")
      return nil
    }
    guard number.rounded() == number, abs(number) < 1e15 else {
      error(path, "expected a whole number, found \(number)")
      return nil
    }
    return Int(number)
  }

  /// The number at `path`; `nil` (with a problem) when it is something else.
  mutating func number(_ node: JSONNode?, at path: String) -> Double? {
    guard let node else { return nil }
    guard case .number(let number) = node.value else {
      typeError(node, at: path, expected: "a number")
      return nil
    }
    return number
  }

  /// The `true` or `false` at `path`; `nil` (with a problem) when it is something else.
  mutating func bool(_ node: JSONNode?, at path: String) -> Bool? {
    guard let node else { return nil }
    guard case .bool(let flag) = node.value else {
      typeError(node, at: path, expected: "`true` or `false`")
      return nil
    }
    return flag
  }

  /// One of the values of `E`, written as its raw string.
  /// - Parameter what: What the value is in messages, such as "condition".
  mutating func choice<E: CaseIterable & RawRepresentable>(
    _ node: JSONNode?, at path: String, what: String
  ) -> E? where E.RawValue == String {
    guard let text = string(node, at: path) else { return nil }
    guard let value = E(rawValue: text) else {
      error(path, Suggestion.unknownValueMessage(what, text, valid: E.allCases.map(\.rawValue)))
      return nil
    }
    return value
  }
}

// MARK: - Lists and language maps

extension RubricReader {
  /// The elements of the list at `path`, each with its own path.
  mutating func elements(_ node: JSONNode?, at path: String) -> [(node: JSONNode, path: String)]? {
    guard let node else { return nil }
    guard case .array(let elements) = node.value else {
      typeError(node, at: path, expected: "a list")
      return nil
    }
    return elements.enumerated().map { ($0.element, RubricPath.element(path, $0.offset)) }
  }

  /// A list of strings; an element of another kind becomes `""` (with a
  /// problem) so that the indexes stay those of the file.
  mutating func strings(_ node: JSONNode?, at path: String) -> [String]? {
    elements(node, at: path)?.map { string($0.node, at: $0.path) ?? "" }
  }

  /// A list of values of `E`; elements that are not one are left out (with a problem).
  mutating func choices<E: CaseIterable & RawRepresentable>(
    _ node: JSONNode?, at path: String, what: String
  ) -> [E]? where E.RawValue == String {
    elements(node, at: path)?.compactMap { choice($0.node, at: $0.path, what: what) }
  }

  /// An object keyed by language code, each value read by `read`.
  /// - Parameter expected: What the value should be, for the message when it is no object.
  mutating func perLanguage<T>(
    _ node: JSONNode?, at path: String,
    expected: String = "an object with one entry per language, such as {\"nl\": …, \"en\": …}",
    read: (inout RubricReader, JSONNode, String) -> T?
  ) -> [PlanLanguage: T]? {
    guard let node else { return nil }
    let members = object(
      node, at: path, shape: .perLanguage, expected: expected, keysAreLanguages: true)
    guard let members else { return nil }
    var values: [PlanLanguage: T] = [:]
    for (key, value) in members.entries {
      guard let language = PlanLanguage(rawValue: key) else { continue }
      if let read = read(&self, value, members.path(key)) { values[language] = read }
    }
    return values
  }

  /// A text: `{"nl": "…", "en": "…"}`.
  mutating func text(_ node: JSONNode?, at path: String) -> LocalizedText? {
    let expected = "a text such as {\"nl\": \"…\", \"en\": \"…\"}"
    return perLanguage(node, at: path, expected: expected) { reader, node, path in
      reader.string(node, at: path)
    }.map(LocalizedText.init)
  }
}
