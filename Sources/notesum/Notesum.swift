import ArgumentParser
import Foundation

@main
struct Notesum: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "notesum",
    abstract: "Clinical-note summaries with guardrails: an automated aid for clinician review, not a diagnosis.",
    discussion: """
      Reads clinical notes, prints an extractive summary whose every sentence points back to the source, an \
      escalation verdict for red-flag findings, banned content removed or the output blocked, and a disclaimer.
      Exit codes: 0 ok, 2 escalation at or above --fail-on, 3 output blocked, 4 guard violations \
      (--fail-on-violation), 5 eval gate failed, 6 rule example failed, 64 usage, 65 invalid input, \
      66 unreadable input, 70 internal error, 74 output error, 78 rule-set error.
      """,
    version: "0.1.0",
    subcommands: [
      IndexCommand.self,
      SearchCommand.self,
      EvalCommand.self,
      CorpusCommand.self,
      Summarize.self, Segment.self, RulesCommand.self, AssertCommand.self, GuardCommand.self,
    ],
    defaultSubcommand: Summarize.self)

  static func main() {
    Console.setUp()
    do {
      var command = try parseAsRoot()
      try command.run()
    } catch {
      exit(withError: error)
    }
  }
}
