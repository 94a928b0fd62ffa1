import Foundation
import GRDB
import GRDBSQLite

/// Upserts and deletes of notes within one write transaction, with cached statements.
final class IndexWriter {
  let db: Database
  private let find, deleteNote, deleteRank, deleteText, deleteConcepts: Statement
  private let insertNote, insertRank, insertText, length, insertConcept: Statement
  /// The key the next note gets: one past the largest when the writer started (one transaction has one writer).
  private var nextKey: Int64

  init(_ db: Database) throws {
    self.db = db
    find = try db.cachedStatement(sql: "SELECT key FROM notes WHERE id = ?")
    deleteNote = try db.cachedStatement(sql: "DELETE FROM notes WHERE key = ?")
    deleteRank = try db.cachedStatement(sql: "DELETE FROM note_rank WHERE key = ?")
    deleteText = try db.cachedStatement(sql: "DELETE FROM notes_fts WHERE rowid = ?")
    deleteConcepts = try db.cachedStatement(sql: "DELETE FROM note_concepts WHERE note = ?")
    insertNote = try db.cachedStatement(sql: """
      INSERT INTO notes (key, id, escalation, reasons, summary, blocked, ruleset_name, ruleset_version, ruleset_sha256,
        indexed_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      """)
    insertRank = try db.cachedStatement(sql: "INSERT INTO note_rank (key, tokens, escalation, indexed_at) VALUES (?, ?, ?, ?)")
    insertText = try db.cachedStatement(sql: "INSERT INTO notes_fts (rowid, text) VALUES (?, ?)")
    length = try db.cachedStatement(sql: "SELECT sz FROM notes_fts_docsize WHERE id = ?")
    insertConcept = try db.cachedStatement(sql: "INSERT OR IGNORE INTO note_concepts (note, concept, section) VALUES (?, ?, ?)")
    nextKey = (try Int64.fetchOne(db, sql: "SELECT max(key) FROM notes") ?? 0) + 1
  }

  /// Replaces any note with the entry's id by the entry: the note row, its text and its facets.
  /// The text goes in first, so the note's `note_rank` row can carry the length in tokens FTS5 counted for it.
  func upsert(_ e: IndexEntry, indexedAt: Double) throws {
    _ = try delete(id: e.id)
    let key = nextKey
    nextKey += 1
    try run(insertText, key, e.text)
    let tokens = try probe(length, binding: key) { h in
      DocSize.tokens(UnsafeRawBufferPointer(start: sqlite3_column_blob(h, 0), count: Int(sqlite3_column_bytes(h, 0))))
    }
    let r = e.result
    let reasons = r.escalation.reasons.map(\.rule).joined(separator: " ")
    let summary = r.summary.map(\.text).joined(separator: IndexSchema.summarySeparator)
    try run(
      insertNote, key, e.id, r.escalation.level.rank, reasons, summary, r.blocked, r.ruleset.name, r.ruleset.version,
      r.ruleset.sha256, indexedAt)
    try run(insertRank, key, tokens ?? 0, r.escalation.level.rank, indexedAt)
    for c in e.concepts { try run(insertConcept, key, c.concept, c.section) }
  }

  /// Deletes the note with this id and everything stored for it. Returns whether it was present.
  func delete(id: String) throws -> Bool {
    guard let key = try probe(find, binding: id, { sqlite3_column_int64($0, 0) }) else { return false }
    try run(deleteText, key)
    try run(deleteConcepts, key)
    try run(deleteRank, key)
    try run(deleteNote, key)
    return true
  }

  // The statements run on SQLite's C API: per note they are a handful of small probes and inserts, and GRDB's
  // generic fetches and per-execution checks cost more than the work itself (the writer owns the transaction).

  /// Runs a one-row lookup and reads its first column (nil without a row or for NULL).
  private func probe<T>(_ s: Statement, binding value: some DatabaseValueConvertible, _ read: (OpaquePointer) -> T) throws -> T? {
    let h = s.sqliteStatement
    defer { sqlite3_reset(h) }
    try bind(h, [value])
    switch sqlite3_step(h) {
    case SQLITE_ROW: return sqlite3_column_type(h, 0) == SQLITE_NULL ? nil : read(h)
    case SQLITE_DONE: return nil
    case let code: throw DatabaseError(resultCode: ResultCode(rawValue: code))
    }
  }

  /// Runs a statement that returns no rows.
  private func run(_ s: Statement, _ values: (any DatabaseValueConvertible)...) throws {
    let h = s.sqliteStatement
    defer { sqlite3_reset(h) }
    try bind(h, values)
    let rc = sqlite3_step(h)
    if rc != SQLITE_DONE { throw DatabaseError(resultCode: ResultCode(rawValue: rc)) }
  }

  private func bind(_ h: OpaquePointer, _ values: [any DatabaseValueConvertible]) throws {
    for (i, value) in values.enumerated() {
      let at = Int32(i + 1)
      let rc: Int32
      switch value.databaseValue.storage {
      case .null: rc = sqlite3_bind_null(h, at)
      case .int64(let v): rc = sqlite3_bind_int64(h, at, v)
      case .double(let v): rc = sqlite3_bind_double(h, at, v)
      case .string(let v): rc = sqlite3_bind_text(h, at, v, -1, Self.transient)
      case .blob(let v): rc = v.withUnsafeBytes { sqlite3_bind_blob(h, at, $0.baseAddress, Int32($0.count), Self.transient) }
      }
      if rc != SQLITE_OK { throw DatabaseError(resultCode: ResultCode(rawValue: rc)) }
    }
  }

  /// SQLite copies bound text before `bind` returns.
  private static let transient = unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)
}
