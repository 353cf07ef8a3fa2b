import Foundation
import PlanReading

/// Turns matches into ``Evidence``: the quote, where it stands, and why.
struct EvidenceBuilder {
  /// The plan.
  let document: PlanDocument
  /// The scan of the plan.
  let scan: DocumentScan
  /// The scanned plan and rubric.
  let context: RuleContext

  /// The longest quote, in characters, before it is cut around the match.
  static let quoteLimit = 300

  /// The evidence for a match.
  func evidence(for match: IndicatorMatch, failed: [Condition]) -> Evidence {
    let sentence = scan.sentences[match.sentence]
    let block = document.blocks[sentence.block]
    let indicator = context.indicator(of: match)
    let group = context.rubric.groups[match.group]
    let text = String(DocumentScan.substring(block.text, sentence.range))
    return Evidence(
      quote: Self.quote(text, around: match.matchedText), matched: match.matchedText,
      headingPath: block.headingPath, line: block.location.line,
      column: block.location.column, elementPath: block.location.elementPath,
      page: block.location.page, group: group.id,
      indicator: indicator.near.map { "\(indicator.phrase) ~\(indicator.within) \($0)" }
        ?? indicator.phrase,
      rung: indicator.rung ?? group.rung, context: match.context,
      failed: failed.map(\.rawValue))
  }

  /// The sentence, cut around the matched words when it is too long.
  static func quote(_ sentence: String, around matched: String) -> String {
    guard sentence.count > quoteLimit else { return sentence }
    let anchor = sentence.range(of: matched)?.lowerBound ?? sentence.startIndex
    let before = sentence.distance(from: sentence.startIndex, to: anchor)
    let start = sentence.index(
      sentence.startIndex,
      offsetBy: max(0, min(before - quoteLimit / 3, sentence.count - quoteLimit)))
    let end = sentence.index(start, offsetBy: quoteLimit)
    let prefix = start == sentence.startIndex ? "" : "…"
    let suffix = end == sentence.endIndex ? "" : "…"
    return prefix + sentence[start..<end].trimmingCharacters(in: .whitespaces) + suffix
  }
}
