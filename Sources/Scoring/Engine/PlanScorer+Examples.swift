import PlanReading

extension PlanScorer {
  /// A one-paragraph document holding an example text.
  func exampleDocument(_ text: String, language: PlanLanguage) -> PlanDocument {
    PlanDocument(
      metadata: PlanMetadata(
        language: language, languageDetected: false, sourcePath: "example", sha256: "",
        format: .plainText),
      blocks: [
        Block(kind: .paragraph, text: text, headingPath: [], location: SourceLocation(line: 1))
      ])
  }

  /// The matched words of the matches of one group that meet the group's own
  /// conditions, in an example text.
  func countingMatches(ofGroup group: Int, in text: String, language: PlanLanguage) -> [String] {
    guard let (used, vocabulary) = compiled.vocabulary(for: language) else { return [] }
    let document = exampleDocument(text, language: used)
    let scan = DocumentScan(
      document: document, vocabulary: vocabulary, analyzer: TextAnalyzer(language: used),
      negationWindow: rubric.negationWindow)
    let context = RuleContext(scan: scan, rubric: rubric)
    return scan.matches.filter { match in
      match.group == group
        && context.failed(rubric.groups[group].require, by: match, scope: .sentence).isEmpty
    }.map(\.matchedText)
  }
}
