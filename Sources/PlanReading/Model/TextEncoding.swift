/// How the bytes of a text file were decoded.
public enum TextEncoding: String, Sendable, Codable, CaseIterable {
  /// UTF-8 without a byte order mark.
  case utf8 = "utf-8"
  /// UTF-8 with a byte order mark.
  case utf8BOM = "utf-8-bom"
  /// UTF-16, little-endian, with a byte order mark.
  case utf16LE = "utf-16le"
  /// UTF-16, big-endian, with a byte order mark.
  case utf16BE = "utf-16be"
  /// Windows-1252, used as the fallback for bytes that are not valid UTF-8.
  case windows1252 = "windows-1252"
}
