import Foundation
import Testing
@testable import NoteSum

/// Found by ThreadSanitizer (`Scripts/sanitizers.sh`): `BatchRunner.map` wrote its results through
/// `Array.withUnsafeMutableBufferPointer` on a class's stored array from several threads, a Swift access race.
/// Under `--sanitize=thread` this test reports it; without a sanitizer it checks that order and values survive.
@Suite struct ResultSlotsRaceTests {
  @Test func parallelMapKeepsEveryResultInOrder() {
    let runner = BatchRunner(jobs: 4)
    let input = Array(0..<20_000)
    let out = runner.map(input) { "r\($0)" }
    #expect(out == input.map { "r\($0)" })
  }
}
