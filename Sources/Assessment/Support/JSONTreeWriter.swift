/// Writes a tree of ``JSONNode``s as Foundation's `JSONWriter` does with the
/// output formatting `.sortedKeys` and `.withoutEscapingSlashes`: object
/// keys sorted by their UTF-8 bytes, a repeated key with its last value;
/// pretty-printed with two spaces a level and `" : "` after keys, or on one
/// line.
struct JSONTreeWriter {
  /// Whether to break lines and indent.
  let pretty: Bool
  /// The JSON so far.
  private(set) var bytes: [UInt8] = []
  /// The nesting level of the container being written.
  private var level = 0

  /// A writer of pretty-printed or one-line JSON.
  init(pretty: Bool) {
    self.pretty = pretty
  }

  /// The value a node stands for: a deferred encoder's own node (an empty
  /// object if it was given nothing), or the node itself.
  static func resolved(_ node: JSONNode) -> JSONNode? {
    var node = node
    while case .deferred(let encoder) = node {
      guard let inner = encoder.node else { return nil }
      node = inner
    }
    return node
  }

  /// Appends the JSON of `node`.
  mutating func write(_ node: JSONNode) {
    switch Self.resolved(node) {
    case .string(let text)?: writeString(text)
    case .literal(let text)?: bytes.append(contentsOf: text.utf8)
    case .container(let container)?:
      container.isObject ? writeObject(container) : writeArray(container)
    case .deferred?, nil: writeObject(JSONContainer(isObject: true))
    }
  }

  private mutating func writeArray(_ array: JSONContainer) {
    bytes.append(UInt8(ascii: "["))
    open()
    for (index, value) in array.values.enumerated() {
      separate(first: index == 0)
      write(value)
    }
    close()
    bytes.append(UInt8(ascii: "]"))
  }

  private mutating func writeObject(_ object: JSONContainer) {
    bytes.append(UInt8(ascii: "{"))
    open()
    let keys = object.keys
    // The sort is stable: equal keys stay in the order they were encoded,
    // and only the last of them is written.
    let order = keys.indices.sorted { keys[$0].utf8.lexicographicallyPrecedes(keys[$1].utf8) }
    var written = 0
    for (position, index) in order.enumerated() {
      if position + 1 < order.count, keys[order[position + 1]] == keys[index] { continue }
      separate(first: written == 0)
      written += 1
      writeString(keys[index])
      if pretty {
        bytes.append(contentsOf: [0x20, UInt8(ascii: ":"), 0x20])
      } else {
        bytes.append(UInt8(ascii: ":"))
      }
      write(object.values[index])
    }
    close()
    bytes.append(UInt8(ascii: "}"))
  }

  /// After an opening bracket: a line break, one level deeper.
  private mutating func open() {
    guard pretty else { return }
    bytes.append(0x0A)
    level += 1
  }

  /// Before each element: a comma after the first, and the indent.
  private mutating func separate(first: Bool) {
    if !first { bytes.append(UInt8(ascii: ",")) }
    guard pretty else { return }
    if !first { bytes.append(0x0A) }
    indent()
  }

  /// Before a closing bracket: a line break, one level up, and its indent.
  private mutating func close() {
    guard pretty else { return }
    bytes.append(0x0A)
    level -= 1
    indent()
  }

  private mutating func indent() {
    bytes.append(contentsOf: repeatElement(0x20, count: 2 * level))
  }

  /// A string in quotes, with `"`, `\` and control characters escaped as
  /// Foundation escapes them (`/` is not).
  private mutating func writeString(_ text: String) {
    bytes.append(UInt8(ascii: "\""))
    var text = text
    text.withUTF8 { utf8 in
      var mark = 0
      for (index, byte) in utf8.enumerated() where byte < 0x20 || byte == 0x22 || byte == 0x5C {
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[mark..<index]))
        mark = index + 1
        bytes.append(UInt8(ascii: "\\"))
        switch byte {
        case 0x22, 0x5C: bytes.append(byte)
        case 0x08: bytes.append(UInt8(ascii: "b"))
        case 0x0C: bytes.append(UInt8(ascii: "f"))
        case 0x0A: bytes.append(UInt8(ascii: "n"))
        case 0x0D: bytes.append(UInt8(ascii: "r"))
        case 0x09: bytes.append(UInt8(ascii: "t"))
        default:
          bytes.append(contentsOf: [UInt8(ascii: "u"), 0x30, 0x30])
          bytes.append(Self.hexDigit(byte >> 4))
          bytes.append(Self.hexDigit(byte & 0x0F))
        }
      }
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[mark...]))
    }
    bytes.append(UInt8(ascii: "\""))
  }

  /// The lower-case hexadecimal digit of a value below 16.
  private static func hexDigit(_ value: UInt8) -> UInt8 {
    value < 10 ? 0x30 + value : 0x61 + value - 10
  }
}
