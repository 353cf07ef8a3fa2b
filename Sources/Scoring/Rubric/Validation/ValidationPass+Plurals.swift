import PlanReading

// MARK: - Dutch plurals

extension ValidationPass {
  /// One entry of a list: its phrase, its near phrase and where it stands.
  struct ListEntry {
    var phrase: String
    var near: String?
    var path: String
  }

  /// Warns about a Dutch wildcard whose plural the list does not hold:
  /// `wijkraad*` misses `wijkraden`, so a list with `wijkraad*` also needs
  /// `wijkraden*` (the same entry with that word replaced).
  mutating func checkDutchPlurals(_ entries: [ListEntry]) {
    let keys = Set(entries.map { Self.key($0.phrase, $0.near) })
    for entry in entries {
      let phrase = DutchPlural.pluralized(entry.phrase)
      let near = entry.near.flatMap(DutchPlural.pluralized)
      guard phrase != nil || near != nil else { continue }
      let plural = (phrase: phrase ?? entry.phrase, near: near ?? entry.near)
      guard !keys.contains(Self.key(plural.phrase, plural.near)) else { continue }
      let shown = plural.near.map { "`\(plural.phrase)` near `\($0)`" } ?? "`\(plural.phrase)`"
      warning(
        entry.path,
        "a wildcard matches the word as written, and the Dutch plural writes the long vowel "
          + "once (wijkraad → wijkraden), so this entry misses the plural; add \(shown) "
          + "next to it")
    }
  }

  /// What makes two entries match the same words.
  private static func key(_ phrase: String, _ near: String?) -> String {
    matchKey(Indicator(phrase: phrase, near: near))
  }
}
