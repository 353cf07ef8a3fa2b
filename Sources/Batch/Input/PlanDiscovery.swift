import Foundation
import PlanReading
import Reporting

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

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
/// matches `/`).
///
/// What cannot be a plan is listed as a failure and the search goes on: a
/// subfolder that cannot be listed, a symbolic link that points nowhere or
/// round in a loop, a pipe or a device, and a link that leaves the folder
/// (unless ``followLinks``). Links to files inside the folder are read; links
/// to folders are only followed with ``followLinks``, and never into a folder
/// that holds the link (a loop).
struct PlanDiscovery {
  /// What the search found.
  struct Found {
    /// The plans, as sorted relative paths with `/` separators.
    var files: [String] = []
    /// The entries that could not be searched or read, sorted by path.
    var failures: [PlanFailure] = []
  }

  /// The plan folder.
  let root: URL
  /// Folders to leave out (the output and the cache).
  let skipped: [URL]
  /// Extra glob patterns to leave out.
  let excludes: [String]
  /// Whether symbolic links that leave the folder, and links to folders, are
  /// followed.
  var followLinks = false

  /// Extensions of data files that are never plans.
  static let dataExtensions: Set<String> = ["json", "jsonl", "csv", "tsv"]

  /// The plans under the folder, and what could not be searched.
  /// - Throws: ``BatchError/cannotList(path:reason:)`` when the folder itself
  ///   cannot be listed.
  func files() throws(BatchError) -> Found {
    let skippedPaths = Set(skipped.map { $0.standardizedFileURL.resolvingSymlinksInPath().path })
    let rootReal = Self.realPath(root.path) ?? root.path
    var found = Found()
    var pending: [(url: URL, relative: String, real: String)] = [(root, "", rootReal)]
    // Folders already searched, by real path: a followed link to one of them
    // (two folders linking to each other) is not searched again.
    var visited: Set<String> = [rootReal]
    while let (folder, relative, folderReal) = pending.popLast() {
      let names: [String]
      do {
        names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      } catch {
        let reason = FileAccess.words(for: error, path: folder.path)
        guard !relative.isEmpty else { throw .cannotList(path: folder.path, reason: reason) }
        found.failures.append(
          PlanFailure(
            file: relative, code: "unreadable_folder",
            message: "\(relative)/: cannot list the folder (\(reason)); the plans in it were "
              + "not scored. Give read access to the folder, or exclude it."))
        continue
      }
      for name in names.sorted() where !name.hasPrefix(".") {
        let url = folder.appendingPathComponent(name)
        let path = relative.isEmpty ? name : "\(relative)/\(name)"
        if isExcluded(name: name, path: path) { continue }
        var info = stat()
        guard lstat(url.path, &info) == 0 else { continue }
        switch info.st_mode & S_IFMT {
        case S_IFLNK:
          if let entry = link(url, path: path, rootReal: rootReal, folderReal: folderReal) {
            switch entry {
            case .plan: if isPlanName(name) { found.files.append(path) }
            case .folder(let real):
              if visited.insert(real).inserted {
                pending.append((url, path, real))
              } else {
                found.failures.append(
                  PlanFailure(
                    file: path, code: "link_loop",
                    message: "\(path): a symbolic link to a folder that was already searched "
                      + "(\(real)); not followed again, so the search cannot go round. "
                      + "Remove the link if it is not needed."))
              }
            case .failure(let failure): found.failures.append(failure)
            }
          }
        case S_IFDIR:
          let resolved = url.standardizedFileURL.resolvingSymlinksInPath().path
          if !skippedPaths.contains(resolved) {
            let real = Self.realPath(url.path) ?? resolved
            visited.insert(real)
            pending.append((url, path, real))
          }
        case S_IFREG:
          if isPlanName(name) { found.files.append(path) }
        default:
          if isPlanName(name) { found.failures.append(Self.notRegular(path, mode: info.st_mode)) }
        }
      }
    }
    found.files.sort()
    found.failures.sort { $0.file < $1.file }
    return found
  }

  // MARK: - Links

  /// What a symbolic link leads to.
  private enum LinkEntry {
    case plan
    case folder(real: String)
    case failure(PlanFailure)
  }

  /// Resolves a link; `nil` for a link that is skipped without a word (to a
  /// folder inside, whose files are found at their own place).
  private func link(_ url: URL, path: String, rootReal: String, folderReal: String)
    -> LinkEntry?
  {
    guard let target = Self.realPath(url.path) else {
      let code = errno
      if code == ELOOP {
        return .failure(
          PlanFailure(
            file: path, code: "link_loop",
            message: "\(path): a symbolic link that goes round in a loop; skipped. "
              + "Remove the link or point it at a file."))
      }
      return .failure(
        PlanFailure(
          file: path, code: "dangling_link",
          message:
            "\(path): a symbolic link to a file that does not exist (\(Self.linkText(url))); "
            + "skipped. Remove the link or restore the file."))
    }
    let inside = target == rootReal || target.hasPrefix(rootReal + "/")
    if !inside && !followLinks {
      return .failure(
        PlanFailure(
          file: path, code: "link_outside_folder",
          message: "\(path): a symbolic link to \(target), outside the plan folder; not "
            + "followed. Copy the file into the folder, or allow links out of the folder."))
    }
    var info = stat()
    guard stat(target, &info) == 0 else {
      return .failure(
        PlanFailure(
          file: path, code: "unreadable",
          message: "\(path): cannot be read (\(FileAccess.words(errno: errno))). "
            + "Check that it is a file and that you may read it."))
    }
    switch info.st_mode & S_IFMT {
    case S_IFREG:
      return .plan
    case S_IFDIR:
      if folderReal == target || folderReal.hasPrefix(target + "/") {
        return .failure(
          PlanFailure(
            file: path, code: "link_loop",
            message: "\(path): a symbolic link to a folder that holds it (\(target)), a loop; "
              + "not followed. Remove the link."))
      }
      return followLinks ? .folder(real: target) : nil
    default:
      return isPlanName(url.lastPathComponent)
        ? .failure(Self.notRegular(path, mode: info.st_mode)) : nil
    }
  }

  /// A pipe, socket or device that stands where a plan could be.
  private static func notRegular(_ path: String, mode: mode_t) -> PlanFailure {
    let kind = FileAccess.kind(of: mode) ?? "it is not a regular file"
    return PlanFailure(
      file: path, code: "not_a_regular_file",
      message: "\(path): not read: \(kind). Put the plan itself in the folder as a file.")
  }

  /// The canonical path with every link resolved; `nil` (with `errno` set)
  /// when it cannot be resolved.
  private static func realPath(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }

  /// What a link says it points to.
  private static func linkText(_ url: URL) -> String {
    (try? FileManager.default.destinationOfSymbolicLink(atPath: url.path)) ?? "?"
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
