import Foundation

/// Says in words what is wrong with a JSON file a decoder refused: which
/// field, and what kind of value was expected, without the decoder's own
/// type names or debug texts.
public enum DecodingProblem {
  /// "`criteria[2].level` has the wrong type: expected a whole number".
  public static func words(for error: any Error) -> String {
    guard let error = error as? DecodingError else { return "a value cannot be used" }
    switch error {
    case .keyNotFound(let key, let context):
      let parent = context.codingPath.isEmpty ? "the top level" : path(context)
      return "`\(key.stringValue.clipped())` is missing at \(parent)"
    case .typeMismatch(let type, let context):
      return "\(path(context)) has the wrong type: expected \(kind(type))"
    case .valueNotFound(let type, let context):
      return "\(path(context)) is null: expected \(kind(type))"
    case .dataCorrupted(let context):
      return context.codingPath.isEmpty
        ? "not valid JSON" : "\(path(context)) has a value that cannot be used here"
    @unknown default:
      return "a value cannot be used"
    }
  }

  /// The coding path as `criteria[2].level`, or "the top level".
  private static func path(_ context: DecodingError.Context) -> String {
    let keys = context.codingPath.map { key in
      key.intValue.map { "[\($0)]" } ?? ".\(key.stringValue.clipped())"
    }
    return keys.isEmpty ? "the top level" : "`" + keys.joined().drop { $0 == "." } + "`"
  }

  /// A JSON kind in words, for the Swift type the decoder expected.
  private static func kind(_ type: Any.Type) -> String {
    switch type {
    case is String.Type: "a string"
    case is Int.Type: "a whole number"
    case is Double.Type: "a number"
    case is Bool.Type: "`true` or `false`"
    case is [Any].Type: "a list"
    default: "an object"
    }
  }
}
