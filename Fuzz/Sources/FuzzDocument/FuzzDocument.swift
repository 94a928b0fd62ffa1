import FuzzSupport
import NoteSum

/// Arbitrary bytes into document decoding (strict and lossy), segmentation, analysis and the full pipeline.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDocument(_ data: UnsafeRawPointer?, _ count: Int) -> CInt {
  guard let start = data ?? UnsafeRawPointer(bitPattern: 1) else { return 0 }
  let bytes = Fuzz.bytes(start, count)
  let strict = try? Document(utf8: bytes)
  guard let doc = try? Document(utf8: bytes, lossy: true) else { fatalError("lossy decoding threw") }
  if let strict, strict.utf16 != doc.utf16 { fatalError("strict and lossy decoding differ on valid input") }
  if strict == nil && doc.replacements == 0 { fatalError("strict decoding failed but lossy replaced nothing") }
  let engine = Fuzz.engine
  do {
    for s in try engine.segment(doc) {
      guard s.span.start >= 0, s.span.start <= s.span.end, s.span.end <= doc.scalarCount, doc.slice(s.span) != nil else {
        fatalError("sentence span outside the document")
      }
    }
    _ = try engine.analyze(doc)
    let clinician = try engine.process(doc, id: "f")
    Fuzz.checkSpans(clinician, in: doc)
    let patient = try engine.process(doc, id: "f", options: ProcessOptions(audience: .patient))
    Fuzz.checkSpans(patient, in: doc)
  } catch {
    // A thrown error is a handled outcome; only crashes and broken invariants are findings.
  }
  return 0
}

/// The entry point SwiftPM's debug link expects; see `Fuzz.runDriver`.
@_cdecl("FuzzDocument_main")
public func fuzzDocumentMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
  Fuzz.runDriver(argc, argv) { data, count in fuzzDocument(data, count) }
}
