import Assessment
import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import PlanReading
import Reporting
import Scoring
import TestSupport
import Testing
import WebApp

@Suite("Scoring a plan on the web page")
struct ScoreRouteTests {
  @Test(
    "an uploaded text plan shows the card the HTML renderer draws",
    arguments: [
      Web.textPlan, Web.xmlPlan,
    ])
  func uploadShowsCard(name: String) async throws {
    let data = try Web.sample(name)
    let expected = HTMLRenderer(language: .nl).renderFragment([try Web.card(data, name: name)])
    try await Web.test { client in
      var form = MultipartBody()
      form.field("lang", "nl")
      form.file("plan", fileName: name, data)
      let response = try await Web.post(client, "/score", form)
      #expect(response.status == .ok)
      let html = String(buffer: response.body)
      #expect(html.contains(expected))
      #expect(Web.hiddenValue("plan_b64", in: html) == data.base64EncodedString())
      #expect(Web.hiddenValue("plan_name", in: html) == name)
    }
  }

  @Test(
    "a plan as residents download it (PDF, Word, OpenDocument, web page) shows its card",
    arguments: [
      "pdf/riverbend-one-column.pdf",
      "office/nl-arnhem-presikhaaf-wijkakkoord-coproductie.docx",
      "office/nl-deventer-rivierenwijk-wijkprogramma-adviesrecht-reactienota.odt",
      "html/en-uk-ashcombe-neighbourhood-plan-consultation-statement.html",
    ])
  func uploadOfEveryFormat(fixture: String) async throws {
    let data = try Data(contentsOf: Fixtures.url(fixture))
    let name = URL(fileURLWithPath: fixture).lastPathComponent
    let expected = HTMLRenderer(language: .nl).renderFragment([try Web.card(data, name: name)])
    try await Web.test { client in
      var form = MultipartBody()
      form.field("lang", "nl")
      form.file("plan", fileName: name, data)
      let response = try await Web.post(client, "/score", form)
      #expect(response.status == .ok)
      #expect(String(buffer: response.body).contains(expected))
    }
  }

  @Test("pasted text is scored, also from a urlencoded form")
  func pastedText() async throws {
    let text = String(decoding: try Web.sample(Web.textPlan), as: UTF8.self)
    let expected = try Web.card(Data(text.utf8), name: "plan.txt")
    try await Web.test { client in
      let encoded = text.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
      let response = try await client.execute(
        uri: "/score", method: .post,
        headers: [.contentType: "application/x-www-form-urlencoded"],
        body: ByteBuffer(string: "lang=nl&text=\(encoded)"))
      #expect(response.status == .ok)
      let html = String(buffer: response.body)
      #expect(html.contains(HTMLRenderer(language: .nl).renderFragment([expected])))
    }
  }

  @Test("downloads give the same JSON, Markdown and HTML as the renderers")
  func downloads() async throws {
    let data = try Web.sample(Web.textPlan)
    let card = try Web.card(data, name: Web.textPlan)
    let cases: [(String, String, String)] = [
      ("json", try JSONRenderer().render([card]), ".scorecard.json"),
      ("markdown", try MarkdownRenderer(language: .nl).render([card]), ".scorecard.md"),
      ("html", try HTMLRenderer(language: .nl).render([card]), ".scorecard.html"),
      // Cards are not written as CSV: like an unknown format, the page.
      ("csv", try HTMLRenderer(language: .nl).render([card]), ".scorecard.html"),
    ]
    try await Web.test { client in
      for (format, expected, suffix) in cases {
        var form = MultipartBody()
        form.field("lang", "nl")
        form.field("plan_name", Web.textPlan)
        form.field("plan_b64", data.base64EncodedString())
        form.field("format", format)
        let response = try await Web.post(client, "/download", form)
        #expect(response.status == .ok)
        #expect(String(buffer: response.body) == expected)
        let disposition = try #require(response.headers[.contentDisposition])
        #expect(disposition.hasPrefix("attachment;"))
        #expect(disposition.contains(suffix))
      }
    }
  }

  @Test("uploaded assessments are merged into the card")
  func mergedAssessments() async throws {
    let data = try Web.sample(Web.textPlan)
    let card = try Web.card(data, name: Web.textPlan)
    let levels = Dictionary(uniqueKeysWithValues: card.criteria.map { ($0.id, 0) })
    let assessment = Assessment(
      card: card, assessor: "Test", date: "2026-01-01", language: "nl", levels: levels)
    try await Web.test { client in
      var form = MultipartBody()
      form.field("plan_name", Web.textPlan)
      form.field("plan_b64", data.base64EncodedString())
      form.file("assessment", fileName: "a.json", AssessmentFile.encode(assessment))
      let response = try await Web.post(client, "/score", form)
      #expect(response.status == .ok)
      let merged = try CardMerger(rubric: try RubricCatalog.load(nil))
        .merge(card, with: [(assessment, "a.json")])
      let html = String(buffer: response.body)
      #expect(html.contains(HTMLRenderer(language: .nl).renderFragment([merged])))
    }
  }

  @Test("hostile plan text and file names are shown as text, never as markup")
  func hostileText() async throws {
    let plan = """
      ---
      title: <script>alert('plan')</script> Wijkplan
      gemeente: <img src=x onerror=alert(0)>
      ---

      # <script>alert('kop')</script> Wijkplan

      Bewoners krijgen inspraak via een wijkpanel. <img src=x onerror=alert(1)> Wij
      organiseren een bewonersavond "><script>alert(2)</script> in de buurt.
      """
    try await Web.test { client in
      var form = MultipartBody()
      form.file("plan", fileName: "\"><script>alert(3)</script>.md", Data(plan.utf8))
      let response = try await Web.post(client, "/score", form)
      #expect(response.status == .ok)
      let html = String(buffer: response.body)
      #expect(!html.contains("<script"))
      #expect(!html.contains("<img"))
      #expect(html.contains("<p class=\"lead\">&lt;img src=x onerror=alert(0)&gt; · "))
      #expect(Web.hiddenValue("plan_name", in: html) == "script&gt;.md")
    }
  }
}

@Suite("Errors on the web page")
struct ErrorRouteTests {
  @Test("a plan over the upload limit gets 413 and a page that says the limit")
  func tooLarge() async throws {
    let configuration = WebAppConfiguration(maxBytes: 2_000)
    try await Web.test(configuration) { client in
      var form = MultipartBody()
      form.file("plan", fileName: "big.txt", Data(repeating: UInt8(ascii: "a"), count: 5_000))
      let small = try await Web.post(client, "/score", form)
      #expect(small.status == .contentTooLarge)
      #expect(String(buffer: small.body).contains("hoogstens 2 kB"))
      var huge = MultipartBody()
      huge.file("plan", fileName: "huge.txt", Data(repeating: UInt8(ascii: "a"), count: 2_000_000))
      let response = try await Web.post(client, "/score", huge)
      #expect(response.status == .contentTooLarge)
      #expect(response.headers[.contentSecurityPolicy] != nil)
    }
  }

  @Test("a plan that cannot be read gets 422 with the reader's reason, in Dutch")
  func unreadable() async throws {
    try await Web.test { client in
      var form = MultipartBody()
      form.file("plan", fileName: "broken.xml", Data("<?xml version=\"1.0\"?><plan><p>open".utf8))
      let response = try await Web.post(client, "/score", form)
      #expect(response.status == .unprocessableContent)
      let html = String(buffer: response.body)
      #expect(html.contains("broken.xml"))
      #expect(html.contains("fout in de XML"), "a Dutch page words the reason in Dutch")
      #expect(!html.contains(".. Stuur het plan"), "one full stop after the reader's reason")
      #expect(html.contains("PDF, Word (.docx)"), "the formats that are read are named")
      #expect(html.contains("role=\"alert\""))
    }
  }

  @Test("no plan, or a form of the wrong type, gets 400")
  func noPlan() async throws {
    try await Web.test { client in
      var form = MultipartBody()
      form.field("text", "   ")
      let empty = try await Web.post(client, "/score", form)
      #expect(empty.status == .badRequest)
      #expect(String(buffer: empty.body).contains("Er was geen plan"))
      let wrongType = try await client.execute(
        uri: "/score", method: .post, headers: [.contentType: "application/json"],
        body: ByteBuffer(string: "{}"))
      #expect(wrongType.status == .badRequest)
    }
  }

  @Test("a broken uploaded rubric or an unknown rubric id gets 422")
  func badRubric() async throws {
    let data = try Web.sample(Web.textPlan)
    try await Web.test { client in
      var form = MultipartBody()
      form.file("plan", fileName: "plan.md", data)
      form.file("rubric_file", fileName: "mine.json", Data("{\"id\": 3}".utf8))
      let broken = try await Web.post(client, "/score", form)
      #expect(broken.status == .unprocessableContent)
      #expect(String(buffer: broken.body).contains("mine.json"))
      var unknown = MultipartBody()
      unknown.file("plan", fileName: "plan.md", data)
      unknown.field("rubric", "../../etc/passwd")
      let other = try await Web.post(client, "/score", unknown)
      #expect(other.status == .unprocessableContent)
      #expect(String(buffer: other.body).contains("lsa-participatie"))
    }
  }

  @Test("a file that is not an assessment gets 422")
  func badAssessment() async throws {
    let data = try Web.sample(Web.textPlan)
    try await Web.test { client in
      var form = MultipartBody()
      form.file("plan", fileName: "plan.md", data)
      form.file("assessment", fileName: "notes.json", Data("[1, 2".utf8))
      let response = try await Web.post(client, "/score", form)
      #expect(response.status == .unprocessableContent)
      #expect(String(buffer: response.body).contains("notes.json"))
    }
  }
}
