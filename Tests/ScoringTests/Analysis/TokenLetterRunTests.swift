import PlanReading
import TestSupport
import Testing

@testable import Scoring

/// The tokenizer passes over a run of ASCII letters in one tight loop, where
/// it tested every byte for a letter or digit and then for a digit; these
/// tests pin the tokens' bounds, number flags and folded forms to the loop
/// before (kept here as the reference) on generated texts.
@Suite("Tokens: runs of ASCII letters in one loop, the tokens as before")
struct TokenLetterRunTests {
  /// A token as the loop before bounded it: start, end and number flag.
  private struct Bounds: Equatable {
    var start: Int
    var end: Int
    var isNumber: Bool
    var isASCII: Bool
  }

  /// The bounds of every token of `bytes`, byte by byte as before.
  private static func boundsBefore(_ bytes: UnsafeBufferPointer<UInt8>) -> [Bounds] {
    func joinsLetters(_ index: Int, length: Int) -> Bool {
      let before = UTF8Text.previousScalarStart(in: bytes, before: index)
      return UTF8Text.isLetter(in: bytes, at: before)
        && UTF8Text.isLetter(in: bytes, at: index + length)
    }
    var found: [Bounds] = []
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      if byte < 0x80 {
        guard UTF8Text.isASCIIAlphanumeric(byte) else {
          index += 1
          continue
        }
      } else {
        let (scalar, length) = UTF8Text.scalar(in: bytes, at: index)
        guard UTF8Text.isWordScalar(scalar) else {
          index += length
          continue
        }
      }
      let start = index
      var end = start
      var isASCII = true
      var isNumber = true
      while end < bytes.count {
        let byte = bytes[end]
        if byte < 0x80 {
          if UTF8Text.isASCIIAlphanumeric(byte) {
            if !UTF8Text.isASCIIDigit(byte) { isNumber = false }
            end += 1
          } else if (byte == 0x2E || byte == 0x2C), isNumber, end > start,
            end + 1 < bytes.count, UTF8Text.isASCIIDigit(bytes[end + 1])
          {
            end += 1
          } else if byte == 0x27, joinsLetters(end, length: 1) {
            isNumber = false
            end += 1
          } else {
            break
          }
        } else {
          let (scalar, length) = UTF8Text.scalar(in: bytes, at: end)
          if UTF8Text.isWordScalar(scalar) {
            isASCII = false
            isNumber = false
            end += length
          } else if scalar.value == 0x2019 || scalar.value == 0x02BC,
            joinsLetters(end, length: length)
          {
            isASCII = false
            isNumber = false
            end += length
          } else {
            break
          }
        }
      }
      found.append(Bounds(start: start, end: end, isNumber: isNumber, isASCII: isASCII))
      index = end
    }
    return found
  }

  /// Letters in both cases, digits, number separators, apostrophes,
  /// hyphens, spaces, letters and marks beyond ASCII, and punctuation.
  private static let alphabet: [String] = [
    "a", "Z", "plan", "WIJK", "é", "ĳ", "\u{0301}", "3", "25", ".", ",", "'", "’", "\u{02BC}", "-",
    " ", " ", "\u{00A0}", "ß", "٣", "/", "€", "x", "Q",
  ]

  @Test("generated texts give the tokens the loop before gave")
  func generated() {
    let analyzer = TextAnalyzer(language: .nl)
    var tokenCount = 0
    for text in GeneratedTexts(Self.alphabet, count: 30_000, lengthShift: 59) {
      var copy = text
      let before = copy.withUTF8 { Self.boundsBefore($0) }
      let tokens = analyzer.tokens(in: text[...])
      #expect(
        tokens.map { Bounds(start: $0.start, end: $0.end, isNumber: $0.isNumber, isASCII: true) }
          == before.map { Bounds(start: $0.start, end: $0.end, isNumber: $0.isNumber, isASCII: true) },
        "\(text.debugDescription)")
      for (token, bounds) in zip(tokens, before) {
        let word = AnalysisTestSupport.slice(text, bounds.start..<bounds.end)
        let folded =
          bounds.isNumber
          ? word : bounds.isASCII ? String(word.lowercased()) : TextAnalyzer.fold(word[...])
        #expect(token.folded == folded, "\(text.debugDescription)")
      }
      tokenCount += tokens.count
      analyzer.emptyCacheIfFull()
    }
    #expect(tokenCount > 50_000)
  }
}
