import Foundation
import GRDB
import Testing
@testable import NoteSum

/// `notesum_bm25` must rank exactly like FTS5's `bm25()`, from the lengths stored in `notes.tokens`.
@Suite struct IndexRankingTests {
  /// The first notes of the synthetic escalation corpus, indexed once per test.
  static func corpusIndex(notes: Int = 60) throws -> (NoteIndex, URL) {
    let (index, dir) = try IndexFixtures.freshIndex()
    let lines = try String(contentsOf: repositoryRoot.appendingPathComponent("Corpora/escalation.jsonl"), encoding: .utf8)
      .split(separator: "\n").prefix(notes)
    let entries = try lines.enumerated().map { k, line in
      let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
      return try IndexFixtures.entry("c\(k)", object["text"] as! String)
    }
    try index.add(entries)
    return (index, dir)
  }

  @Test(arguments: [
    "pain", "chest pain", "\"chest pain\"", "chest OR syncope", "pain NOT chest", "NEAR(chest pain, 5)", "diaph*",
    "patient", "follow up",
  ])
  func scoresEqualFTS5BM25(_ query: String) throws {
    let (index, dir) = try Self.corpusIndex()
    defer { try? FileManager.default.removeItem(at: dir) }
    let rows = try index.pool.read { db in
      try Row.fetchAll(db, sql: """
        SELECT bm25(notes_fts) AS fts5, notesum_bm25(notes_fts, n.tokens) AS stored, notesum_bm25(notes_fts) AS counted
        FROM notes_fts JOIN note_rank n ON n.key = notes_fts.rowid WHERE notes_fts MATCH ?
        """, arguments: [query])
    }
    #expect(!rows.isEmpty)
    for row in rows {
      let fts5: Double = row["fts5"], stored: Double = row["stored"], counted: Double = row["counted"]
      #expect(abs(stored - fts5) <= 1e-12 * max(1, abs(fts5)))
      #expect(counted == fts5)
    }
  }

  @Test func searchReturnsTheBestBM25HitsInOrder() throws {
    let (index, dir) = try Self.corpusIndex()
    defer { try? FileManager.default.removeItem(at: dir) }
    let hits = try index.search(SearchQuery(text: "pain", limit: 7))
    let expected = try index.pool.read { db in
      try Row.fetchAll(db, sql: """
        SELECT n.id, -bm25(notes_fts) AS score FROM notes_fts JOIN notes n ON n.key = notes_fts.rowid
        WHERE notes_fts MATCH 'pain' ORDER BY bm25(notes_fts), n.key LIMIT 7
        """)
    }
    #expect(hits.count == 7)
    #expect(zip(hits, expected).allSatisfy { abs($0.score - ($1["score"] as Double)) <= 1e-12 })
    #expect(hits.map(\.score) == hits.map(\.score).sorted(by: >))
  }

  @Test func storedLengthsAreFTS5TokenCounts() throws {
    let (index, dir) = try Self.corpusIndex(notes: 20)
    defer { try? FileManager.default.removeItem(at: dir) }
    try index.pool.read { db in
      let tokenizer = try db.makeTokenizer(.unicode61(diacritics: .remove))
      for row in try Row.fetchAll(db, sql: "SELECT r.tokens, f.text FROM note_rank r JOIN notes_fts f ON f.rowid = r.key") {
        let counted = try tokenizer.tokenize(document: row["text"]).filter { !$0.flags.contains(.colocated) }.count
        #expect(row["tokens"] as Int == counted)
      }
    }
  }

  @Test func docSizeRecordsAreSQLiteVarints() {
    #expect(DocSize.tokens(Data([0x00])) == 0)
    #expect(DocSize.tokens(Data([0x7F])) == 127)
    #expect(DocSize.tokens(Data([0x81, 0x00])) == 128)
    #expect(DocSize.tokens(Data([0x82, 0x80, 0x01])) == 32769)
    #expect(DocSize.tokens(Data([0x05, 0x09])) == 5, "only the first column")
    #expect(DocSize.tokens(nil as Data?) == 0)
  }

  @Test(arguments: [
    SearchQuery(text: "chest"), SearchQuery(text: "chest", minimumEscalation: .urgent, since: Date(timeIntervalSince1970: 0)),
    SearchQuery(text: "chest", concepts: ["chest_pain"], section: "hpi"), SearchQuery(text: "chest", section: "hpi"),
  ])
  func theSearchPlanWalksTheMatchAndLooksUpRankRowsByKey(_ q: SearchQuery) throws {
    let (index, dir) = try IndexFixtures.populated()
    defer { try? FileManager.default.removeItem(at: dir) }
    let plan = try index.pool.read { db in
      let (sql, args) = NoteIndex.ranking(q, pattern: try NoteIndex.pattern(for: q, in: db))
      return try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: args).map { $0["detail"] as String }
    }
    #expect(plan.first?.hasPrefix("SCAN notes_fts VIRTUAL TABLE") == true, "\(plan)")
    #expect(plan.contains("SEARCH n USING INTEGER PRIMARY KEY (rowid=?)"), "\(plan)")
    #expect(plan.filter { $0.hasPrefix("SCAN") }.count == 1, "only the match is scanned: \(plan)")
  }
}
