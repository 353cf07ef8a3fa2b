/// A part of a rubric that other checks rely on. When the loader found the
/// part broken, the validator's checks that rely on it are left out, so one
/// mistake is not reported again as many others (for example a group without
/// an id as "unknown group" at every rule that names it).
enum ValidationTopic: Sendable, Hashable, CaseIterable {
  /// `languages` and `defaultLanguage`.
  case languages
  /// The ids of the groups.
  case groupIDs
  /// The indicators of the groups (for rules that can never fire).
  case indicators
  /// The rungs of the ladder.
  case rungs
  /// The ids of the criteria.
  case criterionIDs
  /// The values of the scale.
  case scale

  /// The topics made unreliable by loader errors at `paths`.
  static func unreliable(after paths: [String]) -> Set<ValidationTopic> {
    var topics: Set<ValidationTopic> = []
    for path in paths {
      if path.isEmpty { return Set(allCases) }
      if RubricPath.path(path, isWithin: "languages")
        || RubricPath.path(path, isWithin: "defaultLanguage")
      {
        topics.insert(.languages)
      }
      if RubricPath.path(path, isWithin: "ladder") { topics.insert(.rungs) }
      if RubricPath.path(path, isWithin: "scale") { topics.insert(.scale) }
      if RubricPath.path(path, isWithin: "groups") {
        topics.insert(.indicators)
        if isListEntryOrID(path, list: "groups") { topics.insert(.groupIDs) }
      }
      if isListEntryOrID(path, list: "criteria") { topics.insert(.criterionIDs) }
    }
    return topics
  }

  /// Whether `path` is `list`, one of its entries, or the `id` of one.
  private static func isListEntryOrID(_ path: String, list: String) -> Bool {
    guard RubricPath.path(path, isWithin: list) else { return false }
    var rest = path.dropFirst(list.count)
    if rest.isEmpty { return true }
    guard rest.first == "[", let close = rest.firstIndex(of: "]") else { return false }
    rest = rest[rest.index(after: close)...]
    return rest.isEmpty || rest == ".id"
  }
}
