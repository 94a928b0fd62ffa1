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
  ]

  /// Brings a database up to `version`, refusing one written by a newer schema.
  /// A version-0 database must be empty: notesum does not take over a foreign database.
  static func migrate(_ db: Database, path: String) throws {
    let found = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
    if found > version { throw IndexError.newerSchema(found: found, supported: version) }
    if found == version { return }
    if found == 0 {
      let tables = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") ?? 0
      if tables > 0 { throw IndexError.notAnIndex(path: path) }
    }
    for k in found..<version {
      try migrations[k](db)
      try db.execute(sql: "PRAGMA user_version = \(k + 1)")
    }
  }

  /// Checks the version without changing anything (read-only opens).
  static func check(_ db: Database, path: String) throws {
    let found = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
    if found > version { throw IndexError.newerSchema(found: found, supported: version) }
    if found < version { throw IndexError.notAnIndex(path: path) }
  }
}
