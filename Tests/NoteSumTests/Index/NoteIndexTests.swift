import Foundation
import GRDB
import Testing
@testable import NoteSum

@Suite struct NoteIndexTests {
  @Test func entryFacetsAreAffirmedConceptsWithSections() throws {
    let e = try IndexFixtures.entry("acs", IndexFixtures.acs)
    #expect(e.result.escalation.level == .emergent)
    #expect(e.concepts.contains(ConceptFacet(concept: "chest_pain", section: "hpi")))
    let cough = try IndexFixtures.entry("cough", IndexFixtures.cough)
    #expect(!cough.concepts.contains { $0.concept == "chest_pain" }, "denied chest pain is not affirmed")
  }

  @Test func reAddingAnIdReplacesTheNote() throws {
    let (index, dir) = try IndexFixtures.populated()
    defer { try? FileManager.default.removeItem(at: dir) }
    let acs = try IndexFixtures.entry("acs", IndexFixtures.acs)
    try index.add([acs, acs])
    try index.add([acs])
    #expect(try index.count() == 3)
    #expect(try index.search(SearchQuery(text: "crushing")).map(\.id) == ["acs"])
    let before = try index.stats()

    // Replacing the text replaces the searchable text and the facets too.
    try index.add([IndexFixtures.entry("acs", IndexFixtures.fever)])
    #expect(try index.count() == 3)
    #expect(try index.search(SearchQuery(text: "crushing")).isEmpty)
    #expect(try index.search(SearchQuery(text: "paracetamol")).map(\.id).sorted() == ["acs", "fever"])
    #expect(try index.search(SearchQuery(text: "the", concepts: ["chest_pain"])).isEmpty)
    let after = try index.stats()
    #expect(before.escalation["emergent"] == 1 && after.escalation["emergent"] == 0)
  }

  @Test func removeDeletesEverythingStoredForTheNote() throws {
    let (index, dir) = try IndexFixtures.populated()
    defer { try? FileManager.default.removeItem(at: dir) }
    #expect(try index.remove(ids: ["acs", "missing"]) == ["acs"])
    #expect(try index.count() == 2)
    #expect(try !index.contains(id: "acs"))
    #expect(try index.search(SearchQuery(text: "chest")).map(\.id) == ["cough"])
    #expect(try index.stats().concepts.allSatisfy { $0.concept != "chest_pain" })
    let left = try index.pool.read { db in
      try Row.fetchOne(db, sql: "SELECT (SELECT count(*) FROM note_rank) AS ranks, (SELECT count(*) FROM notes_fts) AS texts")
    }
    #expect(left?["ranks"] == 2 && left?["texts"] == 2)
  }

  @Test func statsCountLevelsConceptsAndRuleSets() throws {
    let (index, dir) = try IndexFixtures.populated()
    defer { try? FileManager.default.removeItem(at: dir) }
    let s = try index.stats()
    #expect(s.notes == 3)
    #expect(s.escalation["emergent"] == 1)
    #expect(s.escalation.values.reduce(0, +) == 3)
    #expect(s.concepts.contains { $0.concept == "chest_pain" && $0.notes == 1 })
    #expect(s.rulesets == [.init(name: defaultRules.name, version: defaultRules.version, sha256: defaultRules.sha256, notes: 3)])
    #expect(s.schemaVersion == IndexSchema.version)
  }

  @Test func theFileIsCreatedWithMode0600() throws {
    let dir = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let path = dir.appendingPathComponent("perm.sqlite").path
    let old = umask(0o022)
    defer { umask(old) }
    let index = try NoteIndex(path: path)
    try index.add([IndexFixtures.entry("acs", IndexFixtures.acs)])
    for file in [path, path + "-wal", path + "-shm"] where FileManager.default.fileExists(atPath: file) {
      let mode = try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int
      #expect(mode == 0o600, "\(file)")
    }
  }

  @Test func aNewerSchemaIsRefused() throws {
    let dir = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let path = dir.appendingPathComponent("newer.sqlite").path
    try DatabaseQueue(path: path).write { try $0.execute(sql: "PRAGMA user_version = 99") }
    #expect(throws: IndexError.newerSchema(found: 99, supported: IndexSchema.version)) { try NoteIndex(path: path) }
    #expect(throws: IndexError.newerSchema(found: 99, supported: IndexSchema.version)) { try NoteIndex(path: path, create: false) }
    #expect(IndexError.newerSchema(found: 99, supported: 1).description.contains("newer"))
  }

  @Test func anOlderEmptyDatabaseIsMigratedAndAForeignOneRefused() throws {
    let dir = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let empty = dir.appendingPathComponent("empty.sqlite").path
    _ = try DatabaseQueue(path: empty)
    let index = try NoteIndex(path: empty)
    #expect(try index.stats().schemaVersion == IndexSchema.version)

    let foreign = dir.appendingPathComponent("foreign.sqlite").path
    try DatabaseQueue(path: foreign).write { try $0.execute(sql: "CREATE TABLE t (x)") }
    #expect(throws: IndexError.notAnIndex(path: foreign)) { try NoteIndex(path: foreign) }
  }

  @Test func aVersion1IndexIsMigratedWithItsNotes() throws {
    let dir = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let path = dir.appendingPathComponent("v1.sqlite").path
    // A version-1 file as notesum 1 wrote it: no token counts, no covering index.
    try DatabaseQueue(path: path).write { db in
      try IndexSchema.migrations[0](db)
      try db.execute(sql: "PRAGMA user_version = 1")
      for (key, (id, text)) in [("acs", IndexFixtures.acs), ("cough", IndexFixtures.cough)].enumerated() {
        try db.execute(sql: """
          INSERT INTO notes (key, id, escalation, reasons, summary, blocked, ruleset_name, ruleset_version, ruleset_sha256, indexed_at)
          VALUES (?, ?, 0, '', '', 0, 'default', '1', '', 0)
          """, arguments: [key + 1, id])
        try db.execute(sql: "INSERT INTO notes_fts (rowid, text) VALUES (?, ?)", arguments: [key + 1, text])
      }
    }
    let index = try NoteIndex(path: path, create: false)
    #expect(try index.stats().schemaVersion == IndexSchema.version)
    let (tokens, bm25) = try index.pool.read { db in
      (try Int.fetchAll(db, sql: "SELECT tokens FROM note_rank ORDER BY key"),
       try Double.fetchAll(db, sql: "SELECT -bm25(notes_fts) FROM notes_fts WHERE notes_fts MATCH 'chest' ORDER BY bm25(notes_fts)"))
    }
    #expect(tokens.count == 2 && tokens.allSatisfy { $0 > 10 })
    let hits = try index.search(SearchQuery(text: "chest"))
    #expect(hits.count == 2)
    #expect(zip(hits.map(\.score), bm25).allSatisfy { abs($0 - $1) <= 1e-12 })
    try index.add([IndexFixtures.entry("fever", IndexFixtures.fever)])
    #expect(try index.search(SearchQuery(text: "fever")).map(\.id).sorted() == ["cough", "fever"])
  }

  @Test func readingAnEmptyFileDoesNotTurnItIntoAnIndex() throws {
    let dir = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let path = dir.appendingPathComponent("empty.sqlite").path
    _ = try DatabaseQueue(path: path)
    #expect(throws: IndexError.notAnIndex(path: path)) { try NoteIndex(path: path, create: false) }
  }

  @Test func readingAMissingIndexDoesNotCreateIt() throws {
    let dir = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let path = dir.appendingPathComponent("none.sqlite").path
    #expect(throws: IndexError.notFound(path: path)) { try NoteIndex(path: path, create: false) }
    #expect(!FileManager.default.fileExists(atPath: path))
  }

  @Test func anInterruptedBatchRollsBackWhole() throws {
    let (index, dir) = try IndexFixtures.freshIndex()
    defer { try? FileManager.default.removeItem(at: dir) }
    let entries = try (0..<10).map { try IndexFixtures.entry("n\($0)", IndexFixtures.fever) }
    var seen = 0
    #expect(throws: IndexError.interrupted) {
      try index.add(entries) {
        seen += 1
        return seen <= 5
      }
    }
    #expect(try index.count() == 0)
    try index.add(entries)
    #expect(try index.count() == 10)
  }
}
