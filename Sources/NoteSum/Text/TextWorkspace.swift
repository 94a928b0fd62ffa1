import ICUText
import Synchronization

/// Per-thread scratch state: ICU break iterators and buffers, reused from note to note.
/// Not thread-safe; `WorkspacePool` hands one to each concurrent caller.
final class TextWorkspace {
  let words: BreakIterator
  let sentences: BreakIterator
  var fold: [UInt16] = []
  var tokens: [Token] = []
  var boundaryEnds: [Int32] = []
  var boundaryStatuses: [Int32] = []
  /// Regex matchers, made lazily per compiled regex (keyed by object identity).
  private var matchers: [ObjectIdentifier: RegexMatcher] = [:]

  init() throws(ICUError) {
    words = try BreakIterator(.word)
    sentences = try BreakIterator(.sentence)
  }

  func matcher(for regex: CompiledRegex) throws(ICUError) -> RegexMatcher {
    let key = ObjectIdentifier(regex)
    if let m = matchers[key] { return m }
    let m = try regex.makeMatcher()
    matchers[key] = m
    return m
  }
}

/// A small pool of workspaces so that concurrent callers never share one and nobody opens ICU iterators per note.
final class WorkspacePool: Sendable {
  private let free = Mutex<[TextWorkspaceBox]>([])

  func withWorkspace<T>(_ body: (TextWorkspace) throws -> T) throws -> T {
    let box = try free.withLock { $0.popLast() } ?? TextWorkspaceBox(try TextWorkspace())
    defer { free.withLock { if $0.count < 64 { $0.append(box) } } }
    return try body(box.workspace)
  }
}

/// Moves a workspace between threads through the pool; only one thread uses it at a time.
final class TextWorkspaceBox: @unchecked Sendable {
  let workspace: TextWorkspace
  init(_ workspace: TextWorkspace) { self.workspace = workspace }
}
