import Foundation

/// Writing to stdout and stderr. stdout carries only records; diagnostics and progress go to stderr.
enum Console {
  /// Writes bytes to stdout. A closed pipe (`| head`) ends the process quietly, after whole records only.
  static func out(_ bytes: [UInt8]) throws {
    try writeAll(1, bytes)
  }

  static func out(_ string: String) throws { try out(Array(string.utf8)) }

  static func err(_ string: String) {
    let line = string.hasSuffix("\n") ? string : string + "\n"
    try? writeAll(2, Array(line.utf8))
  }

  static var stderrIsTerminal: Bool { isatty(2) == 1 }

  private static func writeAll(_ fd: Int32, _ bytes: [UInt8]) throws {
    var offset = 0
    try bytes.withUnsafeBytes { raw in
      while offset < raw.count {
        let n = write(fd, raw.baseAddress! + offset, raw.count - offset)
        if n < 0 {
          if errno == EINTR { continue }
          if errno == EPIPE { exit(0) }  // reader went away: end quietly
          throw OutputError()
        }
        offset += n
      }
    }
  }

  struct OutputError: Error {}

  /// Ignore SIGPIPE so a closed pipe is seen as EPIPE and handled above. Unblock SIGINT and SIGTERM: a blocked
  /// mask survives exec, and a parent that spawns notesum from a thread with them blocked (test runners, some
  /// supervisors) would otherwise leave it deaf to Ctrl-C and to `index add`'s rollback-on-signal.
  static func setUp() {
    signal(SIGPIPE, SIG_IGN)
    var set = sigset_t()
    sigemptyset(&set)
    sigaddset(&set, SIGINT)
    sigaddset(&set, SIGTERM)
    sigprocmask(SIG_UNBLOCK, &set, nil)
  }
}
