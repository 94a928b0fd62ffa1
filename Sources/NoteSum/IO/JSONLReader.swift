import Foundation

/// One line of a JSONL stream: its 1-based number and bytes (without the newline), or a note that it was too long.
public struct JSONLLine: Sendable {
  public var number: Int
  public var bytes: [UInt8]
  /// Set when the line was longer than the limit; `bytes` is then empty and the line was skipped unread.
  public var overlongBytes: Int?
}

/// Reads JSONL from a file descriptor in chunks, splitting lines with `memchr`, with bounded memory: a line longer
/// than `maxLineBytes` is skipped (and reported), never buffered whole.
public final class JSONLReader {
  private let fd: Int32
  private let maxLineBytes: Int
  private var buffer: [UInt8]
  private var start = 0, end = 0
  private var eof = false
  private var lineNumber = 0
  private var skipping = false
  private var skipped = 0

  /// A reader over `fd` (not closed by the reader).
  public init(fileDescriptor fd: Int32, maxLineBytes: Int) {
    self.fd = fd
    self.maxLineBytes = maxLineBytes
    buffer = [UInt8](repeating: 0, count: 1 << 20)  // grows (doubling) when a line needs more
  }

  /// The next line, or nil at the end of input. A final line without a newline counts; a trailing empty line does not.
  public func next() throws -> JSONLLine? {
    while true {
      // Look for a newline in the buffered bytes.
      let found: Int? = buffer.withUnsafeBufferPointer { b -> Int? in
        guard end > start, let base = b.baseAddress else { return nil }
        guard let p = memchr(base + start, 0x0A, end - start) else { return nil }
        return base.distance(to: p.assumingMemoryBound(to: UInt8.self))
      }
      if let nl = found {
        let lineStart = start
        start = nl + 1
        if skipping {
          skipping = false
          lineNumber += 1
          let total = skipped + (nl - lineStart)
          skipped = 0
          return JSONLLine(number: lineNumber, bytes: [], overlongBytes: total)
        }
        lineNumber += 1
        var stop = nl
        if stop > lineStart && buffer[stop - 1] == 0x0D { stop -= 1 }
        if nl - lineStart > maxLineBytes {
          return JSONLLine(number: lineNumber, bytes: [], overlongBytes: nl - lineStart)
        }
        return JSONLLine(number: lineNumber, bytes: Array(buffer[lineStart..<stop]), overlongBytes: nil)
      }
      if eof {
        if skipping {
          skipping = false
          lineNumber += 1
          let total = skipped + (end - start)
          start = end
          return JSONLLine(number: lineNumber, bytes: [], overlongBytes: total)
        }
        guard end > start else { return nil }
        lineNumber += 1
        var stop = end
        if buffer[stop - 1] == 0x0D { stop -= 1 }
        let line = Array(buffer[start..<stop])
        start = end
        if line.count > maxLineBytes { return JSONLLine(number: lineNumber, bytes: [], overlongBytes: line.count) }
        return JSONLLine(number: lineNumber, bytes: line, overlongBytes: nil)
      }
      // No newline buffered: the partial line is too long, or more input is needed.
      if end - start > maxLineBytes {
        skipping = true
        skipped += end - start
        start = 0
        end = 0
      }
      try fill()
    }
  }

  private func fill() throws {
    if start > 0 {
      let n = end - start
      if n > 0 {
        buffer.withUnsafeMutableBufferPointer { b in
          _ = memmove(b.baseAddress!, b.baseAddress! + start, n)
        }
      }
      start = 0
      end = n
    }
    if end == buffer.count { buffer.append(contentsOf: [UInt8](repeating: 0, count: buffer.count)) }
    let got = buffer.withUnsafeMutableBufferPointer { b -> Int in
      var r: Int
      repeat { r = read(fd, b.baseAddress! + end, b.count - end) } while r < 0 && errno == EINTR
      return r
    }
    if got < 0 { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
    if got == 0 { eof = true } else { end += got }
  }
}
