/// The coincidence matrix of Krippendorff's alpha: how often each pair of
/// values was found together in a unit, over all pairable values.
///
/// A unit coded by `m` coders contributes its `m(m − 1)` ordered pairs of
/// values from different coders, each weighted `1 / (m − 1)`, so every
/// pairable value counts once in total. Units with fewer than two values
/// contribute nothing (Krippendorff 2011, "Computing Krippendorff's
/// Alpha-Reliability", section on coincidence matrices).
struct CoincidenceMatrix: Sendable, Equatable {
  /// The distinct pairable values, ascending; they index rows and columns.
  let values: [Int]

  /// `counts[c][k]` is the coincidence count o_ck of `values[c]` and `values[k]`;
  /// the matrix is symmetric.
  let counts: [[Double]]

  // MARK: - Building

  /// Builds the coincidence matrix of `data`, dropping units coded by fewer
  /// than two coders.
  init(_ data: ReliabilityData) {
    let units = data.pairableUnits
    let values = Array(Set(units.joined())).sorted()
    let index = Dictionary(uniqueKeysWithValues: values.enumerated().map { ($1, $0) })
    var counts = Array(repeating: Array(repeating: 0.0, count: values.count), count: values.count)
    for unit in units {
      var occurrences = Array(repeating: 0, count: values.count)
      for value in unit {
        if let position = index[value] { occurrences[position] += 1 }
      }
      let weight = 1.0 / Double(unit.count - 1)
      for c in occurrences.indices where occurrences[c] > 0 {
        for k in occurrences.indices where occurrences[k] > 0 {
          let pairs = occurrences[c] * (occurrences[k] - (c == k ? 1 : 0))
          counts[c][k] += Double(pairs) * weight
        }
      }
    }
    self.values = values
    self.counts = counts
  }

  // MARK: - Marginals

  /// The marginal n_c of each value: how many pairable values equal it.
  var marginals: [Double] {
    counts.map { $0.reduce(0, +) }
  }

  /// The number n of pairable values.
  var total: Double {
    marginals.reduce(0, +)
  }
}
