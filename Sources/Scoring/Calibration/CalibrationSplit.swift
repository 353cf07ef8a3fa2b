import Foundation
import PlanReading

/// The part of the labelled documents a calibration run looks at.
///
/// The split is fixed by a rule, not by hand: a document belongs to the
/// *check* part when the first byte of the SHA-256 of its file name (the last
/// path component, UTF-8) is divisible by three, so about a third of the
/// documents are held out. The rest is the *tune* part. Only the tune part may
/// be studied while the rubric or the engine is changed; the check part
/// measures how well the changes carry over to plans nobody tuned on.
public enum CalibrationSplit: String, Sendable, CaseIterable, Codable {
  /// The documents that rubric and engine changes may be studied on.
  case tune
  /// The held-out documents, never studied while tuning.
  case check
  /// Every labelled document.
  case all

  /// The part (``tune`` or ``check``) that the rule assigns to a file.
  /// - Parameter fileName: A file name; only its last path component counts.
  public static func part(of fileName: String) -> CalibrationSplit {
    let name = (fileName as NSString).lastPathComponent
    let hex = SHA256Hex.of(Data(name.utf8))
    let firstByte = Int(hex.prefix(2), radix: 16) ?? 0
    return firstByte % 3 == 0 ? .check : .tune
  }

  /// Whether a file belongs to this part.
  public func contains(_ fileName: String) -> Bool {
    self == .all || Self.part(of: fileName) == self
  }
}
