import Foundation
import Testing

@testable import Batch

/// Issue 13: an unreadable subfolder stopped the whole batch; dangling links
/// and loops were skipped without a word; a link to `/etc/passwd` was scored.
@Suite struct DiscoveryIsolationTests {}

extension DiscoveryIsolationTests {
  /// A folder with one good plan and every kind of entry that cannot be one.
  static func hostileFolder() throws -> (root: URL, outside: URL) {
    let root = try BatchFixture.folder([
      "goed.md": BatchFixture.plan(gemeente: "A", "Er is een wijkbudget."),
      "sub/ook.md": BatchFixture.plan(gemeente: "B", "Er is een wijkbudget."),
    ])
    let outside = try BatchFixture.folder([
      "geheim.txt": BatchFixture.plan(gemeente: "Buiten", "Er is een wijkbudget.")
    ])
    let manager = FileManager.default
    try manager.createSymbolicLink(
      atPath: root.appendingPathComponent("weg.md").path, withDestinationPath: "bestaat-niet.md")
    try manager.createSymbolicLink(
      atPath: root.appendingPathComponent("rond.md").path, withDestinationPath: "rond.md")
    try manager.createSymbolicLink(
      atPath: root.appendingPathComponent("sub/terug").path, withDestinationPath: "..")
    try manager.createSymbolicLink(
      atPath: root.appendingPathComponent("buiten.txt").path,
      withDestinationPath: outside.appendingPathComponent("geheim.txt").path)
    try manager.createSymbolicLink(
      atPath: root.appendingPathComponent("binnen.md").path, withDestinationPath: "goed.md")
    #expect(mkfifo(root.appendingPathComponent("pijp.txt").path, 0o644) == 0)
    return (root, outside)
  }

  /// Each entry that cannot be a plan is a failure with its own code; the
  /// good plans and the link to a plan inside are found.
  @Test func everyEntryIsAccountedFor() throws {
    let (root, outside) = try Self.hostileFolder()
    let found = try PlanDiscovery(root: root, skipped: [], excludes: []).files()
    #expect(found.files == ["binnen.md", "goed.md", "sub/ook.md"])
    let codes = Dictionary(uniqueKeysWithValues: found.failures.map { ($0.file, $0.code) })
    #expect(
      codes == [
        "weg.md": "dangling_link", "rond.md": "link_loop", "sub/terug": "link_loop",
        "buiten.txt": "link_outside_folder", "pijp.txt": "not_a_regular_file",
      ])
    let outsideMessage = try #require(found.failures.first { $0.file == "buiten.txt" }).message
    #expect(outsideMessage.contains("outside the plan folder; not followed"))
    #expect(outsideMessage.contains(outside.lastPathComponent))
  }

  /// With `followLinks` the link out of the folder is scored; loops are still
  /// refused.
  @Test func followLinksReadsLinksOut() throws {
    let (root, _) = try Self.hostileFolder()
    let found = try PlanDiscovery(root: root, skipped: [], excludes: [], followLinks: true).files()
    #expect(found.files == ["binnen.md", "buiten.txt", "goed.md", "sub/ook.md"])
    #expect(found.failures.map(\.file) == ["pijp.txt", "rond.md", "sub/terug", "weg.md"])
  }

  /// Two folders outside that link to each other end the search with
  /// `followLinks`, each searched once.
  @Test func followLinksCannotGoRoundBetweenTwoFolders() throws {
    let root = try BatchFixture.folder(["a.md": BatchFixture.plan(gemeente: "A", "Tekst.")])
    let first = try BatchFixture.folder(["een.md": BatchFixture.plan(gemeente: "B", "Tekst.")])
    let second = try BatchFixture.folder(["twee.md": BatchFixture.plan(gemeente: "C", "Tekst.")])
    let manager = FileManager.default
    try manager.createSymbolicLink(
      atPath: root.appendingPathComponent("eerste").path, withDestinationPath: first.path)
    try manager.createSymbolicLink(
      atPath: first.appendingPathComponent("tweede").path, withDestinationPath: second.path)
    try manager.createSymbolicLink(
      atPath: second.appendingPathComponent("eerste").path, withDestinationPath: first.path)
    let found = try PlanDiscovery(root: root, skipped: [], excludes: [], followLinks: true).files()
    #expect(found.files == ["a.md", "eerste/een.md", "eerste/tweede/twee.md"])
    #expect(found.failures.map(\.code) == ["link_loop"])
  }

  /// A batch over the folder scores the good plans, lists the rest in
  /// errors.json, and never reads the pipe (which would hang) or the file
  /// outside.
  @Test func batchGoesOnAndListsThem() async throws {
    let (root, _) = try Self.hostileFolder()
    let output = try BatchFixture.temporaryFolder("out")
    let outcome = try await BatchFixture.run(root, into: output)
    #expect(outcome.plans.map(\.file).sorted() == ["binnen.md", "goed.md", "sub/ook.md"])
    #expect(outcome.failures.count == 5)
    #expect(outcome.files == 8)
    let errors = try BatchFixture.text(BatchLayout.errors, in: output)
    for code in ["dangling_link", "link_loop", "link_outside_folder", "not_a_regular_file"] {
      #expect(errors.contains("\"code\" : \"\(code)\""))
    }
    #expect(!(try BatchFixture.text(BatchLayout.results, in: output)).contains("Buiten"))
  }

  /// A subfolder that cannot be listed is a failure; the run goes on. (Root
  /// may list any folder, so this check only runs for other users.)
  @Test(.enabled(if: getuid() != 0, "root can list any folder"))
  func unreadableSubfolderIsIsolated() async throws {
    let (root, _) = try Self.hostileFolder()
    let locked = root.appendingPathComponent("dicht")
    try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: true)
    try Data("x".utf8).write(to: locked.appendingPathComponent("plan.md"))
    chmod(locked.path, 0)
    defer { chmod(locked.path, 0o755) }
    let output = try BatchFixture.temporaryFolder("out")
    let outcome = try await BatchFixture.run(root, into: output)
    #expect(outcome.failures.contains { $0.file == "dicht" && $0.code == "unreadable_folder" })
    #expect(outcome.plans.count == 3)
  }
}
