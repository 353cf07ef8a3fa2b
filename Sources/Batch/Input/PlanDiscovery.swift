import Foundation

/// Finds the plans under a folder, recursively, as sorted relative paths.
///
/// Every regular file counts as a plan (text, XML, PDF, Word, OpenDocument and HTML
/// are read by content), so an image or an old `.doc` file is reported as
/// unreadable instead of being passed over in silence, except:
/// - hidden files and folders (the name starts with `.`);
/// - the output folder and the cache folder, when they lie inside;
/// - the manifest `plans.csv`, and other data files (`.json`, `.csv`,
///   `.tsv`, `.jsonl`);
/// - files named `README…` or `LEESMIJ…`;
/// - anything that matches an exclude pattern.
///
/// A pattern without `/` is matched against every file and folder name; a
/// pattern with `/` against the path relative to the folder (`*` then also
/// matches `/`). Symbolic links to folders are not followed, so a link loop
/// cannot hang a run.
struct PlanDiscovery {
  /// The plan folder.
  let root: URL
  /// Folders to leave out (the output and the cache).
  let skipped: [URL]
  /// Extra glob patterns to leave out.
  let excludes: [String]

  /// Extensions of data files that are never plans.
  static let dataExtensions: Set<String> = ["json", "jsonl", "csv", "tsv"]

  /// The relative paths of the plans, with `/` separators, sorted.
  /// - Throws: ``BatchError/cannotList(path:reason:)``.
  func files() throws(BatchError) -> [String] {
    let skippedPaths = Set(skipped.map { $0.standardizedFileURL.resolvingSymlinksInPath().path })
    var found: [String] = []
    var pending: [(url: URL, relative: String)] = [(root, "")]
    while let (folder, relative) = pending.popLast() {
      let names: [String]
      do {
        names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      } catch {
        throw .cannotList(path: folder.path, reason: error.localizedDescription)
      }
      for name in names where !name.hasPrefix(".") {
        let url = folder.appendingPathComponent(name)
        let path = relative.isEmpty ? name : "\(relative)/\(name)"
        if isExcluded(name: name, path: path) { continue }
        let values = try? url.resourceValues(forKeys: [.isDirectoryKey, .isSymbolicLinkKey])
        if values?.isSymbolicLink == true {
          var isDirectory: ObjCBool = false
          if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory),
            !isDirectory.boolValue, isPlanName(name)
          {
            found.append(path)
          }
        } else if values?.isDirectory == true {
          let resolved = url.standardizedFileURL.resolvingSymlinksInPath().path
          if !skippedPaths.contains(resolved) { pending.append((url, path)) }
        } else if isPlanName(name) {
          found.append(path)
        }
      }
    }
    return found.sorted()
  }

  // MARK: - Rules

  private func isPlanName(_ name: String) -> Bool {
    let lowered = name.lowercased()
    if lowered.hasPrefix("readme") || lowered.hasPrefix("leesmij") { return false }
    let ext = (name as NSString).pathExtension.lowercased()
    return !Self.dataExtensions.contains(ext)
  }

  private func isExcluded(name: String, path: String) -> Bool {
    excludes.contains { pattern in
      pattern.contains("/")
        ? Self.matches(pattern, path) : Self.matches(pattern, name)
    }
  }

  /// Shell-style matching (`*`, `?`, `[…]`) through `fnmatch`.
  static func matches(_ pattern: String, _ text: String) -> Bool {
    fnmatch(pattern, text, 0) == 0
  }
}
