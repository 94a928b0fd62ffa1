import GRDB

extension NoteIndex {
  /// The statement that picks a search's hits: note keys and bm25 ranks (lower is better), best first.
  ///
  /// It carries only keys, so snippets and stored columns are built for the hits alone. The full-text match drives
  /// the join (CROSS JOIN fixes the order) and yields matches in rowid order; each one looks up its length and filter
  /// columns in the narrow `note_rank` row with the same key, and filters run before the row is scored.
  static func ranking(_ q: SearchQuery, pattern: String) -> (sql: String, arguments: StatementArguments) {
    var sql = """
      SELECT notes_fts.rowid AS key, \(BM25Function.name)(notes_fts, n.tokens) AS rank
      FROM notes_fts CROSS JOIN note_rank n ON n.key = notes_fts.rowid
      WHERE notes_fts MATCH ?
      """
    var args: StatementArguments = [pattern]
    if let level = q.minimumEscalation, level > .none {
      sql += " AND n.escalation >= ?"
      args += [level.rank]
    }
    if let since = q.since {
      sql += " AND n.indexed_at >= ?"
      args += [since.timeIntervalSince1970]
    }
    for concept in q.concepts {
      if let section = q.section {
        sql += " AND EXISTS (SELECT 1 FROM note_concepts c WHERE c.note = n.key AND c.concept = ? AND c.section = ?)"
        args += [concept, section]
      } else {
        sql += " AND EXISTS (SELECT 1 FROM note_concepts c WHERE c.note = n.key AND c.concept = ?)"
        args += [concept]
      }
    }
    if q.concepts.isEmpty, let section = q.section {
      sql += " AND EXISTS (SELECT 1 FROM note_concepts c WHERE c.note = n.key AND c.section = ?)"
      args += [section]
    }
    sql += " ORDER BY rank LIMIT ?"
    args += [max(0, q.limit)]
    return (sql, args)
  }
}
