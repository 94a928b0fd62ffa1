import ArgumentParser
import Foundation
import NoteSum

/// `notesum corpus generate`: seeded synthetic notes.
struct CorpusCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "corpus", abstract: "Synthetic labelled corpora.", subcommands: [Generate.self])

  struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Write seeded synthetic notes as JSONL to stdout.",
      discussion: """
        The same seed and count always give the same bytes. Without --with-gold each line is {"id","style","text"}; \
        with it, the gold labels known by construction are added (escalation level and rules, red-flag findings with \
        spans, PHI spans, a reference summary), in the format of Corpora/README.md.
        """)

    @Option(help: "Seed (an unsigned integer).") var seed: UInt64 = 1
    @Option(help: "Number of notes.") var count: Int = 100
    @Flag(help: "Include gold labels.") var withGold = false

    func validate() throws {
      if count < 0 { throw ValidationError("--count must not be negative") }
    }

    func run() throws {
      let gen = CorpusGenerator(seed: seed)
      struct Plain: Encodable { var id: String; var style: String?; var text: String }
      var buffer: [UInt8] = []
      for i in 0..<count {
        let note = gen.note(i)
        buffer += withGold ? RecordCodec.encodeLine(note) : RecordCodec.encodeLine(Plain(id: note.id, style: note.style, text: note.text))
        if buffer.count > 1 << 20 {
          try Console.out(buffer)
          buffer.removeAll(keepingCapacity: true)
        }
      }
      try Console.out(buffer)
    }
  }
}
