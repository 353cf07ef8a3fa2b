/// One value of the tree ``StableJSONEncoder`` builds: a string, a number or
/// literal, or a container that may still be filled.
enum JSONNode {
  /// A string, escaped when written.
  case string(String)
  /// Text written as it is: a number, `true`, `false` or `null`.
  case literal(String)
  /// An object or array.
  case container(JSONContainer)
  /// The value an encoder handed out for later (`superEncoder()`) holds;
  /// an empty object if it never holds one.
  case deferred(StableJSONEncoder)
}

/// An object or array of ``StableJSONEncoder``'s tree: a reference, since
/// Swift's nested containers fill it after handing it out.
final class JSONContainer {
  /// Whether the container is an object (with ``keys``) or an array.
  let isObject: Bool
  /// The keys of an object, in the order they were encoded (one for each of
  /// ``values``; a repeated key keeps its last value).
  var keys: [String] = []
  /// The values, in the order they were encoded.
  var values: [JSONNode] = []

  /// An empty object or array.
  init(isObject: Bool) {
    self.isObject = isObject
  }

  /// Adds a value to an object.
  func add(_ value: JSONNode, forKey key: String) {
    keys.append(key)
    values.append(value)
  }
}
