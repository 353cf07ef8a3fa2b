import Scoring

/// The bundled default rubric, for the harnesses that score.
public enum FuzzRubric {
  /// Loads the default rubric; a harness cannot run without it.
  public static func defaultRubric() -> Rubric {
    do {
      return try RubricCatalog.load(nil)
    } catch {
      fatalError("the default rubric does not load: \(error.localizedDescription)")
    }
  }
}
