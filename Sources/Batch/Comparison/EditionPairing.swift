/// Pairs each plan of a new edition with its own earlier edition.
///
/// The rules are tried in order, each on the plans still unpaired, and a
/// rule pairs two plans only when each is the one plan on its side with that
/// value (several plans with one value pair only by the same file path):
/// 1. the `sleutel`/`key` column of `plans.csv`;
/// 2. the IMRO plan id without its version suffix;
/// 3. municipality, area, kind and title (the title without years or
///    edition words), when there is a municipality and an area or a title;
///    a kind of `other` on one side says nothing and does not keep them apart;
/// 4. the same file path in both folders, when nothing contradicts;
/// 5. the municipality alone, only when it has exactly one plan in each
///    edition and nothing contradicts (different keys, IMRO ids, areas or
///    kinds); such a pair is marked.
struct EditionPairing {
  /// Two plans found to be editions of one plan.
  struct Pair {
    var baseline: ScoredPlan
    var current: ScoredPlan
    var basis: EditionComparison.Basis
  }

  /// The pairs, in no particular order.
  private(set) var pairs: [Pair] = []
  /// The baseline's plans without a pair.
  private(set) var unpairedBaseline: [ScoredPlan] = []
  /// The new edition's plans without a pair.
  private(set) var unpairedCurrent: [ScoredPlan] = []

  /// Pairs two editions.
  init(baseline: [ScoredPlan], current: [ScoredPlan]) {
    var old = baseline.map { (plan: $0, identity: PlanIdentity($0)) }
    var new = current.map { (plan: $0, identity: PlanIdentity($0)) }
    let rules: [(EditionComparison.Basis, (PlanIdentity) -> String?)] = [
      (.key, { $0.key }),
      (.imroID, { $0.imroID }),
      (.title, Self.titleKey),
      (.file, { $0.file }),
    ]
    for (basis, value) in rules {
      pair(&old, &new, basis: basis, value: value)
    }
    let count = { (plans: [ScoredPlan]) in
      Dictionary(grouping: plans.compactMap { PlanIdentity($0).municipality }, by: { $0 })
        .mapValues(\.count)
    }
    let oldCounts = count(baseline)
    let newCounts = count(current)
    pair(&old, &new, basis: .municipalityOnly) { identity in
      guard let municipality = identity.municipality, oldCounts[municipality] == 1,
        newCounts[municipality] == 1
      else { return nil }
      return municipality
    }
    unpairedBaseline = old.map(\.plan)
    unpairedCurrent = new.map(\.plan)
  }

  /// Municipality, area and title; `nil` without a municipality or without
  /// both area and title.
  ///
  /// Kinds are not part of the value, so that `other` on one side matches;
  /// known kinds that differ contradict.
  private static func titleKey(_ identity: PlanIdentity) -> String? {
    guard let municipality = identity.municipality,
      identity.area != nil || identity.title != nil
    else { return nil }
    return [municipality, identity.area ?? "", identity.title ?? ""].joined(separator: "\u{1F}")
  }

  /// Pairs the plans whose value is the same on both sides and that do not
  /// contradict each other, and removes them from the unpaired lists.
  private mutating func pair(
    _ old: inout [(plan: ScoredPlan, identity: PlanIdentity)],
    _ new: inout [(plan: ScoredPlan, identity: PlanIdentity)],
    basis: EditionComparison.Basis, value: (PlanIdentity) -> String?
  ) {
    let oldGroups = Self.groups(old.map(\.identity), by: value)
    let newGroups = Self.groups(new.map(\.identity), by: value)
    var pairedOld = Set<Int>()
    var pairedNew = Set<Int>()
    for (group, newIndices) in newGroups {
      guard let oldIndices = oldGroups[group] else { continue }
      var candidates: [(Int, Int)] = []
      if oldIndices.count == 1, newIndices.count == 1 {
        candidates = [(oldIndices[0], newIndices[0])]
      } else {
        for newIndex in newIndices {
          let same = oldIndices.filter { old[$0].identity.file == new[newIndex].identity.file }
          if same.count == 1 { candidates.append((same[0], newIndex)) }
        }
      }
      for (oldIndex, newIndex) in candidates
      where old[oldIndex].identity.isCompatible(with: new[newIndex].identity) {
        pairs.append(Pair(baseline: old[oldIndex].plan, current: new[newIndex].plan, basis: basis))
        pairedOld.insert(oldIndex)
        pairedNew.insert(newIndex)
      }
    }
    old = old.indices.filter { !pairedOld.contains($0) }.map { old[$0] }
    new = new.indices.filter { !pairedNew.contains($0) }.map { new[$0] }
  }

  /// The positions of the identities by their value; those without one are left out.
  private static func groups(
    _ identities: [PlanIdentity], by value: (PlanIdentity) -> String?
  ) -> [String: [Int]] {
    var groups: [String: [Int]] = [:]
    for (index, identity) in identities.enumerated() {
      if let group = value(identity) { groups[group, default: []].append(index) }
    }
    return groups
  }
}
