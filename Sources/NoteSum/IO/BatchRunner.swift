import Dispatch
import Foundation
import Synchronization

/// What processing one JSONL line gave.
public enum RecordOutcome: Sendable {
  /// An output line (with its newline).
  case ok([UInt8])
  /// An error record line (with its newline).
  case error([UInt8])
  /// A line deliberately skipped (blank lines), counted but given no output.
  case skipped
  /// An output line for a record whose output was blocked by a guardrail.
  case blocked([UInt8])
}

/// Counts of a batch run; `ok + errors + skipped + blocked == lines`.
public struct BatchCounts: Sendable, Hashable, Codable {
  public var lines = 0, ok = 0, errors = 0, skipped = 0, blocked = 0
  public init() {}
}

/// Runs a per-line function over a JSONL stream on several threads and writes the results in input order, with
/// memory bounded by the batch size.
public struct BatchRunner: Sendable {
  public var jobs: Int
  public var batchLines: Int
  public var batchBytes: Int

  public init(jobs: Int, batchLines: Int = 512, batchBytes: Int = 8 << 20) {
    self.jobs = max(1, jobs)
    self.batchLines = batchLines
    self.batchBytes = batchBytes
  }

  /// Reads every line from `reader`, applies `process` in parallel, and hands each batch's output bytes to
  /// `write` in input order. `progress` is called after each batch with the running counts.
  public func run(
    reader: JSONLReader, process: @Sendable (JSONLLine) -> RecordOutcome,
    write: ([UInt8]) throws -> Void, progress: ((BatchCounts) -> Void)? = nil
  ) throws -> BatchCounts {
    var counts = BatchCounts()
    while true {
      var batch: [JSONLLine] = []
      var bytes = 0
      while batch.count < batchLines && bytes < batchBytes, let line = try reader.next() {
        bytes += line.bytes.count
        batch.append(line)
      }
      if batch.isEmpty { break }
      let outcomes = map(batch, process)
      var out: [UInt8] = []
      out.reserveCapacity(bytes + batch.count * 64)
      for o in outcomes {
        counts.lines += 1
        switch o {
        case .ok(let b): counts.ok += 1; out += b
        case .error(let b): counts.errors += 1; out += b
        case .blocked(let b): counts.blocked += 1; out += b
        case .skipped: counts.skipped += 1
        }
      }
      try write(out)
      progress?(counts)
    }
    return counts
  }

  /// Applies `f` to each element on up to `jobs` threads; results in input order.
  public func map<T: Sendable, R: Sendable>(_ items: [T], _ f: @Sendable (T) -> R) -> [R] {
    if jobs == 1 || items.count < 2 { return items.map(f) }
    let results = ResultSlots<R>(count: items.count)
    let next = Atomic<Int>(0)
    DispatchQueue.concurrentPerform(iterations: min(jobs, items.count)) { _ in
      while true {
        let i = next.wrappingAdd(1, ordering: .relaxed).oldValue
        if i >= items.count { break }
        results.set(i, f(items[i]))
      }
    }
    return results.values()
  }
}

/// Write-once slots filled from several threads, each index by exactly one thread.
///
/// The slots live in memory allocated once: writing through `Array.withUnsafeMutableBufferPointer` on a stored
/// property was a modifying access to that property from several threads at once (ThreadSanitizer: "Swift access
/// race"), even though each thread wrote a different element.
final class ResultSlots<R>: @unchecked Sendable {
  private let slots: UnsafeMutableBufferPointer<R?>
  init(count: Int) {
    slots = .allocate(capacity: count)
    slots.initialize(repeating: nil)
  }
  deinit {
    _ = slots.deinitialize()
    slots.deallocate()
  }
  func set(_ i: Int, _ v: R) { slots[i] = v }
  func values() -> [R] { slots.map { $0! } }
}
