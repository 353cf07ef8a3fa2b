/// Finds the known word a misspelt one was probably meant to be, for
/// messages such as "unknown key `wieght`; did you mean `weight`?".
enum Suggestion {
  /// The candidate closest to `word`, or `nil` when none is close enough.
  /// Case is ignored; a swap of two neighbouring letters counts as one edit.
  static func closest(to word: String, among candidates: [String]) -> String? {
    let folded = Array(word.lowercased())
    var best: (candidate: String, distance: Int)?
    for candidate in candidates {
      let target = Array(candidate.lowercased())
      let distance = editDistance(folded, target)
      let allowed = max(1, min(3, target.count / 3))
      guard distance <= allowed else { continue }
      if best.map({ distance < $0.distance }) ?? true {
        best = (candidate, distance)
      }
    }
    return best?.candidate
  }

  /// The message for a value that is not one of `valid`: it suggests the
  /// closest valid value when there is one and lists all of them.
  /// - Parameters:
  ///   - what: What the value is, such as "condition" or "document kind".
  ///   - value: The value found.
  ///   - valid: The values allowed.
  static func unknownValueMessage(_ what: String, _ value: String, valid: [String]) -> String {
    let list = valid.map { "`\($0)`" }.joined(separator: ", ")
    if let guess = closest(to: value, among: valid) {
      return "unknown \(what) `\(value)`; did you mean `\(guess)`? (valid: \(list))"
    }
    return "unknown \(what) `\(value)`; use one of: \(list)"
  }

  /// The optimal-string-alignment distance: insertions, deletions,
  /// substitutions and swaps of neighbours each cost one.
  private static func editDistance(_ lhs: [Character], _ rhs: [Character]) -> Int {
    if lhs.isEmpty { return rhs.count }
    if rhs.isEmpty { return lhs.count }
    var table = [[Int]](
      repeating: [Int](repeating: 0, count: rhs.count + 1), count: lhs.count + 1)
    for row in 0...lhs.count { table[row][0] = row }
    for column in 0...rhs.count { table[0][column] = column }
    for row in 1...lhs.count {
      for column in 1...rhs.count {
        let cost = lhs[row - 1] == rhs[column - 1] ? 0 : 1
        var value = min(
          table[row - 1][column] + 1, table[row][column - 1] + 1,
          table[row - 1][column - 1] + cost)
        if row > 1, column > 1, lhs[row - 1] == rhs[column - 2], lhs[row - 2] == rhs[column - 1] {
          value = min(value, table[row - 2][column - 2] + 1)
        }
        table[row][column] = value
      }
    }
    return table[lhs.count][rhs.count]
  }
}
