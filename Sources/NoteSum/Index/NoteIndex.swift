import Foundation
import GRDB

/// A SQLite FTS5 index of notes with the facets notesum computed for them.
///
/// The file is created with mode 0600 and kept in WAL mode, so readers never block the single writer.
/// A `NoteIndex` is `Sendable`: share one across tasks (writes are serialised, reads run concurrently).
public final class NoteIndex: Sendable {
  /// The database file.
  public let path: String
  let pool: DatabasePool

  /// Opens the index at `path`.
  /// - Parameter create: create the file (mode 0600) and its tables when missing; when false a missing file is
  ///   an `IndexError.notFound`. An index written by an older notesum is migrated either way.
  /// - Throws: `IndexError` (a newer schema, a foreign database, a missing file, or a SQLite failure).
  public init(path: String, create: Bool = true) throws {
    self.path = path
    let exists = FileManager.default.fileExists(atPath: path)
    if !exists {
      guard create else { throw IndexError.notFound(path: path) }
      // Create the file ourselves so the mode is 0600 whatever the umask; SQLite gives the -wal and -shm
      // files the same mode as the database.
      let fd = open(path, O_CREAT | O_EXCL | O_RDWR | O_CLOEXEC, 0o600)
      if fd < 0 && errno != EEXIST { throw IndexError.database(operation: "creating the index file", code: 14) }  // SQLITE_CANTOPEN
      if fd >= 0 { fchmod(fd, 0o600); close(fd) }
    }
    var config = Configuration()
    config.busyMode = .timeout(10)
    config.prepareDatabase { db in
      try db.execute(sql: "PRAGMA synchronous = NORMAL")
      try BM25Function.register(db)
    }
    do {
      pool = try DatabasePool(path: path, configuration: config)
      try pool.barrierWriteWithoutTransaction { db in
        try db.inTransaction {
          try IndexSchema.migrate(db, path: path, create: create)
          return .commit
        }
      }
    } catch let e as IndexError {
      throw e
    } catch let e as DatabaseError {
      if e.resultCode == .SQLITE_NOTADB { throw IndexError.notAnIndex(path: path) }
      throw IndexError.database(operation: "opening the index", code: e.resultCode.primaryResultCode.rawValue)
    }
  }

  /// Adds or replaces notes in one transaction. Re-adding an id replaces the stored note and all its facets.
  /// - Parameter shouldContinue: checked before each note; returning false rolls the whole batch back and
  ///   throws `IndexError.interrupted`.
  /// - Returns: the number of notes written.
  @discardableResult
  public func add(_ entries: [IndexEntry], indexedAt: Date = Date(), shouldContinue: () -> Bool = { true }) throws -> Int {
    try mapErrors("adding notes") {
      try pool.write { db in
        let writer = try IndexWriter(db)
        for e in entries {
          guard shouldContinue() else { throw IndexError.interrupted }
          try writer.upsert(e, indexedAt: indexedAt.timeIntervalSince1970)
        }
        return entries.count
      }
    }
  }

  /// Removes notes by id. Returns the ids that were present (and are now gone).
  @discardableResult
  public func remove(ids: [String]) throws -> [String] {
    try mapErrors("removing notes") {
      try pool.write { db in
        let writer = try IndexWriter(db)
        return try ids.filter { try writer.delete(id: $0) }
      }
    }
  }

  /// The number of notes stored.
  public func count() throws -> Int {
    try mapErrors("counting notes") { try pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM notes") ?? 0 } }
  }

  /// Whether a note with this id is stored.
  public func contains(id: String) throws -> Bool {
    try mapErrors("looking up a note") {
      try pool.read { db in try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM notes WHERE id = ?)", arguments: [id]) ?? false }
    }
  }

  /// Merges the write-ahead log into the database file (optional; SQLite also does this automatically).
  public func checkpoint() throws {
    try mapErrors("checkpointing") { try pool.writeWithoutTransaction { db in try db.checkpoint(.truncate) } }
  }

  /// Merges the full-text index into a single segment (FTS5 `optimize`). Each `add` batch writes a new segment and
  /// FTS5 merges them only in part, so after a bulk load every term lookup visits several segments; merging them makes
  /// searches faster, most of all for rare words and snippets. It rewrites the whole full-text index, so run it
  /// after a bulk load rather than after every small add.
  public func optimize() throws {
    try mapErrors("optimizing") {
      try pool.write { db in try db.execute(sql: "INSERT INTO notes_fts (notes_fts) VALUES ('optimize')") }
    }
  }

  /// Runs `body`, turning SQLite errors into `IndexError` values that carry no SQL, arguments or text.
  func mapErrors<T>(_ operation: String, _ body: () throws -> T) throws -> T {
    do {
      return try body()
    } catch let e as IndexError {
      throw e
    } catch let e as DatabaseError {
      throw IndexError.database(operation: operation, code: e.resultCode.primaryResultCode.rawValue)
    }
  }
}
