import Foundation
import Testing
@testable import NoteSum

/// The one-pass composer: the tree it builds, and each way a file can fail, with the diagnostics the loader printed
/// when it composed with Yams.
struct YAMLComposerTests {
  func compose(_ yaml: String) throws(YAMLComposer.Failure) -> YAMLTree? { try YAMLComposer.compose(yaml) }

  func failure(_ yaml: String) -> YAMLComposer.Failure? {
    do throws(YAMLComposer.Failure) {
      _ = try compose(yaml)
      return nil
    } catch {
      return error
    }
  }

  @Test func treeHasValuesAndOneBasedMarks() throws {
    let tree = try #require(try compose("a: [x, \"y z\"]\nb: { c: 1 }\n"))
    let pairs = Array(try #require(tree.pairs(tree.root)))
    #expect(pairs.count == 4)
    #expect(tree.scalar(pairs[0]) == "a" && tree.line(pairs[0]) == 1 && tree.column(pairs[0]) == 1)
    let items = Array(try #require(tree.items(pairs[1])))
    #expect(items.map { tree.scalar($0) } == ["x", "y z"])
    #expect(tree.column(items.last!) == 8)
    let c = try #require(tree.value(pairs[3], forKey: "c"))
    #expect(tree.scalar(c) == "1" && tree.line(c) == 2 && tree.column(c) == 9)
  }

  @Test func anAliasIsItsAnchorsNode() throws {
    let tree = try #require(try compose("a: &t [x]\nb: *t\n"))
    #expect(tree.value(tree.root, forKey: "a") == tree.value(tree.root, forKey: "b"))
  }

  @Test func emptyStreamsHaveNoDocument() throws {
    #expect(try compose("") == nil)
    #expect(try compose("# only a comment\n") == nil)
  }

  @Test func duplicateKeysAreNamedSortedOnce() {
    #expect(failure("b: 1\na: 2\nb: 3\na: 4\nb: 5\n") == .duplicateKeys(["a", "b"]))
    // Quoted and plain keys are both strings, so equal; an explicitly tagged key is not.
    #expect(failure("id: 1\n\"id\": 2\n") == .duplicateKeys(["id"]))
    #expect(failure("id: 1\n!!int id: 2\n") == nil)
    #expect(failure("? [a, b]\n: 1\n? [a, b]\n: 2\n") == .duplicateKeys(["<uncovertable>"]))
    // Past the small-mapping path: many keys, one repeated.
    let many = (0..<40).map { "k\($0): 1\n" }.joined() + "k7: 2\n"
    #expect(failure(many) == .duplicateKeys(["k7"]))
  }

  @Test func undefinedAliasAndSecondDocumentAreSyntaxErrors() {
    #expect(failure("a: *nope\n") == .syntax(problem: "found undefined alias", line: 1, column: 4))
    // An anchor is defined once its collection is complete, so a collection cannot refer to itself.
    #expect(failure("a: &s [*s]\n") == .syntax(problem: "found undefined alias", line: 1, column: 8))
    #expect(failure("a: 1\n---\nb: 2\n") == .syntax(problem: "but found another document", line: 2, column: 1))
  }

  @Test func aLimitCrossedLaterStillWinsOverAnEarlierCompositionError() {
    var bomb = "x: *undefined\na: &a [x, x, x, x, x, x, x, x, x, x]\n"
    for k in 1..<8 {
      let refs = Array(repeating: "*a\(k - 1)", count: 10).joined(separator: ", ")
      bomb += "a\(k): &a\(k) [\(refs)]\n"
    }
    bomb = bomb.replacingOccurrences(of: "*a0", with: "*a")
    guard case .limit(let v) = failure(bomb) else {
      Issue.record("expected the expansion limit")
      return
    }
    #expect(v.message.contains("alias bomb"))
  }

  @Test func aSyntaxErrorBeforeALimitWins() {
    var yaml = "x: [\n"
    yaml += "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
    for k in 1..<8 { yaml += "a\(k): &a\(k) [\(Array(repeating: k == 1 ? "*a" : "*a\(k - 1)", count: 10).joined(separator: ", "))]\n" }
    guard case .syntax(let problem, let line, _) = failure(yaml) else {
      Issue.record("expected a syntax error")
      return
    }
    #expect(problem.contains("did not find expected") && line == 3)
  }

  @Test func readerErrorsAreUnreadable() {
    #expect(failure("a: \"x\u{01}y\"\n") == .unreadable)
  }
}

/// The loader's diagnostics for composition failures.
extension DiagnosticTests {
  @Test func duplicateKeysAreReportedAtTheFileStart() throws {
    let e = try errors(["concepts.yaml": "concepts:\n  - id: fever\n    terms: [fever]\n    id: b\n    terms: [x]\n"])
    #expect(e.contains { $0 == "R/concepts.yaml:1:1: error: duplicate keys: id, terms" })
  }

  @Test func aSecondDocumentIsASyntaxError() throws {
    let e = try errors(["concepts.yaml": "concepts:\n  - { id: fever, terms: [fever] }\n---\nconcepts: []\n"])
    #expect(e.contains { $0 == "R/concepts.yaml:3:1: error: YAML syntax: but found another document" })
  }

  @Test func anUndefinedAliasIsASyntaxError() throws {
    let e = try errors(["concepts.yaml": "concepts:\n  - { id: fever, terms: *nope }\n"])
    #expect(e.contains { $0 == "R/concepts.yaml:2:25: error: YAML syntax: found undefined alias" })
  }

  @Test func aCommentOnlyFileIsEmpty() throws {
    let e = try errors(["concepts.yaml": "# nothing yet\n"])
    #expect(e.contains { $0 == "R/concepts.yaml:1:1: error: file is empty" })
  }
}

/// SHA-256 fed in pieces of every size around the 64-byte block.
extension SHA256Tests {
  @Test(arguments: [1, 7, 63, 64, 65, 127, 128, 200])
  func anyChunkingGivesTheSameDigest(_ chunk: Int) {
    let bytes = (0..<1000).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 5) }
    var h = SHA256()
    var i = 0
    while i < bytes.count {
      h.update(bytes[i..<min(i + chunk, bytes.count)])
      i += chunk
    }
    #expect(h.hexDigest() == SHA256.hex(bytes))
  }
}
