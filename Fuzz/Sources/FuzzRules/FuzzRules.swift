import Foundation
import FuzzSupport
import NoteSum

/// The scratch rule-set folder: a fixed manifest including one file, whose bytes are the fuzz input.
let folder: URL = {
  let dir = Fuzz.temporaryDirectory("notesum-fuzz-rules")
  let manifest = "format: 1\nname: fuzz\nversion: 1.0.0\ninclude: [rules.yaml]\n"
  try? manifest.write(to: dir.appendingPathComponent("ruleset.yaml"), atomically: true, encoding: .utf8)
  atexit { try? FileManager.default.removeItem(at: folder) }
  return dir
}()

let note = Document(
  "HPI: Crushing chest pain radiating to the left arm. Denies fever. SpO2 86% on room air.\nPlan: call 555-123-4567.")

/// Arbitrary bytes as a rule file. Loading either succeeds or throws diagnostics; a loaded set must run.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRules(_ data: UnsafeRawPointer?, _ count: Int) -> CInt {
  guard let start = data ?? UnsafeRawPointer(bitPattern: 1) else { return 0 }
  let file = folder.appendingPathComponent("rules.yaml")
  do { try Data(bytes: start, count: count).write(to: file) } catch { fatalError("cannot write the rule file") }
  do {
    let rules = try RuleSet(directory: folder.path, displayPath: "fuzz")
    let engine = Engine(ruleSet: rules)
    if let r = try? engine.process(note) { Fuzz.checkSpans(r, in: note) }
    _ = try? Guard(engine: engine).check(candidate: note, source: note)
  } catch {
    if error.diagnostics.isEmpty { fatalError("a rule set failed to load without a diagnostic") }
    for d in error.diagnostics where d.message.isEmpty { fatalError("a diagnostic has no message") }
  }
  return 0
}

/// The entry point SwiftPM's debug link expects; see `Fuzz.runDriver`.
@_cdecl("FuzzRules_main")
public func fuzzRulesMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
  Fuzz.runDriver(argc, argv) { data, count in fuzzRules(data, count) }
}
