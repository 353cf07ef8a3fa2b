extension String {
  /// The text with every run of white space (spaces, tabs, line breaks,
  /// no-break spaces) turned into one space, and no space at either end.
  func collapsingXMLWhiteSpace() -> String {
    var output: [UInt8] = []
    output.reserveCapacity(utf8.count)
    var pendingSpace = false
    for scalar in unicodeScalars {
      if Self.isWhiteSpace(scalar) {
        pendingSpace = !output.isEmpty
        continue
      }
      if pendingSpace {
        output.append(0x20)
        pendingSpace = false
      }
      if scalar.isASCII {
        output.append(UInt8(scalar.value))
      } else {
        UTF8.encode(scalar) { output.append($0) }
      }
    }
    return String(decoding: output, as: UTF8.self)
  }

  /// Unicode white space, with a fast path for ASCII.
  private static func isWhiteSpace(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x20, 0x09...0x0D: return true
    case 0..<0x80: return false
    default: return scalar.properties.isWhitespace
    }
  }
}
