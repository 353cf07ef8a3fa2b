import Reporting

/// A hidden form field.
func hidden(_ name: String, _ value: String) -> String {
  "<input type=\"hidden\" name=\"\(name.htmlEscaped)\" value=\"\(value.htmlEscaped)\">\n"
}
