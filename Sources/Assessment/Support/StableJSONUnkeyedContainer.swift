/// The unkeyed container of ``StableJSONEncoder``: appends each value to its
/// array.
struct StableJSONUnkeyedContainer: UnkeyedEncodingContainer, StableJSONIntegerEncoding {
  /// The encoder whose array this is.
  let encoder: StableJSONEncoder
  /// The array the values go into.
  let array: JSONContainer

  var codingPath: [any CodingKey] { encoder.codingPath }
  var count: Int { array.values.count }

  mutating func encodeNil() throws { array.values.append(.literal("null")) }

  mutating func encode(_ value: Bool) throws {
    array.values.append(.literal(value ? "true" : "false"))
  }

  mutating func encode(_ value: String) throws { array.values.append(.string(value)) }

  mutating func encode(_ value: Double) throws {
    array.values.append(.literal(try encoder.number(value, key: StableJSONEncoder.IndexKey(count))))
  }

  mutating func encode(_ value: Float) throws {
    array.values.append(.literal(try encoder.number(value, key: StableJSONEncoder.IndexKey(count))))
  }

  mutating func encode<T: Encodable>(_ value: T) throws {
    array.values.append(try encoder.node(for: value, key: StableJSONEncoder.IndexKey(count)))
  }

  mutating func nestedContainer<NestedKey: CodingKey>(
    keyedBy keyType: NestedKey.Type
  ) -> KeyedEncodingContainer<NestedKey> {
    superEncoder().container(keyedBy: keyType)
  }

  mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
    superEncoder().unkeyedContainer()
  }

  mutating func superEncoder() -> any Encoder {
    let child = StableJSONEncoder(parent: encoder, key: StableJSONEncoder.IndexKey(count))
    array.values.append(.deferred(child))
    return child
  }

  /// Appends an integer as its decimal digits.
  func add<Integer: BinaryInteger>(integer value: Integer) {
    array.values.append(.literal(String(value)))
  }
}
