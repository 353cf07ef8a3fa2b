import Foundation
import TestSupport
import Testing

@testable import Scoring

/// The analyzer on real plan text from the shared corpus (skipped without it).
@Suite(.enabled(if: Fixtures.corpus != nil, "the shared corpus (../shared/corpus) is absent"))
struct CorpusAnalysisTests {}

extension CorpusAnalysisTests {
  /// The paragraphs (blank-line separated) of the first `count` IMRO files.
  static func paragraphs(files count: Int) throws -> [String] {
    guard let corpus = Fixtures.corpus else { return [] }
    let folder = corpus.appendingPathComponent("imro")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    return try names.prefix(count).flatMap { name in
      let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
      return text.components(separatedBy: "\n\n")
    }
  }

  /// On real paragraphs, sentences are ordered, disjoint, trimmed and
  /// non-empty; tokens and markers lie inside their sentence, in order, and
  /// every token's folded form is the fold of its own bytes.
  @Test func invariantsHoldOnRealText() throws {
    let paragraphs = try Self.paragraphs(files: 3)
    #expect(!paragraphs.isEmpty)
    let analyzer = TextAnalyzer(language: .nl)
    var tokenCount = 0
    for paragraph in paragraphs {
      let bytes = Array(paragraph.utf8)
      var previousEnd = 0
      for range in analyzer.sentences(in: paragraph) {
        #expect(range.lowerBound >= previousEnd && range.upperBound <= bytes.count)
        #expect(!range.isEmpty && bytes[range.lowerBound] > 0x20)
        #expect(bytes[range.upperBound - 1] > 0x20)
        previousEnd = range.upperBound
        let sentence = AnalysisTestSupport.slice(paragraph, range)
        let tokens = analyzer.tokens(in: sentence[...])
        tokenCount += tokens.count
        var tokenEnd = 0
        for token in tokens {
          #expect(
            token.start >= tokenEnd && token.end > token.start
              && !analyzer.stem(of: token).isEmpty)
          let raw = AnalysisTestSupport.slice(sentence, token.start..<token.end)
          #expect(token.folded == TextAnalyzer.fold(raw[...]))
          tokenEnd = token.end
        }
        var markerEnd = 0
        for marker in analyzer.specificity(in: sentence[...], tokens: tokens) {
          #expect(marker.start >= markerEnd && marker.end > marker.start)
          #expect(marker.end <= sentence.utf8.count)
          markerEnd = marker.end
        }
      }
    }
    #expect(tokenCount > 10_000)
  }
}
