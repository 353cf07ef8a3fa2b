/// The families of XML documents the reader tells apart.
enum XMLSchema: Equatable {
  /// The project's own plan schema (root `plan`).
  case scorecardPlan
  /// STOP/IMOP text and deliveries.
  case stop
  /// IMOW/OW annotation files (no prose).
  case ow
  /// Officiële publicaties and CVDR regulations.
  case officielePublicatie
  /// Anything else.
  case generic

  /// The format recorded in the document's metadata.
  var format: PlanFormat {
    switch self {
    case .scorecardPlan: return .scorecardXML
    case .stop, .ow: return .stopXML
    case .officielePublicatie: return .officielePublicatieXML
    case .generic: return .genericXML
    }
  }

  /// The reader for the family.
  var reader: any XMLSchemaReader.Type {
    switch self {
    case .scorecardPlan: return ScorecardPlanReader.self
    case .stop: return STOPReader.self
    case .ow: return OWReader.self
    case .officielePublicatie: return OfficielePublicatieReader.self
    case .generic: return GenericXMLReader.self
    }
  }
}

/// Chooses the schema of a document from its root element's namespace and name.
enum XMLSchemaDetector {
  /// STOP roots that may appear without a namespace (hand-made or older files).
  private static let stopRoots: Set<String> = [
    "AanleveringBesluit", "AanleveringRegelingVersie", "BesluitVersie", "RegelingVersie",
    "BesluitCompact", "BesluitKlassiek", "RegelingCompact", "RegelingVrijetekst",
    "RegelingKlassiek", "RegelingTijdelijkdeel",
  ]

  /// The schema of the document whose root is `root`.
  static func schema(of root: XMLElementNode) -> XMLSchema {
    let namespace = root.namespaceURI ?? ""
    let name = root.localName
    if name == "plan", namespace.isEmpty || namespace == XMLNamespace.scorecardPlan {
      return .scorecardPlan
    }
    if namespace.hasPrefix(XMLNamespace.imowFamily)
      || namespace.hasPrefix(XMLNamespace.owDeliveryFamily)
      || name == "owBestand" || name == "Aanleveringen"
    {
      return .ow
    }
    if namespace.hasPrefix(XMLNamespace.stopFamily) || namespace == XMLNamespace.lvbbDelivery
      || namespace == XMLNamespace.imopLegacy || stopRoots.contains(name)
    {
      return .stop
    }
    if namespace.isEmpty || !namespace.hasPrefix("http://www.w3.org/"),
      OfficielePublicatieRules.roots.contains(name.lowercased())
    {
      return .officielePublicatie
    }
    return .generic
  }
}
