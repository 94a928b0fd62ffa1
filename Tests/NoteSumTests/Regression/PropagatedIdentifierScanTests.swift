import Foundation
import Testing
@testable import NoteSum

/// Found by `Scripts/stress.sh` (50 MB note): collecting the words of propagated identifiers scanned every token of
/// the note for every identifier found, so a long note with an identifier in each paragraph took hours. The scan
/// now looks only at the tokens inside each hit.
@Suite struct PropagatedIdentifierScanTests {
  @Test func manyIdentifiersInALongNoteStayFast() throws {
    let paragraph = "PATIENT NAME: Grace Kowalczyk   MRN: 90765259\nHPI: Fever to 38.5 since yesterday with headache.\n\n"
    let note = String(repeating: paragraph, count: 6_000)  // ~600 KB, 12,000 identifiers
    let clock = ContinuousClock()
    var result: NoteResult?
    let elapsed = try clock.measure { result = try defaultEngine.process(note) }
    let r = try #require(result)
    #expect(elapsed < .seconds(8), "propagated-identifier scan is slow again: \(elapsed)")
    #expect(!r.summary.contains { $0.text.contains("Kowalczyk") })
  }
}
