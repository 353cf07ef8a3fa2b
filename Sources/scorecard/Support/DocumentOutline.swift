import Assessment
import Foundation
import PlanReading

/// Renders a read document for `scorecard read`.
enum DocumentOutline {
  /// A readable outline: metadata, notes, then every block with its location.
  static func render(_ document: PlanDocument) -> String {
    let meta = document.metadata
    var lines = ["== \(meta.sourcePath)"]
    let fields: [(String, String?)] = [
      ("title", meta.title),
      (
        "municipality",
        meta.municipality.map { name in
          meta.municipalityCode.map { "\(name) (\($0))" } ?? name
        } ?? meta.municipalityCode
      ),
      ("area", meta.area), ("date", meta.date), ("year", meta.year.map(String.init)),
      ("kind", meta.kind.rawValue),
      ("language", meta.language.rawValue + (meta.languageDetected ? " (detected)" : "")),
      ("format", meta.format.rawValue), ("encoding", meta.encoding.rawValue),
      ("sha256", meta.sha256),
    ]
    for case let (name, value?) in fields {
      lines.append("\(name): \(value)")
    }
    for note in document.notes {
      lines.append("note: \(note.message)")
    }
    let prose = document.proseBlocks.count
    lines.append("blocks: \(document.blocks.count) (\(prose) with prose)")
    lines.append("")
    for block in document.blocks {
      let place =
        block.location.page.map { "p\($0):\(block.location.line)" }
        ?? "\(block.location.line):\(block.location.column)"
      switch block.kind {
      case .heading:
        let marks = String(repeating: "#", count: block.level ?? 1)
        lines.append("\(place)\t\(marks) \(block.text)")
      case .paragraph:
        lines.append("\(place)\t  \(excerpt(block.text))")
      case .listItem:
        lines.append("\(place)\t  • \(excerpt(block.text))")
      case .tableCell:
        lines.append("\(place)\t  | \(excerpt(block.text))")
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// The documents as pretty-printed JSON with sorted keys, ending with a newline.
  static func json(_ documents: [PlanDocument]) throws -> String {
    String(decoding: try StableJSON.file(documents), as: UTF8.self)
  }

  private static func excerpt(_ text: String) -> String {
    text.count > 160 ? String(text.prefix(157)) + "…" : text
  }
}
