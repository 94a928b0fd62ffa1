import ArgumentParser
import Foundation
import NoteSum

/// `notesum assert`: ConText assertions for spans the caller found itself.
struct AssertCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "assert",
    abstract: "Assert negation, uncertainty, time, hypotheticality and experiencer for given spans.",
    discussion: """
      Reads JSONL records {"id": .., "text": .., "spans": [{"start": .., "end": ..}]} (Unicode-scalar offsets), or \
      {"id": .., "text": .., "target": "phrase"} for every occurrence of a phrase (case-insensitive), and writes \
      {"id": .., "assertions": [{"start", "end", "negated", "uncertain", "historical", "hypothetical", "experiencer", "cues"}]}.
      """)

  @OptionGroup var input: InputOptions
  @OptionGroup var ruleSet: RuleSetOptions
  @OptionGroup var jobs: JobsOptions

  struct Output: Encodable { var id: String?; var assertions: [SpanAssertion] }

  func validate() throws {
    if input.input != .jsonl { throw ValidationError("notesum assert reads --input jsonl") }
  }

  func run() throws {
    let engine = Engine(ruleSet: try ruleSet.load())
    _ = try JSONLCommand.run(command: "assert", input: input, jobs: jobs.jobs, extraFields: ["spans", "target"]) { record in
      func bad(_ kind: RecordError.Kind, _ message: String) -> RecordOutcome {
        .error(RecordCodec.errorLine(line: record.line, id: record.id, error: .init(kind: kind, message: message)))
      }
      var spans: [Span] = []
      if case .array(let list)? = record.extra["spans"] {
        for item in list {
          // Int(exactly:) refuses fractions and values out of Int's range (1e300 would trap in Int(_:)).
          guard case .object(let o) = item, case .number(let sd)? = o["start"], case .number(let ed)? = o["end"],
            let s = Int(exactly: sd), let e = Int(exactly: ed), s >= 0, e >= s
          else { return bad(.wrongType, "each span must be {\"start\": int, \"end\": int} with start <= end") }
          spans.append(Span(start: s, end: e))
        }
      } else if case .string(let target)? = record.extra["target"] {
        spans = occurrences(of: target, in: record.document)
      } else if record.extra["spans"] != nil || record.extra["target"] != nil {
        return bad(.wrongType, "'spans' must be a list, 'target' a string")
      } else {
        return bad(.missingField, "record needs 'spans' or 'target'")
      }
      do {
        return .ok(RecordCodec.encodeLine(Output(id: record.id, assertions: try engine.assert(record.document, spans: spans))))
      } catch let e as SpanError {
        return bad(.wrongType, e.description)
      } catch {
        return bad(.failed, "assertion failed")
      }
    }
  }
}

/// Every case-insensitive occurrence of a phrase, on word boundaries, as scalar spans.
func occurrences(of phrase: String, in doc: Document) -> [Span] {
  let text = doc.text.lowercased()
  let needle = phrase.lowercased()
  guard !needle.isEmpty, text.unicodeScalars.count == doc.scalarCount else { return [] }
  let hay = Array(text.unicodeScalars)
  let pin = Array(needle.unicodeScalars)
  var spans: [Span] = []
  var i = 0
  while i + pin.count <= hay.count {
    if hay[i] == pin[0] && Array(hay[i..<i + pin.count]) == pin {
      let beforeOK = i == 0 || !hay[i - 1].properties.isAlphabetic
      let afterOK = i + pin.count == hay.count || !hay[i + pin.count].properties.isAlphabetic
      if beforeOK && afterOK { spans.append(Span(start: i, end: i + pin.count)); i += pin.count; continue }
    }
    i += 1
  }
  return spans
}
