// MARK: - Dates and years

extension SpecificityScanner {
  /// `1 maart 2025`, `12 March 2024`, `March 12, 2024`, `2025-03-01`,
  /// `01-03-2025`, `01/03/2025` or `01.03.2025`.
  func date(at index: Int) -> Found? {
    let token = tokens[index]
    if token.isNumber, isDottedDate(token.folded) { return span(.date, index, index) }
    if let day = plainValue(index), (1...31).contains(day), isMonth(index + 1),
      isSpaced(before: index + 1)
    {
      return isYear(index + 2) ? span(.date, index, index + 2) : span(.date, index, index + 1)
    }
    if isMonth(index), let day = plainValue(index + 1), (1...31).contains(day),
      isSpaced(before: index + 1), tokens[index + 1].folded.utf8.count <= 2
    {
      return isYear(index + 2) ? span(.date, index, index + 2) : span(.date, index, index + 1)
    }
    return numericDate(at: index)
  }

  /// Three numbers joined by `-` or `/`: year-month-day or day-month-year.
  private func numericDate(at index: Int) -> Found? {
    guard index + 2 < tokens.count, let first = plainValue(index),
      let month = plainValue(index + 1), let last = plainValue(index + 2),
      (1...12).contains(month)
    else { return nil }
    let joined = [UInt8(ascii: "-"), UInt8(ascii: "/")].contains {
      isJoined(before: index + 1, by: $0) && isJoined(before: index + 2, by: $0)
    }
    guard joined else { return nil }
    let isoDate = isYear(index) && (1...31).contains(last)
    let europeanDate =
      (1...31).contains(first) && isYear(index + 2)
      && tokens[index].folded.utf8.count <= 2
    return isoDate || europeanDate ? span(.date, index, index + 2) : nil
  }

  /// Whether a number token reads `d.m.yyyy` (`01.03.2025`).
  private func isDottedDate(_ folded: String) -> Bool {
    let parts = folded.split(separator: ".")
    guard parts.count == 3, (1...2).contains(parts[0].count), (1...2).contains(parts[1].count),
      parts[2].count == 4, let month = Int(parts[1]), let year = Int(parts[2])
    else { return false }
    return (1...12).contains(month) && (1900...2099).contains(year)
  }

  /// Whether token `index` names a month (English `may` only when capitalised).
  func isMonth(_ index: Int) -> Bool {
    guard isWord(index, .month) else { return false }
    return tokens[index].folded != "may" || bytes[tokens[index].start] == UInt8(ascii: "M")
  }

  /// A year from 1990 to 2099 on its own.
  func year(at index: Int) -> Found? {
    isYear(index, from: 1990) ? span(.date, index, index) : nil
  }
}

// MARK: - Amounts and percentages

extension SpecificityScanner {
  /// `€ 25.000`, `€25.000,-`, `€25k`, `EUR 3 miljoen`, `$2 million`, `25.000 euro`.
  func amount(at index: Int) -> Found? {
    guard isWord(index, .numberWord) || isAmountNumber(index) else { return nil }
    var last = index
    if isWord(index + 1, .multiplier), isSpaced(before: index + 1) {
      last = index + 1
    }
    if let start = currencyStart(before: index), isAmountNumber(index) {
      return Found(kind: .amount, start: start, end: amountEnd(after: last), nextToken: last + 1)
    }
    if isWord(last + 1, .currency), isSpaced(before: last + 1) {
      return span(.amount, index, last + 1)
    }
    return nil
  }

  /// Whether token `index` is a number, possibly with a multiplier suffix (`25k`).
  private func isAmountNumber(_ index: Int) -> Bool {
    let token = tokens[index]
    if token.isNumber { return true }
    guard let first = token.folded.utf8.first, UTF8Text.isASCIIDigit(first),
      let last = token.folded.utf8.last, UTF8Text.isASCIILetter(last)
    else { return false }
    return SpecificityVocabulary.multiplierSuffixes.contains { suffix in
      token.folded.hasSuffix(suffix)
        && token.folded.dropLast(suffix.count).allSatisfy { $0.isNumber || $0 == "," || $0 == "." }
    }
  }

  /// Where the currency written before token `index` starts: a symbol in the
  /// gap (`€ `, `£`) or a currency code token (`EUR 3 miljoen`).
  private func currencyStart(before index: Int) -> Int? {
    let range = gap(before: index)
    var end = range.upperBound
    while end > range.lowerBound {
      let previous = UTF8Text.previousScalarStart(in: bytes, before: end)
      let scalar = UTF8Text.scalar(in: bytes, at: previous).scalar
      if SpecificityVocabulary.currencySymbols.contains(scalar.value) { return previous }
      guard UTF8Text.isSpace(scalar) else { return nil }
      end = previous
    }
    if isWord(index - 1, .currency), isSpaced(before: index) {
      return tokens[index - 1].start
    }
    return nil
  }

  /// `40%`, `40 %`, `40 procent`, `veertig procent`, `40 percent`.
  func percentage(at index: Int) -> Found? {
    let token = tokens[index]
    guard token.isNumber || isWord(index, .numberWord) else { return nil }
    if token.isNumber {
      let sign = UTF8Text.skipSpace(in: bytes, from: token.end)
      if sign < bytes.count, bytes[sign] == UInt8(ascii: "%"), sign - token.end <= 3 {
        return Found(kind: .percentage, start: token.start, end: sign + 1, nextToken: index + 1)
      }
    }
    if isWord(index + 1, .percentWord), isSpaced(before: index + 1) {
      return span(.percentage, index, index + 1)
    }
    return nil
  }
}
