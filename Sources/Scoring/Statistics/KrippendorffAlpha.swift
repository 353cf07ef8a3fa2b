/// Krippendorff's alpha, the reliability of codes given by any number of
/// coders, with missing values allowed.
///
/// α = 1 − D_o / D_e, with the observed disagreement D_o and the disagreement
/// expected by chance D_e both taken from the coincidence matrix of the
/// pairable values (Krippendorff 2011, "Computing Krippendorff's
/// Alpha-Reliability", https://repository.upenn.edu/asc_papers/43).
/// α is 1 for perfect agreement, 0 for agreement at chance level and
/// negative for systematic disagreement.
public enum KrippendorffAlpha {
  // MARK: - Computing alpha

  /// Computes Krippendorff's alpha for `data` at the given level of measurement.
  ///
  /// Units coded by fewer than two coders are dropped: their values are not
  /// pairable. The ordinal metric ranks the values that occur among the
  /// pairable values, so codes nobody used do not change the result.
  /// - Parameters:
  ///   - data: The reliability data; missing values are `nil`.
  ///   - level: How far apart two different values are (see `MeasurementLevel`).
  /// - Returns: Alpha, or `nil` when it is undefined (0 / 0): when no unit
  ///   was coded by two or more coders (which includes data from a single
  ///   coder), or when all pairable values are the same value, so there is
  ///   no variation and the expected disagreement is 0.
  public static func compute(_ data: ReliabilityData, level: MeasurementLevel) -> Double? {
    let matrix = CoincidenceMatrix(data)
    let marginals = matrix.marginals
    let total = matrix.total
    guard total >= 2 else { return nil }
    let distance = squaredDifferences(values: matrix.values, marginals: marginals, level: level)
    var observed = 0.0
    var expected = 0.0
    for c in matrix.values.indices {
      for k in matrix.values.indices {
        observed += matrix.counts[c][k] * distance[c][k]
        expected += marginals[c] * marginals[k] * distance[c][k]
      }
    }
    guard expected > 0 else { return nil }
    // D_o = observed / n and D_e = expected / (n (n − 1)).
    return 1 - (total - 1) * observed / expected
  }

  // MARK: - Difference functions

  /// The squared difference δ²(c, k) for every pair of the ascending `values`.
  /// - Parameters:
  ///   - values: The distinct pairable values, ascending.
  ///   - marginals: How many pairable values equal each of `values`.
  ///   - level: The level of measurement that picks the metric.
  static func squaredDifferences(
    values: [Int], marginals: [Double], level: MeasurementLevel
  ) -> [[Double]] {
    // cumulative[i] = n_0 + … + n_(i−1), for the ordinal metric.
    let cumulative = marginals.reduce(into: [0.0]) { $0.append($0[$0.count - 1] + $1) }
    return values.indices.map { c in
      values.indices.map { k in
        switch level {
        case .nominal:
          return c == k ? 0 : 1
        case .interval:
          let difference = Double(values[c]) - Double(values[k])
          return difference * difference
        case .ordinal:
          let low = min(c, k)
          let high = max(c, k)
          let between = cumulative[high + 1] - cumulative[low]
          let difference = between - (marginals[low] + marginals[high]) / 2
          return difference * difference
        }
      }
    }
  }
}
