import Scoring

/// The version `scorecard --version` prints.
enum EngineVersion {
  static let current = Scoring.engineVersion
}
