import Foundation
import GRDB

/// The index's tables, versioned with `PRAGMA user_version`. Migration `k` takes version `k` to `k + 1`.
enum IndexSchema {
  /// Separates summary sentences in `notes.summary` (ASCII record separator; never in emitted text).
  static let summarySeparator = "\u{1E}"

  /// The schema version this build writes.
  static let version = migrations.count

  static let migrations: [@Sendable (Database) throws -> Void] = [
    // 0 → 1: notes with their facets, and the full-text table keyed by the same rowid. Searches always start
    // from the full-text match and look facets up by note key, so facets are keyed by note first and the notes
    // table needs no index beyond its id.
    { db in
      try db.execute(sql: """
        CREATE TABLE notes (
          key INTEGER PRIMARY KEY,
          id TEXT NOT NULL UNIQUE,
          escalation INTEGER NOT NULL,
          reasons TEXT NOT NULL,  -- escalation rule ids, space-separated
          summary TEXT NOT NULL,  -- emitted summary sentences, separated by U+001E
          blocked INTEGER NOT NULL,
          ruleset_name TEXT NOT NULL,
          ruleset_version TEXT NOT NULL,
          ruleset_sha256 TEXT NOT NULL,
          indexed_at REAL NOT NULL
        );
        CREATE TABLE note_concepts (
          note INTEGER NOT NULL,
          concept TEXT NOT NULL,
          section TEXT NOT NULL,
          PRIMARY KEY (note, concept, section)
        ) WITHOUT ROWID;
        CREATE VIRTUAL TABLE notes_fts USING fts5(text, tokenize = 'unicode61 remove_diacritics 2');
        """)
    },
    // 1 → 2: each note's length in tokens (FTS5's own count, copied from its `_docsize` table) and a narrow covering
    // index over what ranking and the escalation and time filters read. Searches join it in rowid order, so bm25
    // needs no per-row `_docsize` lookup and filters never touch the wide note rows.
    { db in
      try db.execute(sql: "ALTER TABLE notes ADD COLUMN tokens INTEGER NOT NULL DEFAULT 0")
      let update = try db.makeStatement(sql: "UPDATE notes SET tokens = ? WHERE key = ?")
      let sizes = try Row.fetchCursor(db, sql: "SELECT id, sz FROM notes_fts_docsize")
      while let row = try sizes.next() {
        try update.execute(arguments: [DocSize.tokens(row["sz"] as Data?), row["id"] as Int64])
      }
      try db.execute(sql: "CREATE INDEX notes_search ON notes (key, tokens, escalation, indexed_at)")
    },
  ]

  /// Brings a database up to `version`, refusing one written by a newer schema.
  /// A version-0 database must be empty, and is only set up when `create` is true: notesum does not take over a
  /// foreign database, and reads never create an index. Older versions are migrated either way.
  static func migrate(_ db: Database, path: String, create: Bool) throws {
    let found = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
    if found > version { throw IndexError.newerSchema(found: found, supported: version) }
    if found == version { return }
    if found == 0 {
      let tables = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") ?? 0
      if tables > 0 || !create { throw IndexError.notAnIndex(path: path) }
    }
    for k in found..<version {
      try migrations[k](db)
      try db.execute(sql: "PRAGMA user_version = \(k + 1)")
    }
  }
}
