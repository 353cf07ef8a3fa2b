import Assessment
import Foundation
import Hummingbird
import PlanReading
import Reporting
import Scoring

extension WebApp {
  /// `POST /score`, `POST /download` and `POST /assess`.
  func addPlanRoutes(to router: Router<BasicRequestContext>) {
    router.post("/score") { request, _ in
      await self.answer(request) { form, language in try await self.scorePage(form, language) }
    }
    router.post("/download") { request, _ in
      await self.answer(request) { form, _ in try await self.download(form) }
    }
    router.post("/assess") { request, _ in
      await self.answer(request) { form, language in try await self.assessPage(form, language) }
    }
  }

  /// Reads the form of a request and answers it, or answers with the error page.
  private func answer(
    _ request: Request,
    _ handler: (FormFields, PlanLanguage) async throws -> Response
  ) async -> Response {
    let language = self.language(of: request)
    do {
      let body = try await readBody(request)
      let form = try FormFields(body: body, contentType: request.headers[.contentType])
      return try await handler(form, form.text("lang") == "en" ? .en : language)
    } catch let error as WebError {
      return errorResponse(error, language: language)
    } catch {
      return errorResponse(.badForm(error.localizedDescription), language: language)
    }
  }

  /// The request body, refused when it is larger than the limit or takes
  /// longer than the request timeout to arrive.
  private func readBody(_ request: Request) async throws -> ByteBuffer {
    let limit = configuration.maxRequestBytes
    if let length = request.headers[.contentLength].flatMap({ Int($0) }), length > limit {
      throw WebError.tooLarge(limit: configuration.maxBytes)
    }
    let timeout = configuration.requestTimeout
    return try await withThrowingTaskGroup(of: ByteBuffer?.self) { group in
      group.addTask {
        do {
          return try await request.body.collect(upTo: limit)
        } catch let error as HTTPError where error.status == .contentTooLarge {
          throw WebError.tooLarge(limit: limit)
        }
      }
      group.addTask {
        try await Task.sleep(for: timeout)
        return nil
      }
      defer { group.cancelAll() }
      guard let first = try await group.next(), let body = first else {
        throw WebError.timedOut
      }
      return body
    }
  }

  /// Scores the submitted plan on a scoring thread, when a place is free.
  private func scored(_ submission: PlanSubmission) async throws -> (
    card: Scorecard, rubric: Rubric
  ) {
    let maxBytes = configuration.maxBytes
    return try await gate.run(timeout: configuration.queueTimeout) {
      try submission.score(maxBytes: maxBytes)
    }
  }

  // MARK: - Pages

  private func scorePage(_ form: FormFields, _ language: PlanLanguage) async throws -> Response {
    let submission = try PlanSubmission(form: form, maxBytes: configuration.maxBytes)
    var (card, rubric) = try await scored(submission)
    let uploads = form.all("assessment").filter { !$0.data.isEmpty }
    if !uploads.isEmpty {
      var assessments: [(assessment: Assessment, file: String)] = []
      do {
        for upload in uploads {
          let name = PlanSubmission.baseName(upload.fileName ?? "assessment.json")
          assessments.append((try AssessmentFile.decode(upload.data, path: name), name))
        }
        card = try CardMerger(rubric: rubric).merge(card, with: assessments)
      } catch {
        throw WebError.badAssessment(error.localizedDescription)
      }
    }
    let strings = WebStrings(language: language)
    let body = CardPage(strings: strings, submission: submission, card: card).body
    return page(card.plan.title ?? card.plan.source, body, language: language)
  }

  private func download(_ form: FormFields) async throws -> Response {
    let submission = try PlanSubmission(form: form, maxBytes: configuration.maxBytes)
    let (card, _) = try await scored(submission)
    let asked = OutputFormat(rawValue: form.text("format") ?? "")
    let format = asked.flatMap { CardRenderer.supports($0) ? $0 : nil } ?? .html
    let text = try CardRenderer(language: submission.language).render([card], as: format)
    let name = "\(submission.planName).scorecard.\(format.fileExtension)"
    return Self.attachment(text, name: name, type: format.mediaType)
  }

  private func assessPage(_ form: FormFields, _ language: PlanLanguage) async throws -> Response {
    let submission = try PlanSubmission(form: form, maxBytes: configuration.maxBytes)
    let (card, rubric) = try await scored(submission)
    let state = try AssessmentForm(form: form, card: card)
    let strings = WebStrings(language: language)
    guard state.step >= card.criteria.count else {
      let body = AssessPage(
        strings: strings, submission: submission, card: card, rubric: rubric, state: state
      ).body
      return page(strings.assessTitle, body, language: language)
    }
    let assessment = Assessment(
      card: card, assessor: state.assessor, date: AssessmentForm.today(),
      language: language.rawValue, levels: state.allLevels(for: card), remarks: state.remarks)
    let fileName = AssessmentFileName.defaultName(plan: card.plan.source, assessor: state.assessor)
    if form.text("go") == "download" {
      return Self.attachment(
        String(decoding: AssessmentFile.encode(assessment), as: UTF8.self), name: fileName,
        type: "application/json")
    }
    var kept = false
    if let folder = configuration.dataFolder, form.text("go") == "finish" {
      // A name of letters, digits and dashes only, unique so nothing is overwritten.
      let stem = URL(fileURLWithPath: card.plan.source).deletingPathExtension().lastPathComponent
      let unique = UUID().uuidString.prefix(8).lowercased()
      let url = folder.appendingPathComponent(
        "\(AssessmentFileName.slug(stem)).\(AssessmentFileName.slug(state.assessor)).\(unique)"
          + AssessmentFileName.suffix)
      kept = (try? AssessmentFile.write(assessment, to: url)) != nil
    }
    let merged = try CardMerger(rubric: rubric).merge(card, with: [(assessment, fileName)])
    let body = AssessDonePage(
      strings: strings, submission: submission, card: merged, state: state, kept: kept
    ).body
    return page(strings.doneTitle, body, language: language)
  }

  /// A file to save, with a safe file name.
  private static func attachment(_ text: String, name: String, type: String) -> Response {
    let safe = String(
      name.map { $0.isASCII && ($0.isLetter || $0.isNumber || "._-".contains($0)) ? $0 : "_" })
    return response(
      text, type: type,
      headers: [.contentDisposition: "attachment; filename=\"\(safe)\""])
  }
}
