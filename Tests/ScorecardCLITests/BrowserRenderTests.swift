import Foundation
import TestSupport
import Testing

/// Loads the batch's pages in a real headless browser (Debian's `chromium`),
/// so the HTML is known to render, not only to contain the right strings.
@Suite(
  .enabled(
    if: HeadlessBrowser.executable != nil,
    "no headless browser installed: `apt-get install chromium` (.ci/run installs it)"))
struct BrowserRenderTests {}

extension BrowserRenderTests {
  /// Runs a batch with a hostile plan and returns the output folder.
  static func batch() throws -> URL {
    let output = try BatchCLIFixture.folder("browser")
    _ = try CommandRunner.run([
      "batch", try BatchCLIFixture.plans(BatchCLIFixture.mixed).path, "--out", output.path,
      "--rubric", BatchCLIFixture.rubric, "--quiet",
    ])
    return output
  }

  /// index.html renders the ranking table with a row per scored plan, the
  /// card and the chart; the hostile plan's markup stays text (no img element
  /// and no script in the rendered DOM).
  @Test func indexRendersTheRanking() throws {
    let output = try Self.batch()
    let dom = try HeadlessBrowser.dumpDOM(output.appendingPathComponent("index.html"))
    let ranking = try #require(Self.part(of: dom, from: "<table id=\"ranking\">", to: "</table>"))
    #expect(ranking.components(separatedBy: "<tr>").count - 1 == 4)  // header + 3 plans
    #expect(ranking.contains("Zwolle – Holtenbroek"))
    #expect(dom.contains("<table id=\"card\" class=\"heatmap\">"))
    #expect(dom.contains("<svg role=\"img\""))
    #expect(!dom.contains("<img"))
    #expect(!dom.lowercased().contains("<script"))
    #expect(dom.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
  }

  /// A plan's report renders its card, with the evidence quote as text.
  @Test func planReportRenders() throws {
    let output = try Self.batch()
    let dom = try HeadlessBrowser.dumpDOM(output.appendingPathComponent("plans/vijandig.md.html"))
    #expect(dom.contains("<article class=\"scorecard\">"))
    #expect(dom.contains("<table class=\"overview\">"))
    #expect(!dom.contains("<img"))
    #expect(!dom.lowercased().contains("<script"))
  }

  /// Printed, index.html comes out on A4 pages.
  @Test func printsOnA4() throws {
    let output = try Self.batch()
    let pdf = output.appendingPathComponent("index.pdf")
    try HeadlessBrowser.printToPDF(output.appendingPathComponent("index.html"), to: pdf)
    let text = String(decoding: try Data(contentsOf: pdf), as: UTF8.self)
    let boxes = text.components(separatedBy: "/MediaBox [").dropFirst().compactMap { part in
      part.prefix { $0 != "]" }.split(separator: " ").compactMap { Double($0) }
    }
    #expect(!boxes.isEmpty)
    for box in boxes {
      // A4 is 595.3 × 841.9 points; US Letter would be 612 × 792.
      #expect(box.count == 4 && abs(box[2] - 595.3) < 2 && abs(box[3] - 841.9) < 2, "\(box)")
    }
  }

  private static func part(of text: String, from start: String, to end: String) -> String? {
    guard let lower = text.range(of: start),
      let upper = text.range(of: end, range: lower.upperBound..<text.endIndex)
    else { return nil }
    return String(text[lower.lowerBound..<upper.upperBound])
  }
}

/// Finds and runs a headless Chromium.
enum HeadlessBrowser {
  /// The browser's path, or `nil` when none is installed.
  static let executable: String? = {
    let names = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]
    let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":")
    for name in names {
      for folder in folders {
        let path = "\(folder)/\(name)"
        if FileManager.default.isExecutableFile(atPath: path) { return path }
      }
    }
    return nil
  }()

  /// The DOM of a page after it rendered.
  static func dumpDOM(_ page: URL) throws -> String {
    try run(["--dump-dom", page.absoluteString])
  }

  /// Prints a page to PDF with the page's own size (no header or footer).
  static func printToPDF(_ page: URL, to pdf: URL) throws {
    _ = try run(["--no-pdf-header-footer", "--print-to-pdf=\(pdf.path)", page.absoluteString])
  }

  private static func run(_ arguments: [String]) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable ?? "chromium")
    let profile = FileManager.default.temporaryDirectory
      .appendingPathComponent("scorecard-chromium-\(UUID().uuidString)")
    process.arguments =
      [
        "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
        "--user-data-dir=\(profile.path)",
      ] + arguments
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    try? FileManager.default.removeItem(at: profile)
    return String(decoding: data, as: UTF8.self)
  }
}
