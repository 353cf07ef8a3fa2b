import Foundation

/// The one JSON encoding of everything the scorecard writes: keys sorted and
/// slashes not escaped, so the same value always gives the same bytes.
public enum StableJSON {
  /// Pretty-printed with a newline at the end: the form of the JSON files and
  /// reports people may read (cards, assessments, `batch.json`).
  public static func file<T: Encodable>(_ value: T) throws -> Data {
    try encoder(pretty: true).encode(value) + Data("\n".utf8)
  }

  /// One line of compact JSON without a newline: the form of a
  /// `results.jsonl` line and of a cache entry's parts.
  public static func line<T: Encodable>(_ value: T) throws -> Data {
    try encoder(pretty: false).encode(value)
  }

  private static func encoder(pretty: Bool) -> JSONEncoder {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    if pretty { encoder.outputFormatting.insert(.prettyPrinted) }
    return encoder
  }
}
