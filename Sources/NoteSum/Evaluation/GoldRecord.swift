import Foundation

/// One labelled note of a corpus in the gold JSONL format (see `Corpora/README.md`).
public struct GoldRecord: Sendable, Codable, Hashable {
  /// The note's id (unique within a corpus).
  public var id: String
  /// The note style (`ed`, `inpatient`, …) when given.
  public var style: String?
  /// The note text.
  public var text: String
  /// The labels.
  public var gold: GoldLabels

  /// A record from its parts.
  public init(id: String, style: String? = nil, text: String, gold: GoldLabels) {
    self.id = id
    self.style = style
    self.text = text
    self.gold = gold
  }
}

/// The gold labels of one note.
public struct GoldLabels: Sendable, Codable, Hashable {
  /// The expected escalation level.
  public var escalation: EscalationLevel
  /// The escalation rules that should fire.
  public var escalationRules: [String]
  /// Labelled concept mentions.
  public var findings: [GoldFinding]
  /// Labelled PHI spans.
  public var phi: [GoldPHI]
  /// Reference summary sentences, when written.
  public var summary: [String]?
  /// Which concepts are exhaustively labelled in this note (`all` or `red_flags`); inferred per corpus when absent.
  public var conceptScope: ConceptScope?

  /// Labels from their parts.
  public init(
    escalation: EscalationLevel, escalationRules: [String] = [], findings: [GoldFinding] = [], phi: [GoldPHI] = [],
    summary: [String]? = nil, conceptScope: ConceptScope? = nil
  ) {
    self.escalation = escalation
    self.escalationRules = escalationRules
    self.findings = findings
    self.phi = phi
    self.summary = summary
    self.conceptScope = conceptScope
  }

  enum CodingKeys: String, CodingKey {
    case escalation, findings, phi, summary
    case escalationRules = "escalation_rules"
    case conceptScope = "concept_scope"
  }

  public init(from decoder: Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    escalation = try c.decodeIfPresent(EscalationLevel.self, forKey: .escalation) ?? .none
    escalationRules = try c.decodeIfPresent([String].self, forKey: .escalationRules) ?? []
    findings = try c.decodeIfPresent([GoldFinding].self, forKey: .findings) ?? []
    phi = try c.decodeIfPresent([GoldPHI].self, forKey: .phi) ?? []
    summary = try c.decodeIfPresent([String].self, forKey: .summary)
    conceptScope = try c.decodeIfPresent(ConceptScope.self, forKey: .conceptScope)
  }
}

/// Which concept mentions a note's gold findings cover exhaustively: predictions of other concepts are not scored.
public enum ConceptScope: String, Sendable, Codable, Hashable {
  /// Every concept of the shared id list is labelled.
  case all
  /// Only red-flag concepts (starred in the shared id list) are labelled.
  case redFlags = "red_flags"

  /// Whether a predicted concept is scored under this scope.
  public func covers(_ concept: String) -> Bool {
    switch self {
    case .all: ClinicalIDs.concepts.contains(concept)
    case .redFlags: ClinicalIDs.redFlagConcepts.contains(concept)
    }
  }
}

/// A labelled concept mention with its assertion flags.
public struct GoldFinding: Sendable, Codable, Hashable {
  public var concept: String
  /// The primary assertion label (`affirmed`, `negated`, `family`, …).
  public var assertion: String
  public var negated: Bool
  public var uncertain: Bool
  public var historical: Bool
  public var hypothetical: Bool
  /// `patient`, `family` or `other`.
  public var experiencer: String
  /// Scalar offsets, half-open.
  public var start: Int
  public var end: Int

  /// A gold finding from its parts.
  public init(
    concept: String, assertion: String, negated: Bool = false, uncertain: Bool = false, historical: Bool = false,
    hypothetical: Bool = false, experiencer: String = "patient", start: Int, end: Int
  ) {
    self.concept = concept
    self.assertion = assertion
    self.negated = negated
    self.uncertain = uncertain
    self.historical = historical
    self.hypothetical = hypothetical
    self.experiencer = experiencer
    self.start = start
    self.end = end
  }

  enum CodingKeys: String, CodingKey {
    case concept, assertion, negated, uncertain, historical, hypothetical, experiencer, start, end
  }

  public init(from decoder: Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    concept = try c.decode(String.self, forKey: .concept)
    assertion = try c.decodeIfPresent(String.self, forKey: .assertion) ?? "affirmed"
    negated = try c.decodeIfPresent(Bool.self, forKey: .negated) ?? (assertion == "negated")
    uncertain = try c.decodeIfPresent(Bool.self, forKey: .uncertain) ?? (assertion == "uncertain")
    historical = try c.decodeIfPresent(Bool.self, forKey: .historical) ?? (assertion == "historical")
    hypothetical = try c.decodeIfPresent(Bool.self, forKey: .hypothetical) ?? (assertion == "hypothetical")
    experiencer =
      try c.decodeIfPresent(String.self, forKey: .experiencer)
      ?? (assertion == "family" ? "family" : assertion == "other" ? "other" : "patient")
    start = try c.decode(Int.self, forKey: .start)
    end = try c.decode(Int.self, forKey: .end)
  }

  /// The span.
  public var span: Span { Span(start: start, end: end) }
}

/// A labelled PHI span (`type` is name, phone, fax, email, ssn, mrn, url, ip, dob or address).
public struct GoldPHI: Sendable, Codable, Hashable {
  public var type: String
  public var start: Int
  public var end: Int
  /// A PHI span from its parts.
  public init(type: String, start: Int, end: Int) {
    self.type = type
    self.start = start
    self.end = end
  }
  /// The span.
  public var span: Span { Span(start: start, end: end) }
}

/// Why a gold corpus could not be read. Messages name the file and line, never note text.
public struct GoldCorpusError: Error, Sendable, CustomStringConvertible {
  public var file: String
  public var line: Int
  public var message: String
  public var description: String { "\(file):\(line): \(message)" }
}

/// A gold corpus: records in file order, each with the concept scope it is scored under.
public struct GoldCorpus: Sendable {
  /// The records.
  public var records: [GoldRecord]
  /// Per record: the concept scope (its own, else the one inferred for its file).
  public var scopes: [ConceptScope]

  /// An empty corpus.
  public init() {
    records = []
    scopes = []
  }

  /// Adds records read from one source; records without a `concept_scope` get the file's inferred scope:
  /// `red_flags` when fewer than 20% of the file's gold findings are of non-red-flag concepts, else `all`.
  /// Under `red_flags`, a predicted non-red-flag mention can match a gold one but is never counted as an FP.
  public mutating func append(_ batch: [GoldRecord]) {
    let all = batch.reduce(0) { $0 + $1.gold.findings.count }
    let other = batch.reduce(0) { $0 + $1.gold.findings.filter { !ClinicalIDs.redFlagConcepts.contains($0.concept) }.count }
    let inferred: ConceptScope = all > 0 && Double(other) >= 0.2 * Double(all) ? .all : .redFlags
    for r in batch {
      records.append(r)
      scopes.append(r.gold.conceptScope ?? inferred)
    }
  }

  /// Decodes JSONL bytes (one record a line; blank lines skipped). `name` is used in error messages.
  public static func decode(_ bytes: [UInt8], name: String) throws(GoldCorpusError) -> [GoldRecord] {
    var out: [GoldRecord] = []
    let decoder = JSONDecoder()
    var lineNo = 0
    var start = 0
    while start < bytes.count {
      var end = start
      bytes.withUnsafeBufferPointer { b in
        if let p = memchr(b.baseAddress! + start, 0x0A, b.count - start) {
          end = b.baseAddress!.distance(to: p.assumingMemoryBound(to: UInt8.self))
        } else {
          end = b.count
        }
      }
      lineNo += 1
      let line = bytes[start..<end]
      start = end + 1
      if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
      do {
        out.append(try decoder.decode(GoldRecord.self, from: Data(line)))
      } catch {
        throw GoldCorpusError(file: name, line: lineNo, message: "not a gold record (\(Self.describe(error)))")
      }
    }
    return out
  }

  /// Reads and decodes a gold JSONL file.
  public static func read(path: String) throws(GoldCorpusError) -> [GoldRecord] {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw GoldCorpusError(file: path, line: 0, message: "cannot read the file")
    }
    return try decode([UInt8](data), name: path)
  }

  static func describe(_ error: Error) -> String {
    switch error {
    case DecodingError.keyNotFound(let key, _): return "missing field '\(key.stringValue)'"
    case DecodingError.typeMismatch(_, let ctx), DecodingError.valueNotFound(_, let ctx):
      return "wrong type at '\(ctx.codingPath.map { $0.stringValue }.joined(separator: "."))'"
    case DecodingError.dataCorrupted: return "invalid JSON"
    default: return "invalid record"
    }
  }
}
