/// A test a match must pass to count, named in a group's or a rule's `require`.
public enum Condition: String, Sendable, Codable, CaseIterable {
  /// No negation before the match and no clause-final negation after it.
  case notNegated = "not_negated"
  /// No hedge in the sentence.
  case notHedged = "not_hedged"
  /// The rule's scope holds an amount, a date, a number, a percentage or a
  /// specific reference.
  case specific
  /// A resident actor is the actor nearest to the match in the sentence.
  case residentActor = "resident_actor"
  /// A resident actor occurs in the sentence.
  case residentsMentioned = "residents_mentioned"
  /// The sentence reports something that happened (past marker, no future marker).
  case done
}
