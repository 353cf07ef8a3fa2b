import PlanReading

/// Scores plans with one rubric.
///
/// The rubric's phrases are compiled once, when the scorer is made; scoring a
/// plan is then one pass over its text. A scorer is a value that can be shared
/// by concurrent tasks.
public struct PlanScorer: Sendable {
  /// The rubric this scorer applies.
  public var rubric: Rubric { compiled.rubric }
  let compiled: CompiledRubric

  /// Compiles the rubric's vocabulary.
  public init(rubric: Rubric) {
    compiled = CompiledRubric(rubric: rubric)
  }

  /// Scores a plan.
  /// - Parameter document: A plan read by `PlanReader`.
  /// - Returns: The scorecard, with evidence for every level.
  public func score(_ document: PlanDocument) -> Scorecard {
    do {
      return try score(document, budget: .unlimited, deadline: .none)
    } catch {
      preconditionFailure("an unlimited budget is never exceeded")
    }
  }

  /// Scores a plan within a time and memory budget.
  ///
  /// The memory the scoring is estimated to need, from the document's text
  /// and blocks (``PlanBudget/estimatedPeak(textBytes:blocks:)``), is checked
  /// first; the deadline is checked between sentences.
  /// - Parameters:
  ///   - document: A plan read by `PlanReader`.
  ///   - budget: The memory budget (its time is given by `deadline`).
  ///   - deadline: When the plan's time runs out; it may have started before
  ///     the plan was read.
  /// - Returns: The scorecard, with evidence for every level.
  /// - Throws: ``PlanBudget/Exceeded`` when the plan is over either budget.
  public func score(
    _ document: PlanDocument, budget: PlanBudget, deadline: PlanBudget.Deadline
  ) throws(PlanBudget.Exceeded) -> Scorecard {
    let textBytes = document.blocks.reduce(0) { $0 + $1.text.utf8.count }
    try budget.checkMemory(
      PlanBudget.estimatedPeak(textBytes: textBytes, blocks: document.blocks.count),
      stage: "scoring")
    let rubric = compiled.rubric
    var notes = document.notes.map {
      ScorecardNote(code: $0.code.rawValue, message: $0.message, arguments: $0.arguments)
    }
    guard let (language, vocabulary) = compiled.vocabulary(for: document.metadata.language) else {
      preconditionFailure("a loaded rubric has at least one language")
    }
    if language != document.metadata.language {
      notes.append(
        ScorecardNote(
          code: "vocabulary_fallback",
          message: "The rubric has no \(document.metadata.language.rawValue) vocabulary; "
            + "the plan was scored with the \(language.rawValue) vocabulary."))
    }
    let analyzer = TextAnalyzerPool.shared.take(language)
    let scan = DocumentScan(
      document: document, vocabulary: vocabulary, analyzer: analyzer,
      negationWindow: rubric.negationWindow, deadline: deadline)
    TextAnalyzerPool.shared.put(analyzer)
    if let exceeded = scan.exceeded { throw exceeded }
    notes += scan.residentBodies.definitions.map { definition in
      definition.note(line: document.blocks[definition.block].location.line, language: language)
    }
    if let block = scan.firstCappedBlock {
      notes.append(
        Self.cappedNote(count: scan.cappedSentences, line: document.blocks[block].location.line))
    }
    let context = RuleContext(scan: scan, rubric: rubric)
    let builder = EvidenceBuilder(document: document, scan: scan, context: context)

    let results = rubric.criteria.map { criterion in
      CriterionScorer(criterion: criterion, context: context, builder: builder)
        .result(kind: document.metadata.kind)
    }
    let grade = GradeCalculator(aggregation: rubric.aggregation).compute(
      results.map { ($0.id, $0.weight, $0.level, $0.maxLevel) })
    return Scorecard(
      format: 1, engineVersion: engineVersion,
      rubric: RubricReference(
        id: rubric.id, version: rubric.version, sha256: rubric.contentHash,
        title: rubric.title.dictionary),
      plan: PlanReference(document.metadata),
      grade: grade.grade, gradeUncapped: grade.uncapped, cappedBy: grade.applied,
      passMark: rubric.aggregation.passMark,
      passed: grade.grade >= rubric.aggregation.passMark - 1e-9, index: grade.index,
      ladder: LadderFinder(context: context, builder: builder).result(),
      criteria: results,
      warnings: warnings(context: context, builder: builder),
      counts: ScoringCounts(
        blocks: document.blocks.count, sentences: scan.sentences.filter { !$0.isHeading }.count,
        words: scan.wordCount,
        matches: scan.matches.count),
      notes: notes,
      readability: ReadabilityMeter(language: document.metadata.language)
        .measure(document, sentences: scan.sentences))
  }

  /// The note that says over-long runs without a sentence end were cut.
  static func cappedNote(count: Int, line: Int) -> ScorecardNote {
    let limit = SentenceSplitter.maxSentenceBytes
    return ScorecardNote(
      code: "sentence_capped",
      message: "\(count) run(s) of text without a sentence end (the first at line \(line)) were "
        + "longer than \(limit) bytes and were cut into pieces of at most that length; "
        + "negations, hedges and actors are not looked for across a cut.",
      arguments: ["count": String(count), "line": String(line), "limit": String(limit)])
  }

  /// Signs of fake participation: matches of `warning` indicators that meet
  /// their group's conditions.
  private func warnings(context: RuleContext, builder: EvidenceBuilder) -> [Evidence] {
    let rubric = context.rubric
    return context.scan.matches.filter { match in
      let group = rubric.groups[match.group]
      let polarity = context.indicator(of: match).polarity ?? group.polarity
      return polarity == .warning && !context.scan.sentences[match.sentence].isHeading
        && context.failed(group.require, by: match, scope: .sentence).isEmpty
    }.map { builder.evidence(for: $0, failed: []) }
  }
}

extension PlanReference {
  /// The reference for a read plan.
  init(_ metadata: PlanMetadata) {
    self.init(
      source: metadata.sourcePath, sha256: metadata.sha256, title: metadata.title,
      municipality: metadata.municipality, municipalityCode: metadata.municipalityCode,
      area: metadata.area, year: metadata.year, date: metadata.date, kind: metadata.kind,
      planId: metadata.planId, planStatus: metadata.planStatus, language: metadata.language,
      format: metadata.format)
  }
}
