import Foundation

/// Bounds how many uploads are scored at once. Scoring runs on its own
/// threads, not on the threads that serve requests, so a big plan never
/// stalls the other pages; a request that finds every place taken waits its
/// turn, up to a time limit.
actor ScoringGate {
  private let limit: Int
  private var running = 0
  private var waiting: [(id: UUID, continuation: CheckedContinuation<Bool, Never>)] = []

  /// Creates a gate for at most `limit` scorings at once.
  init(limit: Int) {
    self.limit = max(1, limit)
  }

  /// Runs `work` on a thread of its own once a place is free.
  /// - Throws: ``WebError/busy`` when no place came free within `timeout`.
  func run<T: Sendable>(
    timeout: Duration, _ work: @escaping @Sendable () throws -> T
  ) async throws -> T {
    guard await acquire(timeout: timeout) else { throw WebError.busy }
    defer { release() }
    return try await withCheckedThrowingContinuation { continuation in
      DispatchQueue.global(qos: .userInitiated).async {
        continuation.resume(with: Result { try work() })
      }
    }
  }

  private func acquire(timeout: Duration) async -> Bool {
    if running < limit {
      running += 1
      return true
    }
    let id = UUID()
    let timer = Task { [weak self] in
      try? await Task.sleep(for: timeout)
      await self?.expire(id)
    }
    let granted = await withCheckedContinuation { continuation in
      waiting.append((id, continuation))
    }
    timer.cancel()
    return granted
  }

  private func expire(_ id: UUID) {
    guard let index = waiting.firstIndex(where: { $0.id == id }) else { return }
    waiting.remove(at: index).continuation.resume(returning: false)
  }

  private func release() {
    if waiting.isEmpty {
      running -= 1
    } else {
      waiting.removeFirst().continuation.resume(returning: true)
    }
  }
}
