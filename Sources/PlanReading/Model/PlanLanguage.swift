/// The languages plans and reports are read and written in.
public enum PlanLanguage: String, Sendable, Codable, CaseIterable {
  /// Dutch.
  case nl
  /// English.
  case en

  /// Reads a language from a label such as `nl`, `NL`, `nederlands`, `English`,
  /// `nld` or `en-GB`; `nil` when it is neither.
  public init?(label: String) {
    let folded = label.lowercased().trimmingCharacters(in: .whitespaces)
    switch folded {
    case "nl", "nld", "dut", "nederlands", "dutch", "nl-nl", "nl-be": self = .nl
    case "en", "eng", "english", "engels", "en-gb", "en-us": self = .en
    default: return nil
    }
  }
}
