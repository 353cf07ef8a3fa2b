/// A paragraph or list item whose lines are still being collected.
///
/// Lines are joined with a space, except that a word hyphenated at the end of
/// a line (`partici-` / `patie`) is joined without the hyphen. The hyphen
/// stays when the next line starts with a conjunction, as in Dutch `woon- en
/// werkgebied`.
struct PendingBlock {
  /// A paragraph or a list item.
  var kind: BlockKind
  /// Where the block starts.
  var location: SourceLocation
  /// The joined text so far, markup included.
  private(set) var text: String
  /// The number of lines joined so far.
  private(set) var lineCount = 1

  /// Words that follow a hyphen that must stay (`woon- en werkgebied`).
  private static let conjunctions: Set<Substring> = [
    "en", "of", "tot", "noch", "dan", "and", "or", "to", "nor",
  ]

  /// Starts a block with its first line.
  init(kind: BlockKind, line: SourceLine, text: Substring) {
    self.kind = kind
    self.location = SourceLocation(line: line.number, column: line.column)
    self.text = String(text)
  }

  /// Whether the text so far ends like a sentence or clause (`.`, `!`, `?`,
  /// `:`, `;`), ignoring emphasis markers and closing quotes or brackets.
  var endsSentence: Bool {
    let trailing = text.unicodeScalars.reversed().first {
      !"*_`\"'”’)]".unicodeScalars.contains($0)
    }
    guard let trailing else { return false }
    return ".!?:;".unicodeScalars.contains(trailing)
  }

  /// Adds the next line.
  mutating func append(_ line: Substring) {
    lineCount += 1
    guard !text.isEmpty else {
      text = String(line)
      return
    }
    if joinsHyphenated(line) {
      text.removeLast()
      text += line
    } else {
      text += " "
      text += line
    }
  }

  /// Whether the text ends in a word broken with a hyphen that the line
  /// completes.
  private func joinsHyphenated(_ line: Substring) -> Bool {
    let scalars = text.unicodeScalars
    guard scalars.last == "-", let first = line.first, first.isLowercase else { return false }
    let beforeHyphen = scalars.dropLast().last
    guard let beforeHyphen, beforeHyphen.properties.isAlphabetic else { return false }
    let nextWord = line.prefix { $0.isLetter }
    return !Self.conjunctions.contains(nextWord)
  }
}
