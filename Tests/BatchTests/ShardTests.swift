import Testing

@testable import Batch

@Suite struct ShardTests {}

extension ShardTests {
  /// A shard counts from 1 to the number of shards; anything else is refused.
  @Test func numberIsChecked() throws {
    let shard = try Shard(index: 2, count: 8)
    #expect(shard.description == "2/8")
    for (index, count) in [(0, 4), (5, 4), (1, 0), (-1, 4)] {
      #expect(throws: BatchError.invalidShard(index: index, count: count)) {
        try Shard(index: index, count: count)
      }
    }
  }

  /// Every path lands in exactly one of N shards, the same one every time.
  @Test func everyFileInExactlyOneShard() throws {
    let paths = (0..<500).map { "gemeente-\($0)/plan \($0).md" }
    let shards = try (1...4).map { try Shard(index: $0, count: 4) }
    var counts = [0, 0, 0, 0]
    for path in paths {
      let owners = shards.filter { $0.contains(path) }
      #expect(owners.count == 1)
      counts[owners[0].index - 1] += 1
      #expect(Shard.bucket(of: path, count: 4) == owners[0].index - 1)
    }
    // A hash spreads 500 paths roughly evenly: no shard gets fewer than 80.
    #expect(counts.allSatisfy { $0 > 80 })
  }

  /// The assignment is a fixed function of the path: the first eight bytes of
  /// its SHA-256 modulo N (values computed independently with Python's
  /// hashlib), so it never changes between versions and machines.
  @Test func assignmentIsPinned() {
    #expect(Shard.bucket(of: "a.md", count: 1) == 0)
    let buckets = ["a.md", "b.md", "c/d.xml"].map { Shard.bucket(of: $0, count: 1000) }
    #expect(buckets == [333, 254, 172])
  }
}
