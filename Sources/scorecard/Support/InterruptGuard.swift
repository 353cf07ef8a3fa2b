import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Makes Ctrl-C end the program at once with a one-line message and exit
/// status 130, without writing anything: the handler only calls `write(2)`
/// and `_exit(2)`, which are safe in a signal handler.
enum InterruptGuard {
  /// The exit status after Ctrl-C (128 + SIGINT), as shells report it.
  static let exitStatus: Int32 = 130

  /// The message bytes, in C memory so the handler reads them without allocating.
  ///
  /// Written once, before `signal` is called; only read afterwards.
  nonisolated(unsafe) private static var message: UnsafeMutablePointer<CChar>?
  /// The number of bytes in `message`.
  nonisolated(unsafe) private static var messageLength = 0

  /// Installs the handler; Ctrl-C then prints `message` on standard error and
  /// exits with ``exitStatus``.
  static func install(message text: String) {
    let line = "\n" + text + "\n"
    message = strdup(line)
    messageLength = line.utf8.count
    // A parent may have started us with SIGINT blocked (test runners and some
    // job launchers do); Ctrl-C must still reach the handler.
    var blocked = sigset_t()
    sigemptyset(&blocked)
    sigaddset(&blocked, SIGINT)
    pthread_sigmask(SIG_UNBLOCK, &blocked, nil)
    signal(SIGINT) { _ in
      if let message = InterruptGuard.message {
        _ = write(STDERR_FILENO, message, InterruptGuard.messageLength)
      }
      _exit(130)  // exitStatus; a literal, so the handler touches no lazy global
    }
  }

  /// Ignores Ctrl-C from now on: used while the file is written, so a
  /// saved file is never followed by "nothing was saved".
  static func ignore() {
    signal(SIGINT, SIG_IGN)
  }
}
