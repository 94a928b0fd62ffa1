import Foundation

/// One audit line: who decided what for a note, with the input's SHA-256 and never its text.
public struct AuditRecord: Sendable, Codable, Hashable {
  public struct Escalation: Sendable, Codable, Hashable {
    public var level: EscalationLevel
    public var rules: [String]
  }
  public var time: String
  public var id: String?
  public var input_sha256: String
  public var ruleset: NoteResult.RuleSetInfo
  public var audience: Audience
  public var escalation: Escalation
  /// Banned-output rule id -> how many spans it redacted.
  public var redactions: [String: Int]
  /// Banned-output rule id -> how many sentences it dropped.
  public var dropped: [String: Int]
  public var disclaimer: String
  public var blocked: Bool
  public var blocked_reason: String?
  public var overrides: [NoteResult.OverrideJSON]

  /// The audit record of a result and its input bytes.
  public init(_ r: NoteResult, input: [UInt8], time: Date = Date()) {
    let f = ISO8601DateFormatter()
    f.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
    self.time = f.string(from: time)
    id = r.id
    input_sha256 = SHA256.hex(input)
    ruleset = r.ruleset
    audience = r.audience
    escalation = .init(level: r.escalation.level, rules: r.escalation.reasons.map(\.rule))
    redactions = Dictionary(r.redactions.map { ($0.rule, 1) }, uniquingKeysWith: +)
    dropped = Dictionary(r.dropped.map { ($0.rule, 1) }, uniquingKeysWith: +)
    disclaimer = r.disclaimer.id
    blocked = r.blocked
    blocked_reason = r.blockedReason
    overrides = r.overrides
  }
}

/// An append-only JSONL audit file, created with mode 0600. Safe to use from several threads.
public final class AuditLog: @unchecked Sendable {
  private let fd: Int32
  private let lock = NSLock()

  /// Opens (or creates, mode 0600) the audit file for appending.
  public init(path: String) throws {
    fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
    guard fd >= 0 else { throw AuditError(message: "cannot open audit file \(path): \(String(cString: strerror(errno)))") }
  }

  deinit { close(fd) }

  /// Appends the audit record of one result.
  public func append(_ result: NoteResult, input: [UInt8]) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    var data = try encoder.encode(AuditRecord(result, input: input))
    data.append(0x0A)
    lock.lock()
    defer { lock.unlock() }
    let ok = data.withUnsafeBytes { raw -> Bool in
      var off = 0
      while off < raw.count {
        let n = write(fd, raw.baseAddress! + off, raw.count - off)
        if n < 0 { if errno == EINTR { continue }; return false }
        off += n
      }
      return true
    }
    if !ok { throw AuditError(message: "cannot write audit file: \(String(cString: strerror(errno)))") }
  }
}

/// The audit log could not be opened or written.
public struct AuditError: Error, CustomStringConvertible, Sendable {
  public var message: String
  public var description: String { message }
}
