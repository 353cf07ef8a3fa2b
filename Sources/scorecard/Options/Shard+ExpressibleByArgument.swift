import ArgumentParser
import Batch
import Foundation

/// `--shard K/N`.
extension Shard: ExpressibleByArgument {
  /// Reads `K/N` with 1 ≤ K ≤ N, such as `2/8`.
  public init?(argument: String) {
    let parts = argument.split(separator: "/", omittingEmptySubsequences: false).map {
      Int($0.trimmingCharacters(in: .whitespaces))
    }
    guard parts.count == 2, let index = parts[0], let count = parts[1],
      let shard = try? Shard(index: index, count: count)
    else { return nil }
    self = shard
  }
}
