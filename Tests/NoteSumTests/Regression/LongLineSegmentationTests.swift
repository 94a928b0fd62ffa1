import Foundation
import Testing
@testable import NoteSum

/// Found while stress-testing big notes: segmentation scanned back to the start of the line for every candidate
/// break (list-marker check) and over whole dotted words (abbreviation check), so a note with no line breaks took
/// quadratic time: a 3 MB single-line note ran for minutes and a 50 MB one would never finish.
@Suite struct LongLineSegmentationTests {
  @Test func aLongSingleLineSegmentsInLinearTime() throws {
    let line = String(repeating: "Fever and cough. ", count: 60_000)  // 1 MB, one line
    let clock = ContinuousClock()
    var count = 0
    let elapsed = try clock.measure { count = try defaultEngine.segment(Document(line)).count }
    #expect(count == 60_000)
    #expect(elapsed < .seconds(20), "quadratic segmentation is back: \(elapsed)")
  }

  @Test func aLongDottedRunSegmentsInLinearTime() throws {
    let run = String(repeating: "a.", count: 200_000) + " Done."
    let clock = ContinuousClock()
    let elapsed = try clock.measure { _ = try defaultEngine.segment(Document(run)) }
    #expect(elapsed < .seconds(20), "quadratic abbreviation scan is back: \(elapsed)")
  }

  /// The bounded scans give the same answers as before on list markers and abbreviations.
  @Test func listMarkersAndAbbreviationsStillWork() throws {
    #expect(try sentences("Plan:\n1. Aspirin.\n2. Rest.", headers: false) == ["1. Aspirin.", "2. Rest."])
    #expect(try sentences("Seen by Dr. Patel today. Stable.") == ["Seen by Dr. Patel today.", "Stable."])
  }
}
