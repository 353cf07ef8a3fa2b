import Foundation

/// The default name of an assessment file:
/// `<plan file stem>.<assessor slug>.assessment.json`, so the assessments of
/// several residents of one plan sort together and never overwrite each other.
public enum AssessmentFileName {
  /// The ending every default assessment file name has.
  public static let suffix = ".assessment.json"

  /// The default file name (no folder) for `assessor`'s assessment of the
  /// plan at `plan`.
  /// - Parameters:
  ///   - plan: The plan file's path, as given.
  ///   - assessor: The assessor's name or initials.
  public static func defaultName(plan: String, assessor: String) -> String {
    let stem = URL(fileURLWithPath: plan).deletingPathExtension().lastPathComponent
    return "\(stem).\(slug(assessor))\(suffix)"
  }

  /// A name as it can stand in a file name: lower case, accents dropped,
  /// every run of other characters than letters and digits one `-`;
  /// `assessor` when nothing is left.
  ///
  /// "Fatima el Amrani" gives `fatima-el-amrani`, "J.P. Çelik" gives `j-p-celik`.
  public static func slug(_ name: String) -> String {
    let folded = name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
      .lowercased()
    var slug = ""
    var pendingDash = false
    for scalar in folded.unicodeScalars {
      if scalar.isASCII && (CharacterSet.alphanumerics.contains(scalar)) {
        if pendingDash && !slug.isEmpty { slug.append("-") }
        slug.unicodeScalars.append(scalar)
        pendingDash = false
      } else {
        pendingDash = true
      }
    }
    return slug.isEmpty ? "assessor" : slug
  }
}
