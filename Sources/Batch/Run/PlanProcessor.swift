import Assessment
import Foundation
import PlanReading
import Reporting
import Scoring

/// Scores one plan of a batch and writes its reports: reads the file, takes
/// the scorecard from the cache or scores it (with the manifest's metadata put
/// over the document's), merges the residents' assessments of the plan into it,
/// renders each report format and writes it atomically.
///
/// The cache holds the engine's scorecard; assessments are merged after it on
/// every run, so a changed, added or removed assessment never gives a stale
/// card and never makes the plan be scored again.
///
/// A value that is shared by the worker tasks; every call is independent.
struct PlanProcessor: Sendable {
  /// What became of one plan.
  enum Outcome: Sendable {
    /// Scored: the plan with its scorecard cut down to a ranking row
    /// (``Scoring/Scorecard/rankingRow``, kept small in memory), its
    /// `results.jsonl` line, whether it came from the cache, and why a cache
    /// entry for it was not trusted, if one was refused.
    case scored(ScoredPlan, line: String, cached: Bool, rejectedCache: String?)
    /// Could not be read or scored.
    case failed(PlanFailure)
  }

  /// The plan folder.
  let root: URL
  /// The output folder.
  let output: URL
  /// The scorer.
  let scorer: PlanScorer
  /// The reader.
  let reader: PlanReader
  /// The cache, if any.
  let cache: ResultCache?
  /// The time and memory budget of each plan.
  let budget: PlanBudget
  /// The report formats.
  let formats: [OutputFormat]
  /// The report language, or `nil` for each plan's own.
  let language: PlanLanguage?
  /// The manifest's rows by file.
  let manifest: [String: ManifestEntry]
  /// The residents' assessments by file, oldest first.
  let assessments: [String: [AssessmentFolder.Loaded]]

  /// Scores one plan and writes its reports.
  /// - Parameter file: The plan's path relative to the plan folder.
  /// - Throws: ``BatchError`` only when a report cannot be written.
  func process(_ file: String) throws(BatchError) -> Outcome {
    var card: Scorecard
    let cached: Bool
    let rejected: String?
    do {
      (card, cached, rejected) = try scorecard(for: file)
    } catch {
      switch error {
      case .reading(let error):
        return .failed(Self.failure(error, file: file, language: language ?? .en))
      case .budget(let error): return .failed(Self.failure(error, file: file))
      }
    }
    if let items = assessments[file] {
      // Merging throws only for another rubric, and the folder has already
      // refused those files.
      card = (try? CardMerger(rubric: scorer.rubric).merge(card, with: items)) ?? card
    }
    var reports: [OutputFormat: String] = [:]
    for format in formats {
      let report = BatchLayout.report(for: file, format: format)
      let renderer = CardRenderer(
        language: language ?? card.plan.language,
        indexLink: BatchLayout.indexLink(fromReport: report))
      let text: String
      do {
        text = try renderer.render([card], as: format)
      } catch {
        return .failed(
          PlanFailure(
            file: file, code: "render_failed", message: "\(file): \(format) report: \(error)"))
      }
      try BatchFile.write(text, to: output.appendingPathComponent(report))
      reports[format] = report
    }
    let plan = ScoredPlan(file: file, key: manifest[file]?.key, reports: reports, scorecard: card)
    let line: String
    do {
      line = try ResultLine(plan).encoded()
    } catch {
      return .failed(PlanFailure(file: file, code: "render_failed", message: "\(file): \(error)"))
    }
    var row = plan
    row.scorecard = card.rankingRow
    return .scored(row, line: line, cached: cached, rejectedCache: rejected)
  }

  // MARK: - Scoring

  /// Why a plan has no scorecard.
  private enum Failure: Error {
    /// It could not be read.
    case reading(PlanReadingError)
    /// It was over its time or memory budget.
    case budget(PlanBudget.Exceeded)
  }

  /// The plan's scorecard from the cache, or scored now; whether it came from
  /// the cache, and why a cache entry was refused, if one was.
  ///
  /// The plan's time budget starts here; its memory budget is checked against
  /// the file's size before reading and the document's size before scoring.
  private func scorecard(for file: String) throws(Failure) -> (Scorecard, Bool, String?) {
    let deadline = budget.deadline()
    var document: PlanDocument
    let key: String?
    let rejected: String?
    switch try load(file) {
    case .cached(let card):
      return (card, true, nil)
    case .read(let read, let cacheKey, let rejectedCache):
      document = read
      key = cacheKey
      rejected = rejectedCache
    }
    do {
      try deadline.check("reading")
    } catch {
      throw .budget(error)
    }
    manifest[file]?.apply(to: &document.metadata)
    let card: Scorecard
    do {
      card = try scorer.score(document, budget: budget, deadline: deadline)
    } catch {
      throw .budget(error)
    }
    if let cache, let key { cache.store(card, key: key) }
    return (card, false, rejected)
  }

  /// A plan's card from the cache, or the plan read.
  private enum Loaded {
    /// The cache held the plan's card.
    case cached(Scorecard)
    /// The plan as read, the cache key to store its card under (with a
    /// cache), and why a cache entry was refused, if one was.
    case read(PlanDocument, cacheKey: String?, rejectedCache: String?)
  }

  /// The plan's card from the cache, or else the plan read within its memory
  /// budget.
  ///
  /// The file's bytes live only until this returns, so they are not held
  /// while the plan is scored (as much again as the file, for a large plan).
  private func load(_ file: String) throws(Failure) -> Loaded {
    let data: Data
    do {
      data = try reader.data(ofFileAt: root.appendingPathComponent(file).path, named: file)
    } catch {
      throw .reading(error)
    }
    var key: String?
    var rejected: String?
    if let cache {
      let fileHash = SHA256Hex.of(data)
      let cacheKey = ResultCache.key(
        fileHash: fileHash, rubricHash: scorer.rubric.contentHash,
        engineVersion: Scoring.engineVersion, manifest: manifest[file]?.cacheKey ?? "")
      switch cache.load(cacheKey, rubric: scorer.rubric) {
      case .hit(var card):
        card.plan.source = file
        return .cached(card)
      case .miss:
        break
      case .rejected(let reason):
        rejected = reason
      }
      key = cacheKey
    }
    do {
      try budget.checkMemory(PlanBudget.estimatedPeak(fileBytes: data.count), stage: "reading")
    } catch {
      throw .budget(error)
    }
    do {
      return .read(
        try reader.read(data: consume data, path: file), cacheKey: key, rejectedCache: rejected)
    } catch {
      throw .reading(error)
    }
  }

  /// A plan over its budget as a batch failure: `over_time_budget` or
  /// `over_memory_budget`.
  static func failure(_ error: PlanBudget.Exceeded, file: String) -> PlanFailure {
    switch error {
    case .time:
      return PlanFailure(file: file, code: "over_time_budget", message: error.message(path: file))
    case .memory:
      return PlanFailure(
        file: file, code: "over_memory_budget", message: error.message(path: file))
    }
  }

  /// A reading error as a batch failure with a stable code and its message
  /// in `language`.
  static func failure(_ error: PlanReadingError, file: String, language: PlanLanguage)
    -> PlanFailure
  {
    let message = error.message(in: language)
    switch error {
    case .fileNotFound: return PlanFailure(file: file, code: "file_not_found", message: message)
    case .unreadable: return PlanFailure(file: file, code: "unreadable", message: message)
    case .emptyFile: return PlanFailure(file: file, code: "empty_file", message: message)
    case .tooLarge: return PlanFailure(file: file, code: "too_large", message: message)
    case .undecodable: return PlanFailure(file: file, code: "not_text", message: message)
    case .malformedXML(_, let line, let column, _):
      return PlanFailure(
        file: file, code: "malformed_xml", message: message, line: line, column: column)
    case .xmlEncoding(_, let line, let column, _):
      return PlanFailure(
        file: file, code: "xml_encoding", message: message, line: line, column: column)
    case .unsafeXML(_, let line, let column, _):
      return PlanFailure(
        file: file, code: "unsafe_xml", message: message, line: line, column: column)
    case .legacyFormat: return PlanFailure(file: file, code: "old_format", message: message)
    case .corruptArchive: return PlanFailure(file: file, code: "corrupt_archive", message: message)
    case .unsupportedArchive:
      return PlanFailure(file: file, code: "unsupported_archive", message: message)
    case .archiveBomb: return PlanFailure(file: file, code: "zip_bomb", message: message)
    case .pdfWithoutText: return PlanFailure(file: file, code: "pdf_without_text", message: message)
    case .encryptedPDF: return PlanFailure(file: file, code: "encrypted_pdf", message: message)
    case .damagedPDF: return PlanFailure(file: file, code: "damaged_pdf", message: message)
    case .pdfTooLong: return PlanFailure(file: file, code: "pdf_too_long", message: message)
    case .pdfTooSlow: return PlanFailure(file: file, code: "pdf_too_slow", message: message)
    }
  }
}
