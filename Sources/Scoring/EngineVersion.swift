/// The version of the scoring engine, recorded in every scorecard so any
/// result can be reproduced.
public let engineVersion = "0.4.6"
