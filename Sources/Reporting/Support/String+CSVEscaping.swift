extension String {
  /// The text as one CSV field (RFC 4180): quoted when it holds the separator,
  /// a quote or a line break, with quotes doubled.
  ///
  /// A text that a spreadsheet would run as a formula (it starts with `=`,
  /// `+`, `-`, `@`, a tab or a carriage return) gets a leading `'`, so a
  /// hostile plan cannot put a formula into LSA's spreadsheet (OWASP's advice
  /// against CSV injection). Only use this for text; numbers the reports write
  /// themselves are passed as they are.
  /// - Parameter separator: The field separator of the file.
  package func csvField(separator: Character) -> String {
    var text = self
    if let first = text.unicodeScalars.first, Self.formulaStarts.contains(first) {
      text = "'" + text
    }
    let needsQuotes = text.contains { $0 == separator || $0 == "\"" || $0.isNewline }
    guard needsQuotes else { return text }
    return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }

  private static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]
}
