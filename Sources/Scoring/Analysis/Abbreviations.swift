/// Dutch and English abbreviations whose period does not end a sentence.
///
/// Written lower-case, without the final period, with inner periods kept
/// (`d.w.z`). Any other run of one- or two-letter segments with inner periods
/// (`a.d.h.v`) and capital initials (`J.C`) count as abbreviations too.
enum Abbreviations {
  /// Abbreviations that practically never end a sentence: titles, references,
  /// months and Latin shorthands.
  static let neverFinal: Set<String> = [
    // Dutch
    "bijv", "bv", "o.a", "d.w.z", "m.b.t", "t.a.v", "i.v.m", "z.s.m", "ca", "incl", "excl",
    "dhr", "mevr", "mw", "drs", "ir", "ing", "prof", "art", "nr", "blz", "resp", "evt", "vgl",
    "zgn", "t.b.v", "t.o.v", "i.p.v", "n.a.v", "m.u.v", "o.b.v", "a.d.h.v", "i.s.m",
    "max", "min", "tel", "fig", "pag", "hfst", "jan", "feb", "mrt", "apr", "jun", "jul", "aug",
    "sep", "sept", "okt", "nov", "dec",
    // English and Latin
    "mr", "mrs", "ms", "dr", "st", "cf", "e.g", "i.e", "approx", "vs", "viz", "oct", "p", "pp",
  ]

  /// Abbreviations that often end a sentence: their period ends one unless a
  /// digit follows (`no. 5`, `etc. 2025` do not end).
  static let oftenFinal: Set<String> = ["etc", "e.d", "jl", "no", "e.a"]
}
