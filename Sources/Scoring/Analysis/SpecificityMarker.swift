/// A stretch of text that makes a statement checkable: an amount, a date, a
/// period, a count of people or meetings, or a percentage.
///
/// The `specific` condition of a rubric is met when a rule's scope holds one of
/// these (or a `specificReferences` phrase, which the matcher finds).
struct SpecificityMarker: Equatable, Sendable {
  /// What kind of specific information the marker holds.
  enum Kind: String, Sendable {
    /// A sum of money: `€ 25.000`, `25.000 euro`, `€25k`, `$2 million`.
    case amount
    /// A calendar date or a year on its own: `1 maart 2025`, `2025-03-01`, `2025`.
    case date
    /// A period or a recurrence: `Q3`, `najaar 2024`, `maart 2025`, `week 12`, `jaarlijks`.
    case period
    /// A number of people, meetings or things: `120 bewoners`, `drie bijeenkomsten`.
    case count
    /// A percentage: `40%`, `40 procent`, `40 percent`.
    case percentage
  }

  /// What kind of specific information the marker holds.
  var kind: Kind
  /// The UTF-8 byte offset of the marker's first byte in the analysed text.
  var start: Int
  /// The UTF-8 byte offset just past the marker's last byte (exclusive).
  var end: Int
}
