/// Normalises metadata values as documents write them: years, dates and CBS
/// municipality codes.
enum MetadataValue {
  /// A year from a value such as `2024`, or `nil` when it is not one
  /// (1900–2099).
  static func year(_ value: String) -> Int? {
    let trimmed = value.trimmingSpaces()
    guard trimmed.count == 4, let year = Int(trimmed), (1900...2099).contains(year) else {
      return nil
    }
    return year
  }

  /// A date as ISO `yyyy-mm-dd` when it is written as `yyyy-mm-dd`, as
  /// `dd-mm-yyyy` (with `-`, `/` or `.`) or as `6 oktober 2016` / `6 October
  /// 2016`; otherwise the value as written.
  static func date(_ value: String) -> String {
    let trimmed = value.trimmingSpaces()
    if let written = writtenDate(trimmed) { return written }
    let parts = trimmed.split(whereSeparator: { $0 == "-" || $0 == "/" || $0 == "." })
    guard parts.count == 3, parts.allSatisfy({ $0.allSatisfy(\.isASCII) }),
      let a = Int(parts[0]), let b = Int(parts[1]), let c = Int(parts[2])
    else { return trimmed }
    let (year, month, day) = parts[0].count == 4 ? (a, b, c) : (c, b, a)
    guard (1900...2099).contains(year), (1...12).contains(month), (1...31).contains(day),
      parts[0].count == 4 || parts[2].count == 4
    else { return trimmed }
    return "\(year)-\(twoDigits(month))-\(twoDigits(day))"
  }

  /// A CBS municipality code as `gm` and four digits (`297`, `0297` and
  /// `GM0297` all give `gm0297`); other values are kept as written.
  static func municipalityCode(_ value: String) -> String {
    let trimmed = value.trimmingSpaces()
    var digits = Substring(trimmed)
    if digits.lowercased().hasPrefix("gm") { digits = digits.dropFirst(2) }
    guard (1...4).contains(digits.count), digits.allSatisfy({ $0.isASCII && $0.isNumber }) else {
      return trimmed
    }
    return "gm" + String(repeating: "0", count: 4 - digits.count) + digits
  }

  /// A date written with the month's name (`6 oktober 2016`, `6 Oct 2016`)
  /// as ISO, or `nil`.
  private static func writtenDate(_ value: String) -> String? {
    let words = value.lowercased().split(separator: " ")
    guard words.count == 3, let day = Int(words[0]), (1...31).contains(day),
      let month = monthNames.firstIndex(where: { words[1].hasPrefix($0) }),
      words[2].count == 4, let year = Int(words[2]), (1900...2099).contains(year)
    else { return nil }
    return "\(year)-\(twoDigits(month % 12 + 1))-\(twoDigits(day))"
  }

  /// The first three letters of the months' names, Dutch then English.
  private static let monthNames = [
    "jan", "feb", "maa", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec",
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
  ]

  /// A number of at least two digits.
  private static func twoDigits(_ number: Int) -> String {
    number < 10 ? "0\(number)" : "\(number)"
  }
}

extension String {
  /// The string without leading and trailing spaces and tabs.
  fileprivate func trimmingSpaces() -> String {
    String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
  }
}
