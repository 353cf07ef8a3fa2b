extension String {
  /// The text cut to at most `limit` characters, with "…" where it was cut, so
  /// that a message quoting a long token from a file stays readable.
  /// - Parameter limit: The most characters kept before the "…" (default 60).
  public func clipped(_ limit: Int = 60) -> String {
    guard count > limit else { return self }
    return String(prefix(limit)) + "…"
  }
}
