/// A table of contents run together into one paragraph, as conversions of
/// a PDF's contents page often give: "… 5. Economische uitvoerbaarheid 30
/// 6. Overleg en zienswijzen 31 6.1 Vooroverleg 31 6.2 Zienswijzen 31".
/// Such a sentence is never evidence, though its titles name participation.
enum FlattenedContents {
  /// How many times a page number must stand right before a section number.
  static let minimumEntries = 2

  /// Whether `tokens` hold at least ``minimumEntries`` places where a page
  /// number (a whole number of at most three digits) stands right before a
  /// section number (numbers joined by dots: "6.1", "3.1.1"). Running text
  /// does not put two numbers side by side like that ("in 2019 zijn 3
  /// bijeenkomsten", "zie 6.1 en 6.2", "25.000 euro").
  static func isRun(_ tokens: [Token]) -> Bool {
    var entries = 0
    for index in tokens.indices.dropFirst()
    where tokens[index].isNumber && tokens[index - 1].isNumber {
      guard isPageNumber(tokens[index - 1].folded), isSectionNumber(tokens[index].folded)
      else { continue }
      entries += 1
      if entries >= minimumEntries { return true }
    }
    return false
  }

  private static func isPageNumber(_ word: String) -> Bool {
    word.utf8.count <= 3 && word.utf8.allSatisfy { (0x30...0x39).contains($0) }
  }

  private static func isSectionNumber(_ word: String) -> Bool {
    word.utf8.contains(UInt8(ascii: ".")) && !word.utf8.contains(UInt8(ascii: ","))
      && word.utf8.split(separator: UInt8(ascii: ".")).allSatisfy { $0.count <= 2 }
  }
}
