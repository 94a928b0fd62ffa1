import Foundation
import GRDB
import GRDBSQLite

/// `notesum_bm25(notes_fts, tokens)`: FTS5's own `bm25()` (k1 = 1.2, b = 0.75, every column weighted 1), computed
/// the same way, except that the row's length in tokens comes from the second argument.
///
/// FTS5's `bm25()` reads each row's length with a separate lookup in its `_docsize` table, which costs most of the
/// ranking time when a word is in tens of thousands of notes. Searches pass `notes.tokens` instead, read from a
/// covering index joined in rowid order. Without the argument (or with NULL) the function asks FTS5, as `bm25()` does.
/// Like `bm25()` it returns the negated score, so better matches sort first in ascending order.
enum BM25Function {
  static let name = "notesum_bm25"

  /// Registers the function on a connection.
  static func register(_ db: Database) throws {
    let api = UnsafeMutablePointer(mutating: FTS5.api(db))
    let rc = api.pointee.xCreateFunction!(api, name, nil, score, nil)
    if rc != SQLITE_OK { throw DatabaseError(resultCode: ResultCode(rawValue: rc)) }
  }

  /// What stays the same for every row of one query (the mean length and each phrase's idf), and a buffer for the
  /// row's phrase frequencies. Plain buffers: this runs for every match, and Swift arrays in a class cost checks.
  final class QueryData {
    let phrases: Int
    let meanLength: Double
    let idf: UnsafeMutableBufferPointer<Double>
    let frequency: UnsafeMutableBufferPointer<Double>

    init(meanLength: Double, idf: [Double]) {
      phrases = idf.count
      self.meanLength = meanLength
      self.idf = .allocate(capacity: idf.count)
      _ = self.idf.initialize(from: idf)
      frequency = .allocate(capacity: idf.count)
      frequency.initialize(repeating: 0)
    }

    deinit {
      idf.deallocate()
      frequency.deallocate()
    }
  }

  private static let score: fts5_extension_function = { api, fts, context, argc, argv in
    guard let api, let fts else { return }
    let rc = BM25Function.evaluate(api, fts, context, argc, argv)
    if rc != SQLITE_OK { sqlite3_result_error_code(context, rc) }
  }

  private static func evaluate(
    _ api: UnsafePointer<Fts5ExtensionApi>, _ fts: OpaquePointer, _ context: OpaquePointer?, _ argc: Int32,
    _ argv: UnsafeMutablePointer<OpaquePointer?>?
  ) -> Int32 {
    var rc = SQLITE_OK
    let data: QueryData
    if let stored = api.pointee.xGetAuxdata!(fts, 0) {
      data = Unmanaged<QueryData>.fromOpaque(stored).takeUnretainedValue()
    } else {
      guard let made = queryData(api.pointee, fts, &rc) else { return rc }
      data = made
      let box = Unmanaged.passRetained(made).toOpaque()
      rc = api.pointee.xSetAuxdata!(fts, box) { Unmanaged<QueryData>.fromOpaque($0!).release() }
      if rc != SQLITE_OK { return rc }
    }
    let frequency = data.frequency, idf = data.idf
    for i in 0..<data.phrases { frequency[i] = 0 }
    var count: Int32 = 0
    rc = api.pointee.xInstCount!(fts, &count)
    if rc != SQLITE_OK { return rc }
    let inst = api.pointee.xInst!
    for i in 0..<count {
      var phrase: Int32 = 0, column: Int32 = 0, offset: Int32 = 0
      rc = inst(fts, i, &phrase, &column, &offset)
      if rc != SQLITE_OK { return rc }
      frequency[Int(phrase)] += 1
    }
    let length: Double
    if argc > 0, let value = argv?[0], sqlite3_value_type(value) != SQLITE_NULL {
      length = sqlite3_value_double(value)
    } else {
      var tokens: Int32 = 0
      rc = api.pointee.xColumnSize!(fts, -1, &tokens)
      if rc != SQLITE_OK { return rc }
      length = Double(tokens)
    }
    let k1 = 1.2, b = 0.75
    var score = 0.0
    for i in 0..<data.phrases {
      let f = frequency[i]
      score += idf[i] * ((f * (k1 + 1.0)) / (f + k1 * (1 - b + b * length / data.meanLength)))
    }
    sqlite3_result_double(context, -1.0 * score)
    return SQLITE_OK
  }

  /// The mean row length and, per phrase, idf = ln((N - n + 0.5) / (n + 0.5)) floored at 1e-6, as in `bm25()`.
  private static func queryData(_ api: Fts5ExtensionApi, _ fts: OpaquePointer, _ rc: inout Int32) -> QueryData? {
    var rows: Int64 = 0, tokens: Int64 = 0
    rc = api.xRowCount!(fts, &rows)
    if rc == SQLITE_OK { rc = api.xColumnTotalSize!(fts, -1, &tokens) }
    if rc != SQLITE_OK { return nil }
    var idf: [Double] = []
    for phrase in 0..<api.xPhraseCount!(fts) {
      var hits: Int64 = 0
      rc = api.xQueryPhrase!(fts, phrase, &hits) { _, _, counter in
        counter!.assumingMemoryBound(to: Int64.self).pointee += 1
        return SQLITE_OK
      }
      if rc != SQLITE_OK { return nil }
      let value = log((Double(rows - hits) + 0.5) / (Double(hits) + 0.5))
      idf.append(value <= 0 ? 1e-6 : value)
    }
    return QueryData(meanLength: Double(tokens) / Double(rows), idf: idf)
  }
}
