import Foundation

/// One JSONL input record: `{"id": …, "text": …}` plus any other fields, which pass through to the output.
public struct InputRecord: Sendable {
  public var line: Int
  public var id: String?
  /// The named text field's bytes, validated as UTF-8 into a document.
  public var document: Document
  /// Every other field of the record, passed through as `fields` in the output.
  public var fields: [String: JSONValue]
  /// Other named fields the command asked for (for example `source` for `guard`).
  public var extra: [String: JSONValue]
}

/// Why a JSONL line produced an error record. Messages never quote the input.
public struct RecordError: Error, Sendable, Codable, Hashable {
  public enum Kind: String, Sendable, Codable {
    case invalidJSON = "invalid_json", missingField = "missing_field", wrongType = "wrong_type"
    case invalidUTF8 = "invalid_utf8", tooLarge = "too_large", blankLine = "blank_line", failed
  }
  public var kind: Kind
  public var message: String
  public init(kind: Kind, message: String) {
    self.kind = kind
    self.message = message
  }
}

/// Decodes JSONL records and encodes output and error lines, the same way for every JSONL command.
public enum RecordCodec {
  /// Decodes one line. `textField` names the field holding the note (`text`, or `candidate` for guard).
  public static func decode(
    _ line: JSONLLine, textField: String = "text", extraFields: [String] = [], lossy: Bool, maxNoteBytes: Int
  ) -> Result<InputRecord, RecordError> {
    if let n = line.overlongBytes {
      return .failure(.init(kind: .tooLarge, message: "line is \(n) bytes, over the limit of \(maxNoteBytes) bytes; raise it with --max-note-bytes"))
    }
    var bytes = line.bytes
    if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) {
      return .failure(.init(kind: .blankLine, message: "blank line"))
    }
    var object = decodeObject(bytes)
    if object == nil, let offset = invalidUTF8Offset(bytes) {
      guard lossy else {
        return .failure(.init(kind: .invalidUTF8, message: "line is not valid UTF-8 (first bad byte at offset \(offset)); re-encode it or pass --lossy"))
      }
      bytes = Array(String(decoding: bytes, as: UTF8.self).utf8)
      object = decodeObject(bytes)
    }
    guard let object else { return .failure(.init(kind: .invalidJSON, message: "line is not a JSON object")) }
    var id: String? = nil
    if let v = object["id"] {
      guard let s = v.idString else { return .failure(.init(kind: .wrongType, message: "'id' must be a string or a number")) }
      id = s
    }
    guard let textValue = object[textField] else {
      return .failure(.init(kind: .missingField, message: "record has no '\(textField)' field"))
    }
    guard case .string(let text) = textValue else {
      return .failure(.init(kind: .wrongType, message: "'\(textField)' must be a string"))
    }
    if text.utf8.count > maxNoteBytes {
      return .failure(.init(kind: .tooLarge, message: "note is \(text.utf8.count) bytes, over the limit of \(maxNoteBytes) bytes; raise it with --max-note-bytes"))
    }
    var fields = object
    fields.removeValue(forKey: "id")
    fields.removeValue(forKey: textField)
    var extra: [String: JSONValue] = [:]
    for k in extraFields { if let v = fields.removeValue(forKey: k) { extra[k] = v } }
    return .success(InputRecord(line: line.number, id: id, document: document(text), fields: fields, extra: extra))
  }

  /// The note as a document, decoded from the string's own UTF-8 storage (no copy).
  static func document(_ text: String) -> Document {
    (try? Document(utf8: text.utf8)) ?? Document(text)
  }

  /// The line as a JSON object, or nil when it is not one, exactly as `JSONDecoder` decides. `JSONParser` decides
  /// almost every line; `JSONDecoder` still gets the rare ones it cannot: zeros written with an exponent, and
  /// UTF-16 or UTF-32 lines (told apart by a byte-order mark or NUL bytes, never valid in UTF-8 JSON).
  static func decodeObject(_ bytes: [UInt8]) -> [String: JSONValue]? {
    do {
      return try bytes.withUnsafeBufferPointer { try JSONParser.parseObject($0) }
    } catch let error as JSONParseError {
      if case .zeroWithExponent = error { return decodeWithJSONDecoder(bytes) }
      guard let first = bytes.first, first == 0xFE || first == 0xFF || bytes.contains(0) else { return nil }
      return decodeWithJSONDecoder(bytes)
    } catch {
      return nil
    }
  }

  static func decodeWithJSONDecoder(_ bytes: [UInt8]) -> [String: JSONValue]? {
    try? JSONDecoder().decode([String: JSONValue].self, from: Data(bytes))
  }

  /// The error line for a record: `{"line": N, "id": …, "error": {"kind": …, "message": …}}`.
  public static func errorLine(line: Int, id: String?, error: RecordError) -> [UInt8] {
    struct ErrorRecord: Encodable { var line: Int; var id: String?; var error: RecordError }
    return encodeLine(ErrorRecord(line: line, id: id, error: error))
  }

  /// One JSON object plus a newline; keys sorted, so the bytes never depend on hashing. Note results go through
  /// the hand-written writer (`NoteResult.jsonLine`, the same bytes, several times faster).
  public static func encodeLine(_ result: NoteResult) -> [UInt8] { result.jsonLine() }

  /// One JSON object plus a newline, keys sorted, through `JSONEncoder`; a note result passed as a generic value
  /// still goes through the hand-written writer.
  public static func encodeLine<T: Encodable>(_ value: T) -> [UInt8] {
    if let result = value as? NoteResult { return result.jsonLine() }
    return encodeWithJSONEncoder(value)
  }

  /// `JSONEncoder` with sorted keys and unescaped slashes, plus a newline.
  static func encodeWithJSONEncoder<T: Encodable>(_ value: T) -> [UInt8] {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    guard var data = try? encoder.encode(value) else {
      return Array(#"{"error":{"kind":"failed","message":"output could not be encoded"}}"#.utf8) + [0x0A]
    }
    data.append(0x0A)
    return [UInt8](data)
  }

  /// The offset of the first invalid UTF-8 byte, or nil when the bytes are valid.
  static func invalidUTF8Offset(_ bytes: [UInt8]) -> Int? {
    do {
      _ = try Document(utf8: bytes)
      return nil
    } catch {
      if case .invalidUTF8(let offset) = error { return offset }
      return nil
    }
  }
}
