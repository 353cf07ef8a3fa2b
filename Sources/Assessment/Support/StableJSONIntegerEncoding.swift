/// A container of ``StableJSONEncoder`` that writes a value without a key
/// (the single-value and the unkeyed one): every integer type goes through
/// ``add(integer:)`` as its decimal digits.
protocol StableJSONIntegerEncoding {
  /// Writes an integer as its decimal digits.
  func add<Integer: BinaryInteger>(integer value: Integer)
}

extension StableJSONIntegerEncoding {
  mutating func encode(_ value: Int) throws { add(integer: value) }
  mutating func encode(_ value: Int8) throws { add(integer: value) }
  mutating func encode(_ value: Int16) throws { add(integer: value) }
  mutating func encode(_ value: Int32) throws { add(integer: value) }
  mutating func encode(_ value: Int64) throws { add(integer: value) }
  mutating func encode(_ value: UInt) throws { add(integer: value) }
  mutating func encode(_ value: UInt8) throws { add(integer: value) }
  mutating func encode(_ value: UInt16) throws { add(integer: value) }
  mutating func encode(_ value: UInt32) throws { add(integer: value) }
  mutating func encode(_ value: UInt64) throws { add(integer: value) }
}
