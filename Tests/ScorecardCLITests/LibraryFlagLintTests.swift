import Foundation
import TestSupport
import Testing

/// The libraries never name a command-line flag: their messages also reach the
/// web app's users, so the wording with flags lives in `Sources/scorecard`.
@Suite struct LibraryFlagLintTests {
  /// The library modules, from the lowest.
  static let libraries = ["PlanReading", "Scoring", "Assessment", "Reporting", "Batch", "WebApp"]

  /// No Swift file of a library holds `--flag`, in code, strings or comments.
  @Test func librariesNameNoFlags() throws {
    var found: [String] = []
    for library in Self.libraries {
      let folder = Fixtures.packageRoot.appendingPathComponent("Sources/\(library)")
      for file in try Self.swiftFiles(in: folder) {
        let text = try String(contentsOf: file, encoding: .utf8)
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false)
          .enumerated()
        {
          for flag in Self.flags(in: String(line)) {
            found.append("Sources/\(library)/\(file.lastPathComponent):\(number + 1): \(flag)")
          }
        }
      }
    }
    #expect(found.isEmpty, "flags in the libraries:\n\(found.joined(separator: "\n"))")
  }

  /// The lint sees flags in messages and comments, and lets CSS custom
  /// properties pass.
  @Test func lintFindsFlagsButNotCSS() {
    #expect(Self.flags(in: #"  "Raise the limit (--max-bytes) now.""#) == ["--max-bytes"])
    #expect(Self.flags(in: "/// read by `batch --assessments`") == ["--assessments"])
    #expect(Self.flags(in: #""use it with --answers:""#) == ["--answers"])
    #expect(Self.flags(in: "  --ink: #1d2433; --muted: #5a6275;").isEmpty)
    #expect(Self.flags(in: "a { color: var(--accent); }").isEmpty)
    #expect(Self.flags(in: "| --- | a-b | x--1 |").isEmpty)
  }

  /// The `--name` words of a line that are not CSS custom properties (a
  /// `var(--name)` or a `--name:` declaration).
  static func flags(in line: String) -> [String] {
    line.matches(of: /--[a-z][a-z0-9-]*/).compactMap { match in
      let before = line[..<match.range.lowerBound]
      let after = line[match.range.upperBound...]
      if let last = before.last, last.isLetter || last.isNumber || last == "-" || last == "_" {
        return nil
      }
      if before.hasSuffix("var(") { return nil }
      let declarationStart =
        before.allSatisfy(\.isWhitespace)
        || before.trimmingCharacters(in: .whitespaces).hasSuffix(";")
        || before.trimmingCharacters(in: .whitespaces).hasSuffix("{")
      if declarationStart && after.hasPrefix(":") { return nil }
      return String(line[match.range])
    }
  }

  /// Every `.swift` file under `folder`, recursively.
  static func swiftFiles(in folder: URL) throws -> [URL] {
    let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
    let files = (enumerator?.allObjects as? [URL] ?? []).filter { $0.pathExtension == "swift" }
    #expect(!files.isEmpty, "no Swift files in \(folder.path)")
    return files
  }
}
