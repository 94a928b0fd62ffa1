@_implementationOnly import CICU

/// An ICU break iterator over a UTF-16 buffer. Not thread-safe: keep one per thread and re-point it at each text
/// with `setText`, which is far cheaper than opening a new one.
public final class BreakIterator {
  /// What the iterator finds boundaries between.
  public enum Kind: Sendable { case word, sentence }

  /// ICU's rule status for a word that is a number (UBRK_WORD_NUMBER range starts at 100).
  public static let wordNumberStatus: Int32 = 100
  /// Rule statuses at or above this value mark letters, kana or ideographs (not spaces or punctuation).
  public static let wordLetterStatus: Int32 = 200

  private let iterator: OpaquePointer
  /// Keeps the last text alive while ICU points into it.
  private var empty: [UInt16] = [0]

  /// Opens an iterator for `locale` (for example `en_US`).
  public init(_ kind: Kind, locale: String = "en_US") throws(ICUError) {
    var status = U_ZERO_ERROR
    let type: UBreakIteratorType = kind == .word ? UBRK_WORD : UBRK_SENTENCE
    let opened = empty.withUnsafeBufferPointer { cicu_ubrk_open(type, locale, $0.baseAddress, 0, &status) }
    guard let opened, !failed(status) else { throw ICUError(status) }
    iterator = opened
  }

  deinit { cicu_ubrk_close(iterator) }

  /// Appends every boundary after the start of `text` (UTF-16 offsets, ascending) and the rule status of the segment
  /// ending there. The buffer must stay valid for the call.
  public func boundaries(in text: UnsafeBufferPointer<UInt16>, into ends: inout [Int32], statuses: inout [Int32]) {
    forEachBoundary(in: text) { end, status in
      ends.append(Int32(end))
      statuses.append(status)
    }
  }

  /// Calls `body` with each boundary after the start of `text` (in UTF-16 offsets, ascending) and the rule status of
  /// the segment that ends there. The buffer must stay valid for the duration of the call.
  public func forEachBoundary(
    in text: UnsafeBufferPointer<UInt16>, _ body: (_ boundary: Int, _ status: Int32) -> Void
  ) {
    guard let base = text.baseAddress, text.count > 0 else { return }
    var status = U_ZERO_ERROR
    cicu_ubrk_setText(iterator, base, Int32(text.count), &status)
    guard !failed(status) else { return }
    _ = cicu_ubrk_first(iterator)
    while true {
      let next = cicu_ubrk_next(iterator)
      if next < 0 { break }
      body(Int(next), cicu_ubrk_getRuleStatus(iterator))
    }
    // Detach from the caller's buffer so no dangling pointer is kept.
    empty.withUnsafeBufferPointer { cicu_ubrk_setText(iterator, $0.baseAddress, 0, &status) }
  }
}
