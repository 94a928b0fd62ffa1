import Foundation
import Testing
@testable import NoteSum

@Suite struct IndexSearchTests {
  @Test func wordsMustAllOccurAndRankByBM25() throws {
    let (index, dir) = try IndexFixtures.populated()
    defer { try? FileManager.default.removeItem(at: dir) }
    #expect(try index.search(SearchQuery(text: "chest pain")).map(\.id).sorted() == ["acs", "cough"])
    #expect(try index.search(SearchQuery(text: "chest radiating")).map(\.id) == ["acs"])
    let hits = try index.search(SearchQuery(text: "fluids"))
    #expect(hits.count == 2)
    #expect(hits[0].score >= hits[1].score)
  }

  @Test func snippetsHighlightMatches() throws {
    let (index, dir) = try IndexFixtures.populated()
    defer { try? FileManager.default.removeItem(at: dir) }
    let hit = try #require(index.search(SearchQuery(text: "diaphoresis")).first)
    #expect(hit.snippet.contains("**diaphoresis**"))
    let custom = try #require(index.search(SearchQuery(text: "Crushing", highlightOpen: "<b>", highlightClose: "</b>")).first)
    #expect(custom.snippet.contains("<b>Crushing</b>"))
    #expect(custom.escalation == .emergent)
    #expect(custom.reasons.contains("esc.acs"))
    #expect(!custom.summary.isEmpty)
  }

  @Test func escalationFilterIsAtOrAbove() throws {
    let (index, dir) = try IndexFixtures.populated()
    defer { try? FileManager.default.removeItem(at: dir) }
    #expect(try index.search(SearchQuery(text: "hpi", minimumEscalation: .emergent)).map(\.id) == ["acs"])
    #expect(try index.search(SearchQuery(text: "hpi", minimumEscalation: .routine)).allSatisfy { $0.escalation >= .routine })
    #expect(try index.search(SearchQuery(text: "hpi", minimumEscalation: EscalationLevel.none)).count == 3)
  }

  @Test func conceptFilterKeepsAffirmedMentionsOnly() throws {
    let (index, dir) = try IndexFixtures.populated()
    defer { try? FileManager.default.removeItem(at: dir) }
    // "cough" mentions chest pain only to deny it.
    #expect(try index.search(SearchQuery(text: "chest", concepts: ["chest_pain"])).map(\.id) == ["acs"])
    #expect(try index.search(SearchQuery(text: "hpi", concepts: ["fever"])).map(\.id) == ["fever"])
    #expect(try index.search(SearchQuery(text: "hpi", concepts: ["fever", "chest_pain"])).isEmpty)
  }

  @Test func sectionFilterAppliesToTheConcept() throws {
    let (index, dir) = try IndexFixtures.populated()
    defer { try? FileManager.default.removeItem(at: dir) }
    #expect(try index.search(SearchQuery(text: "chest", concepts: ["chest_pain"], section: "hpi")).map(\.id) == ["acs"])
    #expect(try index.search(SearchQuery(text: "chest", concepts: ["chest_pain"], section: "plan")).isEmpty)
    #expect(try index.search(SearchQuery(text: "hpi", section: "hpi")).count >= 2)
    #expect(try index.search(SearchQuery(text: "hpi", section: "family_history")).isEmpty)
  }

  @Test func sinceFilterUsesTheIndexedTime() throws {
    let (index, dir) = try IndexFixtures.freshIndex()
    defer { try? FileManager.default.removeItem(at: dir) }
    let jan = Date(timeIntervalSince1970: 1_704_067_200)  // 2024-01-01
    let jun = Date(timeIntervalSince1970: 1_717_200_000)  // 2024-06-01
    try index.add([IndexFixtures.entry("old", IndexFixtures.fever)], indexedAt: jan)
    try index.add([IndexFixtures.entry("new", IndexFixtures.fever)], indexedAt: jun)
    #expect(try index.search(SearchQuery(text: "fever", since: Date(timeIntervalSince1970: 1_710_000_000))).map(\.id) == ["new"])
    #expect(try index.search(SearchQuery(text: "fever", since: jan)).count == 2)
    #expect(try index.search(SearchQuery(text: "fever")).first { $0.id == "old" }?.indexedAt == jan)
  }

  @Test func limitCapsTheHits() throws {
    let (index, dir) = try IndexFixtures.populated()
    defer { try? FileManager.default.removeItem(at: dir) }
    #expect(try index.search(SearchQuery(text: "hpi", limit: 1)).count == 1)
    #expect(try index.search(SearchQuery(text: "hpi", limit: 50)).count == 3)
  }

  @Test(arguments: ["\"chest pain", "AND", "chest AND", "NEAR(chest", "nosuchcolumn: chest", "chest)", "*"])
  func malformedRawQueriesGiveAClearError(_ query: String) throws {
    let (index, dir) = try IndexFixtures.populated()
    defer { try? FileManager.default.removeItem(at: dir) }
    #expect(throws: IndexError.invalidQuery) { try index.search(SearchQuery(text: query, raw: true)) }
    #expect(IndexError.invalidQuery.description == "the search query is not valid FTS5 syntax; drop --raw to search for plain words")
  }

  @Test(arguments: ["\"chest pain", "AND", "chest AND", "NEAR(chest", "text: chest", "chest)", "chest*", "'; DROP TABLE notes; --"])
  func plainQueriesTreatSyntaxAsWords(_ query: String) throws {
    let (index, dir) = try IndexFixtures.populated()
    defer { try? FileManager.default.removeItem(at: dir) }
    _ = try index.search(SearchQuery(text: query))
    #expect(try index.count() == 3)
  }

  @Test func rawQueriesUseFTS5Syntax() throws {
    let (index, dir) = try IndexFixtures.populated()
    defer { try? FileManager.default.removeItem(at: dir) }
    #expect(try index.search(SearchQuery(text: "\"chest pain\" NOT denies", raw: true)).map(\.id) == ["acs"])
    #expect(try index.search(SearchQuery(text: "diaph*", raw: true)).map(\.id) == ["acs"])
    #expect(try index.search(SearchQuery(text: "crushing OR paracetamol", raw: true)).count == 2)
  }

  @Test func queriesWithoutWordsAreRefused() throws {
    let (index, dir) = try IndexFixtures.populated()
    defer { try? FileManager.default.removeItem(at: dir) }
    #expect(throws: IndexError.emptyQuery) { try index.search(SearchQuery(text: "  -- ")) }
    #expect(throws: IndexError.emptyQuery) { try index.search(SearchQuery(text: " ", raw: true)) }
  }

  @Test func storedListsSplitAtTheirSeparatorOnly() {
    #expect(NoteIndex.split("Fièvre 38,5.\u{1E}Revoir demain.\u{1E}\u{1E}Ütz", at: 0x1E) == ["Fièvre 38,5.", "Revoir demain.", "Ütz"])
    #expect(NoteIndex.split("esc.acs  esc.pe", at: UInt8(ascii: " ")) == ["esc.acs", "esc.pe"])
    #expect(NoteIndex.split("", at: 0x1E).isEmpty)
  }

  @Test func searchResultsAreTheSameAfterOptimize() throws {
    let (index, dir) = try IndexFixtures.populated()
    defer { try? FileManager.default.removeItem(at: dir) }
    try index.add([IndexFixtures.entry("acs2", IndexFixtures.acs)])
    let before = try index.search(SearchQuery(text: "chest pain"))
    try index.optimize()
    #expect(try index.search(SearchQuery(text: "chest pain")) == before)
    #expect(before.count == 3)
  }
}
