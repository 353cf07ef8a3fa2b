import PlanReading
import Reporting
import Scoring
import TestSupport
import Testing

/// Cards and agreement reports go through the one renderer contract: each
/// renderer names its formats and refuses the others.
@Suite struct DocumentRendererTests {
  /// The card renderer writes what the per-format renderers write.
  @Test func cardsThroughTheContract() throws {
    let cards = [ReportFixture.card([ReportFixture.Sentence.budget])]
    let renderer = CardRenderer(language: .nl)
    #expect(try renderer.render(cards, as: .text) == TextRenderer(language: .nl).render(cards))
    #expect(try renderer.render(cards, as: .json) == JSONRenderer().render(cards))
    #expect(
      try renderer.render(cards, as: .markdown) == MarkdownRenderer(language: .nl).render(cards))
    #expect(try renderer.render(cards, as: .html) == HTMLRenderer(language: .nl).render(cards))
    for format in CardRenderer.formats {
      #expect(type(of: try renderer.renderer(for: format)).format == format)
    }
  }

  /// The formats each renderer offers, in the order a user is offered them.
  @Test func formatsPerRenderer() {
    #expect(CardRenderer.formats == [.text, .json, .markdown, .html])
    #expect(AgreementRenderer.formats == [.text, .markdown, .json, .csv])
    #expect(!CardRenderer.supports(.csv))
    #expect(!AgreementRenderer.supports(.html))
  }

  /// A format a renderer does not write is refused with the ones it does.
  @Test func unsupportedFormatsAreRefused() throws {
    let cards = [ReportFixture.card([ReportFixture.Sentence.budget])]
    let card = try #require(
      Self.refusal { try CardRenderer(language: .nl).render(cards, as: .csv) })
    #expect(card.format == .csv)
    #expect(card.supported == CardRenderer.formats)
    let report = try AgreementRendererTests.report()
    let agreement = try #require(
      Self.refusal { try AgreementRenderer(language: .nl).render(report, as: .html) })
    #expect(agreement.format == .html)
    #expect(agreement.supported == AgreementRenderer.formats)
  }

  /// The refusal a render throws, or `nil` when it renders.
  static func refusal(_ render: () throws -> String) -> UnsupportedFormatError? {
    do {
      _ = try render()
      return nil
    } catch {
      return error as? UnsupportedFormatError
    }
  }

  /// Batch file names and web downloads take their extension from the format.
  @Test func fileExtensions() {
    #expect(OutputFormat.allCases.map(\.fileExtension) == ["txt", "md", "html", "json", "csv"])
  }
}
