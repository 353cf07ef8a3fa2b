import Foundation
import Testing

@testable import WebApp

@Suite("The scoring gate bounds concurrent scorings")
struct ScoringGateTests {
  @Test("with every place taken, a request that cannot wait is told the server is busy")
  func busyWhenFull() async throws {
    let gate = ScoringGate(limit: 1)
    let release = DispatchSemaphore(value: 0)
    let holder = Task {
      try await gate.run(timeout: .seconds(60)) {
        release.wait(); return 1
      }
    }
    // Wait (bounded) until the holder has the place: a second run then finds it taken.
    var busy = false
    for _ in 0..<200 where !busy {
      do {
        _ = try await gate.run(timeout: .milliseconds(1)) { 2 }
        try await Task.sleep(for: .milliseconds(10))
      } catch WebError.busy {
        busy = true
      }
    }
    #expect(busy)
    release.signal()
    #expect(try await holder.value == 1)
    #expect(try await gate.run(timeout: .milliseconds(1)) { 3 } == 3)
  }
}
