import ArgumentParser
import Foundation
import NoteSum

/// `notesum segment`: clinical sentence segmentation.
struct Segment: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Print a note's sentences, one per line, or as JSON with source offsets.")

  @OptionGroup var input: InputOptions
  @OptionGroup var ruleSet: RuleSetOptions
  @OptionGroup var jobs: JobsOptions

  @Option(name: .long, help: "Output format: text (one sentence a line) or json (default: text; jsonl for --input jsonl).")
  var format: OutputFormat?

  struct Item: Codable { var start: Int; var end: Int; var text: String; var section: String; var header: Bool }
  struct Output: Codable { var id: String?; var sentences: [Item] }

  static func items(_ doc: Document, _ engine: Engine) throws -> [Item] {
    try engine.segment(doc).map {
      Item(start: $0.span.start, end: $0.span.end, text: doc.slice($0.span) ?? "", section: $0.section, header: $0.isHeader)
    }
  }

  func run() throws {
    let engine = Engine(ruleSet: try ruleSet.load())
    switch input.input {
    case .text:
      for named in try InputFiles.read(input.files, maxBytes: input.maxNoteBytes) {
        let doc = try InputFiles.document(named, lossy: input.lossy)
        let items = try Segment.items(doc, engine)
        switch format ?? .text {
        case .json: try Console.out(prettyJSON(Output(id: nil, sentences: items)))
        case .jsonl: try Console.out(RecordCodec.encodeLine(Output(id: nil, sentences: items)))
        case .text, .markdown: try Console.out(items.map { $0.text.replacingNewlines() + "\n" }.joined())
        }
      }
    case .jsonl:
      _ = try JSONLCommand.run(command: "segment", input: input, jobs: jobs.jobs) { record in
        do {
          return .ok(RecordCodec.encodeLine(Output(id: record.id, sentences: try Segment.items(record.document, engine))))
        } catch {
          return .error(RecordCodec.errorLine(line: record.line, id: record.id, error: .init(kind: .failed, message: "segmentation failed")))
        }
      }
    }
  }
}
