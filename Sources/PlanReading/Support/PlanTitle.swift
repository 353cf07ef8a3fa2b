import Foundation

/// Chooses a plan's title: never a section heading such as `1 Inleiding`,
/// `Inhoudsopgave` or `Toelichting`, which say nothing about which plan it is.
///
/// The order: the title the document's metadata declares, the plan name in
/// its header, the first level-1 heading near the top that is not a generic
/// one (else the first such heading of any level), and else the file name
/// made readable (or the IMRO identifier it holds).
enum PlanTitle {
  /// How many headings from the top may give the title.
  static let searchedHeadings = 12

  /// The title from the candidates, in order of preference.
  static func choose(
    declared: String?, header: String?, blocks: [Block], path: String, planID: IMROPlanID?
  ) -> String {
    if let title = [declared, header].lazy.compactMap({ $0 }).first(where: isUsable) {
      return title
    }
    let headings = blocks.lazy.filter { $0.kind == .heading }.prefix(searchedHeadings)
      .filter { isUsable($0.text) }
    if let heading = headings.first(where: { $0.level == 1 }) ?? headings.first {
      return heading.text
    }
    return readableFileName(path, planID: planID)
  }

  /// Whether a text can be a plan's title: it has a few letters, is not too
  /// long, and is not a numbered or generic section heading, a bare
  /// municipality name, kind or status.
  static func isUsable(_ text: String) -> Bool {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    guard trimmed.filter(\.isLetter).count >= 3, trimmed.count <= 200 else { return false }
    if SectionNumber.parse(Substring(trimmed)) != nil { return false }
    let words = trimmed.lowercased().split { !$0.isLetter }
    let folded = words.joined(separator: " ")
    if genericHeadings.contains(folded) || genericPrefixes.contains(where: folded.hasPrefix)
      || words.allSatisfy({ genericWords.contains(String($0)) })
    {
      return false
    }
    let isMunicipality = MunicipalityTable.code(forName: trimmed) != nil
    let isAuthority = ["gemeente", "municipality"].contains(words.first ?? "") && words.count <= 4
    return !isMunicipality && !isAuthority
  }

  /// The file name without folder and extension, with `_` and `-` as
  /// spaces; the IMRO identifier when the name holds one.
  static func readableFileName(_ path: String, planID: IMROPlanID?) -> String {
    let url = URL(fileURLWithPath: path)
    let base = url.deletingPathExtension().lastPathComponent
    if let planID, IMROPlanID(in: base) == planID { return planID.identifier }
    let words = base.map { $0 == "_" || $0 == "-" ? " " : $0 }
    let readable = String(words).split(separator: " ").joined(separator: " ")
    guard let first = readable.first else { return url.lastPathComponent }
    return first.uppercased() + readable.dropFirst()
  }

  /// Section headings every plan has, lower-cased, letters and spaces only.
  private static let genericHeadings: Set<String> = [
    "inleiding", "inhoudsopgave", "inhoud", "toelichting", "voorwoord", "colofon",
    "samenvatting", "leeswijzer", "aanleiding", "regels", "planregels", "bijlagen", "bijlage",
    "verbeelding", "begrippen", "introductie", "algemeen", "aanleiding en doel",
    "inleiding en aanleiding", "toelichting bij de regels", "bijlagen bij de toelichting",
    "bijlagen bij de regels", "regels en verbeelding", "inhoud toelichting",
    "inhoudsopgave toelichting", "introduction", "contents", "table of contents", "summary",
    "preface", "foreword", "colophon", "background", "appendix", "appendices", "annex",
    "overview", "executive summary", "huidige situatie", "huidig gebruik", "bestaande situatie",
    "planbeschrijving", "beleidskader", "beleid", "plangebied", "ligging plangebied",
    "juridische planopzet", "uitvoerbaarheid", "imronummer", "imro nummer", "opgesteld door",
    "projectnummer", "ladder voor duurzame verstedelijking",
    "structuurvisie infrastructuur en ruimte", "besluit algemene regels ruimtelijke ordening",
  ]

  /// Words that make a heading generic when it has no others: `Toelichting
  /// bij het bestemmingsplan`, `Bijlagen bij de regels`, `Ontwerp`.
  private static let genericWords = Set([
    "toelichting", "bij", "het", "de", "en", "behorende", "inhoudsopgave", "regels", "bijlage",
    "bijlagen", "n", "plan", "concept", "voorontwerp", "ontwerp", "vastgesteld",
    "onherroepelijk", "geconsolideerd", "wijzigingsplan", "uitwerkingsplan", "van", "blz",
    "inhoud", "pagina", "doel", "vigerend", "geldend", "bijlagenboek", "extern", "planteksten",
  ]).union(DocumentKind.allCases.map(\.rawValue))

  /// Openings of headings that are navigation or boilerplate, not titles.
  private static let genericPrefixes = ["direct naar inhoud", "skip to content"]
}
