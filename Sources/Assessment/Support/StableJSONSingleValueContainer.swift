/// The single-value container of ``StableJSONEncoder``: the value is the
/// encoder's node.
struct StableJSONSingleValueContainer: SingleValueEncodingContainer, StableJSONIntegerEncoding {
  /// The encoder the value is for.
  let encoder: StableJSONEncoder

  var codingPath: [any CodingKey] { encoder.codingPath }

  mutating func encodeNil() throws { encoder.node = .literal("null") }
  mutating func encode(_ value: Bool) throws { encoder.node = .literal(value ? "true" : "false") }
  mutating func encode(_ value: String) throws { encoder.node = .string(value) }
  mutating func encode(_ value: Double) throws {
    encoder.node = .literal(try encoder.number(value, key: nil))
  }
  mutating func encode(_ value: Float) throws {
    encoder.node = .literal(try encoder.number(value, key: nil))
  }

  mutating func encode<T: Encodable>(_ value: T) throws {
    encoder.node = try encoder.node(for: value, key: nil)
  }

  /// Sets an integer as its decimal digits.
  func add<Integer: BinaryInteger>(integer value: Integer) {
    encoder.node = .literal(String(value))
  }
}
