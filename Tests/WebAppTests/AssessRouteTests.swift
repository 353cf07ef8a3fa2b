import Assessment
import Foundation
import HummingbirdTesting
import NIOCore
import Scoring
import Testing
import WebApp

@Suite("Judging a plan yourself on the web page")
struct AssessRouteTests {
  @Test("the steps ask one criterion each; the download is an assessment file")
  func walkThrough() async throws {
    let data = try Web.sample(Web.textPlan)
    let card = try Web.card(data, name: Web.textPlan)
    try await Web.test { client in
      var start = MultipartBody()
      start.field("lang", "nl")
      start.field("plan_name", Web.textPlan)
      start.field("plan_b64", data.base64EncodedString())
      start.field("assessor", "Fatima el Amrani")
      start.field("go", "start")
      let first = String(buffer: try await Web.post(client, "/assess", start).body)
      #expect(first.contains("Vraag 1 van \(card.criteria.count)"))
      #expect(first.contains("name=\"level_\(card.criteria[0].id)\""))
      #expect(!first.contains("name=\"level_\(card.criteria[1].id)\""))

      var next = MultipartBody()
      next.field("plan_name", Web.textPlan)
      next.field("plan_b64", data.base64EncodedString())
      next.field("assessor", "Fatima el Amrani")
      next.field("step", "0")
      next.field("level_\(card.criteria[0].id)", "0")
      next.field("remark_\(card.criteria[0].id)", "Staat er niet <in>")
      next.field("go", "next")
      let second = String(buffer: try await Web.post(client, "/assess", next).body)
      #expect(second.contains("Vraag 2 van \(card.criteria.count)"))
      #expect(Web.hiddenValue("level_\(card.criteria[0].id)", in: second) == "0")
      #expect(
        Web.hiddenValue("remark_\(card.criteria[0].id)", in: second) == "Staat er niet &lt;in&gt;")

      var done = MultipartBody()
      done.field("plan_name", Web.textPlan)
      done.field("plan_b64", data.base64EncodedString())
      done.field("assessor", "Fatima el Amrani")
      done.field("step", "\(card.criteria.count)")
      done.field("level_\(card.criteria[0].id)", "0")
      done.field("remark_\(card.criteria[0].id)", "Staat er niet <in>")
      done.field("go", "download")
      let download = try await Web.post(client, "/assess", done)
      #expect(download.status == .ok)
      #expect(download.headers[.contentDisposition]?.contains(".assessment.json") == true)
      let body = Data(buffer: download.body)
      let assessment = try AssessmentFile.decode(body, path: "download.json")
      #expect(assessment.assessor == "Fatima el Amrani")
      #expect(assessment.plan.sha256 == card.plan.sha256)
      #expect(assessment.criterion(id: card.criteria[0].id)?.level == 0)
      #expect(assessment.criterion(id: card.criteria[0].id)?.remark == "Staat er niet <in>")
      #expect(assessment.criteria.count == card.criteria.count)
    }
  }

  @Test("without a name the assessment does not start")
  func needsName() async throws {
    let data = try Web.sample(Web.textPlan)
    try await Web.test { client in
      var form = MultipartBody()
      form.field("plan_b64", data.base64EncodedString())
      form.field("go", "start")
      let response = try await Web.post(client, "/assess", form)
      #expect(response.status == .badRequest)
    }
  }

  @Test("with --data, a finished assessment is kept in the folder; without, nothing")
  func keptInDataFolder() async throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("webapp-data-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let data = try Web.sample(Web.textPlan)
    try await Web.test(WebAppConfiguration(dataFolder: folder)) { client in
      var form = MultipartBody()
      form.field("plan_name", Web.textPlan)
      form.field("plan_b64", data.base64EncodedString())
      form.field("assessor", "Jan")
      form.field("go", "finish")
      let response = try await Web.post(client, "/assess", form)
      #expect(response.status == .ok)
      #expect(String(buffer: response.body).contains("Uw beoordeling"))
    }
    let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
    #expect(files.count == 1)
    let kept = try AssessmentFile.load(from: folder.appendingPathComponent(files[0]))
    #expect(kept.assessor == "Jan")
  }
}
