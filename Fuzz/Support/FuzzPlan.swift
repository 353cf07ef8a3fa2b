import Foundation
import PlanReading

/// A short plan, written for the harnesses, that the default rubric finds
/// evidence in: a fixed document to score fuzzed rubrics against and to
/// answer fuzzed answers files for.
public enum FuzzPlan {
  /// The plan's text, in Dutch with front matter.
  public static let text = """
    ---
    gemeente: Voorbeeldstad
    wijk: Fuzzwijk
    jaar: 2026
    soort: wijkactieplan
    taal: nl
    ---
    # Wijkactieplan Fuzzwijk

    ## Hoe bewoners meebeslissen

    De bewoners beslissen samen met de gemeente over het wijkbudget van 40.000 euro.
    Het bewonersplatform krijgt adviesrecht; het college volgt het advies, tenzij
    zwaarwegende redenen zich daartegen verzetten.
    Voor de start van het ontwerp organiseren we in maart 2026 drie avonden in het buurthuis.
    Wij informeren u via de website. Het plan ligt niet ter inzage.

    - Bewoners beheren het buurthuis zelf.
    - De gemeente koppelt binnen zes weken schriftelijk terug wat zij met de reacties deed.
    """

  /// The plan as read by `PlanReader`; a harness cannot run without it.
  public static func document() -> PlanDocument {
    do {
      return try PlanReader().read(data: Data(text.utf8), path: "fuzz-plan.md")
    } catch {
      fatalError("the fuzz plan does not read: \(error.localizedDescription)")
    }
  }
}
