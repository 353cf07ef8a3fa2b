import ArgumentParser
import Batch
import Foundation

/// `--require criterion=level`.
extension Gate.Requirement: ExpressibleByArgument {
  /// Reads `criterion=level`, such as `invloed=2`.
  public init?(argument: String) {
    let parts = argument.split(separator: "=", maxSplits: 1).map {
      $0.trimmingCharacters(in: .whitespaces)
    }
    guard parts.count == 2, !parts[0].isEmpty, let level = Int(parts[1]), level >= 0 else {
      return nil
    }
    self.init(criterion: parts[0], level: level)
  }
}
