/// Where a plan stands in its procedure, as the document or its IMRO
/// identifier says.
public enum PlanStatus: String, Sendable, Codable, CaseIterable {
  /// A first draft before the formal procedure (voorontwerp).
  case voorontwerp
  /// The draft laid open for views (ontwerp).
  case ontwerp
  /// Adopted by the council (vastgesteld).
  case vastgesteld
  /// Adopted and beyond appeal (onherroepelijk).
  case onherroepelijk
  /// A consolidated version of adopted plans (geconsolideerd).
  case geconsolideerd

  /// Reads a status from a label such as `Vastgesteld`, `ontwerp` or `Draft`;
  /// `nil` when nothing fits.
  public init?(label: String) {
    let folded = label.lowercased().filter(\.isLetter)
    let table: [(String, PlanStatus)] = [
      ("voorontwerp", .voorontwerp), ("ontwerp", .ontwerp),
      ("draft", .ontwerp), ("onherroepelijk", .onherroepelijk), ("vastgesteld", .vastgesteld),
      ("adopted", .vastgesteld), ("geconsolideerd", .geconsolideerd),
      ("consolidated", .geconsolideerd),
    ]
    guard let hit = table.first(where: { folded.hasPrefix($0.0) }) else { return nil }
    self = hit.1
  }
}
