import Foundation
import FuzzSupport
import NoteSum

/// A small index built once per fuzzing process.
let index: NoteIndex = {
  let dir = Fuzz.temporaryDirectory("notesum-fuzz-search")
  atexit { try? FileManager.default.removeItem(at: URL(fileURLWithPath: index.path).deletingLastPathComponent()) }
  do {
    let index = try NoteIndex(path: dir.appendingPathComponent("index.sqlite").path)
    let notes = [
      ("acs", "HPI: Crushing chest pain radiating to the left arm with diaphoresis.\n\nPlan: Send to the ED now."),
      ("cough", "HPI: Mild dry cough for two days. Denies chest pain or fever.\n\nPlan: Fluids and rest."),
      ("uni", "Assessment: Fièvre, naïve café patient; 発熱 と 咳. SpO2 88%. Emoji 🤒 noted."),
    ]
    try index.add(notes.map { try IndexEntry(id: $0.0, document: Document($0.1), engine: Fuzz.engine) })
    return index
  } catch { fatalError("cannot build the fuzz index: \(error)") }
}()

/// Arbitrary strings as search queries: plain and raw FTS5, with filters and highlight markers drawn from the input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSearch(_ data: UnsafeRawPointer?, _ count: Int) -> CInt {
  guard let start = data ?? UnsafeRawPointer(bitPattern: 1) else { return 0 }
  let text = String(decoding: UnsafeRawBufferPointer(start: start, count: count), as: UTF8.self)
  let parts = text.split(separator: "\u{1F}", maxSplits: 2, omittingEmptySubsequences: false).map(String.init)
  let query = parts[0]
  let concept = parts.count > 1 ? parts[1] : nil
  let section = parts.count > 2 ? parts[2] : nil
  for raw in [false, true] {
    let q = SearchQuery(
      text: query, raw: raw, minimumEscalation: count % 3 == 0 ? .urgent : nil, concepts: concept.map { [$0] } ?? [],
      section: section, limit: 5, highlightOpen: concept ?? "**", highlightClose: section ?? "**", snippetWords: count % 70 - 3)
    do {
      let hits = try index.search(q)
      if hits.count > 5 { fatalError("more hits than the limit") }
    } catch let e as IndexError {
      switch e {
      case .invalidQuery, .emptyQuery: break
      default: fatalError("search failed: \(e)")
      }
    } catch {
      fatalError("search threw a non-index error: \(type(of: error))")
    }
  }
  return 0
}

/// The entry point SwiftPM's debug link expects; see `Fuzz.runDriver`.
@_cdecl("FuzzSearch_main")
public func fuzzSearchMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
  Fuzz.runDriver(argc, argv) { data, count in fuzzSearch(data, count) }
}
