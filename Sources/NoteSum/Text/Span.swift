/// A half-open range `[start, end)` of Unicode-scalar offsets into a note's original text
/// (the offsets Python's `str` slicing uses).
public struct Span: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
  /// First scalar offset in the span.
  public var start: Int
  /// One past the last scalar offset.
  public var end: Int

  /// A span from `start` up to, not including, `end`.
  public init(start: Int, end: Int) {
    self.start = start
    self.end = end
  }

  /// The number of scalars covered.
  public var length: Int { end - start }

  /// True when the two spans share at least one scalar.
  public func overlaps(_ other: Span) -> Bool { start < other.end && other.start < end }

  /// True when `other` lies entirely within this span.
  public func contains(_ other: Span) -> Bool { start <= other.start && other.end <= end }

  public static func < (a: Span, b: Span) -> Bool { (a.start, a.end) < (b.start, b.end) }
  public var description: String { "[\(start), \(end))" }
}

/// A span in UTF-16 code units: the unit the analysis stages work in internally.
struct UTF16Range: Hashable, Comparable, Sendable {
  var start: Int
  var end: Int
  static func < (a: Self, b: Self) -> Bool { (a.start, a.end) < (b.start, b.end) }
  var isEmpty: Bool { start >= end }
  func overlaps(_ o: Self) -> Bool { start < o.end && o.start < end }
}
