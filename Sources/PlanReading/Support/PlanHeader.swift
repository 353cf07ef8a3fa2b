import Foundation

/// The header at the top of a toelichting as ruimtelijkeplannen.nl and plan
/// software write it: `key: value` fields such as `Plan: Molenbuurt`,
/// `Plantype: bestemmingsplan`, `Status: vastgesteld`,
/// `IMRO-idn: NL.IMRO.0297.BP1-VG01` and `Datum: 1 maart 2024`, as table
/// rows (`| Plan: | Molenbuurt |`), list items or lines of their own, one or
/// several to a line. (Front-matter keys such as `gemeente:` and `titel:`
/// count only in front matter.)
///
/// Only the first blocks are read, and a block counts only when it starts
/// with a known key, so running text that happens to hold `plan:` is not
/// taken for a header. The first value of each field wins.
struct PlanHeader: Equatable {
  /// The plan's name (`Plan`, `Plannaam`, `Naam van het plan`).
  var title: String?
  /// The kind (`Plantype`).
  var kind: DocumentKind?
  /// The status (`Status`, `Planstatus`).
  var status: PlanStatus?
  /// The date (`Datum`, `Datum vaststelling`, …), normalised where possible.
  var date: String?
  /// The IMRO identifier (`IMRO-idn`, `Plan identificatie`, `Identificatienummer`, …).
  var planID: IMROPlanID?
  /// The first date written out on the front page (`18-12-2018`,
  /// `3 maart 2022`, `September 2021`), for when no field gives one.
  var frontPageDate: String?

  /// How many blocks from the top are searched.
  static let searchedBlocks = 80
  /// How many lines from the top count as the front page.
  static let frontPageLines = 20
  /// The longest line on the front page searched for a date.
  private static let longestFrontPageLine = 120
  /// The longest block text read as header fields.
  private static let longestLine = 400

  /// The header fields in the first blocks; table cells of one row are read
  /// together.
  static func read(_ blocks: [Block]) -> PlanHeader {
    var header = PlanHeader()
    let lines = lines(of: blocks.prefix(searchedBlocks))
    for line in lines where line.count <= longestLine {
      for (field, value) in fields(in: line) {
        header.store(value, as: field)
      }
    }
    header.frontPageDate =
      lines.prefix(frontPageLines)
      .lazy.filter { $0.count <= longestFrontPageLine }.compactMap(writtenDate(in:)).first
    return header
  }

  /// The blocks' texts, with the cells of one table row joined by spaces.
  static func lines(of blocks: ArraySlice<Block>) -> [String] {
    var lines: [String] = []
    var previous: Block?
    for block in blocks {
      if block.kind == .tableCell, let last = previous, last.kind == .tableCell,
        last.location.line == block.location.line, last.location.page == block.location.page
      {
        lines[lines.count - 1] += " " + block.text
      } else {
        lines.append(block.text)
      }
      previous = block
    }
    return lines
  }

  /// The fields of one line: nothing unless the line starts with a key.
  ///
  /// Markdown escapes (`IMRO\-idn`) are ignored. Markup and bullets around
  /// the line and its values are trimmed on UTF-8 bytes.
  static func fields(in line: String) -> [(Field, String)] {
    // Every key is followed by a colon: most lines hold none and are not
    // looked at further.
    guard line.utf8.contains(UInt8(ascii: ":")) else { return [] }
    let unescaped =
      line.utf8.contains(UInt8(ascii: "\\")) ? line.replacingOccurrences(of: "\\", with: "") : line
    let text = unescaped.trimmingBytes(lineMarkup, bullet: true)
    let scalars = Array(text.unicodeScalars)
    let matches = keyMatches(in: scalars)
    guard let first = matches.first, first.start == 0 else { return [] }
    var fields: [(Field, String)] = []
    for (index, match) in matches.enumerated() {
      guard let field = field(forKey: match.key) else { continue }
      let stop = index + 1 < matches.count ? matches[index + 1].start : scalars.count
      let value = String(String.UnicodeScalarView(scalars[match.end..<stop]))
        .trimmingBytes(valueMarkup)
      if !value.isEmpty { fields.append((field, value)) }
    }
    return fields
  }

  /// What is trimmed from a line's ends (with `•`) before its keys are read.
  private static let lineMarkup = Array("*|#- \t".utf8)
  /// What is trimmed from a value's ends.
  private static let valueMarkup = Array("*|_ \t".utf8)

  /// One key found in a line: where it starts, the key as written, and where
  /// its value starts (after the colon).
  private struct KeyMatch {
    let start: Int
    let key: String
    let end: Int
  }

  /// The keys in a line, left to right and not overlapping: a key (any case)
  /// that does not follow a letter, then optional white space and a colon.
  /// At one place the first key in `keys` that fits wins.
  private static func keyMatches(in scalars: [Unicode.Scalar]) -> [KeyMatch] {
    var matches: [KeyMatch] = []
    var position = 0
    while position < scalars.count {
      if position > 0, isLetter(scalars[position - 1]) {
        position += 1
        continue
      }
      guard let match = keyMatch(in: scalars, at: position) else {
        position += 1
        continue
      }
      matches.append(match)
      position = match.end
    }
    return matches
  }

  /// The first key in `keys` written at `start` and followed by a colon.
  private static func keyMatch(in scalars: [Unicode.Scalar], at start: Int) -> KeyMatch? {
    for key in keys {
      guard start + key.count <= scalars.count,
        zip(key, scalars[start...]).allSatisfy({ $0 == asciiLowercase($1) })
      else { continue }
      var colon = start + key.count
      while colon < scalars.count, scalars[colon].properties.isWhitespace { colon += 1 }
      guard colon < scalars.count, scalars[colon] == ":" else { continue }
      let written = String(String.UnicodeScalarView(scalars[start..<start + key.count]))
      return KeyMatch(start: start, key: written, end: colon + 1)
    }
    return nil
  }

  /// Whether a character is a letter in any script.
  private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.properties.generalCategory {
    case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter:
      return true
    default:
      return false
    }
  }

  private static func asciiLowercase(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
    ("A"..."Z").contains(scalar) ? Unicode.Scalar(scalar.value + 32)! : scalar
  }

  /// The keys in lower case, longest first so `Plantype` is not read as
  /// `Plan`, with every spelling (`plan naam` and `plannaam`,
  /// `imro-idn`, `imro idn` and `imroidn`).
  private static let keys: [[Unicode.Scalar]] =
    ([
      "naam van het plan", "naam bestemmingsplan", "plan naam", "plannaam", "plantype",
      "type plan", "soort plan", "plan status", "planstatus", "status", "datum vaststelling",
      "datum ontwerp", "datum concept", "vaststellingsdatum", "datum", "imro-idn", "imro idn",
      "imroidn", "imro-code", "imro code", "imrocode", "imro-nummer", "imro nummer",
      "imronummer", "plan identificatie", "planidentificatie", "identificatienummer",
      "identificatiecode", "identificatie", "idn", "planid.", "planid", "plancode", "plan",
      "id", "code",
    ] + ignoredKeys.sorted()).map { Array($0.unicodeScalars) }

  /// What a header field is about.
  enum Field: Equatable {
    case title, kind, status, date, planID
    /// A key whose value is not used (`Projectnummer`, `Adviseur`), so it
    /// ends the value before it.
    case ignored
  }

  /// Keys whose values are not used, folded to letters.
  private static let ignoredKeys: Set<String> = [
    "projectnummer", "opdrachtgever", "adviseur", "auteur", "versie",
  ]

  /// The field a key names, spelled as in `keys`.
  private static func field(forKey key: String) -> Field? {
    let folded = key.lowercased().filter(\.isLetter)
    if ignoredKeys.contains(folded) { return .ignored }
    if folded.hasPrefix("datum") || folded.hasSuffix("datum") { return .date }
    if folded.contains("status") { return .status }
    if folded.contains("type") || folded.hasPrefix("soort") { return .kind }
    if folded.contains("imro") || folded.contains("ident") || folded.hasSuffix("code")
      || folded.hasSuffix("id") || folded.hasSuffix("idn")
    {
      return .planID
    }
    return .title
  }

  /// The first date in a line: `18-12-2018` (as ISO), `3 maart 2022` (as
  /// ISO) or a month and year (`September 2021`, as written).
  static func writtenDate(in line: String) -> String? {
    let range = NSRange(line.startIndex..., in: line)
    guard let match = datePattern?.firstMatch(in: line, range: range),
      let found = Range(match.range, in: line)
    else { return nil }
    return MetadataValue.date(String(line[found]))
  }

  /// A numeric date, or a month's Dutch or English name with an optional
  /// day before and a year after.
  private static let datePattern = try? NSRegularExpression(
    pattern: "\\b([0-9]{1,2}[-/.][0-9]{1,2}[-/.](19|20)[0-9]{2}|([0-9]{1,2} )?"
      + "(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november"
      + "|december|january|february|march|may|june|july|august|october)"
      + " (19|20)[0-9]{2})\\b",
    options: [.caseInsensitive])

  private mutating func store(_ value: String, as field: Field) {
    switch field {
    case .title:
      if title == nil { title = InlineMarkup.plainText(value) }
    case .kind:
      if kind == nil { kind = DocumentKind(label: value).flatMap { $0 == .other ? nil : $0 } }
    case .status:
      if status == nil { status = PlanStatus(label: value) }
    case .date:
      if date == nil { date = Self.writtenDate(in: value) ?? MetadataValue.date(value) }
    case .planID:
      if planID == nil { planID = IMROPlanID(in: value) }
    case .ignored:
      break
    }
  }
}
