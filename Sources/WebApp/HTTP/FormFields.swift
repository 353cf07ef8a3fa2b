import Foundation
import MultipartKit
import NIOCore

/// The fields of a submitted form, from `multipart/form-data` (uploads) or
/// `application/x-www-form-urlencoded` (buttons and hidden fields).
struct FormFields: Sendable {
  /// One field: its bytes and, for a file, the name the browser gave.
  struct Field: Sendable {
    var data: Data
    var fileName: String?
    /// The bytes as UTF-8 text (invalid bytes replaced).
    var text: String { String(decoding: data, as: UTF8.self) }
  }

  /// The fields by name; a repeated name keeps its first value.
  private(set) var fields: [String: Field] = [:]
  /// Every value of a repeated field (several files in one file input).
  private(set) var repeated: [String: [Field]] = [:]

  /// Every value sent under a name, in order.
  func all(_ name: String) -> [Field] { repeated[name] ?? [] }

  /// The field with a name, if sent.
  subscript(name: String) -> Field? { fields[name] }

  /// The text of a field, trimmed; `nil` when absent or empty.
  func text(_ name: String) -> String? {
    guard let value = fields[name]?.text.trimmingCharacters(in: .whitespacesAndNewlines),
      !value.isEmpty
    else { return nil }
    return value
  }

  /// An uploaded file with content; `nil` when none was chosen.
  func file(_ name: String) -> Field? {
    guard let field = fields[name], !field.data.isEmpty, field.fileName != nil else { return nil }
    return field
  }

  /// Reads a request body of the given content type.
  /// - Throws: ``WebError`` for another content type or a broken body.
  init(body: ByteBuffer, contentType: String?) throws(WebError) {
    let type = contentType?.lowercased() ?? ""
    if type.hasPrefix("multipart/form-data") {
      guard let boundary = Self.parameter("boundary", in: contentType ?? ""), !boundary.isEmpty
      else { throw .badForm("the upload has no boundary") }
      try parseMultipart(body, boundary: boundary)
    } else if type.hasPrefix("application/x-www-form-urlencoded") {
      parseURLEncoded(String(buffer: body))
    } else {
      throw .badForm("send the form from the page (multipart/form-data or urlencoded)")
    }
  }

  private mutating func parseMultipart(_ body: ByteBuffer, boundary: String) throws(WebError) {
    let parser = MultipartParser(boundary: boundary)
    var headers: [String: String] = [:]
    var data = Data()
    var collected: [(String, Field)] = []
    parser.onHeader = { name, value in headers[name.lowercased()] = value }
    parser.onBody = { buffer in data.append(contentsOf: buffer.readableBytesView) }
    parser.onPartComplete = {
      let disposition = headers["content-disposition"] ?? ""
      if let name = Self.parameter("name", in: disposition) {
        collected.append(
          (name, Field(data: data, fileName: Self.parameter("filename", in: disposition))))
      }
      headers = [:]
      data = Data()
    }
    do {
      try parser.execute(body)
    } catch {
      throw .badForm("the upload is cut off or broken; send it again")
    }
    for (name, field) in collected {
      repeated[name, default: []].append(field)
      if fields[name] == nil { fields[name] = field }
    }
  }

  private mutating func parseURLEncoded(_ text: String) {
    for pair in text.split(separator: "&") {
      let parts = pair.split(separator: "=", maxSplits: 1).map {
        $0.replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? ""
      }
      guard let name = parts.first, !name.isEmpty else { continue }
      let field = Field(data: Data((parts.count > 1 ? parts[1] : "").utf8), fileName: nil)
      repeated[name, default: []].append(field)
      if fields[name] == nil { fields[name] = field }
    }
  }

  /// A `key=value` or `key="value"` parameter of a header value.
  static func parameter(_ key: String, in header: String) -> String? {
    for piece in header.split(separator: ";") {
      let trimmed = piece.trimmingCharacters(in: .whitespaces)
      guard let equals = trimmed.firstIndex(of: "=") else { continue }
      guard trimmed[..<equals].lowercased() == key else { continue }
      var value = String(trimmed[trimmed.index(after: equals)...])
      if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 {
        value = String(value.dropFirst().dropLast())
      }
      return value
    }
    return nil
  }
}
