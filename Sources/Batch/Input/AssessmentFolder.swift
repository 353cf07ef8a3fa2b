import Assessment
import Foundation
import PlanReading
import Reporting
import Scoring

/// The residents' assessments of a batch (``BatchOptions/assessments``): every
/// `*.json` file under the folder, recursively, read, checked against the
/// rubric and matched to its plan, by the plan's SHA-256 first and its file
/// name second (``AssessmentMatcher``).
///
/// A file that cannot be used (not JSON, not an assessment, another rubric,
/// no plan fits it) does not stop the run: it becomes a failure with an
/// `assessment_…` code for `errors.json`, and its plan is merged with its
/// other assessments, or reported engine-only when it has none.
///
/// Files are named by their path relative to the plan folder when the
/// assessment folder lies inside it, else as `<folder name>/<path inside>`,
/// so the outputs do not depend on where the folders are.
struct AssessmentFolder {
  /// An assessment with the name it is listed under.
  typealias Loaded = (assessment: Assessment, file: String)

  /// The assessments of each plan (by the plan's relative path), oldest
  /// first, so a newer one by the same assessor replaces an older one.
  let perPlan: [String: [Loaded]]
  /// The files that could not be used, sorted by name; in a shard run only
  /// those that fall in the shard, so merged shards list each file once.
  let failures: [PlanFailure]

  /// Reads the folder and matches its assessments to the plans.
  /// - Parameters:
  ///   - folder: The assessment folder.
  ///   - planRoot: The plan folder.
  ///   - plans: Every plan of the batch (not only the shard's), relative.
  ///   - rubric: The rubric the batch applies.
  ///   - maxBytes: Plans larger than this are not hashed (they fail anyway).
  ///   - shard: The shard this run scores, if any.
  /// - Throws: ``BatchError/notAnAssessmentFolder(path:)`` or
  ///   ``BatchError/cannotList(path:reason:)``.
  init(
    reading folder: URL, planRoot: URL, plans: [String], rubric: Rubric, maxBytes: Int,
    shard: Shard?
  ) throws(BatchError) {
    let files = try Self.jsonFiles(in: folder)
    guard !files.isEmpty else {
      (perPlan, failures) = ([:], [])
      return
    }
    let prefix = Self.prefix(of: folder, planRoot: planRoot)
    let matcher = AssessmentMatcher(
      candidates: plans.map {
        .init(path: $0, sha256: Self.hash(planRoot.appendingPathComponent($0), maxBytes: maxBytes))
      })
    var perPlan: [String: [Loaded]] = [:]
    var failures: [PlanFailure] = []
    for relative in files {
      let name = prefix + relative
      do {
        let assessment = try Self.read(
          folder.appendingPathComponent(relative), name: name, rubric: rubric)
        guard assessment.rubric.id == rubric.id else {
          throw AssessmentError.otherRubric(
            path: name, assessed: assessment.rubric.id, scored: rubric.id)
        }
        for index in try matcher.plans(for: assessment, file: name) {
          perPlan[plans[index], default: []].append((assessment, name))
        }
      } catch {
        if shard?.contains(name) ?? true { failures.append(Self.failure(error, file: name)) }
      }
    }
    self.perPlan = perPlan.mapValues { items in
      items.sorted { ($0.assessment.date, $0.file) < ($1.assessment.date, $1.file) }
    }
    self.failures = failures
  }

  // MARK: - Reading

  /// The `.json` files under a folder, relative and sorted; hidden files and
  /// folders are left out.
  private static func jsonFiles(in folder: URL) throws(BatchError) -> [String] {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory),
      isDirectory.boolValue
    else { throw .notAnAssessmentFolder(path: folder.path) }
    guard let walker = FileManager.default.enumerator(atPath: folder.path) else {
      throw .cannotList(path: folder.path, reason: "the folder cannot be opened")
    }
    var found: [String] = []
    while let relative = walker.nextObject() as? String {
      let parts = relative.split(separator: "/")
      guard !parts.contains(where: { $0.hasPrefix(".") }),
        (relative as NSString).pathExtension.lowercased() == "json"
      else { continue }
      var isFolder: ObjCBool = false
      let path = folder.appendingPathComponent(relative).path
      if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue {
        found.append(relative)
      }
    }
    return found.sorted()
  }

  /// `plans/` when the folder is `<plan folder>/plans`, else `<folder name>/`.
  private static func prefix(of folder: URL, planRoot: URL) -> String {
    let inner = folder.standardizedFileURL.resolvingSymlinksInPath().pathComponents
    let outer = planRoot.standardizedFileURL.resolvingSymlinksInPath().pathComponents
    if inner.count > outer.count, Array(inner.prefix(outer.count)) == outer {
      return inner.dropFirst(outer.count).joined(separator: "/") + "/"
    }
    return folder.lastPathComponent + "/"
  }

  /// One assessment file, with `name` in its messages.
  private static func read(_ url: URL, name: String, rubric: Rubric) throws(AssessmentError)
    -> Assessment
  {
    let data: Data
    do {
      data = try FileAccess.read(url.path)
    } catch {
      throw .unreadable(path: name, reason: error.reason)
    }
    return try AssessmentFile.decode(data, path: name, rubric: rubric)
  }

  /// The SHA-256 of a plan's bytes; empty when it is too large or unreadable.
  private static func hash(_ url: URL, maxBytes: Int) -> String {
    let size = (try? FileManager.default.attributesOfItem(atPath: url.path))?[.size] as? Int
    guard (size ?? 0) <= maxBytes, let data = try? FileAccess.read(url.path) else { return "" }
    return SHA256Hex.of(data)
  }

  // MARK: - Failures

  /// A file that could not be used, as a failure with a stable code.
  static func failure(_ error: any Error, file: String) -> PlanFailure {
    let message = (error as? LocalizedError)?.errorDescription ?? "\(file): \(error)"
    let code: String
    switch error {
    case AssessmentError.unreadable: code = "assessment_unreadable"
    case AssessmentError.notJSON: code = "assessment_not_json"
    case AssessmentError.unsupportedFormat: code = "assessment_unsupported_format"
    case AssessmentError.otherRubric: code = "assessment_other_rubric"
    case AssessmentMatchError.noPlan: code = "assessment_no_plan"
    case AssessmentMatchError.ambiguous: code = "assessment_ambiguous"
    default: code = "assessment_invalid"
    }
    return PlanFailure(file: file, code: code, message: message)
  }
}
