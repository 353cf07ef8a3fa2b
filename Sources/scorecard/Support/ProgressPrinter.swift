import Batch
import Foundation
import PlanReading

/// Shows a batch's progress on stderr: a bar that redraws in place when stderr
/// is a terminal (files done / total, rate, time left, failures), a line at
/// every tenth otherwise, and every failed plan as an `error:` line.
final class ProgressPrinter: @unchecked Sendable {
  /// How progress is shown.
  enum Mode: Sendable {
    /// A bar redrawn in place (stderr is a terminal).
    case bar
    /// A line at every tenth of the files.
    case lines
    /// Failures only.
    case quiet
  }

  private struct State {
    var lastDraw: UInt64?
    var lastTenth = 0
    var barShown = false
  }

  private let mode: Mode
  /// Guarded by `lock`; the batch reports progress from one task at a time,
  /// but the lock keeps the printer safe from any thread.
  private var state = State()
  private let lock = NSLock()

  /// Creates a printer; `bar` is chosen only when stderr is a terminal.
  init(quiet: Bool) {
    if quiet {
      mode = .quiet
    } else {
      mode = isatty(STDERR_FILENO) == 1 ? .bar : .lines
    }
  }

  /// Shows one progress report.
  func show(_ progress: BatchProgress) {
    lock.withLock {
      if case .failed(let failure) = progress.event {
        clear(&state)
        let hint =
          failure.code == "link_outside_folder" ? " (--follow-links reads such links.)" : ""
        write("error: \(failure.message.terminalSafe)\(hint)\n")
      }
      switch mode {
      case .quiet:
        return
      case .bar:
        let now = DispatchTime.now().uptimeNanoseconds
        let due = state.lastDraw.map { now - $0 > 100_000_000 } ?? true
        guard due || progress.done == progress.total || !state.barShown else { return }
        state.lastDraw = now
        state.barShown = true
        write("\r\u{1B}[2K" + bar(progress))
      case .lines:
        if progress.event == .started {
          write("batch: \(progress.total) plans to score\n")
          return
        }
        let tenth = progress.total == 0 ? 10 : progress.done * 10 / progress.total
        if tenth > state.lastTenth {
          state.lastTenth = tenth
          write("batch: " + summary(progress) + "\n")
        }
      }
    }
  }

  /// Clears the bar before the final report.
  func finish() {
    lock.withLock { clear(&state) }
  }

  // MARK: - Drawing

  private func bar(_ progress: BatchProgress) -> String {
    let width = 28
    let filled = progress.total == 0 ? width : width * progress.done / progress.total
    let line = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
    return "[\(line)] " + summary(progress)
  }

  private func summary(_ progress: BatchProgress) -> String {
    let percent = progress.total == 0 ? 100 : progress.done * 100 / progress.total
    var text = "\(progress.done)/\(progress.total) (\(percent)%)"
    if let rate = progress.rate { text += String(format: "  %.1f plans/s", rate) }
    if let left = progress.secondsLeft, progress.done < progress.total {
      text += "  \(Self.clock(left)) left"
    }
    if progress.failed > 0 { text += "  \(progress.failed) failed" }
    if progress.cached > 0 { text += "  \(progress.cached) cached" }
    if progress.rejectedCacheEntries > 0 {
      text += "  \(progress.rejectedCacheEntries) bad cache entries rescored"
    }
    return text
  }

  private func clear(_ state: inout State) {
    if state.barShown {
      write("\r\u{1B}[2K")
      state.barShown = false
    }
  }

  private func write(_ text: String) {
    FileHandle.standardError.write(Data(text.terminalSafe.utf8))
  }

  /// `m:ss`.
  static func clock(_ seconds: Double) -> String {
    let whole = Int(seconds.rounded())
    return String(format: "%d:%02d", whole / 60, whole % 60)
  }
}
