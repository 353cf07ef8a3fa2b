import Foundation
import PlanReading

/// The files of a batch output folder that the results view may show.
///
/// A request's path is only ever used to pick a file *inside* the folder:
/// each part is checked (no `..`, no hidden names, no backslashes or NULs),
/// the file's real path (symbolic links resolved) must lie inside the
/// folder's real path, and only report and data files are served.
struct ResultsFolder: Sendable {
  /// The folder's real path, symbolic links resolved.
  let root: URL

  /// The extensions served, with their content types.
  static let contentTypes: [String: String] = [
    "html": "text/html; charset=utf-8", "md": "text/markdown; charset=utf-8",
    "json": "application/json", "jsonl": "application/jsonl",
    "csv": "text/csv; charset=utf-8",
  ]

  /// Creates the view of a folder.
  init(_ folder: URL) {
    root = folder.standardizedFileURL.resolvingSymlinksInPath()
  }

  /// The file a relative request path names, or `nil` when it is outside the
  /// folder, hidden, of another kind, or not a regular file.
  func file(at relativePath: String) -> (url: URL, contentType: String)? {
    let decoded = relativePath.removingPercentEncoding ?? ""
    let parts = decoded.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
    let path = parts.isEmpty ? ["index.html"] : parts
    for part in path {
      if part.hasPrefix(".") || part.contains("\\") || part.contains("\0") { return nil }
    }
    guard let type = Self.contentTypes[(path.last! as NSString).pathExtension.lowercased()] else {
      return nil
    }
    var url = root
    for part in path { url.appendPathComponent(part) }
    let real = url.resolvingSymlinksInPath().standardizedFileURL
    guard real.path.hasPrefix(root.path + "/") else { return nil }
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: real.path, isDirectory: &isFolder),
      !isFolder.boolValue
    else { return nil }
    return (real, type)
  }

  /// A Content-Security-Policy for a report page of the batch, which carries
  /// its CSS inline: the page's own `<style>` blocks and `style` attributes
  /// are allowed by their SHA-256 (`'unsafe-hashes'` for the attributes),
  /// nothing else inline is.
  static func contentSecurityPolicy(forPage html: String) -> String {
    var hashes: [String] = []
    var rest = html[...]
    while let open = rest.range(of: "<style>") {
      guard let close = rest[open.upperBound...].range(of: "</style>") else { break }
      let css = rest[open.upperBound..<close.lowerBound]
      let digest = SHA256Hex.digest(of: Data(css.utf8))
      hashes.append("'sha256-\(digest.base64EncodedString())'")
      rest = rest[close.upperBound...]
    }
    var attributes: [String] = []
    for match in html.matches(of: /\sstyle="([^"]*)"/) {
      let digest = SHA256Hex.digest(of: Data(match.1.utf8))
      let source = "'sha256-\(digest.base64EncodedString())'"
      if !attributes.contains(source) { attributes.append(source) }
    }
    if !attributes.isEmpty { hashes += ["'unsafe-hashes'"] + attributes }
    let styles = (["'self'"] + hashes).joined(separator: " ")
    return "default-src 'none'; style-src \(styles); img-src 'self'; form-action 'self'; "
      + "frame-ancestors 'none'; base-uri 'none'"
  }
}
