import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads whole files for the readers and the tools, and says in plain words
/// why a path cannot be read or written (never a system error domain or
/// number).
///
/// Only regular files are opened: a folder, a device such as `/dev/zero`, a
/// pipe or a socket is refused before it is opened, so reading can neither
/// hang on a pipe nor run without end on a device.
public enum FileAccess {
  /// Why a file could not be read.
  public struct ReadError: Error, Sendable, Equatable {
    /// There is no file at the path (or a link points nowhere).
    public var notFound: Bool
    /// What is wrong, in words, such as "it is a folder, not a file".
    public var reason: String
  }

  /// Reads the whole of a regular file.
  /// - Parameter path: The file's path.
  /// - Throws: ``ReadError`` saying what is wrong.
  public static func read(_ path: String) throws(ReadError) -> Data {
    if let problem = problem(reading: path) { throw problem }
    do {
      return try Data(contentsOf: URL(fileURLWithPath: path))
    } catch {
      throw ReadError(notFound: false, reason: words(for: error, path: path))
    }
  }

  /// What keeps the path from being read as a regular file; `nil` when
  /// nothing does.
  public static func problem(reading path: String) -> ReadError? {
    var info = stat()
    guard stat(path, &info) == 0 else {
      let code = errno
      return ReadError(notFound: code == ENOENT, reason: words(errno: code))
    }
    if let kind = kind(of: info.st_mode) { return ReadError(notFound: false, reason: kind) }
    guard access(path, R_OK) == 0 else {
      return ReadError(notFound: false, reason: words(errno: errno))
    }
    return nil
  }

  /// Why the path is not a regular file ("it is a folder, not a file"), or
  /// `nil` for a regular file.
  public static func kind(of mode: mode_t) -> String? {
    switch mode & S_IFMT {
    case S_IFREG: nil
    case S_IFDIR: "it is a folder, not a file"
    case S_IFIFO: "it is not a regular file but a pipe (FIFO)"
    case S_IFCHR, S_IFBLK: "it is not a regular file but a device"
    case S_IFSOCK: "it is not a regular file but a socket"
    default: "it is not a regular file"
    }
  }

  /// Why reading, listing or writing `path` failed, in words: the error's
  /// system cause, or that the path is a folder.
  public static func words(for error: any Error, path: String) -> String {
    let nsError = error as NSError
    if nsError.domain == NSPOSIXErrorDomain { return words(errno: Int32(nsError.code)) }
    if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError,
      underlying.domain == NSPOSIXErrorDomain
    {
      return words(errno: Int32(underlying.code))
    }
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
      isDirectory.boolValue, nsError.code != CocoaError.fileReadNoPermission.rawValue
    {
      return "it is a folder, not a file"
    }
    switch CocoaError.Code(rawValue: nsError.code) {
    case .fileNoSuchFile, .fileReadNoSuchFile: return words(errno: ENOENT)
    case .fileReadNoPermission, .fileWriteNoPermission: return words(errno: EACCES)
    case .fileWriteOutOfSpace: return words(errno: ENOSPC)
    case .fileWriteVolumeReadOnly: return words(errno: EROFS)
    case .fileWriteFileExists: return words(errno: EEXIST)
    default:
      return blockedPath(path).map { "\($0) is a file, not a folder" } ?? "the system refused it"
    }
  }

  /// The first part of the path that exists but is not a folder, if any
  /// (`out.md` in `out.md/sub`).
  private static func blockedPath(_ path: String) -> String? {
    var url = URL(fileURLWithPath: path).deletingLastPathComponent()
    while url.path != "/" && !url.path.isEmpty {
      var isDirectory: ObjCBool = false
      if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) {
        return isDirectory.boolValue ? nil : url.path
      }
      url.deleteLastPathComponent()
    }
    return nil
  }

  /// A system error number in words.
  public static func words(errno code: Int32) -> String {
    switch code {
    case ENOENT: "there is no such file or folder"
    case EACCES, EPERM: "permission denied"
    case ENOSPC: "the disk is full"
    case EROFS: "the disk is read-only"
    case EISDIR: "it is a folder, not a file"
    case ENOTDIR: "a part of the path is not a folder"
    case EEXIST: "a file of that name is in the way where a folder is needed"
    case ELOOP: "the path goes round in a loop of symbolic links"
    case ENAMETOOLONG: "the name is too long"
    case EIO: "the disk could not be read (input/output error)"
    default: String(cString: strerror(code)).lowercased()
    }
  }
}
