import Foundation
import PlanReading

/// What tells one plan apart from the other plans of an edition, folded so
/// that two editions of the same plan give the same values: the key from
/// `plans.csv`, the IMRO plan id without its version, the municipality, area,
/// kind and title.
struct PlanIdentity: Sendable, Equatable {
  /// The `sleutel`/`key` cell of `plans.csv`, folded.
  var key: String?
  /// The IMRO plan id without its version suffix, upper case
  /// (`NL.IMRO.0363.N1201BPSTD`).
  var imroID: String?
  /// The municipality, folded.
  var municipality: String?
  /// The area, folded.
  var area: String?
  /// The kind of document; `nil` when it is `other`, which says nothing.
  var kind: DocumentKind?
  /// The title without years, edition words, case, accents or punctuation.
  var title: String?
  /// The plan's path in its batch folder.
  var file: String

  /// The identity of a scored plan.
  init(_ plan: ScoredPlan) {
    let card = plan.scorecard.plan
    key = plan.key.flatMap(Self.fold)
    imroID = Self.imroID(in: [card.planId ?? "", plan.file, card.source, card.title ?? ""])
    municipality = card.municipality.flatMap(Self.fold)
    area = card.area.flatMap(Self.fold)
    kind = card.kind == .other ? nil : card.kind
    title = card.title.flatMap(Self.comparableTitle)
    file = plan.file
  }

  /// Whether the two can be the same plan: no facet both have differs.
  func isCompatible(with other: PlanIdentity) -> Bool {
    let differ = { (lhs: String?, rhs: String?) in lhs != nil && rhs != nil && lhs != rhs }
    return !differ(key, other.key) && !differ(imroID, other.imroID)
      && !differ(municipality, other.municipality) && !differ(area, other.area)
      && !differ(kind?.rawValue, other.kind?.rawValue)
  }

  // MARK: - Folding

  /// Lower case, without accents, punctuation or extra spaces; `nil` when
  /// nothing is left.
  static func fold(_ text: String) -> String? {
    let words = words(of: text)
    return words.isEmpty ? nil : words.joined(separator: " ")
  }

  /// A title as compared between editions: folded, without years, ordinals
  /// (`2e`) and edition words such as `ontwerp`, `vastgesteld`, `herziening`.
  static func comparableTitle(_ title: String) -> String? {
    let kept = words(of: title).filter { word in
      !editionWords.contains(word) && !isYear(word) && !isOrdinal(word)
    }
    return kept.isEmpty ? nil : kept.joined(separator: " ")
  }

  /// Words that name an edition of a plan rather than the plan.
  static let editionWords: Set<String> = [
    "ontwerp", "voorontwerp", "vastgesteld", "vastgestelde", "concept", "herziening",
    "herziene", "actualisatie", "geactualiseerd", "geactualiseerde", "versie", "definitief",
    "definitieve", "draft", "adopted", "final", "revision", "revised", "update", "updated",
    "version",
  ]

  private static func words(of text: String) -> [String] {
    text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
      .lowercased()
      .split { !$0.isLetter && !$0.isNumber }
      .map(String.init)
  }

  private static func isYear(_ word: String) -> Bool {
    word.count == 4 && word.allSatisfy(\.isASCIIDigit)
      && (word.hasPrefix("19") || word.hasPrefix("20"))
  }

  /// `1e`, `2de`, `3ste`, `v2`.
  private static func isOrdinal(_ word: String) -> Bool {
    let digits = word.prefix { $0.isASCIIDigit }
    let rest = word.dropFirst(digits.count)
    if !digits.isEmpty, ["e", "de", "ste"].contains(String(rest)) { return true }
    return word.hasPrefix("v") && word.count > 1 && word.dropFirst().allSatisfy(\.isASCIIDigit)
  }

  // MARK: - IMRO

  /// The first IMRO plan id in the texts, without its version suffix and
  /// in capitals: `NL.IMRO.0363.N1201BPSTD-VG01` and `…-OW01` both give
  /// `NL.IMRO.0363.N1201BPSTD`.
  static func imroID(in texts: [String]) -> String? {
    texts.lazy.compactMap { IMROPlanID(in: $0)?.planIdentity.uppercased() }.first
  }
}

extension Character {
  fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
