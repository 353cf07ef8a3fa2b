/// The level a card takes from several residents' levels: the median,
/// rounded down when it falls between two levels (median of 1 and 2 is 1;
/// of 0 and 2 it is 1).
public enum ResidentMedian {
  /// The median of `levels` (each 0 or more), rounded down on a tie; `nil`
  /// for no levels.
  public static func of(_ levels: [Int]) -> Int? {
    guard !levels.isEmpty else { return nil }
    let sorted = levels.sorted()
    let middle = sorted.count / 2
    if sorted.count % 2 == 1 { return sorted[middle] }
    return (sorted[middle - 1] + sorted[middle]) / 2
  }
}
