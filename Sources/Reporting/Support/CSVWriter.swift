/// The one way the reports write CSV (`summary.csv`, comparisons, agreement).
///
/// The files are made to open correctly in Excel and LibreOffice with a Dutch
/// locale: UTF-8 with a byte order mark (so accented names survive), `;` as
/// the separator (the list separator of the Dutch locale, so a double-click
/// splits the columns), CRLF line ends and RFC 4180 quoting. Texts that would
/// start a spreadsheet formula are neutralised with a leading `'`.
package enum CSVWriter {
  /// The field separator.
  package static let separator: Character = ";"
  /// The byte order mark that starts every file.
  package static let byteOrderMark = "\u{FEFF}"

  /// A text as one field: quoted where needed, a formula neutralised. Numbers
  /// the reports write themselves are passed as they are, without this.
  package static func field(_ text: String?) -> String {
    (text ?? "").csvField(separator: separator)
  }

  /// The whole file: the byte order mark, then each row's fields joined by
  /// the separator, each row ending with CRLF.
  package static func file(_ rows: [[String]]) -> String {
    byteOrderMark + rows.map { $0.joined(separator: String(separator)) + "\r\n" }.joined()
  }
}
