extension String {
  /// The text with HTML's special characters replaced by entities.
  ///
  /// Text from a plan or a rubric then shows as written and can never open a
  /// tag, close an attribute or start a script. Safe in element content and in quoted
  /// attribute values.
  ///
  /// The five characters are ASCII, and UTF-8 never uses an ASCII byte inside
  /// another character, so the text is escaped byte by byte; a text without
  /// them is returned as it is.
  public var htmlEscaped: String {
    var text = self
    return text.withUTF8 { bytes in
      var extra = 0
      for byte in bytes {
        switch byte {
        case UInt8(ascii: "&"), UInt8(ascii: "'"): extra += 4
        case UInt8(ascii: "<"), UInt8(ascii: ">"): extra += 3
        case UInt8(ascii: "\""): extra += 5
        default: break
        }
      }
      guard extra > 0 else { return self }
      return String(unsafeUninitializedCapacity: bytes.count + extra) { output in
        var end = 0
        func put(_ entity: StaticString) {
          entity.withUTF8Buffer { entity in
            for byte in entity {
              output[end] = byte
              end += 1
            }
          }
        }
        for byte in bytes {
          switch byte {
          case UInt8(ascii: "&"): put("&amp;")
          case UInt8(ascii: "<"): put("&lt;")
          case UInt8(ascii: ">"): put("&gt;")
          case UInt8(ascii: "\""): put("&quot;")
          case UInt8(ascii: "'"): put("&#39;")
          default:
            output[end] = byte
            end += 1
          }
        }
        return end
      }
    }
  }

  /// The path percent-encoded for a relative link (`href`) to a report file.
  ///
  /// Every character outside the unreserved set and `/` is encoded. The
  /// result holds only characters that are safe in an HTML attribute.
  package var urlPathEncoded: String {
    var result = ""
    for byte in utf8 {
      switch byte {
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
        UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."),
        UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
        result.unicodeScalars.append(Unicode.Scalar(byte))
      default:
        result += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
      }
    }
    return result
  }

  private func leftPadded(to width: Int) -> String {
    count >= width ? self : String(repeating: "0", count: width - count) + self
  }
}
