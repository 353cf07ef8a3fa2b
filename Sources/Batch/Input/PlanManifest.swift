import Foundation
import PlanReading
import SwiftCSV

/// The optional `plans.csv` in a plan folder: metadata for the comparison
/// that wins over what the documents say.
///
/// The first row names the columns: `file` (or `bestand`, the path relative
/// to the folder) and any of `gemeente`/`municipality`, `wijk`/`area`,
/// `jaar`/`year`, `soort`/`kind`, `sleutel`/`key` (the plan's identity across
/// editions, for `compare`). Fields are separated by `;` or `,` (the
/// separator is read from the first row), quoted as in RFC 4180, and the file
/// may start with a byte order mark, as Excel writes it. An empty cell keeps
/// what the document says.
struct PlanManifest: Sendable {
  /// The rows by relative file path.
  let entries: [String: ManifestEntry]

  /// Reads the manifest at `url`; `nil` when there is none.
  /// - Throws: ``BatchError/manifest(path:row:message:)``.
  static func load(from url: URL) throws(BatchError) -> PlanManifest? {
    guard FileManager.default.fileExists(atPath: url.path) else { return nil }
    let path = url.path
    let data: Data
    do {
      data = try FileAccess.read(path)
    } catch {
      throw .manifest(path: path, row: nil, message: "cannot be read (\(error.reason))")
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw .manifest(path: path, row: nil, message: "not readable as UTF-8 text")
    }
    return try parse(text, path: path)
  }

  /// Reads a manifest's text.
  /// - Parameter path: The manifest's path, for messages.
  /// - Throws: ``BatchError/manifest(path:row:message:)``.
  static func parse(_ text: String, path: String) throws(BatchError) -> PlanManifest {
    let firstLine = text.prefix { !$0.isNewline }
    let separator: Character = firstLine.contains(";") || !firstLine.contains(",") ? ";" : ","
    if let problem = CSVQuoteCheck.firstProblem(in: text, separator: separator) {
      throw .manifest(path: path, row: nil, message: "line \(problem.line): \(problem.message)")
    }
    let csv: EnumeratedCSV
    do {
      csv = try EnumeratedCSV(string: text, loadColumns: false)
    } catch {
      throw .manifest(
        path: path, row: nil, message: "not valid CSV; check the quotes and the separators")
    }
    let columns = csv.header.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
    let index = { (names: [String]) in columns.firstIndex { names.contains($0) } }
    guard let fileColumn = index(["file", "bestand"]) else {
      throw .manifest(path: path, row: 1, message: "no column `file` (or `bestand`)")
    }
    let municipality = index(["gemeente", "municipality"])
    let area = index(["wijk", "area"])
    let year = index(["jaar", "year"])
    let kind = index(["soort", "kind"])
    let key = index(["sleutel", "key"])
    var entries: [String: ManifestEntry] = [:]
    for (offset, fields) in csv.rows.enumerated() {
      let row = offset + 2
      let cell = { (column: Int?) -> String? in
        guard let column, column < fields.count else { return nil }
        let value = fields[column].trimmingCharacters(in: .whitespacesAndNewlines)
        return value.isEmpty ? nil : value
      }
      guard let rawFile = cell(fileColumn) else {
        if fields.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
        throw .manifest(path: path, row: row, message: "the file cell is empty")
      }
      let file = normalized(rawFile)
      guard !file.isEmpty else {
        throw .manifest(
          path: path, row: row,
          message: "the file cell '\(rawFile)' names no file; give the plan's path in the folder")
      }
      guard entries[file] == nil else {
        throw .manifest(path: path, row: row, message: "\(file.clipped()) is listed twice")
      }
      entries[file] = try ManifestEntry(
        municipality: cell(municipality), area: cell(area), year: cell(year), kind: cell(kind),
        key: cell(key), path: path, row: row)
    }
    return PlanManifest(entries: entries)
  }

  /// The manifest's files that are not among the plans found.
  func unknownFiles(among files: [String]) -> [String] {
    let found = Set(files)
    return entries.keys.filter { !found.contains($0) }.sorted()
  }

  /// `sub\plan.md` and `./sub/plan.md` → `sub/plan.md`.
  private static func normalized(_ file: String) -> String {
    var path = file.replacingOccurrences(of: "\\", with: "/")
    while path.hasPrefix("./") { path.removeFirst(2) }
    return path
  }
}

/// One row of the manifest: the metadata it sets for one plan.
struct ManifestEntry: Sendable, Equatable {
  /// The municipality (gemeente).
  var municipality: String?
  /// The neighbourhood or district (wijk).
  var area: String?
  /// The year.
  var year: Int?
  /// The kind of document, which decides which criteria apply.
  var kind: DocumentKind?
  /// The plan's identity across editions; it pairs them in `compare` and
  /// does not change the score.
  var key: String?

  /// Reads the cells of one row.
  /// - Throws: ``BatchError/manifest(path:row:message:)`` for a bad year or kind.
  init(
    municipality: String?, area: String?, year: String?, kind: String?, key: String? = nil,
    path: String, row: Int
  ) throws(BatchError) {
    self.municipality = municipality
    self.key = key
    self.area = area
    if let year {
      guard let value = Int(year), (1900...2100).contains(value) else {
        throw .manifest(path: path, row: row, message: "jaar '\(year.clipped())' is not a year")
      }
      self.year = value
    }
    if let kind {
      guard let value = DocumentKind(label: kind) else {
        let known = DocumentKind.allCases.map(\.rawValue).joined(separator: ", ")
        throw .manifest(
          path: path, row: row, message: "soort '\(kind.clipped())' is unknown; use one of \(known)"
        )
      }
      self.kind = value
    }
  }

  /// The entry's values as one stable string, for the cache key (a kind from
  /// the manifest changes which criteria apply, so it changes the result).
  var cacheKey: String {
    [municipality ?? "", area ?? "", year.map(String.init) ?? "", kind?.rawValue ?? ""]
      .joined(separator: "\u{1F}")
  }

  /// Puts the entry's values over the document's own metadata.
  func apply(to metadata: inout PlanMetadata) {
    if let municipality {
      if metadata.municipality?.lowercased() != municipality.lowercased() {
        metadata.municipalityCode = nil
      }
      metadata.municipality = municipality
    }
    if let area { metadata.area = area }
    if let year { metadata.year = year }
    if let kind { metadata.kind = kind }
  }
}
