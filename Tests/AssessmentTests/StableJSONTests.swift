import Foundation
import Scoring
import TestSupport
import Testing

@testable import Assessment

/// ``StableJSON`` writes with its own encoder (``StableJSONEncoder``); these
/// tests pin its bytes to those of Foundation's `JSONEncoder` with the
/// options it replaces, on cards, on every kind of value Codable hands an
/// encoder, and on generated strings, numbers and keys.
@Suite("StableJSON writes Foundation's bytes")
struct StableJSONTests {
  /// The encoding `StableJSON` had before: Foundation's.
  private static func foundation<T: Encodable>(_ value: T, pretty: Bool) throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    if pretty { encoder.outputFormatting.insert(.prettyPrinted) }
    return try encoder.encode(value)
  }

  private static func expectSame<T: Encodable>(
    _ value: T, sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let file = try StableJSON.file(value)
    let line = try StableJSON.line(value)
    #expect(
      file == (try foundation(value, pretty: true)) + Data("\n".utf8),
      "\(String(decoding: file, as: UTF8.self))", sourceLocation: sourceLocation)
    #expect(
      line == (try foundation(value, pretty: false)),
      "\(String(decoding: line, as: UTF8.self))", sourceLocation: sourceLocation)
  }

  @Test("cards, alone and in a list, engine and merged")
  func cards() throws {
    let engine = MergedCardFixture.engineCard()
    let merged = try MergedCardFixture.card()
    try Self.expectSame(engine)
    try Self.expectSame(merged)
    try Self.expectSame([engine, merged])
    try Self.expectSame([Scorecard]())
  }

  @Test("every kind of value")
  func kinds() throws {
    try Self.expectSame(Kinds())
    try Self.expectSame(Kinds(empty: true))
    try Self.expectSame([Kinds(), Kinds(empty: true)])
    try Self.expectSame(["b": [1, 2], "a": [], "ab": [3], "": [4], "é": [5], "Z": [6]])
    try Self.expectSame([1: "x", 10: "y", 2: "z"])
    try Self.expectSame([[[Int]]]([[[]], [], [[1]]]))
    try Self.expectSame("top/level \"string\"")
    try Self.expectSame(12.5)
    try Self.expectSame(Optional<Int>.none)
    try Self.expectSame(Nested())
    try Self.expectSame(Repeated())
    try Self.expectSame([Silent()])
    try Self.expectSame(Wrapper(value: Silent()))
  }

  @Test("what cannot be encoded fails as with Foundation")
  func failures() {
    #expect(throws: EncodingError.self) { try StableJSON.line(Double.nan) }
    #expect(throws: EncodingError.self) { try StableJSON.file([Double.infinity]) }
    #expect(throws: EncodingError.self) { try StableJSON.line(Silent()) }
    #expect(throws: EncodingError.self) { try Self.foundation(Silent(), pretty: false) }
  }

  /// Encoders hold their children and refer to their parents unowned, so
  /// the tree of a value is freed once it is written.
  @Test("the tree of encoders is freed after encoding")
  func freed() throws {
    weak var child: StableJSONEncoder?
    do {
      let node = try StableJSONEncoder().node(for: Nested(), key: nil)
      if case .deferred(let encoder) = node { child = encoder }
      #expect(child != nil)
    }
    #expect(child == nil)
  }

  /// Strings with quotes, backslashes, slashes, every kind of control
  /// character, letters beyond ASCII and beyond the Basic Multilingual Plane,
  /// as values and as keys.
  @Test("generated strings and keys")
  func generatedStrings() throws {
    let alphabet: [String] = [
      "a", "Z", "é", "\"", "\\", "/", "\n", "\r", "\t", "\u{8}", "\u{C}", "\u{0}", "\u{1}", "\u{F}",
      "\u{10}", "\u{1F}", "\u{7F}", " ", "🙂", "\u{0301}", "\u{2028}", "ĳ", "_", "1", "-",
    ]
    var strings: [String] = []
    var keyed: [String: String] = [:]
    for text in GeneratedTexts(alphabet, count: 3_000, lengthShift: 60, atLeastOne: false) {
      strings.append(text)
      keyed[text] = text
    }
    try Self.expectSame(strings)
    try Self.expectSame(keyed)
  }

  /// Doubles from a fixed generator over many magnitudes, and the integers
  /// of every width at their limits.
  @Test("generated numbers")
  func generatedNumbers() throws {
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    var doubles: [Double] = [0, -0.0, 1, -1, 0.1, 0.5, 3, 1e-5, 1e16, 1e17, 123_456.789, 5e-324]
    for _ in 0..<5_000 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      let mantissa = Double(state >> 11) / Double(1 << 53)
      let exponent = Int(state % 61) - 30
      let value = mantissa * pow(10, Double(exponent))
      doubles.append(state & 1 == 0 ? value : -value)
      doubles.append((value * 10).rounded() / 10)
    }
    try Self.expectSame(doubles)
    try Self.expectSame(doubles.map { Float($0) })
    try Self.expectSame(Integers())
  }
}

// MARK: - Values

/// One of each value Codable hands an encoder, in keyed, unkeyed and
/// single-value containers.
private struct Kinds: Encodable {
  enum Color: String, Encodable { case red, blue }
  var text = "a/b \"c\" \\ d\né"
  var flag = true
  var off = false
  var whole = 3.0
  var fraction = -2.25
  var small: Float = 0.1
  var count = 42
  var nothing: Int? = nil
  var something: String? = "x"
  var color = Color.blue
  var list = ["x", "y"]
  var empty: [Int] = []
  var emptyObject: [String: Int] = [:]
  var nested = ["inner": ["deep": [1.5, 2]]]
  var data = Data([0, 1, 2, 250, 255])
  var url = URL(string: "https://example.org/a b?c=d")!
  var date = Date(timeIntervalSinceReferenceDate: 123_456.5)
  var decimal = Decimal(string: "12.340")!
  var optionals: [Int?] = [1, nil, 3]
  var uuid = UUID(uuidString: "E621E1F8-C36C-495A-93FC-0C247A3E6E5F")!

  init(empty: Bool = false) {
    guard empty else { return }
    list = []
    nested = [:]
    something = nil
  }
}

/// The integers of every width at their limits.
private struct Integers: Encodable {
  var values8: [Int8] = [.min, -1, 0, .max]
  var values16: [Int16] = [.min, .max]
  var values32: [Int32] = [.min, .max]
  var values64: [Int64] = [.min, .max]
  var unsigned: [UInt] = [0, .max]
  var unsigned8: [UInt8] = [0, .max]
  var unsigned16: [UInt16] = [.max]
  var unsigned32: [UInt32] = [.max]
  var unsigned64: [UInt64] = [.max]
  var int: [Int] = [.min, .max]
}

/// Nested containers, super encoders and values written one by one.
private struct Nested: Encodable {
  enum Keys: String, CodingKey { case b, a, list, object, parent }

  func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: Keys.self)
    var object = container.nestedContainer(keyedBy: Keys.self, forKey: .object)
    try object.encode(1, forKey: .b)
    try object.encodeNil(forKey: .a)
    var list = container.nestedUnkeyedContainer(forKey: .list)
    try list.encode("one")
    var inner = list.nestedContainer(keyedBy: Keys.self)
    try inner.encode(true, forKey: .a)
    var innerList = list.nestedUnkeyedContainer()
    try innerList.encode(2.5)
    try list.encodeNil()
    _ = list.superEncoder()
    try "late".encode(to: list.superEncoder())
    try 7.encode(to: container.superEncoder())
    _ = container.superEncoder(forKey: .parent)
    try object.encode(UInt8(9), forKey: .a)
  }
}

/// A key encoded twice: the last value stays.
private struct Repeated: Encodable {
  enum Keys: String, CodingKey { case key, other }

  func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: Keys.self)
    try container.encode(1, forKey: .key)
    try container.encode("x", forKey: .other)
    try container.encode(2, forKey: .key)
    var again = encoder.container(keyedBy: Keys.self)
    try again.encode(3, forKey: .other)
  }
}

/// A value that encodes nothing.
private struct Silent: Encodable {
  func encode(to encoder: any Encoder) throws {}
}

/// A value holding a value that encodes nothing.
private struct Wrapper<Value: Encodable>: Encodable {
  var value: Value
}
