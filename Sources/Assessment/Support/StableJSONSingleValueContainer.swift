/// The single-value container of ``StableJSONEncoder``: the value is the
/// encoder's node.
struct StableJSONSingleValueContainer: SingleValueEncodingContainer {
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
  mutating func encode(_ value: Int) throws { add(value) }
  mutating func encode(_ value: Int8) throws { add(value) }
  mutating func encode(_ value: Int16) throws { add(value) }
  mutating func encode(_ value: Int32) throws { add(value) }
  mutating func encode(_ value: Int64) throws { add(value) }
  mutating func encode(_ value: UInt) throws { add(value) }
  mutating func encode(_ value: UInt8) throws { add(value) }
  mutating func encode(_ value: UInt16) throws { add(value) }
  mutating func encode(_ value: UInt32) throws { add(value) }
  mutating func encode(_ value: UInt64) throws { add(value) }

  mutating func encode<T: Encodable>(_ value: T) throws {
    encoder.node = try encoder.node(for: value, key: nil)
  }

  /// Sets an integer as its decimal digits.
  private func add<Integer: BinaryInteger>(_ value: Integer) {
    encoder.node = .literal(String(value))
  }
}
