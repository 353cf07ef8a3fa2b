import ArgumentParser
import Assessment
import Foundation
import Scoring

/// Reads the assessments `score --assessment` names and merges each into the
/// card of its plan; every problem exits 2, as a bad rubric does.
enum AssessmentOption {
  /// An assessment with the file it was read from, as given.
  typealias Loaded = (assessment: Assessment, file: String)

  /// Reads every assessment file and checks it against the rubric.
  /// - Throws: `ExitCode(2)` after printing the first file that cannot be
  ///   read, with the line and column for broken JSON.
  static func load(_ paths: [String], rubric: Rubric) throws -> [Loaded] {
    var loaded: [Loaded] = []
    for path in paths {
      do {
        loaded.append(
          (try AssessmentFile.load(from: URL(fileURLWithPath: path), rubric: rubric), path))
      } catch {
        Console.error(CLIErrorMessage.text(for: error))
        throw ExitCode(ExitStatus.usage)
      }
    }
    return loaded
  }

  /// The cards with the assessments merged in.
  ///
  /// With one plan given, every assessment is about it (when the plan has
  /// changed since, the card says so). With several, each goes to the plan
  /// with its SHA-256, else to the plan with its file name.
  /// - Parameters:
  ///   - cards: The scored plans.
  ///   - unread: The plans given that could not be read; an assessment of one
  ///     of them is left out with a warning (the plan's error sets exit 1).
  ///   - rubric: The rubric the cards were scored with.
  /// - Throws: `ExitCode(2)` after printing why an assessment fits no plan,
  ///   or was made with another rubric.
  static func merge(
    _ assessments: [Loaded], into cards: [Scorecard], unread: [String], rubric: Rubric
  ) throws -> [Scorecard] {
    guard !assessments.isEmpty else { return cards }
    let matcher = AssessmentMatcher(
      candidates: cards.map { .init(path: $0.plan.source, sha256: $0.plan.sha256) }
        + unread.map { .init(path: $0, sha256: "") })
    var perCard = Array(repeating: [Loaded](), count: cards.count)
    do {
      for item in assessments {
        let indices =
          matcher.candidates.count == 1
          ? [0] : try matcher.plans(for: item.assessment, file: item.file)
        for index in indices {
          if index < cards.count {
            perCard[index].append(item)
          } else {
            Console.warning("\(item.file): not used; its plan could not be read.")
          }
        }
      }
      let merger = CardMerger(rubric: rubric)
      return try zip(cards, perCard).map { card, items throws(AssessmentError) in
        try merger.merge(card, with: items)
      }
    } catch {
      Console.error(CLIErrorMessage.text(for: error))
      throw ExitCode(ExitStatus.usage)
    }
  }
}
