import Foundation
import GRDB

/// Upserts and deletes of notes within one write transaction, with cached statements.
struct IndexWriter {
  let db: Database
  private let find, deleteNote, deleteText, deleteConcepts, lastKey, insertNote, insertText, length, insertConcept: Statement

  init(_ db: Database) throws {
    self.db = db
    find = try db.cachedStatement(sql: "SELECT key FROM notes WHERE id = ?")
    deleteNote = try db.cachedStatement(sql: "DELETE FROM notes WHERE key = ?")
    deleteText = try db.cachedStatement(sql: "DELETE FROM notes_fts WHERE rowid = ?")
    deleteConcepts = try db.cachedStatement(sql: "DELETE FROM note_concepts WHERE note = ?")
    lastKey = try db.cachedStatement(sql: "SELECT max(key) FROM notes")
    insertNote = try db.cachedStatement(sql: """
      INSERT INTO notes (key, id, escalation, reasons, summary, blocked, ruleset_name, ruleset_version, ruleset_sha256,
        indexed_at, tokens)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      """)
    insertText = try db.cachedStatement(sql: "INSERT INTO notes_fts (rowid, text) VALUES (?, ?)")
    length = try db.cachedStatement(sql: "SELECT sz FROM notes_fts_docsize WHERE id = ?")
    insertConcept = try db.cachedStatement(sql: "INSERT OR IGNORE INTO note_concepts (note, concept, section) VALUES (?, ?, ?)")
  }

  /// Replaces any note with the entry's id by the entry: the note row, its text and its facets.
  /// The text goes in first, under the key SQLite would give the note (one past the largest), so the note row can
  /// carry the length in tokens FTS5 counted.
  func upsert(_ e: IndexEntry, indexedAt: Double) throws {
    _ = try delete(id: e.id)
    let key = (try Int64.fetchOne(lastKey) ?? 0) + 1
    try insertText.execute(arguments: [key, e.text])
    let tokens = DocSize.tokens(try Data.fetchOne(length, arguments: [key]))
    let r = e.result
    let reasons = r.escalation.reasons.map(\.rule).joined(separator: " ")
    let summary = r.summary.map(\.text).joined(separator: IndexSchema.summarySeparator)
    try insertNote.execute(arguments: [
      key, e.id, r.escalation.level.rank, reasons, summary, r.blocked, r.ruleset.name, r.ruleset.version, r.ruleset.sha256,
      indexedAt, tokens,
    ])
    for c in e.concepts { try insertConcept.execute(arguments: [key, c.concept, c.section]) }
  }

  /// Deletes the note with this id and everything stored for it. Returns whether it was present.
  func delete(id: String) throws -> Bool {
    guard let key = try Int64.fetchOne(find, arguments: [id]) else { return false }
    try deleteText.execute(arguments: [key])
    try deleteConcepts.execute(arguments: [key])
    try deleteNote.execute(arguments: [key])
    return true
  }
}
