import Foundation

/// An `Encoder` that gives the bytes of Foundation's `JSONEncoder` with the
/// output formatting `.sortedKeys` and `.withoutEscapingSlashes` (and
/// `.prettyPrinted` when asked), its default strategies (`Data` as Base64,
/// `Date` as its own encoding, NaN and infinities refused), without its costs:
/// no dynamic casts of every value, no dictionary per object.
///
/// It builds a tree of ``JSONNode``s as values are encoded, then writes it
/// with ``JSONTreeWriter``, sorting each object's keys by their UTF-8 bytes.
final class StableJSONEncoder: Encoder {
  /// The encoder of the container this one encodes a value of, if any:
  /// unowned, since that container holds this encoder (an encoder lives as
  /// long as the tree of the value being encoded, which its root holds).
  private unowned let parent: StableJSONEncoder?
  /// The key (or array position) of that value in its container.
  private let key: (any CodingKey)?
  /// What was encoded: `nil` until a container or value is asked for.
  var node: JSONNode?

  /// A top-level encoder.
  init() {
    parent = nil
    key = nil
  }

  /// The encoder of one value of `parent`'s container at `key`.
  init(parent: StableJSONEncoder, key: (any CodingKey)?) {
    self.parent = parent
    self.key = key
  }

  /// The JSON of `value`, pretty-printed or on one line.
  /// - Throws: `EncodingError` when the value encodes nothing, a NaN or an
  ///   infinity.
  static func encode<T: Encodable>(_ value: T, pretty: Bool) throws -> [UInt8] {
    let encoder = StableJSONEncoder()
    let node = try encoder.node(for: value, key: nil)
    if JSONTreeWriter.resolved(node) == nil {
      throw EncodingError.invalidValue(
        value,
        EncodingError.Context(
          codingPath: [], debugDescription: "Top-level \(T.self) did not encode any values."))
    }
    var writer = JSONTreeWriter(pretty: pretty)
    writer.write(node)
    return writer.bytes
  }

  // MARK: - Encoder

  var codingPath: [any CodingKey] {
    var path = parent?.codingPath ?? []
    if let key { path.append(key) }
    return path
  }

  var userInfo: [CodingUserInfoKey: Any] { [:] }

  func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
    KeyedEncodingContainer(StableJSONKeyedContainer<Key>(encoder: self, object: container(true)))
  }

  func unkeyedContainer() -> any UnkeyedEncodingContainer {
    StableJSONUnkeyedContainer(encoder: self, array: container(false))
  }

  func singleValueContainer() -> any SingleValueEncodingContainer {
    StableJSONSingleValueContainer(encoder: self)
  }

  /// The object or array this encoder holds, made on first use (asking twice
  /// gives the same one, as with Foundation).
  private func container(_ isObject: Bool) -> JSONContainer {
    if case .container(let existing)? = node, existing.isObject == isObject { return existing }
    let made = JSONContainer(isObject: isObject)
    node = .container(made)
    return made
  }

  // MARK: - Values

  /// The node of a value at `key` of this encoder's container: strings,
  /// numbers and booleans directly, `Data`, `URL` and `Decimal` as Foundation
  /// writes them, anything else through its own `encode(to:)` (an encoder
  /// that is given nothing is an empty object).
  func node<T: Encodable>(for value: T, key: (any CodingKey)?) throws -> JSONNode {
    if T.self == String.self { return .string(Self.cast(value, to: String.self)) }
    if T.self == Int.self { return .literal(String(Self.cast(value, to: Int.self))) }
    if T.self == Bool.self { return .literal(Self.cast(value, to: Bool.self) ? "true" : "false") }
    if T.self == Double.self {
      return .literal(try number(Self.cast(value, to: Double.self), key: key))
    }
    if T.self == Data.self { return .string(Self.cast(value, to: Data.self).base64EncodedString()) }
    if T.self == URL.self { return .string(Self.cast(value, to: URL.self).absoluteString) }
    if T.self == Decimal.self { return .literal(Self.cast(value, to: Decimal.self).description) }
    let child = StableJSONEncoder(parent: self, key: key)
    try value.encode(to: child)
    return .deferred(child)
  }

  /// A number as Foundation writes it: its `description` without a final
  /// `.0`.
  /// - Throws: `EncodingError.invalidValue` for a NaN or an infinity.
  func number<F: BinaryFloatingPoint & CustomStringConvertible>(
    _ value: F, key: (any CodingKey)?
  ) throws -> String {
    guard value.isFinite else {
      var path = codingPath
      if let key { path.append(key) }
      throw EncodingError.invalidValue(
        value,
        EncodingError.Context(
          codingPath: path,
          debugDescription: "Unable to encode \(F.self).\(value) directly in JSON."
        ))
    }
    var text = value.description
    if text.hasSuffix(".0") { text.removeLast(2) }
    return text
  }

  /// `value`, whose type is `U` (checked by the caller), as a `U`.
  @inline(__always)
  private static func cast<T, U>(_ value: T, to type: U.Type) -> U {
    withUnsafePointer(to: value) { UnsafeRawPointer($0).load(as: U.self) }
  }
}
