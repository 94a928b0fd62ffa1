import ArgumentParser
import Foundation
import NoteSum

/// `notesum search`: bm25-ranked full-text search over the index, with facet filters.
struct SearchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "search",
    abstract: "Search the index: bm25-ranked notes with highlighted snippets, filtered by notesum's facets.",
    discussion: """
      Plain words must all occur (in any order); punctuation is ignored. --raw takes FTS5 syntax: "chest pain" \
      for a phrase, OR, NOT, NEAR(a b, 5), prefix*. --section with --concept keeps notes where the concept is \
      affirmed in that section; --section alone keeps notes with any affirmed concept in that section.
      Examples:
        notesum search chest pain --escalation urgent
        notesum search --raw '"chest pain" NOT syncope' --concept chest_pain --section assessment_plan
      """)

  @OptionGroup var database: DatabaseOptions

  @Argument(help: "Words to search for (joined with spaces).")
  var query: [String]

  @Flag(name: .long, help: "Treat the query as FTS5 syntax.")
  var raw = false

  @Option(name: .long, help: ArgumentHelp("Only notes escalated at or above LEVEL (routine, urgent, emergent).", valueName: "LEVEL"))
  var escalation: EscalationLevel?

  @Option(name: .long, help: ArgumentHelp("Only notes affirming this concept (repeatable: all must hold).", valueName: "ID"))
  var concept: [String] = []

  @Option(name: .long, help: ArgumentHelp("Only notes with an affirmed concept in this section.", valueName: "NAME"))
  var section: String?

  @Option(name: .long, help: ArgumentHelp("Only notes indexed on or after DATE (YYYY-MM-DD, UTC, or ISO 8601 with a time).", valueName: "DATE"))
  var since: String?

  @Option(name: .long, help: "At most N results.")
  var limit: Int = 20

  @Option(name: .long, help: "Output format: text, json or jsonl.")
  var format: SearchFormat = .text

  enum SearchFormat: String, ExpressibleByArgument, CaseIterable { case text, json, jsonl }

  func validate() throws {
    if limit < 1 { throw ValidationError("--limit must be positive") }
    if let since, Self.parseDate(since) == nil { throw ValidationError("--since takes YYYY-MM-DD or an ISO 8601 date and time") }
  }

  /// `YYYY-MM-DD` (midnight UTC) or ISO 8601 with a time and zone.
  static func parseDate(_ s: String) -> Date? {
    let full = ISO8601DateFormatter()
    if let d = full.date(from: s) { return d }
    let day = ISO8601DateFormatter()
    day.formatOptions = [.withFullDate]
    return day.date(from: s)
  }

  func run() throws {
    let index = try database.open(create: false)
    let terminal = format == .text && isatty(1) == 1
    let q = SearchQuery(
      text: query.joined(separator: " "), raw: raw, minimumEscalation: escalation, concepts: concept, section: section,
      since: since.flatMap(Self.parseDate), limit: limit, highlightOpen: terminal ? "\u{1B}[1m" : "**", highlightClose: terminal ? "\u{1B}[0m" : "**")
    let hits: [SearchHit]
    do { hits = try index.search(q) } catch let e as IndexError {
      Console.err("notesum search: \(e.description)")
      switch e {
      case .invalidQuery, .emptyQuery: throw fail(Exit.usage)
      default: throw fail(Exit.internalError)
      }
    }
    switch format {
    case .json: try Console.out(prettyJSON(hits))
    case .jsonl: for h in hits { try Console.out(RecordCodec.encodeLine(h)) }
    case .text:
      let time = ISO8601DateFormatter()
      var out = ""
      for (k, h) in hits.enumerated() {
        let reasons = h.reasons.isEmpty ? "" : " [\(h.reasons.joined(separator: ", "))]"
        out += "\(k + 1). \(h.id)  \(h.escalation.rawValue)\(reasons)  score \(String(format: "%.2f", h.score))  \(time.string(from: h.indexedAt))\n"
        out += "   \(h.snippet.split(whereSeparator: \.isNewline).joined(separator: " "))\n"
      }
      try Console.out(out)
      Console.err("notesum search: \(hits.count) result\(hits.count == 1 ? "" : "s")")
    }
  }
}
