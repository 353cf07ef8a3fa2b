import Assessment
import Testing

@Suite struct ResidentMedianTests {}

extension ResidentMedianTests {
  /// Odd counts take the middle level, in any input order.
  @Test func oddCountTakesTheMiddle() {
    #expect(ResidentMedian.of([2]) == 2)
    #expect(ResidentMedian.of([2, 0, 1]) == 1)
    #expect(ResidentMedian.of([0, 2, 2, 2, 0]) == 2)
  }

  /// Even counts average the two middle levels and round a half down.
  @Test func evenCountRoundsDownOnATie() {
    #expect(ResidentMedian.of([1, 2]) == 1)
    #expect(ResidentMedian.of([0, 2]) == 1)
    #expect(ResidentMedian.of([2, 2, 1, 0]) == 1)
    #expect(ResidentMedian.of([2, 2, 2, 1]) == 2)
  }

  /// No levels give no median.
  @Test func noLevelsGiveNil() {
    #expect(ResidentMedian.of([]) == nil)
  }
}
