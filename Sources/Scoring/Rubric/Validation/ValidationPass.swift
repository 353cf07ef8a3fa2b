import PlanReading

/// One run of the validator over a rubric: the checks live in extensions by
/// part of the rubric, and each records its findings here.
struct ValidationPass {
  /// A problem and the parts of the rubric its check relies on.
  struct Finding: Sendable {
    /// The problem.
    var problem: RubricProblem
    /// The parts the check relies on; when the loader found one broken, the
    /// finding is dropped.
    var topics: Set<ValidationTopic>
  }

  /// The rubric being checked.
  let rubric: Rubric
  /// What the checks found, in the order they ran.
  private(set) var findings: [Finding] = []
  /// Parts found broken by the checks themselves; findings that rely on them
  /// are dropped at the end of the run.
  var broken: Set<ValidationTopic> = []

  /// Whether warnings are looked for; without them a run finds the same
  /// errors for less work (loading a rubric to score shows no warnings).
  let includesWarnings: Bool

  /// Prepares a run over `rubric`, with warnings unless `warnings` is false.
  init(rubric: Rubric, warnings: Bool = true) {
    self.rubric = rubric
    includesWarnings = warnings
  }

  /// Runs every check.
  mutating func run() {
    checkTopLevel()
    checkScale()
    checkLadder()
    checkContext()
    checkGroups()
    checkCriteria()
    checkAggregation()
    findings.removeAll { !$0.topics.isDisjoint(with: broken) }
  }

  // MARK: - Recording

  /// Records an error; `needs` names the parts of the rubric the check relies on.
  mutating func error(_ path: String, _ message: String, needs topics: Set<ValidationTopic> = []) {
    findings.append(Finding(problem: RubricProblem(path: path, message: message), topics: topics))
  }

  /// Records a warning (when warnings are looked for); `needs` names the
  /// parts of the rubric the check relies on.
  mutating func warning(
    _ path: String, _ message: @autoclosure () -> String, needs topics: Set<ValidationTopic> = []
  ) {
    guard includesWarnings else { return }
    findings.append(
      Finding(
        problem: RubricProblem(severity: .warning, path: path, message: message()), topics: topics))
  }
}

// MARK: - Shared checks

extension ValidationPass {
  /// The rubric's languages as a list for messages: "nl, en".
  var languageList: String {
    rubric.languages.isEmpty ? "none" : rubric.languages.map(\.rawValue).joined(separator: ", ")
  }

  /// Checks that `map` has an entry for every language of the rubric (when
  /// `complete`) and none for another language.
  /// - Parameter what: What an entry is, for messages: "text", "indicators".
  mutating func checkLanguages<T>(
    _ map: [PlanLanguage: T], at path: String, what: String, complete: Bool = true
  ) {
    if complete {
      for language in rubric.languages where map[language] == nil {
        error(
          path,
          "no `\(language.rawValue)` \(what); add one for every language in `languages`",
          needs: [.languages])
      }
    }
    for language in PlanLanguage.allCases
    where map[language] != nil && !rubric.languages.contains(language) {
      error(
        RubricPath.member(path, language.rawValue),
        "`\(language.rawValue)` is not one of `languages` (\(languageList)); remove this entry "
          + "or add `\(language.rawValue)` to `languages`",
        needs: [.languages])
    }
  }

  /// Checks a text: one non-empty string per language of the rubric.
  mutating func checkText(_ text: LocalizedText?, at path: String) {
    guard let text else { return }
    checkLanguages(text.values, at: path, what: "text")
    for language in rubric.languages {
      if let value = text.values[language], value.allSatisfy(\.isWhitespace) {
        error(RubricPath.member(path, language.rawValue), "empty text; write it")
      }
    }
  }

  /// Checks that `id` has the form `[a-z0-9-]+`.
  mutating func checkID(_ id: String, at path: String) {
    if id.isEmpty {
      error(path, "empty id; use lower-case letters, digits and hyphens")
    } else if !id.allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") }) {
      error(
        path,
        "`\(id)` is not a valid id; use only lower-case letters, digits and hyphens, "
          + "such as `lsa-participatie`")
    }
  }

  /// Reports every id in `ids` that an earlier entry already has.
  /// - Parameter what: What the ids name, for messages: "group", "rung".
  mutating func checkUnique<T: Hashable & CustomStringConvertible>(
    _ ids: [(value: T, path: String)], what: String
  ) {
    var first: [T: String] = [:]
    for (value, path) in ids {
      if let earlier = first[value] {
        error(path, "duplicate \(what) `\(value)` (also at \(earlier)); each must be unique")
      } else {
        first[value] = path
      }
    }
  }

  /// Checks that `rung` is on the ladder.
  mutating func checkRung(_ rung: Int, at path: String) {
    guard rubric.rung(rung) == nil else { return }
    let rungs = rubric.ladder.map(\.rung)
    let known =
      rungs.isEmpty
      ? "the ladder has no rungs" : "the ladder has rungs \(rungs.min() ?? 0)–\(rungs.max() ?? 0)"
    error(path, "unknown rung \(rung); \(known)", needs: [.rungs])
  }

  /// Checks that `level` is a value of the scale.
  mutating func checkLevel(_ level: Int, at path: String) {
    guard !rubric.scale.levels.contains(where: { $0.value == level }) else { return }
    error(
      path, "level \(level) is outside the scale (0–\(rubric.scale.maxLevel))", needs: [.scale])
  }

  /// Checks a phrase in the indicator syntax.
  mutating func checkPhrase(_ phrase: String, at path: String) {
    if let problem = PhraseSyntax.problem(in: phrase) { error(path, problem) }
  }

  /// Checks that `id` names a known entry; suggests the closest when it does not.
  /// - Parameters:
  ///   - known: The ids that exist.
  ///   - what: What the id names, for messages: "group", "criterion".
  ///   - list: Where such ids are defined, for messages: "groups".
  mutating func checkReference(
    _ id: String, at path: String, known: [String], what: String, list: String,
    needs topics: Set<ValidationTopic>
  ) {
    guard !known.contains(id) else { return }
    if let guess = Suggestion.closest(to: id, among: known) {
      error(path, "unknown \(what) `\(id)`; did you mean `\(guess)`?", needs: topics)
    } else {
      error(path, "unknown \(what) `\(id)`; define it in `\(list)` or fix the name", needs: topics)
    }
  }
}
