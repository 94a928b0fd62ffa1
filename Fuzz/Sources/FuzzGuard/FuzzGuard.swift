import FuzzSupport
import NoteSum

/// Arbitrary bytes as a candidate and a source for `Guard.check`: the input up to its first NUL byte is the
/// candidate, the rest (when there is a NUL) the source. Both are decoded lossily.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzGuard(_ data: UnsafeRawPointer?, _ count: Int) -> CInt {
  guard let start = data ?? UnsafeRawPointer(bitPattern: 1) else { return 0 }
  let bytes = Fuzz.bytes(start, count)
  let split = bytes.firstIndex(of: 0)
  let candidateBytes = split.map { Array(bytes[..<$0]) } ?? bytes
  guard let candidate = try? Document(utf8: candidateBytes, lossy: true) else { fatalError("lossy decoding threw") }
  var source: Document? = nil
  if let split {
    guard let s = try? Document(utf8: bytes[(split + 1)...], lossy: true) else { fatalError("lossy decoding threw") }
    source = s
  }
  let checker = Guard(engine: Fuzz.engine)
  for audience in [Audience.clinician, .patient] {
    guard let r = try? checker.check(candidate: candidate, source: source, id: "g", options: ProcessOptions(audience: audience)) else {
      continue
    }
    if r.blocked && !r.text.isEmpty { fatalError("a blocked guard result carries text") }
    for v in r.violations {
      if let s = v.start, let e = v.end, !(0 <= s && s <= e && e <= candidate.scalarCount) { fatalError("violation span outside the candidate") }
      if let s = v.sourceStart, let e = v.sourceEnd, let source, !(0 <= s && s <= e && e <= source.scalarCount) {
        fatalError("violation span outside the source")
      }
    }
    for x in r.redactions where !(0 <= x.start && x.start <= x.end && x.end <= candidate.scalarCount) {
      fatalError("redaction span outside the candidate")
    }
  }
  return 0
}

/// The entry point SwiftPM's debug link expects; see `Fuzz.runDriver`.
@_cdecl("FuzzGuard_main")
public func fuzzGuardMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
  Fuzz.runDriver(argc, argv) { data, count in fuzzGuard(data, count) }
}
