/// Finds where the quoting of a CSV text breaks RFC 4180, with the line, so a
/// bad `plans.csv` can be fixed at the right place.
enum CSVQuoteCheck {
  /// The first quoting problem: its 1-based line and what is wrong; `nil`
  /// when the quotes are well-formed.
  /// - Parameter separator: The field separator (`;` or `,`).
  static func firstProblem(in text: String, separator: Character) -> (line: Int, message: String)? {
    var line = 1
    var openedOn: Int?
    var fieldStart = true
    var afterClosingQuote = false
    var characters = (text.first == "\u{FEFF}" ? text.dropFirst() : text[...]).makeIterator()
    var pending = characters.next()
    while let character = pending {
      pending = characters.next()
      if openedOn != nil {
        if character == "\"" {
          if pending == "\"" {
            pending = characters.next()
          } else {
            openedOn = nil
            afterClosingQuote = true
          }
        } else if character.isNewline {
          line += 1
        }
        continue
      }
      if character == separator || character.isNewline {
        if character.isNewline { line += 1 }
        fieldStart = true
        afterClosingQuote = false
        continue
      }
      if afterClosingQuote {
        return (
          line,
          "after a closing quote `\"` comes `\(character)`; only `\(separator)` or the end of "
            + "the line may follow (write a quote inside a quoted cell as `\"\"`)"
        )
      }
      if character == "\"" {
        guard fieldStart else {
          return (
            line,
            "a quote `\"` in the middle of a cell; put the whole cell in quotes and write the "
              + "quote as `\"\"`"
          )
        }
        openedOn = line
      }
      fieldStart = false
    }
    if let opened = openedOn {
      return (opened, "a quoted cell that starts here is never closed with `\"`")
    }
    return nil
  }
}
