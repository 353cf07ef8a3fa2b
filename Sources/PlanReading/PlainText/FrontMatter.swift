import Foundation

/// The optional block of `key: value` lines between `---` fences at the very
/// top of a Markdown plan, with what it declares about the plan.
///
/// Dutch and English keys are read: `gemeente`/`municipality`,
/// `gemeentecode`/`municipality_code`, `wijk`/`buurt`/`area`/`neighbourhood`,
/// `jaar`/`year`, `datum`/`date`, `titel`/`title`, `soort`/`kind`/`type`,
/// `status`/`planstatus`, `plan_id`/`imro`/`planidentificatie` and
/// `taal`/`language`/`lang`. Values may be quoted; other keys are ignored.
struct FrontMatter {
  /// What the block declares.
  var metadata: DeclaredMetadata
  /// The number of lines the block takes, both fences included.
  var lineCount: Int
  /// Values the block gives that could not be used (a year that is not a
  /// year, an unknown kind or language), one note each.
  var notes: [ReadingNote] = []

  /// The most lines a front-matter block may have.
  private static let maximumLines = 200

  /// Reads the front matter at the top of the lines, or `nil` when the first
  /// line is not `---`, no closing fence follows, or a line inside is neither
  /// `key: value`, a list entry, a comment nor blank.
  static func parse(_ lines: [SourceLine]) -> FrontMatter? {
    guard let first = lines.first, first.number == 1, first.column == 1, first.text == "---"
    else { return nil }
    var metadata = DeclaredMetadata()
    var notes: [ReadingNote] = []
    for index in lines.indices.dropFirst().prefix(maximumLines) {
      let text = lines[index].text
      if text == "---" || text == "..." {
        return FrontMatter(metadata: metadata, lineCount: index + 1, notes: notes)
      }
      if text.isEmpty || text.hasPrefix("#") || text.hasPrefix("- ") { continue }
      guard let colon = text.firstIndex(of: ":") else { return nil }
      let key = text[..<colon]
      guard !key.isEmpty, key.allSatisfy({ $0.isLetter || $0 == "_" || $0 == "-" || $0 == " " })
      else { return nil }
      let value = unquote(text[text.index(after: colon)...])
      if let (field, problem) = apply(key: key, value: value, to: &metadata) {
        let line = lines[index].number
        notes.append(
          ReadingNote(
            code: .frontMatterValueIgnored,
            message: MessageCatalogue.render(
              Message(
                code: "note.front_matter_value_ignored",
                arguments: [
                  "line": String(line), "key": String(key), "value": value.clipped(),
                  "why": problem,
                ]), in: .en),
            arguments: [
              "line": String(line), "key": String(key), "value": value.clipped(), "field": field,
            ]))
      }
    }
    return nil
  }

  // MARK: - Keys

  /// Stores one value under the field its key names; returns the field
  /// (`year`, `kind`, `language`) and why a value of it could not be used, or
  /// `nil`.
  ///
  /// Word, OpenDocument and HTML readers use the same keys for a document's
  /// custom properties.
  @discardableResult
  static func apply<Key: StringProtocol>(
    key: Key, value: String, to metadata: inout DeclaredMetadata
  ) -> (field: String, problem: String)? {
    guard !value.isEmpty else { return nil }
    let folded = key.lowercased().replacingOccurrences(of: "-", with: "_")
      .replacingOccurrences(of: " ", with: "_")
    switch folded {
    case "gemeente", "municipality":
      metadata.municipality = value
    case "gemeentecode", "gemeente_code", "municipality_code", "municipalitycode", "cbs_code":
      metadata.municipalityCode = MetadataValue.municipalityCode(value)
    case "wijk", "buurt", "area", "neighbourhood", "neighborhood", "gebied":
      metadata.area = value
    case "jaar", "year":
      metadata.year = MetadataValue.year(value)
      if metadata.year == nil { return problem("year") }
    case "datum", "date":
      metadata.date = MetadataValue.date(value)
    case "titel", "title":
      metadata.title = InlineMarkup.plainText(value)
    case "soort", "kind", "type":
      metadata.kind = DocumentKind(label: value)
      if metadata.kind == nil { return problem("kind") }
    case "status", "planstatus", "plan_status":
      metadata.planStatus = PlanStatus(label: value)
    case "plan_id", "planid", "imro", "imro_id", "planidentificatie":
      metadata.planID = IMROPlanID(in: value)
    case "taal", "language", "lang":
      metadata.language = PlanLanguage(label: value)
      if metadata.language == nil { return problem("language") }
    default:
      break
    }
    return nil
  }

  /// Why a value of `field` could not be used, in English from the message
  /// catalogue (which holds the Dutch next to it).
  private static func problem(_ field: String) -> (field: String, problem: String) {
    let message = Message(
      code: "note.front_matter_value_ignored.\(field)",
      arguments: ["kinds": DocumentKind.allCases.map(\.rawValue).joined(separator: ", ")])
    return (field, MessageCatalogue.render(message, in: .en))
  }

  /// A value without surrounding white space and matching quotes.
  private static func unquote(_ raw: Substring) -> String {
    var value = raw.drop { $0 == " " || $0 == "\t" }
    while let last = value.last, last == " " || last == "\t" { value = value.dropLast() }
    if value.count >= 2, let first = value.first, first == "\"" || first == "'",
      value.last == first
    {
      value = value.dropFirst().dropLast()
    }
    return String(value)
  }
}
