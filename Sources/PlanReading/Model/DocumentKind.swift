/// The kind of plan document, which decides which criteria apply.
public enum DocumentKind: String, Sendable, Codable, CaseIterable {
  /// A neighbourhood action plan (wijkactieplan, wijkplan, wijkagenda).
  case wijkactieplan
  /// A municipal or provincial environment vision (omgevingsvisie).
  case omgevingsvisie
  /// An environment plan under the Omgevingswet (omgevingsplan).
  case omgevingsplan
  /// A zoning plan under the former Wro (bestemmingsplan, wijzigingsplan).
  case bestemmingsplan
  /// A programme under the Omgevingswet (programma).
  case programma
  /// A report on how participation went (participatieverslag).
  case participatieverslag
  /// A regulation (verordening, regeling, beleidsregel).
  case verordening
  /// Anything else.
  case other

  /// Reads a kind from a free-text label such as `Wijkactieplan` or
  /// `participatieverordening`; `nil` when nothing fits.
  public init?(label: String) {
    let folded = label.lowercased().filter { $0.isLetter }
    let table: [(String, DocumentKind)] = [
      ("participatieverslag", .participatieverslag),
      ("omgevingsvisie", .omgevingsvisie), ("omgevingsplan", .omgevingsplan),
      ("bestemmingsplan", .bestemmingsplan), ("wijzigingsplan", .bestemmingsplan),
      ("uitwerkingsplan", .bestemmingsplan), ("programma", .programma),
      ("verordening", .verordening), ("regeling", .verordening), ("beleidsregel", .verordening),
      ("wijkactieplan", .wijkactieplan), ("wijkplan", .wijkactieplan),
      ("wijkagenda", .wijkactieplan), ("buurtplan", .wijkactieplan),
      ("actionplan", .wijkactieplan), ("neighbourhoodplan", .wijkactieplan),
      ("neighborhoodplan", .wijkactieplan), ("other", .other), ("overig", .other),
    ]
    if let exact = DocumentKind(rawValue: folded) {
      self = exact
      return
    }
    guard let hit = table.first(where: { folded.contains($0.0) }) else { return nil }
    self = hit.1
  }
}
