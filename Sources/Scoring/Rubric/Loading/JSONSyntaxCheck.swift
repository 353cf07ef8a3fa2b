/// Finds the first syntax error in a JSON text with its line and column,
/// using the same parser as the rubric loader. Other JSON files the tools
/// read (assessment files) use it to say where a hand edit broke the file.
public enum JSONSyntaxCheck {
  /// "line 3, column 11: expected a value …" for the first syntax error, or
  /// `nil` when the text is well-formed JSON.
  public static func firstError(in bytes: [UInt8]) -> String? {
    do {
      _ = try JSONParser.parse(bytes)
      return nil
    } catch {
      return "line \(error.position.line), column \(error.position.column): \(error.message)"
    }
  }
}
