import Foundation

// MARK: - Case and diacritic folding

extension TextAnalyzer {
  /// Lower-cases `word` and removes its diacritics, so spelling variants compare
  /// equal: `Geïnformeerd` → `geinformeerd`, `ß` → `ss`, `ĳ` → `ij`, `æ` → `ae`,
  /// and typographic apostrophes (`’`) become `'`.
  static func fold(_ word: Substring) -> String {
    var folded = ""
    folded.reserveCapacity(word.utf8.count)
    for scalar in word.unicodeScalars {
      let value = scalar.value
      if value < 0x80 {
        let byte = UInt8(value)
        folded.unicodeScalars.append(
          Unicode.Scalar(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte))
      } else if let latin = latinFold(value) {
        folded += latin
      } else {
        appendDecomposed(scalar, to: &folded)
      }
    }
    return folded
  }

  /// The folded form of the common Latin letters and apostrophes, or `nil`
  /// for any other scalar.
  private static func latinFold(_ value: UInt32) -> String? {
    switch value {
    case 0xC0...0xC5, 0xE0...0xE5: return "a"
    case 0xC6, 0xE6: return "ae"
    case 0xC7, 0xE7: return "c"
    case 0xC8...0xCB, 0xE8...0xEB: return "e"
    case 0xCC...0xCF, 0xEC...0xEF: return "i"
    case 0xD0, 0xF0, 0x110, 0x111: return "d"
    case 0xD1, 0xF1: return "n"
    case 0xD2...0xD6, 0xD8, 0xF2...0xF6, 0xF8: return "o"
    case 0xD9...0xDC, 0xF9...0xFC: return "u"
    case 0xDD, 0xFD, 0xFF: return "y"
    case 0xDE, 0xFE: return "th"
    case 0xDF, 0x1E9E: return "ss"
    case 0x132, 0x133: return "ij"
    case 0x141, 0x142: return "l"
    case 0x152, 0x153: return "oe"
    case 0x131: return "i"
    case 0x2018, 0x2019, 0x02BC, 0xB4: return "'"
    default: return nil
    }
  }

  /// Appends the compatibility decomposition of `scalar`, lower-cased and
  /// without combining marks (`ﬁ` → `fi`, `ā` → `a`).
  private static func appendDecomposed(_ scalar: Unicode.Scalar, to folded: inout String) {
    if scalar.properties.generalCategory == .nonspacingMark { return }
    let decomposed = String(scalar).decomposedStringWithCompatibilityMapping
    for part in decomposed.unicodeScalars
    where part.properties.generalCategory != .nonspacingMark {
      folded += part.properties.lowercaseMapping
    }
  }
}
