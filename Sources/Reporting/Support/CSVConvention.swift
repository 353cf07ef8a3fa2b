/// The conventions every CSV file of the scorecard follows, so it opens
/// correctly in Excel and LibreOffice with a Dutch locale: `;` between
/// fields and a UTF-8 byte order mark at the start.
package enum CSVConvention {
  /// The field separator (the list separator of the Dutch locale).
  package static let separator: Character = ";"
  /// The byte order mark that starts the file.
  package static let byteOrderMark = "\u{FEFF}"
}
