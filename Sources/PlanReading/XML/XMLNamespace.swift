/// Namespace URIs the readers recognise.
///
/// Elements are always matched by namespace URI and local name, never by prefix.
enum XMLNamespace {
  /// XHTML.
  static let xhtml = "http://www.w3.org/1999/xhtml"
  /// The `xml:` attributes (`xml:lang`).
  static let xml = "http://www.w3.org/XML/1998/namespace"
  /// The project's own plan schema.
  static let scorecardPlan = "https://participatie-scorecard.nl/plan/1"

  /// STOP/IMOP text (`Al`, `Artikel`, `Kop`).
  static let stopText = "https://standaarden.overheid.nl/stop/imop/tekst/"
  /// STOP/IMOP data (metadata: `officieleTitel`, `maker`, `Procedureverloop`).
  static let stopData = "https://standaarden.overheid.nl/stop/imop/data/"
  /// The LVBB delivery wrapper (`AanleveringBesluit`, `BesluitVersie`).
  static let lvbbDelivery = "https://standaarden.overheid.nl/lvbb/stop/aanlevering/"
  /// The pre-1.0 IMOP namespace.
  static let imopLegacy = "http://www.overheid.nl/imop/def#"
  /// Every STOP/IMOP namespace starts with this.
  static let stopFamily = "https://standaarden.overheid.nl/stop/imop/"
  /// IMOW (OW annotation files) namespaces start with this.
  static let imowFamily = "http://www.geostandaarden.nl/imow/"
  /// OW delivery files (`standBestand`, manifests) start with this.
  static let owDeliveryFamily = "http://www.geostandaarden.nl/bestanden-ow/"

  /// The STOP namespaces whose elements may hold plan text.
  static let stopTextual: Set<String> = [stopText, lvbbDelivery, imopLegacy]

  /// Whether a namespace holds geometry (GML, STOP geo, basisgeometrie), which
  /// is never plan text.
  static func isGeometry(_ uri: String) -> Bool {
    uri.hasPrefix("http://www.opengis.net/") || uri.hasSuffix("/geo/")
      || uri.contains("basisgeometrie")
  }
}
