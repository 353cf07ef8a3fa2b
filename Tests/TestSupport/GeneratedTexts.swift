/// Texts made of pieces of an alphabet, drawn by a linear congruential
/// generator with a fixed seed, so that a test comparing new code with the
/// code it replaces sees the same inputs on every run.
///
/// Each text has `Int(state >> lengthShift)` pieces (one more with
/// `atLeastOne`), so a shift of 61 gives up to 8 pieces and 58 up to 64.
public struct GeneratedTexts: Sequence {
  /// The pieces texts are made of.
  public let alphabet: [String]
  /// How many texts there are.
  public let count: Int
  /// How far the generator's state is shifted for a text's number of pieces.
  public let lengthShift: UInt64
  /// Whether every text has at least one piece.
  public let atLeastOne: Bool

  /// `count` texts from `alphabet`.
  public init(_ alphabet: [String], count: Int, lengthShift: UInt64, atLeastOne: Bool = true) {
    self.alphabet = alphabet
    self.count = count
    self.lengthShift = lengthShift
    self.atLeastOne = atLeastOne
  }

  public func makeIterator() -> Iterator {
    Iterator(texts: self)
  }

  /// The texts, one by one.
  public struct Iterator: IteratorProtocol {
    let texts: GeneratedTexts
    var made = 0
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15

    public mutating func next() -> String? {
      guard made < texts.count else { return nil }
      made += 1
      var text = ""
      advance()
      for _ in 0..<Int(state >> texts.lengthShift) + (texts.atLeastOne ? 1 : 0) {
        advance()
        text += texts.alphabet[Int(state >> 33) % texts.alphabet.count]
      }
      return text
    }

    private mutating func advance() {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
    }
  }
}
