import Dispatch
import Foundation
import Synchronization
import Testing
@testable import NoteSum

@Suite struct IndexConcurrencyTests {
  /// A reader on its own connection sees only whole batches while a writer adds, and never blocks it.
  @Test func aReaderSeesWholeBatchesWhileAWriterAdds() throws {
    let (writer, dir) = try IndexFixtures.freshIndex()
    defer { try? FileManager.default.removeItem(at: dir) }
    let reader = try NoteIndex(path: writer.path, create: false)
    let batches = 20, size = 25
    let template = try IndexFixtures.entry("t", IndexFixtures.acs)
    let done = Atomic<Bool>(false)
    let reads = Atomic<Int>(0)
    let failures = Mutex<[String]>([])

    let group = DispatchGroup()
    DispatchQueue.global().async(group: group) {
      var last = 0
      // Keep reading until the writer is done, and at least once after the reader thread gets a core (on a
      // loaded machine it may start only after the writer has finished).
      while !done.load(ordering: .acquiring) || reads.load(ordering: .relaxed) == 0 {
        do {
          let n = try reader.count()
          let hits = try reader.search(SearchQuery(text: "crushing", minimumEscalation: .emergent, limit: 1000))
          if n % size != 0 || n < last || hits.count < n {
            failures.withLock { $0.append("count \(n) after \(last), hits \(hits.count)") }
          }
          last = n
          reads.add(1, ordering: .relaxed)
        } catch {
          failures.withLock { $0.append("read failed: \(error)") }
        }
      }
    }
    // Let the reader get going first, so that it overlaps the writer even when everything runs slowly (under the
    // address and thread sanitizers the writer used to finish before the reader's first read).
    let start = Date()
    while reads.load(ordering: .relaxed) == 0 && Date().timeIntervalSince(start) < 30 { usleep(1_000) }
    for b in 0..<batches {
      let entries = (0..<size).map { k -> IndexEntry in
        var e = template
        e.id = "n\(b)-\(k)"
        return e
      }
      try writer.add(entries)
    }
    done.store(true, ordering: .releasing)
    group.wait()
    #expect(failures.withLock { $0 }.isEmpty)
    #expect(reads.load(ordering: .relaxed) > 0)
    #expect(try reader.count() == batches * size)
  }
}
