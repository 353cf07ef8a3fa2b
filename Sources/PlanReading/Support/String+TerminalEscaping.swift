extension String {
  /// The text made safe to print to a terminal: control characters other than
  /// line breaks and tabs (ESC, BEL, backspace, carriage return, DEL and the
  /// C1 controls) are shown as visible symbols (ESC as `␛`, BEL as `␇`), so
  /// text from a file can neither move the cursor, change colours nor ring the
  /// bell.
  public var terminalSafe: String {
    guard unicodeScalars.contains(where: Self.isUnsafe) else { return self }
    var result = String.UnicodeScalarView()
    for scalar in unicodeScalars {
      guard Self.isUnsafe(scalar) else {
        result.append(scalar)
        continue
      }
      switch scalar.value {
      case 0x00..<0x20: result.append(Unicode.Scalar(0x2400 + scalar.value) ?? "\u{FFFD}")
      case 0x7F: result.append("\u{2421}")
      default: result.append("\u{FFFD}")
      }
    }
    return String(result)
  }

  private static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x0A, 0x09: false
    case 0x00..<0x20, 0x7F, 0x80..<0xA0: true
    default: false
    }
  }
}
