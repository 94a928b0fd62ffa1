import Foundation
import GRDB

/// A full-text search with facet filters.
public struct SearchQuery: Sendable, Hashable {
  /// The words to search for; with `raw`, an FTS5 query expression.
  public var text: String
  /// Pass `text` to FTS5 as written (phrases, `OR`, `NOT`, `NEAR`, prefixes). Otherwise every word must occur.
  public var raw: Bool
  /// Only notes escalated at or above this level.
  public var minimumEscalation: EscalationLevel?
  /// Only notes where every one of these concepts is affirmed (in `section`, when given).
  public var concepts: [String]
  /// Only notes with an affirmed concept in this section (with `concepts`: those concepts, in this section).
  public var section: String?
  /// Only notes indexed at or after this time.
  public var since: Date?
  /// At most this many hits, best first.
  public var limit: Int
  /// Marker put before each matched word in snippets.
  public var highlightOpen: String
  /// Marker put after each matched word in snippets.
  public var highlightClose: String
  /// About how many words a snippet shows.
  public var snippetWords: Int

  /// A query; only `text` is required.
  public init(
    text: String, raw: Bool = false, minimumEscalation: EscalationLevel? = nil, concepts: [String] = [],
    section: String? = nil, since: Date? = nil, limit: Int = 20, highlightOpen: String = "**", highlightClose: String = "**",
    snippetWords: Int = 16
  ) {
    self.text = text
    self.raw = raw
    self.minimumEscalation = minimumEscalation
    self.concepts = concepts
    self.section = section
    self.since = since
    self.limit = limit
    self.highlightOpen = highlightOpen
    self.highlightClose = highlightClose
    self.snippetWords = snippetWords
  }
}

/// One search result.
public struct SearchHit: Sendable, Hashable, Codable {
  /// The note's id.
  public var id: String
  /// bm25 relevance; higher is better.
  public var score: Double
  /// Matched text in context, with matches between the query's highlight markers.
  public var snippet: String
  /// The note's escalation level.
  public var escalation: EscalationLevel
  /// Ids of the escalation rules that fired.
  public var reasons: [String]
  /// The guarded summary sentences as emitted.
  public var summary: [String]
  /// The rule set the note was processed with.
  public var ruleset: String
  /// When the note was indexed.
  public var indexedAt: Date

  enum CodingKeys: String, CodingKey {
    case id, score, snippet, escalation, reasons, summary, ruleset
    case indexedAt = "indexed_at"
  }

  /// A hit; the index builds these.
  public init(
    id: String, score: Double, snippet: String, escalation: EscalationLevel, reasons: [String], summary: [String],
    ruleset: String, indexedAt: Date
  ) {
    self.id = id
    self.score = score
    self.snippet = snippet
    self.escalation = escalation
    self.reasons = reasons
    self.summary = summary
    self.ruleset = ruleset
    self.indexedAt = indexedAt
  }

  /// Decodes a hit whose `indexed_at` is an ISO 8601 string.
  public init(from decoder: Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    let time = try c.decode(String.self, forKey: .indexedAt)
    guard let date = ISO8601DateFormatter().date(from: time) else {
      throw DecodingError.dataCorruptedError(forKey: .indexedAt, in: c, debugDescription: "indexed_at is not an ISO 8601 time")
    }
    self.init(
      id: try c.decode(String.self, forKey: .id), score: try c.decode(Double.self, forKey: .score),
      snippet: try c.decode(String.self, forKey: .snippet), escalation: try c.decode(EscalationLevel.self, forKey: .escalation),
      reasons: try c.decode([String].self, forKey: .reasons), summary: try c.decode([String].self, forKey: .summary),
      ruleset: try c.decode(String.self, forKey: .ruleset), indexedAt: date)
  }

  /// Encodes `indexed_at` as an ISO 8601 string (UTC), whatever the encoder's date strategy.
  public func encode(to encoder: Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(id, forKey: .id)
    try c.encode(score, forKey: .score)
    try c.encode(snippet, forKey: .snippet)
    try c.encode(escalation, forKey: .escalation)
    try c.encode(reasons, forKey: .reasons)
    try c.encode(summary, forKey: .summary)
    try c.encode(ruleset, forKey: .ruleset)
    try c.encode(ISO8601DateFormatter().string(from: indexedAt), forKey: .indexedAt)
  }
}

extension NoteIndex {
  /// Runs a bm25-ranked full-text search with filters.
  /// - Throws: `IndexError.emptyQuery` when there is nothing to search for, `IndexError.invalidQuery` when a raw
  ///   query is not valid FTS5 syntax; neither repeats the query.
  public func search(_ q: SearchQuery) throws -> [SearchHit] {
    try mapErrors("searching") {
      try pool.read { db in
        let pattern = try Self.pattern(for: q, in: db)
        let (sql, args) = Self.ranking(q, pattern: pattern)
        let ranked: [Row]
        do {
          ranked = try Row.fetchAll(db.cachedStatement(sql: sql), arguments: args)
        } catch let e as DatabaseError where q.raw && e.resultCode == .SQLITE_ERROR {
          // Every other part of the statement is fixed; a SQL error here comes from the user's FTS5 expression.
          throw IndexError.invalidQuery
        }
        // Columns are read by position: this runs once per hit.
        let details = try db.cachedStatement(sql: """
          SELECT n.id, n.escalation, n.reasons, n.summary, n.ruleset_name, n.ruleset_version, n.indexed_at,
            snippet(notes_fts, 0, ?, ?, '…', ?)
          FROM notes_fts JOIN notes n ON n.key = notes_fts.rowid
          WHERE notes_fts MATCH ? AND notes_fts.rowid = ?
          """)
        let words = max(1, min(q.snippetWords, 64))
        return try ranked.compactMap { r -> SearchHit? in
          let key: Int64 = r[0]
          guard let row = try Row.fetchOne(details, arguments: [q.highlightOpen, q.highlightClose, words, pattern, key])
          else { return nil }
          return Self.hit(row, rank: r[1])
        }
      }
    }
  }

  /// The FTS5 query for a search. Plain queries are tokenized like the indexed text and every token is quoted, so
  /// no character of the input can act as FTS5 syntax. Raw queries go to FTS5 as written: the search maps the
  /// syntax error FTS5 raises to `IndexError.invalidQuery` (checking them up front costs an extra database per search).
  static func pattern(for q: SearchQuery, in db: Database) throws -> String {
    if q.raw {
      if q.text.allSatisfy(\.isWhitespace) { throw IndexError.emptyQuery }
      return q.text
    }
    let tokenizer = try db.makeTokenizer(.unicode61(diacritics: .remove))
    let tokens = try tokenizer.tokenize(query: q.text).compactMap { $0.flags.contains(.colocated) ? nil : $0.token }
    guard !tokens.isEmpty else { throw IndexError.emptyQuery }
    return tokens.map { "\"" + $0.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\"" }
      .joined(separator: " ")
  }

  /// A hit from a `details` row (columns by position) and its rank.
  static func hit(_ row: Row, rank: Double) -> SearchHit {
    let level: Int = row[1]
    return SearchHit(
      id: row[0], score: -rank, snippet: row[7],
      escalation: EscalationLevel.allCases.first { $0.rank == level } ?? .none,
      reasons: split(row[2], at: UInt8(ascii: " ")), summary: split(row[3], at: IndexSchema.summarySeparator.utf8.first!),
      ruleset: "\(row[4] as String) \(row[5] as String)",
      indexedAt: Date(timeIntervalSince1970: row[6]))
  }

  /// The non-empty pieces of `text` between ASCII `separator` bytes (splitting UTF-8 at an ASCII byte never cuts a
  /// character, and is much faster than splitting by a String separator).
  static func split(_ text: String, at separator: UInt8) -> [String] {
    text.utf8.split(separator: separator).map { String(decoding: $0, as: UTF8.self) }
  }
}
