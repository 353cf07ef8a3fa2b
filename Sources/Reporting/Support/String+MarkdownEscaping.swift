extension String {
  /// The text with Markdown's special characters escaped, so plan text shows
  /// as written and cannot inject links, emphasis or HTML.
  package var markdownEscaped: String {
    var result = ""
    result.reserveCapacity(count)
    for character in self {
      if Self.markdownSpecials.contains(character) { result.append("\\") }
      result.append(character)
    }
    return result.replacingOccurrences(of: "\n", with: " ")
  }

  private static let markdownSpecials: Set<Character> = [
    "\\", "`", "*", "_", "{", "}", "[", "]", "<", ">", "(", ")", "#", "+", "!", "|", "~",
  ]
}
