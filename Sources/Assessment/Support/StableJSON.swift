import Foundation

/// The one JSON encoding of everything the scorecard writes: keys sorted and
/// slashes not escaped, so the same value always gives the same bytes. The
/// bytes are those of Foundation's `JSONEncoder` with the output formatting
/// `.sortedKeys` and `.withoutEscapingSlashes` (and `.prettyPrinted` for
/// files), written by ``StableJSONEncoder`` at a fraction of its cost.
public enum StableJSON {
  /// Pretty-printed with a newline at the end: the form of the JSON files and
  /// reports people may read (cards, assessments, `batch.json`).
  public static func file<T: Encodable>(_ value: T) throws -> Data {
    var bytes = try StableJSONEncoder.encode(value, pretty: true)
    bytes.append(0x0A)
    return Data(bytes)
  }

  /// One line of compact JSON without a newline: the form of a
  /// `results.jsonl` line and of a cache entry's parts.
  public static func line<T: Encodable>(_ value: T) throws -> Data {
    Data(try StableJSONEncoder.encode(value, pretty: false))
  }
}
