import Foundation

/// The CBS municipality codes (`gm0297`) and names.
///
/// From the bundled `gemeenten.tsv`: every current Dutch municipality and the
/// former ones that older plans name. Loaded once, on first use.
enum MunicipalityTable {
  private struct Table {
    var names: [String: String] = [:]
    var codes: [String: String] = [:]
  }

  private static let table: Table = load()

  /// The name of the municipality with this code (`gm0297` or `GM0297`);
  /// `nil` for an unknown code such as the test code `gm9999`.
  static func name(forCode code: String) -> String? {
    table.names[code.lowercased()]
  }

  /// The code of the municipality with this name, ignoring case and a leading
  /// "Gemeente"; `nil` when no municipality, or more than one, has it.
  static func code(forName name: String) -> String? {
    table.codes[normalized(name)]
  }

  /// The first gemeente code in an identifier such as `/tooi/id/gemeente/gm0297`,
  /// `/akn/nl/act/gm0297/2019/…` or `nl.imow-gm.0297.Regeltekst…`, lower-cased.
  static func gemeenteCode(inIdentifier identifier: String) -> String? {
    let characters = Array(identifier.lowercased())
    var index = 0
    while index + 5 < characters.count {
      defer { index += 1 }
      guard characters[index] == "g", characters[index + 1] == "m",
        index == 0 || "/-.".contains(characters[index - 1])
      else { continue }
      var start = index + 2
      if characters[start] == "." { start += 1 }
      guard start + 4 <= characters.count else { continue }
      let digits = characters[start..<start + 4]
      let after = start + 4 < characters.count ? characters[start + 4] : "/"
      if digits.allSatisfy(\.isASCIINumber), !after.isNumber {
        return "gm" + String(digits)
      }
    }
    return nil
  }

  private static func normalized(_ name: String) -> String {
    var folded = name.lowercased().collapsingXMLWhiteSpace()
    if folded.hasPrefix("gemeente ") { folded.removeFirst("gemeente ".count) }
    return folded
  }

  private static func load() -> Table {
    var table = Table()
    guard let url = Bundle.module.url(forResource: "gemeenten", withExtension: "tsv"),
      let text = try? String(contentsOf: url, encoding: .utf8)
    else { return table }
    var ambiguous: Set<String> = []
    for line in text.split(separator: "\n").dropFirst() {
      let fields = line.split(separator: "\t", maxSplits: 1).map(String.init)
      guard fields.count == 2 else { continue }
      let code = fields[0].lowercased()
      let name = fields[1].trimmingCharacters(in: .whitespaces)
      table.names[code] = name
      let key = normalized(name)
      if table.codes[key] != nil { ambiguous.insert(key) }
      table.codes[key] = code
    }
    for key in ambiguous { table.codes[key] = nil }
    for (alias, code) in aliases where table.names[code] != nil {
      table.codes[alias] = code
    }
    return table
  }

  /// Everyday names that differ from the official ones.
  private static let aliases = ["den haag": "gm0518", "den bosch": "gm0796"]
}

extension Character {
  fileprivate var isASCIINumber: Bool {
    isASCII && isNumber
  }
}
