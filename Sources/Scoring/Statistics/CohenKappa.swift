/// Cohen's kappa: chance-corrected agreement between two coders over an
/// ordered set of categories, unweighted or weighted.
///
/// κ = 1 − Σ w_ij O_ij / Σ w_ij E_ij, where O is the confusion table of the
/// two coders, E the table expected by chance from its row and column totals
/// and w_ij the disagreement weight of categories i and j. This is the form
/// of `sklearn.metrics.cohen_kappa_score`; with `.none` it equals
/// (p_o − p_e) / (1 − p_e).
public enum CohenKappa {
  /// How much two different categories disagree.
  public enum Weighting: String, Sendable, Codable, CaseIterable {
    /// Every disagreement counts fully: w = 0 on the diagonal, 1 elsewhere.
    case none
    /// Disagreement grows with the distance: w = |i − j|.
    case linear
    /// Disagreement grows with the squared distance: w = (i − j)².
    case quadratic
  }

  // MARK: - Computing kappa

  /// Computes Cohen's kappa for two coders' codes of the same units.
  /// - Parameters:
  ///   - a: The first coder's codes, one per unit.
  ///   - b: The second coder's codes, in the same unit order.
  ///   - categories: All allowed codes. Categories nobody used still count:
  ///     weights follow the distance on this scale, not the rank among the
  ///     codes that occur.
  ///   - weighting: The disagreement weights.
  /// - Returns: Kappa, or `nil` when the arrays differ in length, a code lies
  ///   outside `categories`, or kappa is undefined (no units, or both coders
  ///   used one and the same category for every unit, so chance agreement is 1).
  public static func compute(
    _ a: [Int], _ b: [Int], categories: ClosedRange<Int>, weighting: Weighting
  ) -> Double? {
    guard let table = ConfusionTable(expected: a, observed: b, categories: categories) else {
      return nil
    }
    return compute(table, weighting: weighting)
  }

  /// Computes Cohen's kappa from a confusion table of two coders.
  /// - Parameters:
  ///   - table: The paired codes; kappa does not depend on which coder is
  ///     the expected side.
  ///   - weighting: The disagreement weights.
  /// - Returns: Kappa, or `nil` when the table is empty or chance agreement is
  ///   complete (both coders used one and the same category throughout).
  public static func compute(_ table: ConfusionTable, weighting: Weighting) -> Double? {
    let total = Double(table.total)
    guard total > 0 else { return nil }
    let rows = table.expectedTotals
    let columns = table.observedTotals
    var observed = 0.0
    var expected = 0.0
    for i in rows.indices {
      for j in columns.indices {
        let w = weight(i, j, weighting)
        observed += w * Double(table.counts[i][j])
        expected += w * Double(rows[i]) * Double(columns[j]) / total
      }
    }
    guard expected > 0 else { return nil }
    return 1 - observed / expected
  }

  // MARK: - Weights

  /// The disagreement weight of the categories at positions `i` and `j`.
  static func weight(_ i: Int, _ j: Int, _ weighting: Weighting) -> Double {
    let distance = Double(abs(i - j))
    switch weighting {
    case .none: return distance == 0 ? 0 : 1
    case .linear: return distance
    case .quadratic: return distance * distance
    }
  }
}
