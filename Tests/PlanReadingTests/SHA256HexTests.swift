import Foundation
import PlanReading
import Testing

@Suite struct SHA256HexTests {}

extension SHA256HexTests {
  /// The hex digest matches the FIPS 180-2 test vectors for "abc" and the empty input.
  @Test func matchesPublishedVectors() {
    #expect(
      SHA256Hex.of(Data("abc".utf8))
        == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    #expect(
      SHA256Hex.of(Data())
        == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
  }
}
