extension String {
  // MARK: - Wrapping

  /// The text broken at spaces into lines of at most `width` characters.
  ///
  /// Each line after the first starts with `indent`; the first starts with
  /// `firstIndent`, or `indent` when that is `nil`. A word longer than a line
  /// stands on a line of its own.
  func wrapped(width: Int, indent: String = "", firstIndent: String? = nil) -> String {
    var lines: [String] = []
    var current = firstIndent ?? indent
    var currentHasWord = false
    for word in split(separator: " ", omittingEmptySubsequences: true) {
      let candidate = currentHasWord ? current + " " + word : current + word
      if currentHasWord && candidate.count > width {
        lines.append(current)
        current = indent + word
      } else {
        current = candidate
      }
      currentHasWord = true
    }
    lines.append(current)
    return lines.joined(separator: "\n")
  }

  // MARK: - Shortening

  /// The text on one line of at most `width` characters.
  ///
  /// It is unchanged when it fits; else without its parenthesised asides when
  /// that makes it fit; else cut at the last space that fits, with `…` added.
  func shortened(to width: Int) -> String {
    guard count > width else { return self }
    let withoutAsides = removingParentheses()
    if withoutAsides.count <= width { return withoutAsides }
    var result = ""
    for word in withoutAsides.split(separator: " ") {
      let candidate = result.isEmpty ? String(word) : result + " " + word
      if candidate.count + 1 > width { break }
      result = candidate
    }
    while let last = result.last, ",;:–-".contains(last) { result.removeLast() }
    return result + "…"
  }

  /// The text without `( … )` asides and the space before them.
  private func removingParentheses() -> String {
    var result = ""
    var depth = 0
    for character in self {
      if character == "(" {
        depth += 1
        while result.last == " " { result.removeLast() }
      } else if character == ")" && depth > 0 {
        depth -= 1
      } else if depth == 0 {
        result.append(character)
      }
    }
    return result
  }
}
