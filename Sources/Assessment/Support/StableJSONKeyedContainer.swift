/// The keyed container of ``StableJSONEncoder``: adds each value to its
/// object under the key's string.
struct StableJSONKeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
  /// The encoder whose object this is.
  let encoder: StableJSONEncoder
  /// The object the values go into.
  let object: JSONContainer

  var codingPath: [any CodingKey] { encoder.codingPath }

  mutating func encodeNil(forKey key: Key) throws {
    object.add(.literal("null"), forKey: key.stringValue)
  }

  mutating func encode(_ value: Bool, forKey key: Key) throws {
    object.add(.literal(value ? "true" : "false"), forKey: key.stringValue)
  }

  mutating func encode(_ value: String, forKey key: Key) throws {
    object.add(.string(value), forKey: key.stringValue)
  }

  mutating func encode(_ value: Double, forKey key: Key) throws {
    object.add(.literal(try encoder.number(value, key: key)), forKey: key.stringValue)
  }

  mutating func encode(_ value: Float, forKey key: Key) throws {
    object.add(.literal(try encoder.number(value, key: key)), forKey: key.stringValue)
  }

  mutating func encode(_ value: Int, forKey key: Key) throws { add(value, key) }
  mutating func encode(_ value: Int8, forKey key: Key) throws { add(value, key) }
  mutating func encode(_ value: Int16, forKey key: Key) throws { add(value, key) }
  mutating func encode(_ value: Int32, forKey key: Key) throws { add(value, key) }
  mutating func encode(_ value: Int64, forKey key: Key) throws { add(value, key) }
  mutating func encode(_ value: UInt, forKey key: Key) throws { add(value, key) }
  mutating func encode(_ value: UInt8, forKey key: Key) throws { add(value, key) }
  mutating func encode(_ value: UInt16, forKey key: Key) throws { add(value, key) }
  mutating func encode(_ value: UInt32, forKey key: Key) throws { add(value, key) }
  mutating func encode(_ value: UInt64, forKey key: Key) throws { add(value, key) }

  mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
    object.add(try encoder.node(for: value, key: key), forKey: key.stringValue)
  }

  mutating func nestedContainer<NestedKey: CodingKey>(
    keyedBy keyType: NestedKey.Type, forKey key: Key
  ) -> KeyedEncodingContainer<NestedKey> {
    superEncoder(forKey: key).container(keyedBy: keyType)
  }

  mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
    superEncoder(forKey: key).unkeyedContainer()
  }

  mutating func superEncoder() -> any Encoder {
    let child = StableJSONEncoder(parent: encoder, key: StableJSONEncoder.SuperKey())
    object.add(.deferred(child), forKey: "super")
    return child
  }

  mutating func superEncoder(forKey key: Key) -> any Encoder {
    let child = StableJSONEncoder(parent: encoder, key: key)
    object.add(.deferred(child), forKey: key.stringValue)
    return child
  }

  /// Adds an integer as its decimal digits.
  private func add<Integer: BinaryInteger>(_ value: Integer, _ key: Key) {
    object.add(.literal(String(value)), forKey: key.stringValue)
  }
}
