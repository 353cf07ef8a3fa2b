import Foundation

/// A sentence's text with its tokens, for what needs the words as written
/// (evidence texts, capital letters, punctuation between words) rather than
/// folded.
struct SentenceText {
  /// The sentence as written.
  var text: Substring
  /// Its tokens; their byte offsets are into ``text``.
  var tokens: [Token]

  /// The text of a token span, as written.
  func text(of span: Range<Int>) -> String {
    String(slice(tokens[span.lowerBound].start..<tokens[span.upperBound - 1].end))
  }

  /// The folded words of a token span, joined by spaces.
  func key(of span: Range<Int>) -> String {
    tokens[span].map(\.folded).joined(separator: " ")
  }

  // MARK: - Addresses

  /// Whether a token span lies in a mail or web address: the run of text
  /// without spaces around it holds `@`, `://` or starts with `www.`
  /// ("wijkbudget@gemeente.nl", "www.bewonersplatform.nl/inspraak"). Such
  /// words are no statement anyone made. The run is looked at for at most
  /// ``addressReach`` bytes on either side, so a long run without spaces
  /// costs no more than that per match.
  func isInAddress(_ span: Range<Int>) -> Bool {
    UTF8Text.withBytes(of: text) { bytes in
      var lower = tokens[span.lowerBound].start
      let floor = max(0, lower - Self.addressReach)
      while lower > floor, !Self.isSpace(bytes[lower - 1]) { lower -= 1 }
      var upper = tokens[span.upperBound - 1].end
      let ceiling = min(bytes.count, upper + Self.addressReach)
      while upper < ceiling, !Self.isSpace(bytes[upper]) { upper += 1 }
      let run = bytes[lower..<upper]
      if run.contains(UInt8(ascii: "@")) { return true }
      if run.starts(with: "www.".utf8) { return true }
      return run.indices.contains { index in
        index + 2 < run.endIndex && run[index] == UInt8(ascii: ":")
          && run[index + 1] == UInt8(ascii: "/") && run[index + 2] == UInt8(ascii: "/")
      }
    }
  }

  /// Whether the sentence may hold a mail or web address at all (an `@`,
  /// `://` or `www.` anywhere), so that most sentences skip
  /// ``isInAddress(_:)``.
  var mayHoldAddress: Bool {
    UTF8Text.withBytes(of: text) { bytes in
      Self.contains(UInt8(ascii: "@"), in: bytes) || Self.contains("://", in: bytes)
        || Self.contains("www.", in: bytes)
    }
  }

  /// Whether `literal` stands anywhere in `bytes`; `memchr` finds the
  /// candidates for its first byte.
  private static func contains(_ literal: StaticString, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    let literal = UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount)
    guard let base = bytes.baseAddress, let first = literal.first else { return false }
    var index = 0
    while index < bytes.count, let found = memchr(base + index, Int32(first), bytes.count - index) {
      index = UnsafeRawPointer(found) - UnsafeRawPointer(base)
      if bytes[index...].starts(with: literal) { return true }
      index += 1
    }
    return false
  }

  /// Whether `byte` stands anywhere in `bytes`.
  private static func contains(_ byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = bytes.baseAddress else { return false }
    return memchr(base, Int32(byte), bytes.count) != nil
  }

  /// How far from a match ``isInAddress(_:)`` looks for the ends of its run.
  static let addressReach = 200

  private static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
  }

  // MARK: - Proper names

  /// The proper name a span stands in: the run of capitalised words around it
  /// that nothing but spaces, hyphens, apostrophes or `&` separate, without
  /// leading `articles` ("The Northfield Trust" is "Northfield Trust"). `nil`
  /// when the span's first word is not capitalised.
  func name(around span: Range<Int>, skipping articles: Set<String>) -> Range<Int>? {
    guard isCapitalised(span.lowerBound) else { return nil }
    var lower = span.lowerBound
    while lower > 0, joins(lower - 1), isCapitalised(lower - 1) { lower -= 1 }
    var upper = span.upperBound
    while upper < tokens.count, joins(upper - 1), isCapitalised(upper) { upper += 1 }
    while lower < span.lowerBound, articles.contains(tokens[lower].folded) { lower += 1 }
    return lower..<upper
  }

  /// Whether a token starts with a capital letter.
  func isCapitalised(_ index: Int) -> Bool {
    slice(tokens[index].start..<tokens[index].end).first?.isUppercase ?? false
  }

  /// Whether token `index` and the next belong to one name: only spaces,
  /// hyphens, apostrophes or `&` stand between them.
  private func joins(_ index: Int) -> Bool {
    slice(tokens[index].end..<tokens[index + 1].start).allSatisfy { character in
      character.isWhitespace || Self.nameJoiners.contains(character)
    }
  }

  private static let nameJoiners: Set<Character> = ["-", "'", "’", "&"]

  /// The text between two byte offsets into ``text``.
  func slice(_ range: Range<Int>) -> Substring {
    let utf8 = text.utf8
    let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
    let end = utf8.index(start, offsetBy: range.count)
    return text[start..<end]
  }
}
