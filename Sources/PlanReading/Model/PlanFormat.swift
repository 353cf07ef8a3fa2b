/// The source format a plan was read from.
public enum PlanFormat: String, Sendable, Codable, CaseIterable {
  /// Plain text or Markdown.
  case plainText = "text"
  /// XML in the project's own simple plan schema (`<plan>`).
  case scorecardXML = "xml-plan"
  /// STOP/IMOP XML (Omgevingswet publications).
  case stopXML = "xml-stop"
  /// Officiële publicaties XML (Gemeenteblad, Staatscourant).
  case officielePublicatieXML = "xml-officiele-publicatie"
  /// Any other well-formed XML, read generically.
  case genericXML = "xml"
  /// A Word document (Office Open XML, `.docx`).
  case docx
  /// An OpenDocument text (`.odt`).
  case odt
  /// A web page (HTML, read with libxml2's forgiving HTML parser).
  case html
  /// PDF with a text layer, read through poppler.
  case pdf
}
