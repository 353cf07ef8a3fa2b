/// A well-formed JSON text parsed with the positions of its values, so that
/// checks of other JSON files the tools read (assessment files) can name the
/// line and column of a syntax error or a bad value, as the rubric loader does.
public struct JSONOutline: Sendable {
  /// One step of a path into the JSON: a key of an object or an index of a list.
  public enum Step: Hashable, Sendable {
    /// A member of an object.
    case key(String)
    /// An element of a list, from 0.
    case index(Int)
  }

  /// The parsed text.
  private let root: JSONNode

  /// Where and why a JSON text is not well-formed.
  public struct SyntaxError: Error, Sendable, Equatable {
    /// "line 3, column 11: expected a value …", as ``JSONSyntaxCheck`` says it.
    public var description: String
  }

  /// Parses a JSON text.
  /// - Throws: ``SyntaxError`` with the line and column of the first problem.
  public init(parsing bytes: [UInt8]) throws(SyntaxError) {
    do {
      root = try JSONParser.parse(bytes)
    } catch {
      throw SyntaxError(
        description: "line \(error.position.line), column \(error.position.column): "
          + error.message)
    }
  }

  /// The 1-based line and column where the value at `path` starts; for a
  /// path that does not exist, where its deepest existing part starts.
  public func position(of path: [Step]) -> (line: Int, column: Int) {
    var node = root
    for step in path {
      guard let next = Self.child(of: node, step) else { break }
      node = next
    }
    return (node.position.line, node.position.column)
  }

  /// The number at `path`, or `nil` when there is none (or something else).
  public func number(at path: [Step]) -> Double? {
    guard case .number(let value) = node(at: path)?.value else { return nil }
    return value
  }

  /// The length of the list at `path`, or `nil` when there is no list.
  public func count(at path: [Step]) -> Int? {
    guard case .array(let items) = node(at: path)?.value else { return nil }
    return items.count
  }

  // MARK: - Walking

  private func node(at path: [Step]) -> JSONNode? {
    var node = root
    for step in path {
      guard let next = Self.child(of: node, step) else { return nil }
      node = next
    }
    return node
  }

  private static func child(of node: JSONNode, _ step: Step) -> JSONNode? {
    switch (node.value, step) {
    case (.object(let members), .key(let key)):
      return members.last { $0.key == key }?.value
    case (.array(let items), .index(let index)):
      return items.indices.contains(index) ? items[index] : nil
    default:
      return nil
    }
  }
}
