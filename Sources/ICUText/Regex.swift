@_implementationOnly import CICU

/// A compiled ICU regular expression. The compiled form is immutable and can be shared across threads;
/// each thread matches through its own `RegexMatcher`, made by `makeMatcher()`.
public final class CompiledRegex: @unchecked Sendable {
  /// The pattern as written.
  public let pattern: String
  private let prototype: OpaquePointer
  private let patternUnits: [UInt16]
  private let lock = SpinLock()
  /// Match time limit in ICU work units (roughly milliseconds on current hardware); 0 disables it.
  public let timeLimit: Int32
  /// The capture group reported as the match: the group named `target` when the pattern has one, else 0.
  public let targetGroup: Int32

  /// Compiles `pattern`, case-insensitively when asked. Throws with the line and offset of a syntax error.
  public init(_ pattern: String, caseInsensitive: Bool, timeLimit: Int32 = 50) throws(ICUError) {
    self.pattern = pattern
    self.timeLimit = timeLimit
    patternUnits = Array(pattern.utf16)
    var status = U_ZERO_ERROR
    var parseError = UParseError()
    let flags: UInt32 = caseInsensitive ? UInt32(UREGEX_CASE_INSENSITIVE.rawValue) : 0
    let opened = patternUnits.withUnsafeBufferPointer {
      cicu_uregex_open($0.baseAddress, Int32($0.count), flags, &parseError, &status)
    }
    guard let opened, !failed(status) else {
      throw ICUError(status, line: Int(parseError.line), offset: Int(parseError.offset))
    }
    prototype = opened
    var groupStatus = U_ZERO_ERROR
    let name = Array("target".utf16)
    let group = name.withUnsafeBufferPointer {
      cicu_uregex_groupNumberFromName(opened, $0.baseAddress, Int32($0.count), &groupStatus)
    }
    targetGroup = failed(groupStatus) ? 0 : group
  }

  deinit { cicu_uregex_close(prototype) }

  /// A matcher for use on one thread.
  public func makeMatcher() throws(ICUError) -> RegexMatcher {
    var status = U_ZERO_ERROR
    let clone = lock.withLock { cicu_uregex_clone(prototype, &status) }
    guard let clone, !failed(status) else { throw ICUError(status) }
    return RegexMatcher(clone, timeLimit: timeLimit, group: targetGroup)
  }
}

/// One thread's matcher for a `CompiledRegex`. Not thread-safe.
public final class RegexMatcher {
  private let regex: OpaquePointer
  private let group: Int32

  init(_ regex: OpaquePointer, timeLimit: Int32, group: Int32) {
    self.regex = regex
    self.group = group
    var status = U_ZERO_ERROR
    if timeLimit > 0 { cicu_uregex_setTimeLimit(regex, timeLimit, &status) }
  }

  deinit { cicu_uregex_close(regex) }

  /// Calls `body` with each non-overlapping match `[start, end)` in UTF-16 offsets (of the `target` group when the
  /// pattern names one). Throws when ICU stops the match,
  /// for example on its time limit (`U_REGEX_TIME_OUT`). The buffer must stay valid for the call.
  public func forEachMatch(
    in text: UnsafeBufferPointer<UInt16>, region: Range<Int>? = nil, _ body: (_ start: Int, _ end: Int) -> Void
  ) throws(ICUError) {
    guard let base = text.baseAddress, text.count > 0 else { return }
    var status = U_ZERO_ERROR
    cicu_uregex_setText(regex, base, Int32(text.count), &status)
    guard !failed(status) else { throw ICUError(status) }
    if let region {
      // Match only inside the region, but let look-behind and look-ahead see the text around it.
      cicu_uregex_setRegion(regex, Int32(region.lowerBound), Int32(region.upperBound), &status)
      cicu_uregex_useTransparentBounds(regex, 1, &status)
      guard !failed(status) else { throw ICUError(status) }
    }
    defer {
      var s = U_ZERO_ERROR
      var zero: UInt16 = 0
      cicu_uregex_setText(regex, &zero, 0, &s)
    }
    while cicu_uregex_findNext(regex, &status) != 0 {
      if failed(status) { throw ICUError(status) }
      let start = cicu_uregex_start(regex, group, &status)
      let end = cicu_uregex_end(regex, group, &status)
      if failed(status) { throw ICUError(status) }
      if start >= 0 && end >= start { body(Int(start), Int(end)) }
    }
    if failed(status) { throw ICUError(status) }
  }

  /// Points the matcher at `text` for a run of `prefixMatch` calls (no per-call `setText`). The buffer must stay
  /// valid until `unbind()`.
  public func bind(_ text: UnsafeBufferPointer<UInt16>) throws(ICUError) {
    guard let base = text.baseAddress, text.count > 0 else { return }
    var status = U_ZERO_ERROR
    cicu_uregex_setText(regex, base, Int32(text.count), &status)
    cicu_uregex_useTransparentBounds(regex, 1, &status)
    guard !failed(status) else { throw ICUError(status) }
  }

  /// Detaches the matcher from the bound text.
  public func unbind() {
    var status = U_ZERO_ERROR
    var zero: UInt16 = 0
    cicu_uregex_setText(regex, &zero, 0, &status)
  }

  /// A match that starts exactly at `start` (and ends by `limit`) in the bound text, as `[start, end)` of the
  /// `target` group when the pattern names one; look-behind sees the text before `start`.
  public func prefixMatch(at start: Int, limit: Int) throws(ICUError) -> (start: Int, end: Int)? {
    var status = U_ZERO_ERROR
    cicu_uregex_setRegion(regex, Int32(start), Int32(limit), &status)
    guard !failed(status) else { throw ICUError(status) }
    let found = cicu_uregex_lookingAt(regex, -1, &status)
    if failed(status) { throw ICUError(status) }
    guard found != 0 else { return nil }
    let a = cicu_uregex_start(regex, group, &status)
    let b = cicu_uregex_end(regex, group, &status)
    if failed(status) { throw ICUError(status) }
    return a >= 0 && b >= a ? (Int(a), Int(b)) : nil
  }
}
