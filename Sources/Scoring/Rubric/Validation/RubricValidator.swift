/// The checks of a rubric beyond its JSON shape: ids, references, languages,
/// levels, rules that can never fire, and warnings about likely mistakes.
/// The loader runs them on every file; a rubric built in code can be checked
/// with `problems(in:)`.
public enum RubricValidator {
  /// Every problem in `rubric`, errors and warnings, in the order of the file.
  public static func problems(in rubric: Rubric) -> [RubricProblem] {
    findings(in: rubric).map(\.problem)
  }

  /// Every problem with the parts of the rubric it relies on; only the
  /// errors unless `warnings` (the errors are the same either way).
  static func findings(
    in rubric: Rubric, warnings: Bool = true
  ) -> [ValidationPass.Finding] {
    var pass = ValidationPass(rubric: rubric, warnings: warnings)
    pass.run()
    return pass.findings
  }
}
