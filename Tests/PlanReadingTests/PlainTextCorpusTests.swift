import Foundation
import TestSupport
import Testing

@testable import PlanReading

/// Reads the real plans of the shared corpus: every plain-text and Markdown
/// file must read without error and give at least one paragraph.
@Suite(.enabled(if: Fixtures.corpus != nil, "../shared/corpus is absent: corpus tests skipped"))
struct PlainTextCorpusTests {}

extension PlainTextCorpusTests {
  /// The `.md` and `.txt` files in a corpus folder, sorted by name.
  static func files(in folder: String) throws -> [URL] {
    guard let corpus = Fixtures.corpus else { return [] }
    let directory = corpus.appendingPathComponent(folder)
    return try FileManager.default.contentsOfDirectory(
      at: directory, includingPropertiesForKeys: nil
    )
    .filter { ["md", "txt"].contains($0.pathExtension) }
    .sorted { $0.lastPathComponent < $1.lastPathComponent }
  }

  /// Reads one file with the plain-text reader and checks it has prose.
  /// The reader is called directly: a few converted files start with an HTML
  /// tag, which the format sniffer takes for XML.
  static func checkReads(_ url: URL) {
    do {
      let data = try Data(contentsOf: url)
      let output = try PlainTextReader.read(data: data, path: url.path)
      let paragraphs = output.blocks.filter { $0.kind == .paragraph }
      #expect(!paragraphs.isEmpty, "\(url.lastPathComponent) gave no paragraph")
      #expect(
        output.blocks.allSatisfy { !$0.text.isEmpty && $0.location.line >= 1 },
        "\(url.lastPathComponent) has an empty block or a bad location")
    } catch {
      Issue.record("\(url.lastPathComponent): \(error.localizedDescription)")
    }
  }

  /// Every labelled plain-text and Markdown plan reads and has paragraphs.
  @Test func labeledPlansRead() throws {
    let files = try Self.files(in: "labeled")
    #expect(files.count >= 20)
    for url in files { Self.checkReads(url) }
  }

  /// All 500 IMRO toelichtingen read and have paragraphs.
  @Test func imroPlansRead() throws {
    let files = try Self.files(in: "imro")
    #expect(files.count == 500)
    for url in files { Self.checkReads(url) }
  }

  /// Read as documents, the labelled Markdown plans get a title and heading paths.
  @Test func labeledMarkdownPlansHaveOutlines() throws {
    for url in try Self.files(in: "labeled") where url.pathExtension == "md" {
      let document = try PlanReader().read(fileAt: url.path)
      #expect(document.metadata.title != nil, "\(url.lastPathComponent) has no title")
      #expect(
        document.blocks.contains { !$0.headingPath.isEmpty },
        "\(url.lastPathComponent) has no block under a heading")
    }
  }
}
