extension String {
  /// The text with every run of white space (spaces, tabs, line breaks,
  /// no-break spaces) turned into one space, and no space at either end.
  func collapsingXMLWhiteSpace() -> String {
    var result = ""
    result.reserveCapacity(utf8.count)
    var pendingSpace = false
    for character in self {
      if character.isWhitespace {
        pendingSpace = !result.isEmpty
      } else {
        if pendingSpace {
          result.append(" ")
          pendingSpace = false
        }
        result.append(character)
      }
    }
    return result
  }
}
