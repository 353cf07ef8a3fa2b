import Crypto
import Foundation

/// The one way the project takes a SHA-256: as 64 lower-case hex digits (how
/// plans, rubrics, assessments and cache entries are identified) or as the 32
/// bytes themselves.
public enum SHA256Hex {
  /// The hex SHA-256 of `bytes`.
  public static func of<Bytes: DataProtocol>(_ bytes: Bytes) -> String {
    digest(of: bytes).map { String(format: "%02x", $0) }.joined()
  }

  /// The SHA-256 of `bytes` as its 32 bytes.
  public static func digest<Bytes: DataProtocol>(of bytes: Bytes) -> Data {
    Data(SHA256.hash(data: bytes))
  }
}
