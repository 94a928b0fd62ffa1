/// Why an index operation failed. Messages never quote note text or the search query.
public enum IndexError: Error, Sendable, Equatable, CustomStringConvertible {
  /// No index file exists at the path (reads never create one).
  case notFound(path: String)
  /// The file was written by a newer notesum whose schema this version does not know.
  case newerSchema(found: Int, supported: Int)
  /// The file is not a notesum index (or not a database at all).
  case notAnIndex(path: String)
  /// The search query is not valid FTS5 syntax (only with raw queries).
  case invalidQuery
  /// The search query has no words to search for.
  case emptyQuery
  /// An add was stopped by its caller; the batch's transaction was rolled back.
  case interrupted
  /// SQLite failed; `code` is SQLite's result code, `operation` what notesum was doing.
  case database(operation: String, code: Int32)

  public var description: String {
    switch self {
    case .notFound(let path):
      return "no index at \(path); create one with 'notesum index add'"
    case .newerSchema(let found, let supported):
      return "the index has schema version \(found), newer than this notesum supports (\(supported)); upgrade notesum or index into a new file"
    case .notAnIndex(let path):
      return "\(path) is not a notesum index"
    case .invalidQuery:
      return "the search query is not valid FTS5 syntax; drop --raw to search for plain words"
    case .emptyQuery:
      return "the search query has no words to search for"
    case .interrupted:
      return "interrupted; the unfinished batch was rolled back"
    case .database(let operation, let code):
      return "database error while \(operation) (SQLite code \(code))"
    }
  }
}
