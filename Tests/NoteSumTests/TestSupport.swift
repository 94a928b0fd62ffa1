import Foundation
@testable import NoteSum

/// The bundled default rule set, loaded once for all tests.
let defaultRules: RuleSet = {
  do { return try RuleSet.bundledDefault() } catch { fatalError("default rules failed to load:\n\(error)") }
}()

let defaultEngine = Engine(ruleSet: defaultRules)

/// The repository root (for fixtures under Corpora/ and Rules/).
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
  .deletingLastPathComponent()

/// Sentence texts (headers excluded unless asked) of a note under the default rules.
func sentences(_ text: String, headers: Bool = false) throws -> [String] {
  let doc = Document(text)
  return try defaultEngine.segment(doc).filter { headers || !$0.isHeader }.map { doc.slice($0.span)! }
}

/// A temporary directory removed at process exit is not needed; tests clean up after themselves.
func temporaryDirectory() throws -> URL {
  let url = FileManager.default.temporaryDirectory.appendingPathComponent("notesum-test-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  return url
}
