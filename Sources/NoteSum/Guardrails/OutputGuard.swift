import ICUText

/// A guardrail could not run; the record is blocked (fail closed).
public struct GuardFailure: Error, Sendable, CustomStringConvertible {
  public var rule: String
  public var reason: String
  public var description: String { "guardrail \(rule) could not run (\(reason)); the output was blocked" }
}

/// What the banned-output policy decided for a set of emitted pieces of text.
struct GuardDecision {
  struct Redaction { var rule: String; var range: UTF16Range; var replacement: String }
  var redactions: [[Redaction]]  // per piece, sorted, non-overlapping
  var dropped: [String?]  // per piece: the rule that dropped it
  var blockedBy: String?
  /// Rule id -> how many times it acted.
  var counts: [String: Int] = [:]
}

/// Runs the banned-output rules for an audience over pieces of a document (sentences to be emitted).
struct OutputGuard {
  let rules: RuleSet
  /// Words inside the document's tokens (from the same tokenization), for anchor checks.
  var subwords: [Subword] = []
  /// How far before a piece (in UTF-16 units) a regex may start matching a label.
  static let labelLookBack = 48

  func check(
    pieces: [UTF16Range], in doc: Document, tokens: [Token], audience: Audience, suppressed: Set<String>,
    workspace ws: TextWorkspace
  ) throws(GuardFailure) -> GuardDecision {
    var decision = GuardDecision(
      redactions: Array(repeating: [], count: pieces.count), dropped: Array(repeating: nil, count: pieces.count))
    let active = rules.banned.indices.filter {
      rules.banned[$0].audiences.contains(audience) && !suppressed.contains(rules.banned[$0].id)
    }
    guard !active.isEmpty else { return decision }
    let anchors = anchorIndex(tokens)
    let runnable = withoutAbsentAnchors(active, anchors: anchors)
    // A block rule concerns the whole record ("DO NOT RELEASE"): it is checked over the whole note, not only over
    // the sentences chosen for output.
    let blocking = runnable.filter { rules.banned[$0].action == .block }
    if !blocking.isEmpty {
      let windows = doc.utf16.withUnsafeBufferPointer { TextWindows.split($0) }
      for w in windows {
        if let hit = try findHits(w, in: doc, tokens: tokens, anchors: anchors, active: blocking, workspace: ws).first {
          decision.blockedBy = rules.banned[hit.rule].id
          decision.counts[rules.banned[hit.rule].id, default: 0] += 1
          return decision
        }
      }
    }
    let needles = try propagatedNeedles(in: doc, tokens: tokens, anchors: anchors, active: runnable, workspace: ws)
    for (p, piece) in pieces.enumerated() {
      var hits = try findHits(piece, in: doc, tokens: tokens, anchors: anchors, active: runnable, workspace: ws)
      if !needles.isEmpty {
        hits += propagatedHits(piece, in: doc, tokens: tokens, needles: needles)
        hits.sort { ($0.range.start, -$0.range.end, $0.rule) < ($1.range.start, -$1.range.end, $1.rule) }
      }
      for hit in hits {
        let rule = rules.banned[hit.rule]
        decision.counts[rule.id, default: 0] += 1
        switch rule.action {
        case .block:
          if decision.blockedBy == nil { decision.blockedBy = rule.id }
        case .dropSentence:
          if decision.dropped[p] == nil { decision.dropped[p] = rule.id }
        case .redact:
          if let last = decision.redactions[p].last, last.range.end > hit.range.start {
            continue  // overlaps an earlier, longer redaction
          }
          decision.redactions[p].append(.init(rule: rule.id, range: hit.range, replacement: rule.replacement))
        }
      }
    }
    return decision
  }

  /// Drops regex rules whose anchor words (every match contains one) are absent from the document.
  private func withoutAbsentAnchors(_ active: [Int], anchors index: AnchorIndex) -> [Int] {
    active.filter { r in
      // A rule with terms stays: its terms are matched separately from its regex.
      guard rules.banned[r].terms.isEmpty, let anchors = rules.bannedAnchors[r] else { return true }
      return index.contains(any: anchors)
    }
  }

  /// The anchor index of a document's tokens (built once per check).
  private func anchorIndex(_ tokens: [Token]) -> AnchorIndex {
    tokens.withUnsafeBufferPointer { AnchorIndex(tokens: $0, subwords: subwords, wanted: rules.bannedAnchorIDs) }
  }

  /// Folded words of everything the active `propagate` rules match anywhere in the document, with their rule.
  private func propagatedNeedles(
    in doc: Document, tokens: [Token], anchors: AnchorIndex, active: [Int], workspace ws: TextWorkspace
  )
    throws(GuardFailure) -> [String: Int]
  {
    let propagating = active.filter { rules.banned[$0].propagate && rules.banned[$0].action == .redact }
    guard !propagating.isEmpty, !doc.utf16.isEmpty else { return [:] }
    let windows = doc.utf16.withUnsafeBufferPointer { TextWindows.split($0) }
    var needles: [String: Int] = [:]
    var hits: [(rule: Int, range: UTF16Range)] = []
    for w in windows { hits += try findHits(w, in: doc, tokens: tokens, anchors: anchors, active: propagating, workspace: ws) }
    for hit in hits {
      // Only the tokens inside the hit (binary search): scanning every token for every hit was quadratic, hours
      // for a 50 MB note with an identifier in every paragraph.
      let (ft, lt) = tokenRange(hit.range, tokens)
      for t in tokens[ft..<lt] where t.kind == .word {
        guard t.end - t.start >= 3 else { continue }
        let word = doc.string(t.range)
        guard let first = word.unicodeScalars.first, first.properties.isUppercase else { continue }
        let folded = doc.lowercasedString(t.range)
        if needles[folded] == nil { needles[folded] = hit.rule }
      }
    }
    return needles
  }

  /// Tokens of a piece that repeat a propagated identifier word.
  private func propagatedHits(_ piece: UTF16Range, in doc: Document, tokens: [Token], needles: [String: Int])
    -> [(rule: Int, range: UTF16Range)]
  {
    let (ft, lt) = tokenRange(piece, tokens)
    var hits: [(rule: Int, range: UTF16Range)] = []
    for i in ft..<lt where tokens[i].kind == .word {
      if let rule = needles[doc.lowercasedString(tokens[i].range)] { hits.append((rule, tokens[i].range)) }
    }
    return hits
  }

  /// Every match of the active rules in one piece, sorted by start, longest first.
  private func findHits(
    _ piece: UTF16Range, in doc: Document, tokens: [Token], anchors anchorIndex: AnchorIndex, active: [Int],
    workspace ws: TextWorkspace
  ) throws(GuardFailure) -> [(rule: Int, range: UTF16Range)] {
    let activeSet = Set(active)
    var hits: [(rule: Int, range: UTF16Range)] = []
      // Terms over tokens.
      let (ft, lt) = tokenRange(piece, tokens)
      tokens.withUnsafeBufferPointer { tk in
        rules.bannedTrie.matches(tk, from: ft, to: lt) { a, b, payloads in
          for r in payloads where activeSet.contains(Int(r)) {
            hits.append((Int(r), UTF16Range(start: Int(tk[a].start), end: Int(tk[b - 1].end))))
          }
        }
      }
      // Regexes over the piece's text, skipping those whose speed hints rule the piece out. The region reaches back
      // a little so that a label just before the piece ("PATIENT NAME:" split off as a header) still introduces an
      // identifier inside it; only identifiers starting inside the piece count.
      let lookBack = max(0, piece.start - OutputGuard.labelLookBack)
      var failure: GuardFailure? = nil
      doc.utf16.withUnsafeBufferPointer { text in
        let profile = PieceProfile(text, piece)
        for r in active {
          guard let regex = rules.bannedRegexes[r], profile.allows(rules.banned[r]) else { continue }
          do {
            let matcher = try ws.matcher(for: regex)
            if rules.bannedStartsAtAnchor.contains(r), let anchors = rules.bannedAnchors[r] {
              // Every match starts at an anchor token: try only at those in (or just before) the piece.
              let starts = anchorIndex.starts(of: anchors, from: lookBack, to: piece.end)
              guard !starts.isEmpty else { continue }
              try matcher.bind(text)
              defer { matcher.unbind() }
              var lastEnd = 0
              for start in starts where start >= lastEnd {
                if let m = try matcher.prefixMatch(at: start, limit: piece.end), m.end > m.start {
                  lastEnd = m.end
                  if m.start >= piece.start { hits.append((r, UTF16Range(start: m.start, end: m.end))) }
                }
              }
              continue
            }
            // Only a rule that reports a `target` group after a label needs the look-back: any other match must
            // start inside the piece itself (transparent bounds still let `\b` and look-behind see before it).
            let from = regex.targetGroup == 0 ? piece.start : lookBack
            try matcher.forEachMatch(in: text, region: from..<piece.end) { a, b in
              if b > a && a >= piece.start { hits.append((r, UTF16Range(start: a, end: b))) }
            }
          } catch {
            let name = (error as? ICUError)?.name ?? "unknown"
            let reason = name == "U_REGEX_TIME_OUT" ? "regex time limit reached" : "regex error \(name)"
            failure = GuardFailure(rule: rules.banned[r].id, reason: reason)
            return
          }
        }
      }
      if let failure { throw failure }
      hits.sort { ($0.range.start, -$0.range.end, $0.rule) < ($1.range.start, -$1.range.end, $1.rule) }
    return hits
  }

  /// Every span the active (non-suppressed) rules for `audience` match, without acting on them.
  func checkAll(
    pieces: [UTF16Range], in doc: Document, tokens: [Token], audience: Audience, suppressed: Set<String>,
    workspace ws: TextWorkspace
  ) throws(GuardFailure) -> [UTF16Range] {
    let active = rules.banned.indices.filter {
      rules.banned[$0].audiences.contains(audience) && !suppressed.contains(rules.banned[$0].id)
    }
    let anchors = anchorIndex(tokens)
    let runnable = withoutAbsentAnchors(active, anchors: anchors)
    var out: [UTF16Range] = []
    for piece in pieces {
      out += try findHits(piece, in: doc, tokens: tokens, anchors: anchors, active: runnable, workspace: ws).map(\.range)
    }
    return out
  }

  private func tokenRange(_ r: UTF16Range, _ tokens: [Token]) -> (Int, Int) {
    let lo = tokens.lowerBound { Int($0.start) < r.start }
    var end = lo
    while end < tokens.count && Int(tokens[end].end) <= r.end { end += 1 }
    return (lo, end)
  }
}

/// Cheap facts about a piece of text, checked against a banned rule's speed hints before its regex runs.
/// It reads the text through a pointer, so it is valid only inside the `withUnsafeBufferPointer` that made it.
struct PieceProfile {
  private let text: UnsafeBufferPointer<UInt16>
  private let piece: UTF16Range
  let digits: Int

  init(_ text: UnsafeBufferPointer<UInt16>, _ piece: UTF16Range) {
    self.text = text
    self.piece = piece
    var d = 0
    for i in piece.start..<piece.end where text[i] >= 0x30 && text[i] <= 0x39 { d += 1 }
    digits = d
  }

  func allows(_ rule: BannedRule) -> Bool {
    if digits < rule.requiresDigits { return false }
    return rule.requiresAny.isEmpty || rule.requiresAny.contains { contains($0) }
  }

  /// ASCII case-insensitive substring search in the piece.
  private func contains(_ needle: String) -> Bool {
    let n = Array(needle.utf8)
    guard piece.end - piece.start >= n.count else { return false }
    var i = piece.start
    while i + n.count <= piece.end {
      var k = 0
      while k < n.count {
        var u = text[i + k]
        if u >= 0x41 && u <= 0x5A { u |= 0x20 }
        if u != UInt16(n[k]) { break }
        k += 1
      }
      if k == n.count { return true }
      i += 1
    }
    return false
  }
}
