import Foundation
import Testing

/// Runs the built `notesum` binary end to end.
struct CLI {
  /// The products folder holding `notesum` (next to the test bundle).
  static let binary: URL = {
    var dir = Bundle.main.bundleURL
    for _ in 0..<4 {
      let candidate = dir.appendingPathComponent("notesum")
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
      dir.deleteLastPathComponent()
    }
    // Bundle.main may be the xctest runner; fall back to the test bundle's own location.
    for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
      let candidate = bundle.bundleURL.deletingLastPathComponent().appendingPathComponent("notesum")
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
    }
    return URL(fileURLWithPath: "notesum")
  }()

  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  struct Output {
    var status: Int32
    var stdout: String
    var stderr: String
    var stdoutBytes: Data
  }

  /// Runs notesum with `args`, feeding `stdin`, from the repository root.
  @discardableResult
  static func run(_ args: [String], stdin: Data = Data(), environment: [String: String] = [:]) throws -> Output {
    let p = Process()
    p.executableURL = binary
    p.arguments = args
    p.currentDirectoryURL = root
    var env = ProcessInfo.processInfo.environment
    env.removeValue(forKey: "NOTESUM_RULES")
    env.removeValue(forKey: "NOTESUM_DB")
    for (k, v) in environment { env[k] = v }
    p.environment = env
    let inPipe = Pipe(), outPipe = Pipe(), errPipe = Pipe()
    p.standardInput = inPipe
    p.standardOutput = outPipe
    p.standardError = errPipe
    try p.run()
    let writer = Thread {
      inPipe.fileHandleForWriting.write(stdin)
      try? inPipe.fileHandleForWriting.close()
    }
    writer.start()
    let errBox = DataBox()
    let group = DispatchGroup()
    group.enter()
    DispatchQueue.global().async {
      errBox.set(errPipe.fileHandleForReading.readDataToEndOfFile())
      group.leave()
    }
    let out = outPipe.fileHandleForReading.readDataToEndOfFile()
    group.wait()
    p.waitUntilExit()
    let err = errBox.get()
    return Output(
      status: p.terminationStatus, stdout: String(decoding: out, as: UTF8.self), stderr: String(decoding: err, as: UTF8.self),
      stdoutBytes: out)
  }

  static func run(_ args: [String], stdin: String) throws -> Output { try run(args, stdin: Data(stdin.utf8)) }

  static func temporaryFile(_ contents: Data, suffix: String = ".txt") throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("notesum-cli-\(UUID().uuidString)\(suffix)")
    try contents.write(to: url)
    return url
  }
}

/// Data handed from a reader thread to the test.
final class DataBox: @unchecked Sendable {
  private let lock = NSLock()
  private var data = Data()
  func set(_ d: Data) { lock.lock(); data = d; lock.unlock() }
  func get() -> Data { lock.lock(); defer { lock.unlock() }; return data }
}
