import Foundation

/// How much time and memory one plan may take, so that no plan stalls a batch.
///
/// The time budget is a cooperative deadline: the scoring loops check it
/// (between sentences) and give up with ``PlanBudget/Exceeded`` once it has
/// passed; no thread is ever killed. The memory budget is checked before the
/// expensive stages, against an estimate made from the input size and then
/// from the document model (``estimatedPeak(fileBytes:)``,
/// ``estimatedPeak(textBytes:blocks:)``), so a plan that would need more is
/// refused before it takes the memory.
public struct PlanBudget: Sendable, Equatable {
  /// The most seconds one plan may take to read and score; `nil` for no limit.
  public var seconds: Double?
  /// The most bytes of memory one plan may be estimated to need; `nil` for no
  /// limit.
  public var memoryBytes: Int?

  /// Creates a budget; `nil` leaves that resource unlimited.
  public init(seconds: Double?, memoryBytes: Int?) {
    self.seconds = seconds
    self.memoryBytes = memoryBytes
  }

  /// No limits.
  public static let unlimited = PlanBudget(seconds: nil, memoryBytes: nil)

  /// The default: 300 seconds and 2,000 MB, which a 50 MB plan (the default
  /// file size limit) fits with room to spare on a busy machine.
  public static let standard = PlanBudget(seconds: 300, memoryBytes: 2_000_000_000)

  /// Why a plan was given up.
  public enum Exceeded: Error, Sendable, Equatable {
    /// The plan took longer than `seconds` and was given up in `stage`.
    case time(seconds: Double, stage: String)
    /// The plan was estimated to need `estimate` bytes in `stage`, more than `limit`.
    case memory(estimate: Int, limit: Int, stage: String)

    /// What was exceeded, for the plan at `path`, without what to do.
    public func what(path: String) -> String {
      switch self {
      case .time(let seconds, let stage):
        return "\(path): over the time budget: not done within "
          + "\(PlanBudget.seconds(seconds)) (stopped while \(stage))."
      case .memory(let estimate, let limit, let stage):
        return "\(path): over the memory budget: \(stage) it would need about "
          + "\(PlanBudget.megabytes(estimate)), more than the \(PlanBudget.megabytes(limit)) "
          + "allowed; it was not \(stage == "reading" ? "read" : "scored")."
      }
    }

    /// The message for the plan at `path`: what was exceeded and what to do.
    public func message(path: String) -> String {
      what(path: path) + " Raise the plan's budget if this really is one plan, or split it "
        + "into smaller files; the other plans are not affected."
    }
  }

  /// A number of seconds as a message shows it: `300 s`, `0.5 s`.
  static func seconds(_ value: Double) -> String {
    value == value.rounded() ? "\(Int(value)) s" : "\(value) s"
  }

  /// A number of bytes as a message shows it, in whole megabytes: `1,560 MB`.
  static func megabytes(_ bytes: Int) -> String {
    let value = (bytes + 500_000) / 1_000_000
    let digits = String(value)
    var grouped = ""
    for (offset, digit) in digits.enumerated() {
      if offset > 0, (digits.count - offset) % 3 == 0 { grouped += "," }
      grouped.append(digit)
    }
    return grouped + " MB"
  }

  // MARK: - Time

  /// A deadline that starts now.
  public func deadline() -> Deadline {
    Deadline(seconds: seconds)
  }

  /// The moment a plan's time budget runs out, checked cooperatively.
  public struct Deadline: Sendable {
    /// The budget in seconds, or `nil` for none.
    public let seconds: Double?
    private let end: ContinuousClock.Instant?

    /// A deadline `seconds` from now, or none.
    public init(seconds: Double?) {
      self.seconds = seconds
      end = seconds.map { ContinuousClock.now + .seconds(min($0, 1e9)) }
    }

    /// A deadline that never passes.
    public static let none = Deadline(seconds: nil)

    /// Throws ``PlanBudget/Exceeded/time(seconds:stage:)`` once the deadline
    /// has passed.
    /// - Parameter stage: What the plan was doing ("reading", "scoring").
    public func check(_ stage: String) throws(PlanBudget.Exceeded) {
      guard let end, let seconds, ContinuousClock.now >= end else { return }
      throw .time(seconds: seconds, stage: stage)
    }
  }

  // MARK: - Memory

  /// Memory every plan needs whatever its size (the rubric, the stemmer,
  /// buffers), in bytes.
  public static let baseBytes = 64 << 20
  /// Estimated peak bytes per byte of file while a plan is read (the file, its
  /// decoded text, the reader's tree and the blocks); measured on text and XML
  /// plans at up to 25 bytes, rounded up.
  public static let bytesPerFileByte = 30
  /// Estimated peak bytes per byte of block text while a plan is scored (the
  /// sentences' tokens with their folded words and stems, the hits).
  public static let bytesPerTextByte = 24
  /// Estimated bytes per block beyond its text (location, heading path).
  public static let bytesPerBlock = 512

  /// The estimated peak memory of reading a file of `fileBytes` bytes.
  public static func estimatedPeak(fileBytes: Int) -> Int {
    baseBytes + fileBytes.multipliedReportingOverflow(by: bytesPerFileByte).partialValue
  }

  /// The estimated peak memory of scoring a document with `textBytes` bytes
  /// of block text in `blocks` blocks.
  public static func estimatedPeak(textBytes: Int, blocks: Int) -> Int {
    baseBytes + textBytes * bytesPerTextByte + blocks * bytesPerBlock
  }

  /// Throws ``Exceeded/memory(estimate:limit:stage:)`` when `estimate` is
  /// over the memory budget.
  public func checkMemory(_ estimate: Int, stage: String) throws(Exceeded) {
    guard let memoryBytes, estimate > memoryBytes else { return }
    throw .memory(estimate: estimate, limit: memoryBytes, stage: stage)
  }
}
