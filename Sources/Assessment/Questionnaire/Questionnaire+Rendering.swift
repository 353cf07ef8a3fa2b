import Scoring

extension Questionnaire {
  // MARK: - Introduction

  /// What the questionnaire is about and how to answer.
  func introduction() -> String {
    let title = card.plan.title ?? card.plan.source
    var lines = [
      strings.introductionTitle(plan: title).wrapped(width: settings.width),
      strings.planFile(card.plan.source),
      strings.rubricLine(localized(card.rubric.title), questions: questionCount),
      "",
    ]
    lines += strings.introductionSteps.map { $0.wrapped(width: settings.width) }
    return lines.joined(separator: "\n") + "\n"
  }

  /// Asks the assessor's name (showing the earlier one after going back).
  func namePrompt() -> String {
    strings.namePrompt(earlier: assessor)
  }

  // MARK: - A question

  /// The question, what each level means, and what the engine found.
  func questionBlock(_ index: Int) -> String {
    let criterion = card.criteria[index]
    let width = settings.width
    var lines = [
      "",
      String(repeating: "─", count: min(width, 72)),
      strings.questionHeader(index + 1, of: questionCount, title: localized(criterion.title))
        .wrapped(width: width),
      localized(criterion.question).wrapped(width: width),
      "",
    ]
    for level in allowedLevels(index) {
      let prefix = "  \(level) = "
      let meaning = levelMeaning(criterion.id, level) ?? ""
      lines.append(
        meaning.wrapped(
          width: width, indent: String(repeating: " ", count: prefix.count), firstIndent: prefix))
    }
    lines.append("")
    lines.append(
      strings.engineLevel(levelName(criterion.level), label: levelLabel(criterion.level)))
    lines += evidenceLines(criterion)
    if let earlier = answers[index] {
      lines.append(
        strings.earlierAnswer(levelName(earlier.level), remark: earlier.remark)
          .wrapped(width: width))
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// The engine's quotes, each with its section and line.
  private func evidenceLines(_ criterion: CriterionResult) -> [String] {
    guard criterion.level != nil else { return [] }
    let shown = criterion.evidence.prefix(settings.evidenceLimit)
    guard !shown.isEmpty else { return [strings.noEvidence] }
    var lines = [strings.evidenceHeading]
    lines += shown.flatMap(quoteLines)
    if criterion.evidenceCount > shown.count {
      lines.append(
        strings.moreEvidence(criterion.evidenceCount - shown.count).wrapped(
          width: settings.width, indent: "  ", firstIndent: "  "))
    }
    return lines
  }

  /// A quote and its place, indented under a heading.
  private func quoteLines(_ evidence: Evidence) -> [String] {
    let section = sectionPath(evidence.headingPath).joined(separator: " › ")
    return [
      "“\(evidence.quote)”".wrapped(width: settings.width, indent: "    ", firstIndent: "  - "),
      strings.place(section: section, line: evidence.line, page: evidence.page)
        .wrapped(width: settings.width, indent: "      ", firstIndent: "    "),
    ]
  }

  /// Everything the engine found for question `index` (key `a`): every
  /// quote the card keeps, how many more it counted, and the sentences it
  /// found but did not count, with why.
  func allFindings(_ index: Int) -> String {
    let criterion = card.criteria[index]
    var lines = [strings.allFindingsTitle]
    if criterion.evidence.isEmpty { lines.append(strings.noEvidence) }
    lines += criterion.evidence.flatMap(quoteLines)
    let unkept = criterion.evidenceCount - criterion.evidence.count
    if unkept > 0 {
      lines.append(
        strings.unkeptEvidence(unkept).wrapped(
          width: settings.width, indent: "  ", firstIndent: "  "))
    }
    if !criterion.discounted.isEmpty {
      lines.append(strings.notCountedHeading)
      for item in criterion.discounted {
        lines += quoteLines(item)
        let why = item.failed.map(strings.condition).joined(separator: "; ")
        if !why.isEmpty {
          lines.append(why.wrapped(width: settings.width, indent: "      ", firstIndent: "    "))
        }
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// Asks the level, saying what Enter gives.
  func levelPrompt(_ index: Int) -> String {
    let source: QuestionnaireStrings.DefaultSource =
      answers[index] != nil
      ? .earlier : (card.criteria[index].level == nil ? .notApplicable : .engine)
    return strings.levelPrompt(
      allowed: allowedLevels(index), default: defaultLevelName(index), source: source)
  }

  /// The help at a level prompt: the keys, and every level in full.
  func levelHelp(_ index: Int) -> String {
    let criterion = card.criteria[index]
    var lines = [strings.helpTitle]
    lines += strings.levelKeys(allowed: allowedLevels(index), default: defaultLevelName(index))
    lines.append(strings.levelsInFull)
    for level in allowedLevels(index) {
      let meaning = levelMeaning(criterion.id, level) ?? ""
      lines.append(
        "  \(level) = \(meaning)".wrapped(width: settings.width, indent: "      ", firstIndent: ""))
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// Asks the optional remark (offering to keep an earlier one).
  func remarkPrompt(_ index: Int) -> String {
    strings.remarkPrompt(earlier: answers[index]?.remark)
  }

  // MARK: - Summary

  /// Per criterion the engine's level, the assessor's and the remark.
  func summary() -> String {
    let titles = card.criteria.map { localized($0.title).shortened(to: 44) }
    let titleWidth = max(titles.map(\.count).max() ?? 0, strings.questionColumn.count)
    let engineWidth = max(strings.engineColumn.count, 6)
    func row(_ number: String, _ title: String, _ engine: String, _ own: String) -> String {
      "  " + number.padded(2, left: true) + "  " + title.padded(titleWidth) + "  "
        + engine.padded(engineWidth) + "  " + own
    }
    var lines = [
      "", String(repeating: "─", count: min(settings.width, 72)),
      strings.summaryTitle(assessor: assessor ?? "", date: settings.date), "",
      row("#", strings.questionColumn, strings.engineColumn, strings.ownColumn),
    ]
    let owns = answers.map { levelName($0?.level) }
    let ownWidth = max(owns.map(\.count).max() ?? 0, strings.ownColumn.count)
    var differing = 0
    for (index, criterion) in card.criteria.enumerated() {
      let answer = answers[index]
      let differs = answer?.level != criterion.level
      if differs { differing += 1 }
      let marker = differs ? "  " + strings.differs : ""
      lines.append(
        row(
          String(index + 1), titles[index], levelName(criterion.level),
          owns[index].padded(ownWidth) + marker
        ).trailingSpacesRemoved())
      if let remark = answer?.remark {
        lines.append(
          strings.remarkLine(remark).wrapped(
            width: settings.width, indent: "      ",
            firstIndent: "      "))
      }
    }
    lines.append("")
    lines.append(strings.differingCount(differing, of: questionCount))
    let ownLevels = Dictionary(
      uniqueKeysWithValues: zip(card.criteria, answers).compactMap { criterion, answer in
        answer?.level.map { (criterion.id, $0) }
      })
    let own = card.replacingLevels(ownLevels, rubric: rubric)
    lines.append(
      strings.grades(engine: card.grade, own: own.grade, passed: own.passed)
        .wrapped(width: settings.width))
    return lines.joined(separator: "\n") + "\n"
  }

  /// Asks to save, saying when an existing file will be replaced.
  func confirmPrompt() -> String {
    let file = outputFile ?? ""
    let replaces = settings.fileExists(file)
    return (replaces ? strings.willReplace + "\n" : "") + strings.confirmPrompt(file: file)
  }

  // MARK: - Texts

  /// A text of the card in the questionnaire's language (or any language it has).
  func localized(_ values: [String: String]) -> String {
    values[settings.language.rawValue] ?? values.keys.sorted().first.flatMap { values[$0] } ?? ""
  }

  /// The headings above a quote, without the plan's title (the first heading
  /// of most plans), which is the same for every quote.
  private func sectionPath(_ headings: [String]) -> [String] {
    guard let first = headings.first, first == card.plan.title else { return headings }
    return Array(headings.dropFirst())
  }

  /// What `level` means for a criterion, from the rubric.
  private func levelMeaning(_ id: String, _ level: Int) -> String? {
    rubric.criterion(id: id)?.level(level)?.description.text(in: settings.language)
  }

  /// The scale's name for a level (such as "vaag of belofte"); `nil` for n.v.t.
  private func levelLabel(_ level: Int?) -> String? {
    guard let level else { return nil }
    return rubric.scale.levels.first { $0.value == level }?.label.text(in: settings.language)
  }
}

extension String {
  /// The string padded with spaces to `width` characters (on the left when `left`).
  fileprivate func padded(_ width: Int, left: Bool = false) -> String {
    let padding = String(repeating: " ", count: max(width - count, 0))
    return left ? padding + self : self + padding
  }

  /// The string without spaces at its end.
  fileprivate func trailingSpacesRemoved() -> String {
    var result = self
    while result.last == " " { result.removeLast() }
    return result
  }
}
