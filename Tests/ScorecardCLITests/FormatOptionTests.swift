import TestSupport
import Testing

/// Each command's `--format` accepts only the formats its renderer writes and
/// lists them when given another.
@Suite struct FormatOptionTests {
  @Test(arguments: [
    (
      ["score", "plan.txt", "--format", "csv"],
      "Please provide one of 'text', 'json', 'markdown' or 'html'."
    ),
    (
      ["compare", "nieuw", "--baseline", "oud", "--format", "pdf"],
      "Please provide one of 'text', 'markdown', 'csv', 'html' or 'json'."
    ),
    (
      ["agreement", "a.json", "--format", "html"],
      "Please provide one of 'text', 'markdown', 'json' or 'csv'."
    ),
  ])
  func unsupportedFormatListsTheCommandsFormats(arguments: [String], message: String) throws {
    let result = try CommandRunner.run(arguments)
    #expect(result.status == 2)
    #expect(
      result.stderr.contains("is invalid for '--format <format>'"), "stderr: \(result.stderr)")
    #expect(result.stderr.contains(message), "stderr: \(result.stderr)")
  }
}
