import Synchronization

/// A tiny mutual-exclusion lock for very short critical sections.
final class SpinLock: @unchecked Sendable {
  private let mutex = Mutex<Void>(())
  func withLock<T>(_ body: () -> T) -> T { mutex.withLock { _ in body() } }
}
