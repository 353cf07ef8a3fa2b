import Crypto
import Foundation

/// The SHA-256 of some bytes as 64 lower-case hex digits: how plans, rubrics,
/// assessments and cache entries are identified.
public enum SHA256Hex {
  /// The hex SHA-256 of `bytes`.
  public static func of<Bytes: DataProtocol>(_ bytes: Bytes) -> String {
    SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined()
  }
}
