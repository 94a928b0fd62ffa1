import Foundation

/// An affirmed concept mention's concept and the section it appears in.
public struct ConceptFacet: Sendable, Hashable, Codable {
  /// The concept's rule id.
  public var concept: String
  /// The section id of the sentence holding the mention.
  public var section: String
  /// A facet value.
  public init(concept: String, section: String) {
    self.concept = concept
    self.section = section
  }
}

/// One note ready to be stored: its text and what the pipeline computed for it.
public struct IndexEntry: Sendable, Hashable {
  /// The note's id; adding an entry with an id already present replaces that note.
  public var id: String
  /// The full note text (searched and used for snippets).
  public var text: String
  /// The pipeline's result for the note.
  public var result: NoteResult
  /// Distinct affirmed concepts with their sections.
  public var concepts: [ConceptFacet]

  /// An entry from an already computed result and facets.
  public init(id: String, text: String, result: NoteResult, concepts: [ConceptFacet]) {
    self.id = id
    self.text = text
    self.result = result
    self.concepts = concepts
  }

  /// Runs the engine's full pipeline over a document and collects the facets to store.
  public init(id: String, document: Document, engine: Engine, options: ProcessOptions = .init()) throws {
    let result = try engine.process(document, id: id, options: options)
    let sentences = try engine.segment(document)
    self.init(id: id, text: document.text, result: result, concepts: Self.facets(result, sentences: sentences))
  }

  /// Affirmed findings mapped to the section of the sentence that holds them, without repeats.
  static func facets(_ result: NoteResult, sentences: [SentenceInfo]) -> [ConceptFacet] {
    var seen = Set<ConceptFacet>()
    var out: [ConceptFacet] = []
    for f in result.findings where f.assertion == "affirmed" {
      let facet = ConceptFacet(concept: f.concept, section: section(at: f.start, in: sentences))
      if seen.insert(facet).inserted { out.append(facet) }
    }
    return out
  }

  /// The section of the last sentence starting at or before `offset` (sentences are in source order).
  static func section(at offset: Int, in sentences: [SentenceInfo]) -> String {
    let lo = sentences.lowerBound { $0.span.start <= offset }
    return lo == 0 ? (sentences.first?.section ?? "unknown") : sentences[lo - 1].section
  }
}
