/// What the shape tests of ``BlockLayout`` ask of one word of a short block,
/// found in one pass: on the bytes of an ASCII word, by `Character`s
/// otherwise.
struct LayoutWord: Equatable {
  /// How many characters the word has.
  var count: Int
  /// Whether every character is a number (`12`, `½`).
  var isNumber: Bool
  /// Whether the first character is upper case.
  var startsUppercase: Bool
  /// Whether the word ends in a comma.
  var endsWithComma: Bool
  /// Whether the last character closes a sentence or a clause: `.!?:;,`.
  var endsSentence: Bool
  /// Whether the word is a section number: a number first, then only numbers
  /// and periods, at most 8 characters (`3.1`, `12.`).
  var isSectionNumber: Bool
  /// How many numbers end the word (`INSPRAAK49`: 2).
  var trailingNumbers: Int
  /// Whether a letter stands just before those numbers.
  var letterBeforeTrailingNumbers: Bool

  /// The word's shape from its `Character`s.
  init(_ word: Substring) {
    count = word.count
    isNumber = word.allSatisfy(\.isNumber)
    startsUppercase = word.first?.isUppercase == true
    endsWithComma = word.hasSuffix(",")
    endsSentence = word.last.map { ".!?:;,".contains($0) } ?? false
    isSectionNumber = BlockLayout.startsWithSectionNumber(word)
    trailingNumbers = word.reversed().prefix(while: \.isNumber).count
    letterBeforeTrailingNumbers = word.dropLast(trailingNumbers).last?.isLetter == true
  }

  /// The word's shape from its bytes, which are ASCII without a carriage
  /// return (so every byte is a `Character`, a number is a digit, and only
  /// `A`–`Z` are upper case).
  init(ascii word: Slice<UnsafeBufferPointer<UInt8>>) {
    count = word.count
    var digits = 0
    var sectionNumber = true
    for byte in word {
      if UTF8Text.isASCIIDigit(byte) {
        digits += 1
      } else if byte != UInt8(ascii: ".") {
        sectionNumber = false
      }
    }
    isNumber = digits == word.count
    let first = word.first ?? 0
    startsUppercase = first >= 0x41 && first <= 0x5A
    let last = word.last ?? 0
    endsWithComma = last == UInt8(ascii: ",")
    switch last {
    case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ":"),
      UInt8(ascii: ";"), UInt8(ascii: ","):
      endsSentence = true
    default:
      endsSentence = false
    }
    isSectionNumber = UTF8Text.isASCIIDigit(first) && sectionNumber && word.count <= 8
    var trailing = 0
    var index = word.endIndex
    while index > word.startIndex, UTF8Text.isASCIIDigit(word[index - 1]) {
      trailing += 1
      index -= 1
    }
    trailingNumbers = trailing
    letterBeforeTrailingNumbers = index > word.startIndex && UTF8Text.isASCIILetter(word[index - 1])
  }
}
