import Foundation

/// An IMRO plan identifier such as `NL.IMRO.0363.BP2019Noord-VG01`: the
/// municipality's CBS code, the plan code the municipality chose, and the
/// version, whose letters often say the status (`VG`, `VA`, `VS`: vastgesteld;
/// `OW`, `ON`: ontwerp; `VO`: voorontwerp).
///
/// Only the `NL.IMRO.<four digits>.` part is fixed; plan codes and versions
/// follow each municipality's or vendor's habits, so the kind, year and status
/// are read from them only where the code says so plainly.
public struct IMROPlanID: Sendable, Equatable {
  /// The identifier as found, with `NL.IMRO.` in capitals and `-` before the
  /// version.
  public var identifier: String
  /// The CBS municipality code, such as `gm0363`.
  public var municipalityCode: String
  /// The plan code between the municipality code and the version.
  public var planCode: String
  /// The version after the last `-` (or `.`), such as `VG01`; `nil` when absent.
  public var version: String?

  /// The identifier without its version: the same for every edition of a plan.
  public var planIdentity: String {
    "NL.IMRO.\(municipalityCode.dropFirst(2)).\(planCode)"
  }

  /// The kind the plan code's prefix names: `BP` (bestemmingsplan), `WP`
  /// (wijzigingsplan), `UP`/`UWP` (uitwerkingsplan), after any leading digits.
  public var kind: DocumentKind? {
    let letters = planCode.uppercased().drop { $0.isNumber }
    return ["BP", "WP", "UP", "UWP"].contains { letters.hasPrefix($0) } ? .bestemmingsplan : nil
  }

  /// The year in the plan code, where it holds one.
  ///
  /// That is a run of four digits, or of six or more digits, that starts with
  /// a year from 1990 to 2039 (`BP2017AGBG0001`, `BPDorpen2017`,
  /// `BP201700039`). A run of five digits (`BP20003`) is too often a serial
  /// number to count.
  public var year: Int? {
    for run in planCode.split(whereSeparator: { !$0.isASCII || !$0.isNumber })
    where run.count == 4 || run.count >= 6 {
      if let year = Int(run.prefix(4)), (1990...2039).contains(year) { return year }
    }
    return nil
  }

  /// The status the version's letters name (`VG01`, `VA01`, `50VA`: vastgesteld;
  /// `OW01`, `ON01`: ontwerp; `VO01`: voorontwerp); `nil` for numeric versions
  /// such as `0301`, whose meaning differs between vendors.
  public var status: PlanStatus? {
    guard let version else { return nil }
    let letters = version.uppercased().filter(\.isLetter)
    if letters.hasPrefix("VO") { return .voorontwerp }
    if letters.hasPrefix("ON") || letters.hasPrefix("OW") { return .ontwerp }
    if ["VG", "VA", "VS"].contains(where: letters.hasPrefix) { return .vastgesteld }
    return nil
  }

  /// The first IMRO identifier in a text (a file name, a header value).
  ///
  /// `nil` when there is none. Markdown escapes (`NL.IMRO.0363\.BP1\-VG01`)
  /// are ignored.
  public init?(in text: String) {
    let plain = text.replacingOccurrences(of: "\\", with: "")
    guard let regex = Self.pattern,
      let match = regex.firstMatch(in: plain, range: NSRange(plain.startIndex..., in: plain)),
      let digits = Range(match.range(at: 1), in: plain),
      let code = Range(match.range(at: 2), in: plain)
    else { return nil }
    municipalityCode = "gm" + plain[digits]
    planCode = String(plain[code])
    version = Range(match.range(at: 3), in: plain).map { String(plain[$0]) }
    identifier = "NL.IMRO.\(plain[digits]).\(planCode)" + (version.map { "-\($0)" } ?? "")
  }

  /// `NL.IMRO.`, four digits, the plan code and an optional version after
  /// `-` or `.`.
  private static let pattern = try? NSRegularExpression(
    pattern: "NL\\.IMRO\\.([0-9]{4})\\.([A-Za-z0-9_]+)(?:[-.]([A-Za-z0-9]{2,6}))?(?![A-Za-z0-9])",
    options: [.caseInsensitive])
}
