import CFuzzer
import Foundation

/// Starts libFuzzer for a harness, with the command line's libFuzzer flags.
public enum FuzzDriver {
  /// Runs libFuzzer with `test` as the function that takes each input, and
  /// exits with libFuzzer's status.
  public static func run(_ test: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> Never {
    var argc = CommandLine.argc
    var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
    exit(LLVMFuzzerRunDriver(&argc, &argv, test))
  }

  /// The bytes of one input.
  public static func data(_ start: UnsafePointer<UInt8>?, _ count: Int) -> Data {
    guard let start, count > 0 else { return Data() }
    return Data(bytes: start, count: count)
  }
}
