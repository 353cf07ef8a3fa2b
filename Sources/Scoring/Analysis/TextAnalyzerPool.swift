import Foundation
import PlanReading

/// Analyzers kept from plan to plan, so that a batch folds and stems each
/// distinct word once per analyzer instead of once per plan (plans repeat
/// one another's words).
///
/// A plan takes an analyzer of its language for its scan and puts it back
/// after; there are never more analyzers than plans scored at the same time.
/// An analyzer's cache (``WordCache``) maps a word's folded bytes to its folded
/// form and stem, which depend on nothing else, so no plan's result depends on
/// the plans scored before it; the cache is emptied between plans once it
/// reaches its limit.
final class TextAnalyzerPool: @unchecked Sendable {
  /// The pool of the process.
  static let shared = TextAnalyzerPool()

  /// Analyzers not in use, by language. Guarded by `lock`.
  private var idle: [PlanLanguage: [TextAnalyzer]] = [:]
  private let lock = NSLock()

  /// An analyzer of `language` for one user at a time; give it back with
  /// ``put(_:)``.
  func take(_ language: PlanLanguage) -> TextAnalyzer {
    lock.withLock { idle[language]?.popLast() } ?? TextAnalyzer(language: language)
  }

  /// Gives back an analyzer from ``take(_:)`` once its user is done with it;
  /// its word cache is emptied here if full, between plans.
  func put(_ analyzer: TextAnalyzer) {
    analyzer.emptyCacheIfFull()
    lock.withLock { idle[analyzer.language, default: []].append(analyzer) }
  }
}
