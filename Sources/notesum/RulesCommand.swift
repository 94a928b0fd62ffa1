import ArgumentParser
import Foundation
import NoteSum

/// `notesum rules`: check and explain rule sets.
struct RulesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "rules", abstract: "Validate a rule set and run its examples, or explain how it reads a note.",
    subcommands: [Check.self, Explain.self])

  struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Validate a rule set, run every rule's examples, print diagnostics and a one-line summary.")

    @Argument(help: "Rule-set folder (default: $NOTESUM_RULES, else the bundled default).")
    var directory: String?

    func run() throws {
      let rules = try RuleSetOptions(rules: directory).load()
      let failures = RuleExampleRunner(engine: Engine(ruleSet: rules)).run()
      for f in failures { Console.err(f.description) }
      let examples = rules.allRules.reduce(0) { $0 + $1.examples.count }
      let line = "\(rules.name) \(rules.version): \(rules.allRules.count) rules, \(examples) examples, \(failures.count) failed (sha256 \(rules.sha256.prefix(12)))"
      try Console.out(line + "\n")
      if !failures.isEmpty { throw fail(Exit.exampleFailed) }
    }
  }

  struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Show each sentence of a note with its section, concepts, measurements and cues with their scopes.")

    @OptionGroup var ruleSet: RuleSetOptions
    @Flag(name: .long, help: "Replace invalid UTF-8 with U+FFFD instead of failing.") var lossy = false
    @Argument(help: "The note (default: stdin).") var file: String?

    func run() throws {
      let engine = Engine(ruleSet: try ruleSet.load())
      let named = try InputFiles.read(file.map { [$0] } ?? [], maxBytes: 64 << 20)[0]
      let doc = try InputFiles.document(named, lossy: lossy)
      let a = try engine.analyze(doc)
      var out = ""
      for (i, s) in a.sentences.enumerated() {
        let text = (doc.slice(s.span) ?? "").replacingNewlines()
        if s.isHeader {
          out += "== header [\(s.span.start),\(s.span.end)) -> \(s.section): \(text)\n"
          continue
        }
        out += "[\(i)] (\(s.section)) [\(s.span.start),\(s.span.end)) \(text)\n"
        for c in a.cues where c.sentence == i {
          let scope = c.scope.map { " scope \"\((doc.slice($0) ?? "").replacingNewlines())\"" } ?? ""
          out += "    cue \(c.cue) (\(c.category.rawValue)) \"\(doc.slice(c.span) ?? "")\"\(scope)\n"
        }
        for f in a.findings where f.sentence == i {
          let cues = f.cues.isEmpty ? "" : " via \(f.cues.joined(separator: ", "))"
          out += "    concept \(f.concept) \"\(doc.slice(f.span) ?? "")\" -> \(f.assertion.label)\(cues)\n"
        }
        for m in a.measurements where m.sentence == i {
          let flag = !m.plausible ? " IMPLAUSIBLE (ignored)" : (m.abnormal ? " abnormal" : "")
          out += "    measurement \(m.id) = \(m.values.map { String($0) }.joined(separator: "/")) \(m.unit ?? "")\(flag)\n"
        }
      }
      try Console.out(out)
    }
  }
}

extension RuleSetOptions {
  init(rules: String?) {
    self.init()
    self.rules = rules
  }
}
