extension String {
  /// The text with `&`, `<`, `>`, `"` and `'` escaped, safe in HTML text and
  /// in quoted attribute values.
  var htmlEscaped: String {
    var out = ""
    out.reserveCapacity(utf8.count)
    for character in self {
      switch character {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      default: out.append(character)
      }
    }
    return out
  }
}
