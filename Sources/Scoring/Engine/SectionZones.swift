/// The kinds of section a block stands in, from the headings above it.
struct ZoneFlags: OptionSet, Hashable {
  let rawValue: UInt8
  /// A section where participation is reported ("Inspraak", "Consultation").
  static let participation = ZoneFlags(rawValue: 1)
  /// A section on consultation of other authorities ("Vooroverleg").
  static let authority = ZoneFlags(rawValue: 2)
  /// A section that is never evidence ("Rechtsbescherming", "Provinciaal
  /// beleid"), with every section inside it.
  static let setAside = ZoneFlags(rawValue: 4)
  /// A part of the document's apparatus ("Inhoudsopgave", "Leeswijzer"): the
  /// blocks right under its heading are never evidence, but a heading below it
  /// opens a real section (a table of contents whose heading outranks the
  /// plan's chapters does not hold them).
  static let apparatus = ZoneFlags(rawValue: 8)
  /// A table of contents ("Inhoud"), an apparatus part that ends at the
  /// first paragraph of running text (see ``SectionZones/endContents()``).
  static let contents = ZoneFlags(rawValue: 16)
}

/// Follows the headings of a plan in document order: which kinds of section
/// the current block stands in, and which actor the nearest heading names.
///
/// Real headings nest by level; a bare heading (a short line that stands as a
/// heading inside a section) opens a sub-part that lasts until the next
/// heading of any kind.
struct SectionZones {
  private var stack:
    [(level: Int, number: [Int]?, flags: ZoneFlags, actor: EvidenceContext.Actor?)] = []
  private var bare: (flags: ZoneFlags, actor: EvidenceContext.Actor?)?
  /// The level and last number of a list of numbered headings inside a
  /// section ("1.", "2." under "3.4"), while one is being counted.
  private var headingList: (level: Int, last: Int)?

  /// The kinds of section the current block stands in. A section on other
  /// authorities inside a participation chapter is an authority section;
  /// participation under a set-aside heading stays set aside; the apparatus
  /// sets aside only what stands right under its own heading.
  var flags: ZoneFlags {
    var flags: ZoneFlags = []
    for (index, entry) in stack.enumerated() {
      flags = Self.nest(flags, Self.resolved(entry.flags, innermost: index == stack.count - 1))
    }
    if let bare { flags = Self.nest(flags, Self.resolved(bare.flags, innermost: true)) }
    return flags
  }

  /// A heading's flags with its apparatus mark turned into set-aside where
  /// it is the innermost heading, and dropped where another one is inside it.
  private static func resolved(_ flags: ZoneFlags, innermost: Bool) -> ZoneFlags {
    guard flags.contains(.apparatus) else { return flags }
    var flags = flags
    flags.remove(.apparatus)
    if innermost { flags.insert(.setAside) }
    return flags
  }

  /// Whether the current block stands right under the title of a table of
  /// contents.
  var inContents: Bool {
    if let bare { return bare.flags.contains(.contents) }
    return stack.last?.flags.contains(.contents) ?? false
  }

  /// Ends the table of contents the current block stands under: a paragraph
  /// of running text is the plan's own text, which a web page or a document
  /// without headings puts right under a bare "Inhoud" line. What follows
  /// stands in the section around the contents.
  mutating func endContents() {
    if bare?.flags.contains(.contents) == true {
      bare = nil
    } else if let last = stack.indices.last, stack[last].flags.contains(.contents) {
      stack[last].flags = []
    }
  }

  /// The actor named by the nearest heading that names one.
  var headingActor: EvidenceContext.Actor? {
    if let actor = bare?.actor { return actor }
    return stack.last { $0.actor != nil }?.actor
  }

  /// A heading of `level` (1 is the top) opens a section. Its section number
  /// ("3.1" as `[3, 1]`), where it has one, closes every numbered section it
  /// cannot stand in and that it follows, whatever the levels say: a reader
  /// that made "2 Beleidskader" outrank "3. Randvoorwaarden" does not put
  /// chapter 3 inside chapter 2. A number that goes back ("1. Een thuis voor
  /// de jeugd" under "3.4 Gemeentelijk beleid") starts a list of headings
  /// inside the section, which the levels place, and so do the numbers that
  /// go on counting it at its level ("2.", "3.", "4." …).
  mutating func enterHeading(
    level: Int, number: [Int]? = nil, flags: ZoneFlags, actor: EvidenceContext.Actor?
  ) {
    while let last = stack.last, last.level >= level { stack.removeLast() }
    if let number {
      let continuesList =
        number.count == 1
        && headingList.map { $0.level == level && $0.last + 1 == number[0] }
          ?? false
      let goesBack = stack.contains { entry in
        entry.number.map { number.lexicographicallyPrecedes($0) } ?? false
      }
      if continuesList || goesBack {
        headingList = number.count == 1 ? (level, number[0]) : nil
      } else {
        headingList = nil
        while let index = stack.lastIndex(where: { entry in
          entry.number.map { !number.starts(with: $0) || $0.count >= number.count } ?? false
        }) {
          stack.removeSubrange(index...)
        }
      }
    }
    stack.append((level, number, flags, actor))
    bare = nil
  }

  /// A bare heading opens a part of the current section.
  mutating func enterBareHeading(flags: ZoneFlags, actor: EvidenceContext.Actor?) {
    bare = (flags, actor)
  }

  /// The inner heading decides between participation and other authorities;
  /// set-aside is kept from any level.
  private static func nest(_ outer: ZoneFlags, _ inner: ZoneFlags) -> ZoneFlags {
    var flags = outer
    if inner.contains(.setAside) { flags.insert(.setAside) }
    if inner.contains(.authority), !inner.contains(.participation) {
      flags.remove(.participation)
      flags.insert(.authority)
    } else if inner.contains(.participation) {
      flags.insert(.participation)
      if !inner.contains(.authority) { flags.remove(.authority) }
    }
    return flags
  }
}
