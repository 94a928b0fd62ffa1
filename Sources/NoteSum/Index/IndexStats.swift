import Foundation
import GRDB

/// Counts over the whole index.
public struct IndexStats: Sendable, Hashable, Codable {
  /// A rule set's identity and how many notes it processed.
  public struct RuleSetCount: Sendable, Hashable, Codable {
    public var name: String, version: String, sha256: String, notes: Int
  }
  /// A concept and how many notes affirm it.
  public struct ConceptCount: Sendable, Hashable, Codable {
    public var concept: String, notes: Int
  }
  /// All notes.
  public var notes: Int
  /// Notes per escalation level, every level present (zero when none).
  public var escalation: [String: Int]
  /// Notes affirming each concept, most frequent first.
  public var concepts: [ConceptCount]
  /// Notes per rule-set version.
  public var rulesets: [RuleSetCount]
  /// The schema version of the file.
  public var schemaVersion: Int
}

extension NoteIndex {
  /// Counts by escalation level, by affirmed concept and by rule-set version.
  public func stats() throws -> IndexStats {
    try mapErrors("reading statistics") {
      try pool.read { db in
        var levels = Dictionary(uniqueKeysWithValues: EscalationLevel.allCases.map { ($0.rawValue, 0) })
        for row in try Row.fetchAll(db, sql: "SELECT escalation, count(*) AS n FROM notes GROUP BY escalation") {
          let rank: Int = row["escalation"]
          if let level = EscalationLevel.allCases.first(where: { $0.rank == rank }) { levels[level.rawValue] = row["n"] }
        }
        let concepts = try Row.fetchAll(db, sql: """
          SELECT concept, count(DISTINCT note) AS n FROM note_concepts GROUP BY concept ORDER BY n DESC, concept
          """).map { IndexStats.ConceptCount(concept: $0["concept"], notes: $0["n"]) }
        let rulesets = try Row.fetchAll(db, sql: """
          SELECT ruleset_name, ruleset_version, ruleset_sha256, count(*) AS n FROM notes
          GROUP BY ruleset_name, ruleset_version, ruleset_sha256 ORDER BY ruleset_name, ruleset_version
          """).map {
            IndexStats.RuleSetCount(name: $0["ruleset_name"], version: $0["ruleset_version"], sha256: $0["ruleset_sha256"], notes: $0["n"])
          }
        return IndexStats(
          notes: try Int.fetchOne(db, sql: "SELECT count(*) FROM notes") ?? 0, escalation: levels, concepts: concepts,
          rulesets: rulesets, schemaVersion: try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0)
      }
    }
  }
}
