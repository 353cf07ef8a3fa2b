import PlanReading

/// The keys one kind of rubric object may have. The loader rejects every
/// other key, and a test checks that `Rubrics/rubric.schema.json` lists the
/// same keys, so the two cannot drift apart.
struct ObjectShape: Sendable {
  /// The keys that must be present.
  var required: [String]
  /// The keys that may be left out (or set to `null`).
  var optional: [String]

  /// Every key the object may have, required first, in the documented order.
  var known: [String] {
    required + optional
  }
}

// MARK: - The shapes of format 1

extension ObjectShape {
  /// The top level of a rubric file.
  static let rubric = ObjectShape(
    required: [
      "format", "id", "version", "languages", "defaultLanguage", "title", "description",
      "scale", "ladder", "context", "groups", "criteria", "aggregation",
    ],
    optional: ["$schema"])
  /// `scale`.
  static let scale = ObjectShape(required: ["levels", "notApplicable"], optional: [])
  /// One entry of `scale.levels`.
  static let scaleLevel = ObjectShape(required: ["value", "label"], optional: [])
  /// One rung of `ladder`.
  static let ladderRung = ObjectShape(required: ["rung", "id", "label"], optional: ["description"])
  /// `context`: the window plus one object per language (checked by the validator).
  static let context = ObjectShape(
    required: [], optional: ["negationWindow"] + PlanLanguage.allCases.map(\.rawValue))
  /// The word lists of one language in `context`.
  static let contextLists = ObjectShape(
    required: [],
    optional: [
      "negations", "clauseFinalNegations", "hedges", "residentActors", "governmentActors",
      "firstPersonActors", "authorResidents", "secondPersonActors", "readerApplicant",
      "futureMarkers", "pastMarkers", "specificReferences", "residentBodyNouns",
      "residentBodyTies", "residentBodyFoundings", "otherActors", "participationSections",
      "authoritySections", "setAsideSections", "setAsideTitles", "contentsTitles",
      "setAsideMarkers",
    ])
  /// An indicator written as an object.
  static let indicator = ObjectShape(
    required: ["phrase"], optional: ["near", "within", "ordered", "rung", "polarity"])
  /// One entry of `groups`.
  static let group = ObjectShape(
    required: ["id", "description", "indicators"],
    optional: ["polarity", "rung", "require", "examples"])
  /// The examples of a group in one language.
  static let groupExamples = ObjectShape(required: [], optional: ["match", "noMatch"])
  /// One entry of `criteria`.
  static let criterion = ObjectShape(
    required: ["id", "title", "question", "weight", "levels", "rules"],
    optional: ["phase", "notApplicableFor", "examples"])
  /// One entry of a criterion's `levels`.
  static let criterionLevel = ObjectShape(
    required: ["value", "description"], optional: ["advice"])
  /// The examples of a criterion in one language.
  static let criterionExamples = ObjectShape(required: [], optional: ["match", "noMatch"])
  /// One entry of a criterion's `examples.<language>.match`.
  static let levelExample = ObjectShape(required: ["text", "level"], optional: [])
  /// The rules, by their `type`.
  static let rules: [(type: String, shape: ObjectShape)] = [
    ("any", ObjectShape(required: ["type", "level", "groups"], optional: ["require", "scope"])),
    (
      "together",
      ObjectShape(required: ["type", "level", "groups"], optional: ["require", "scope"])
    ),
    (
      "ladder",
      ObjectShape(required: ["type", "groups", "levels"], optional: ["require", "scope"])
    ),
    (
      "count",
      ObjectShape(
        required: ["type", "level", "groups", "atLeast"], optional: ["require", "scope"])
    ),
  ]
  /// One step of a ladder rule's `levels`.
  static let ladderStep = ObjectShape(required: ["fromRung", "level"], optional: [])
  /// `aggregation`.
  static let aggregation = ObjectShape(required: ["passMark"], optional: ["guards"])
  /// The grade guards, by their `type`.
  static let guards: [(type: String, shape: ObjectShape)] = [
    ("criterion_zero", ObjectShape(required: ["type", "criterion", "cap"], optional: [])),
    ("zero_count", ObjectShape(required: ["type", "atLeast", "cap"], optional: [])),
  ]
  /// A text, or any other object keyed by language code.
  static let perLanguage = ObjectShape(
    required: [], optional: PlanLanguage.allCases.map(\.rawValue))
}
