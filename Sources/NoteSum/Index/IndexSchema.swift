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
    // 1 → 2: `note_rank`, one narrow row per note with what ranking and the escalation and time filters read: the
    // length in tokens (FTS5's own count, copied from its `_docsize` table) and copies of the escalation level and
    // indexed time. Searches join it by rowid as FTS5 yields matches, so bm25 needs no `_docsize` lookup per match
    // and filters never touch the wide note rows. The writer keeps it in step with `notes`.
    { db in
      try db.execute(sql: """
        CREATE TABLE note_rank (
          key INTEGER PRIMARY KEY,
          tokens INTEGER NOT NULL,
          escalation INTEGER NOT NULL,
          indexed_at REAL NOT NULL
        )
        """)
      let insert = try db.makeStatement(sql: "INSERT INTO note_rank (key, tokens, escalation, indexed_at) VALUES (?, ?, ?, ?)")
      let rows = try Row.fetchCursor(db, sql: """
        SELECT n.key, d.sz, n.escalation, n.indexed_at FROM notes n LEFT JOIN notes_fts_docsize d ON d.id = n.key
        """)
      while let row = try rows.next() {
        try insert.execute(arguments: [row[0] as Int64, DocSize.tokens(row[1] as Data?), row[2] as Int, row[3] as Double])
      }
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
