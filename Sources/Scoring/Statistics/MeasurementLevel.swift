/// The level of measurement of coded values, which decides how much two
/// different values disagree in Krippendorff's alpha.
///
/// Criterion levels (0–2) and ladder rungs (0–6) are ordered codes, so
/// `ordinal` is the natural choice for them; `nominal` ignores the order and
/// `interval` treats the codes as evenly spaced numbers.
public enum MeasurementLevel: String, Sendable, Codable, CaseIterable {
  /// Categories without order: any two different values disagree equally (δ² = 1).
  case nominal
  /// Ordered categories: the disagreement between two values grows with how
  /// many coded values lie between them, not with their numeric distance.
  case ordinal
  /// Evenly spaced numbers: the disagreement is the squared difference (c − k)².
  case interval
}
