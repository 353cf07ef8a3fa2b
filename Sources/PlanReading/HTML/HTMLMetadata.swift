/// What a web page says about itself: `<html lang>`, `<title>` and `<meta>`
/// tags.
///
/// - Title: `DC.title`/`dcterms.title`, else `og:title`, else a `titel`/`title`
///   meta tag, else the `<title>` up to its first " | " (sites append their
///   own name), else the first `h1` of the content.
/// - Municipality: `DC.creator`, `dcterms.creator`, `DC.publisher`,
///   `dcterms.publisher`, `author` or `overheid.authority` when it names a
///   municipality ("Gemeente Zwolle"); else "gemeente …" with a known
///   municipality's name in the `<title>` or the `description`.
/// - Date and year: `DC.date`, `dcterms.date`, `dcterms.created`,
///   `dcterms.issued`, `dcterms.modified` (in that order).
/// - Language: `DC.language`/`dcterms.language`, else `<html lang>`.
/// - Kind: `DC.type`/`dcterms.type`, else from the title as for any plan.
/// - Any meta tag named like a front-matter key (`gemeente`, `jaar`, `wijk`,
///   `soort`, `taal`) counts as it would there, and wins.
enum HTMLMetadata {
  /// Reads the metadata of the page under `root`.
  static func read(_ root: XMLElementNode) -> DeclaredMetadata {
    var tags: [String: String] = [:]
    var frontMatter: [(String, String)] = []
    var pageTitle: String?
    let head = root.child("head") ?? root
    head.forEachElement(pruning: ["body"]) { element in
      switch element.localName {
      case "title":
        pageTitle = pageTitle ?? element.collapsedText
      case "meta":
        guard
          let name =
            (element.attribute("name") ?? element.attribute("property")
            ?? element.attribute("http-equiv"))?.lowercased(),
          let content = element.attribute("content")?.collapsingXMLWhiteSpace(), !content.isEmpty
        else { return }
        if tags[name] == nil { tags[name] = content }
        frontMatter.append((name, content))
      default:
        break
      }
    }
    var metadata = DeclaredMetadata()
    let lookup = { (names: [String]) in names.lazy.compactMap { tags[$0] }.first }
    metadata.title =
      lookup(["dc.title", "dcterms.title", "og:title", "titel", "title"])
      ?? pageTitle.map(siteless).flatMap { $0.isEmpty ? nil : $0 }
    metadata.municipality =
      lookup([
        "dc.creator", "dcterms.creator", "dc.publisher", "dcterms.publisher", "author",
        "overheid.authority",
      ]).flatMap(OfficeMetadata.municipality(inCreator:))
      ?? [pageTitle, tags["description"]].lazy.compactMap { $0 }
      .compactMap(municipality(namedIn:)).first
    if let date = lookup([
      "dc.date", "dcterms.date", "dcterms.created", "dcterms.issued", "dcterms.modified",
    ]) {
      metadata.date = MetadataValue.date(String(date.prefix(10)))
    }
    metadata.language =
      lookup(["dc.language", "dcterms.language", "content-language"])
      .flatMap(PlanLanguage.init(label:))
      ?? root.attribute("lang").flatMap(PlanLanguage.init(label:))
    metadata.kind = lookup(["dc.type", "dcterms.type"]).flatMap(DocumentKind.init(label:))
    for (name, content) in frontMatter where !name.contains(".") && !name.contains(":") {
      guard name != "title", name != "description", name != "author" else { continue }
      FrontMatter.apply(key: name, value: content, to: &metadata)
    }
    return metadata
  }

  /// A page title without the site's name after " | ".
  private static func siteless(_ title: String) -> String {
    String(title.split(separator: " | ", maxSplits: 1).first ?? Substring(title))
      .collapsingXMLWhiteSpace()
  }

  /// A known municipality named as "gemeente X" (one to three words) in a text.
  static func municipality(namedIn text: String) -> String? {
    let words = text.split(whereSeparator: { $0.isWhitespace || ",.|–-:;()".contains($0) })
    for (index, word) in words.enumerated() where word.lowercased() == "gemeente" {
      for length in stride(from: 3, through: 1, by: -1) where index + length < words.count {
        let name = words[(index + 1)...(index + length)].joined(separator: " ")
        if MunicipalityTable.code(forName: name) != nil { return name }
      }
    }
    return nil
  }
}
