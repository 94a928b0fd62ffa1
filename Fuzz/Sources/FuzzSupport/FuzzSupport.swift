import Foundation
import NoteSum

/// Shared state and checks for the fuzz targets. A failed check calls `fatalError`, which libFuzzer reports as a
/// crash and saves the input.
public enum Fuzz {
  /// The bundled default engine, loaded once per fuzzing process.
  public static let engine: Engine = {
    do { return Engine(ruleSet: try RuleSet.bundledDefault()) } catch { fatalError("default rules failed to load: \(error)") }
  }()

  /// The input as bytes.
  public static func bytes(_ start: UnsafeRawPointer, _ count: Int) -> [UInt8] {
    Array(UnsafeRawBufferPointer(start: start, count: count))
  }

  /// Checks that every span a result reports lies inside the document, and that summary items slice back
  /// (exactly when nothing inside them was redacted).
  public static func checkSpans(_ r: NoteResult, in doc: Document) {
    func inside(_ s: Int, _ e: Int, _ what: String) {
      guard s >= 0, s <= e, e <= doc.scalarCount else { fatalError("\(what) span [\(s),\(e)) outside 0..<\(doc.scalarCount)") }
    }
    for f in r.findings { inside(f.start, f.end, "finding") }
    for m in r.measurements { inside(m.start, m.end, "measurement") }
    for x in r.redactions { inside(x.start, x.end, "redaction") }
    for d in r.dropped { inside(d.start, d.end, "dropped") }
    for reason in r.escalation.reasons { for e in reason.evidence { inside(e.start, e.end, "evidence") } }
    for item in r.summary {
      inside(item.start, item.end, "summary")
      let redacted = r.redactions.contains { $0.start >= item.start && $0.end <= item.end }
      if !redacted, doc.slice(Span(start: item.start, end: item.end)) != item.text {
        fatalError("summary item does not slice back to its source span")
      }
    }
    if r.blocked && !r.summary.isEmpty { fatalError("a blocked result carries summary text") }
  }

  /// A fresh private temporary directory (removed by the caller).
  public static func temporaryDirectory(_ prefix: String) -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(getpid())-\(UUID().uuidString)")
    try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }
}

@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
  _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
  _ callback: @convention(c) (UnsafeRawPointer?, Int) -> CInt
) -> CInt

extension Fuzz {
  /// Hands control to libFuzzer. SwiftPM's debug builds link every executable with `main` defined as
  /// `<Module>_main` (so that tests can import executables); each target defines that symbol and calls this, which
  /// runs libFuzzer's own driver with the target's `LLVMFuzzerTestOneInput`. Release builds use libFuzzer's `main`.
  public static func runDriver(
    _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>,
    _ callback: @convention(c) (UnsafeRawPointer?, Int) -> CInt
  ) -> CInt {
    var argc = argc
    var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = argv
    return LLVMFuzzerRunDriver(&argc, &argv, callback)
  }
}
