import PlanReading

// MARK: - Dutch plurals

extension ValidationPass {
  /// Warns about a Dutch wildcard whose plural the list does not hold:
  /// `wijkraad*` misses `wijkraden`, so a list with `wijkraad*` also needs
  /// `wijkraden*` (the same entry with that word replaced). `list` is one
  /// list's indicators (a context list's phrases as indicators without a near
  /// phrase), standing at `path`.
  mutating func checkDutchPlurals(_ list: some Collection<Indicator>, at path: String) {
    guard includesWarnings else { return }
    let keys = Set(list.map(Self.matchKey))
    for (index, indicator) in list.enumerated() {
      let phrase = DutchPlural.pluralized(indicator.phrase)
      let near = indicator.near.flatMap(DutchPlural.pluralized)
      guard phrase != nil || near != nil else { continue }
      let plural = Indicator(phrase: phrase ?? indicator.phrase, near: near ?? indicator.near)
      guard !keys.contains(Self.matchKey(plural)) else { continue }
      let shown = plural.near.map { "`\(plural.phrase)` near `\($0)`" } ?? "`\(plural.phrase)`"
      warning(
        "\(path)[\(index)]",
        "a wildcard matches the word as written, and the Dutch plural writes the long vowel "
          + "once (wijkraad → wijkraden), so this entry misses the plural; add \(shown) "
          + "next to it")
    }
  }
}
