import Foundation
import PlanReading

/// A stable share of a batch's files, for runs spread over several machines:
/// shard K of N takes the files whose relative path hashes to K − 1 modulo N.
///
/// The assignment depends only on the file's path relative to the plan folder,
/// so every machine computes the same split without talking to the others,
/// and adding a file never moves the other files to another shard.
public struct Shard: Sendable, Equatable, Codable {
  /// The shard's number, from 1 to `count`.
  public let index: Int
  /// The number of shards.
  public let count: Int

  /// Creates a shard.
  /// - Throws: ``BatchError/invalidShard(index:count:)`` unless 1 ≤ index ≤ count.
  public init(index: Int, count: Int) throws(BatchError) {
    guard count >= 1, (1...count).contains(index) else {
      throw .invalidShard(index: index, count: count)
    }
    self.index = index
    self.count = count
  }

  /// Whether the file at this relative path belongs to this shard.
  public func contains(_ relativePath: String) -> Bool {
    Self.bucket(of: relativePath, count: count) == index - 1
  }

  /// The 0-based bucket of a relative path among `count` shards: the first
  /// eight bytes of the path's SHA-256, as a big-endian number, modulo `count`.
  static func bucket(of relativePath: String, count: Int) -> Int {
    let digest = SHA256Hex.digest(of: Data(relativePath.utf8))
    let prefix = digest.prefix(8).reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
    return Int(prefix % UInt64(count))
  }
}

extension Shard: CustomStringConvertible {
  /// `K/N`.
  public var description: String { "\(index)/\(count)" }
}
