/// One match of an indicator in a plan, with its context.
struct IndicatorMatch: Sendable {
  /// The index of the indicator's group in the rubric.
  var group: Int
  /// The index of the indicator within its group and language.
  var indicator: Int
  /// The index of the sentence in ``DocumentScan/sentences``.
  var sentence: Int
  /// The matched tokens in the sentence.
  var tokens: Range<Int>
  /// The matched words as they stand in the plan.
  var matchedText: String
  /// What the context tests found.
  var context: EvidenceContext
  /// Whether a resident actor occurs in the sentence.
  var residentsMentioned: Bool
}

/// One sentence of a plan as the scan saw it.
struct ScannedSentence: Sendable {
  /// The index of the block the sentence stands in.
  var block: Int
  /// The index of the section (the nearest heading above) it stands in.
  var section: Int
  /// The sentence's UTF-8 byte range in the block's text.
  var range: Range<Int>
  /// Whether the sentence is a heading: its matches count only for rules
  /// whose scope is the section the heading opens.
  var isHeading: Bool
  /// Whether the sentence holds a specific detail: an amount, date, period,
  /// count, percentage, or a named body or document.
  var hasSpecifics: Bool
  /// Whether the sentence stands in a section where participation is
  /// reported (its evidence is shown first).
  var inParticipationSection: Bool
  /// Whether the sentence ends in a colon: it introduces what follows (a
  /// list, a table, the next paragraph) and says little on its own.
  var isLeadIn: Bool = false
  /// Whether the sentence names ``ScannedSentence/listedRungNames`` or more
  /// rungs of the ladder ("informeren, raadplegen, adviseren, coproduceren en
  /// meebeslissen"): a list of the forms participation can take, as
  /// regulations and guides define them, which proves no rung.
  var listsRungs: Bool = false

  /// The fewest rung names that make a sentence a list of forms. (Three
  /// would take real accounts such as "informed, consulted and involved".)
  static let listedRungNames = 4

  /// Whether a sentence's text ends in a colon, after spaces and tabs (the
  /// characters `CharacterSet.whitespaces` holds), without bridging the text
  /// to Foundation: this runs on every sentence.
  ///
  /// The last bytes are read as bytes while they are ASCII (of which only a
  /// space and a tab are such characters); from the first byte beyond ASCII
  /// on, the text's scalars decide.
  static func endsInColon<Text: StringProtocol>(_ text: Text) -> Bool {
    let onBytes = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
      for byte in bytes.reversed() {
        switch byte {
        case UInt8(ascii: " "), UInt8(ascii: "\t"): continue
        case UInt8(ascii: ":"): return true
        case ..<0x80: return false
        default: return nil
        }
      }
      return false
    }
    if let endsInColon = onBytes ?? nil { return endsInColon }
    return text.unicodeScalars.last { !UTF8Text.isTabOrSpaceSeparator($0) } == ":"
  }
}
