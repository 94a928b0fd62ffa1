import ICUText

/// Checks a loaded rule set as a whole (unique ids, references, regexes, disclaimer coverage) and compiles it:
/// one vocabulary of folded words, phrase tries over it, and compiled ICU regexes.
struct RuleCompiler {
  struct Output {
    var vocabulary = Vocabulary()
    var segmentation = SegmentationConfig()
    var conceptTrie = PhraseTrie()
    var conceptRegexes: [(concept: Int, regex: CompiledRegex, anchors: [Int32]?, startsAtAnchor: Bool)] = []
    var cueTrie = PhraseTrie()
    var measurementTrie = PhraseTrie()
    var bannedTrie = PhraseTrie()
    var bannedRegexes: [Int: CompiledRegex] = [:]
    var bannedAnchors: [Int: [Int32]] = [:]
    var bannedStartsAtAnchor: Set<Int> = []
    var conditions: [ResolvedCondition] = []
    var sectionIndex: [String: Int] = [:]
    var conceptIndex: [String: Int] = [:]
  }

  let loaded: RuleSetLoader.Loaded
  init(_ loaded: RuleSetLoader.Loaded) { self.loaded = loaded }

  func compile(_ diagnostics: inout [Diagnostic]) -> Output? {
    guard let ws = try? TextWorkspace() else {
      diagnostics.append(Diagnostic(.error, "ICU break iterators could not be opened; check the libicu installation"))
      return nil
    }
    var out = Output()
    checkUniqueIDs(&diagnostics)

    for (i, s) in loaded.sections.enumerated() { out.sectionIndex[s.id] = i }
    for (i, c) in loaded.concepts.enumerated() { out.conceptIndex[c.id] = i }
    var measurementIndex: [String: Int] = [:]
    for (i, m) in loaded.measurements.enumerated() { measurementIndex[m.id] = i }

    func words(_ phrase: String) -> [Int32] {
      Tokenizer.phraseWords(phrase, workspace: ws).map { out.vocabulary.intern($0) }
    }
    // Segmentation data.
    for rule in loaded.abbreviations {
      for t in rule.terms {
        out.segmentation.abbreviations[CaseFolding.fold(t)] = rule.joinAlways ? .always : .beforeLowercase
      }
    }
    for (i, s) in loaded.sections.enumerated() {
      for h in s.headers {
        let label = CaseFolding.fold(h).split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
        let key = label.hasSuffix(":") ? String(label.dropLast()) : label
        out.segmentation.headers[key] = i
        out.segmentation.maxHeaderLength = max(out.segmentation.maxHeaderLength, key.utf16.count + 2)
      }
    }
    for m in loaded.measurements {
      for l in m.labels { out.segmentation.measurementLabels.insert(CaseFolding.fold(l)) }
    }
    out.segmentation.buildTables()
    // Concepts.
    for (i, c) in loaded.concepts.enumerated() {
      for t in c.terms { out.conceptTrie.insert(words(t), payload: Int32(i)) }
      for pattern in c.regexes {
        // Concept regexes are case-insensitive; a leading (?-i) compiles the pattern case-sensitively instead,
        // which also lets ICU use its faster literal start search.
        let sensitive = pattern.hasPrefix("(?-i)")
        let body = sensitive ? String(pattern.dropFirst(5)) : pattern
        if let r = compileRegex(body, caseInsensitive: !sensitive, rule: c.id, at: c.location, &diagnostics) {
          // Anchors only when every anchor word is one token; otherwise the regex always runs.
          let anchorWords = RegexAnchor.words(in: body)?.map { words($0) }
          let anchors = anchorWords.flatMap { list in list.allSatisfy { $0.count == 1 } ? list.map { $0[0] } : nil }
          out.conceptRegexes.append((i, r, anchors, anchors != nil && RegexAnchor.startsAtAnchor(body)))
        }
      }
    }
    for (i, cue) in loaded.cues.enumerated() {
      for p in cue.phrases { out.cueTrie.insert(words(p), payload: Int32(i)) }
    }
    for (i, m) in loaded.measurements.enumerated() {
      for l in m.labels { out.measurementTrie.insert(words(l), payload: Int32(i)) }
    }
    for (i, b) in loaded.banned.enumerated() {
      for t in b.terms { out.bannedTrie.insert(words(t), payload: Int32(i)) }
      if let pattern = b.regex, !pattern.isEmpty,
        let r = compileRegex(pattern, caseInsensitive: false, rule: b.id, at: b.location, &diagnostics)
      {
        out.bannedRegexes[i] = r
        let body = pattern.hasPrefix("(?i)") ? String(pattern.dropFirst(4)) : pattern
        if let list = RegexAnchor.words(in: body)?.map({ words($0) }), list.allSatisfy({ $0.count == 1 }) {
          out.bannedAnchors[i] = list.map { $0[0] }
          if RegexAnchor.startsAtAnchor(pattern) { out.bannedStartsAtAnchor.insert(i) }
        }
      }
    }
    out.conceptTrie.finalize()
    out.cueTrie.finalize()
    out.measurementTrie.finalize()
    out.bannedTrie.finalize()
    // Escalation references.
    for rule in loaded.escalation {
      out.conditions.append(resolve(rule.condition, rule: rule, out.conceptIndex, measurementIndex, &diagnostics))
    }
    // Summary section weights must name sections.
    for key in loaded.summary.sectionWeights.keys.sorted() where out.sectionIndex[key] == nil && key != "unknown" {
      diagnostics.append(Diagnostic(.error, "summary section weight names unknown section '\(key)'", rule: "summary"))
    }
    checkDisclaimers(&diagnostics)
    return out
  }

  private func checkUniqueIDs(_ diagnostics: inout [Diagnostic]) {
    var seen: [String: SourceLocation] = [:]
    // Kind by kind, in the order of `allRules`, without boxing each rule.
    func check<R: Rule>(_ rules: [R]) {
      for rule in rules {
        if let first = seen[rule.id] {
          diagnostics.append(Diagnostic(.error, "duplicate id; first defined at \(first)", at: rule.location, rule: rule.id))
        } else {
          seen[rule.id] = rule.location
        }
      }
    }
    check(loaded.abbreviations)
    check(loaded.sections)
    check(loaded.concepts)
    check(loaded.cues)
    check(loaded.measurements)
    check(loaded.escalation)
    check(loaded.banned)
    check(loaded.disclaimers)
  }

  private func compileRegex(
    _ pattern: String, caseInsensitive: Bool, rule: String, at location: SourceLocation, _ diagnostics: inout [Diagnostic]
  ) -> CompiledRegex? {
    do {
      return try CompiledRegex(pattern, caseInsensitive: caseInsensitive)
    } catch {
      let position = error.offset.map { " at offset \($0) of the pattern" } ?? ""
      diagnostics.append(Diagnostic(.error, "invalid ICU regex\(position): \(error.name)", at: location, rule: rule))
      return nil
    }
  }

  private func resolve(
    _ c: Condition, rule: EscalationRule, _ concepts: [String: Int], _ measurements: [String: Int],
    _ diagnostics: inout [Diagnostic]
  ) -> ResolvedCondition {
    switch c {
    case .concept(let id, let assertion):
      guard let i = concepts[id] else {
        diagnostics.append(Diagnostic(.error, "unknown concept '\(id)'", at: rule.location, rule: rule.id))
        return .group(all: [], any: [.group(all: [], any: [], none: [])], none: [])
      }
      return .concept(i, assertion)
    case .measurement(let ref, _, let op, let value):
      var id = ref
      var component = 0
      if measurements[ref] == nil, let dot = ref.lastIndex(of: ".") {
        id = String(ref[..<dot])
        let part = String(ref[ref.index(after: dot)...])
        if let m = measurements[id], let k = loaded.measurements[m].components.firstIndex(of: part) {
          component = k
        } else if measurements[id] != nil {
          diagnostics.append(Diagnostic(.error, "measurement '\(id)' has no component '\(part)'", at: rule.location, rule: rule.id))
        }
      }
      guard let i = measurements[id] else {
        diagnostics.append(Diagnostic(.error, "unknown measurement '\(ref)'", at: rule.location, rule: rule.id))
        return .group(all: [], any: [.group(all: [], any: [], none: [])], none: [])
      }
      return .measurement(i, component: component, op, value)
    case .group(let all, let any, let none):
      return .group(
        all: all.map { resolve($0, rule: rule, concepts, measurements, &diagnostics) },
        any: any.map { resolve($0, rule: rule, concepts, measurements, &diagnostics) },
        none: none.map { resolve($0, rule: rule, concepts, measurements, &diagnostics) })
    }
  }

  private func checkDisclaimers(_ diagnostics: inout [Diagnostic]) {
    for audience in Audience.allCases {
      for level in EscalationLevel.allCases {
        if !loaded.disclaimers.contains(where: { $0.audience == audience && $0.levels.contains(level) }) {
          diagnostics.append(Diagnostic(
            .error, "no disclaimer for audience '\(audience.rawValue)' at level '\(level.rawValue)'; every output must carry one",
            at: SourceLocation(file: loaded.manifestPath, line: 1, column: 1), rule: "disclaimers"))
        }
      }
    }
  }
}

/// Words of which every match of a regex must contain at least one as a whole token, when they can be read off the
/// pattern: the first `\b` at the top level followed by a literal word (`\bCP\b`, `\bpositive `) or by a group of
/// literal alternatives (`\b(?:hemoptysis|coughed up)\b`). Documents with none of those tokens skip the regex.
enum RegexAnchor {
  /// True when every match starts at the anchor word: nothing before the pattern's first `\b` consumes text (only
  /// inline flags such as `(?i)` and look-behind groups). Such a regex can be tried only where an anchor token starts.
  static func startsAtAnchor(_ pattern: String) -> Bool {
    let p = Array(pattern.unicodeScalars)
    var i = 0
    while i + 1 < p.count {
      if p[i] == "\\" { return p[i + 1] == "b" }
      guard p[i] == "(", i + 2 < p.count, p[i + 1] == "?" else { return false }
      if p[i + 2] == "<", i + 3 < p.count, p[i + 3] == "=" || p[i + 3] == "!" {
        // Skip a balanced look-behind group.
        var depth = 0, j = i, escaped = false
        while j < p.count {
          if escaped { escaped = false } else if p[j] == "\\" { escaped = true } else if p[j] == "(" { depth += 1 } else if p[j] == ")" {
            depth -= 1
            if depth == 0 { break }
          }
          j += 1
        }
        guard j < p.count else { return false }
        i = j + 1
        continue
      }
      // Inline flags: (?i) (?-i) (?x) …
      var j = i + 2
      while j < p.count, p[j] == "-" || p[j].properties.isAlphabetic { j += 1 }
      guard j < p.count, p[j] == ")", j > i + 2 else { return false }
      i = j + 1
    }
    return false
  }

  static func words(in pattern: String) -> [String]? {
    let p = Array(pattern.unicodeScalars)
    guard !hasTopLevelAlternation(p) else { return nil }
    var i = 0, depth = 0
    while i + 1 < p.count {
      if p[i] == "\\" {
        if p[i + 1] == "b" && depth == 0 { return wordsAfterBoundary(p, i + 2) }
        i += 2
        continue
      }
      if p[i] == "(" { depth += 1 }
      if p[i] == ")" { depth -= 1 }
      if p[i] == "[" { return nil }  // a class before any anchor: give up
      i += 1
    }
    return nil
  }

  /// The literal word (or group of literal alternatives) starting at `i`, ending on a word boundary.
  private static func wordsAfterBoundary(_ p: [Unicode.Scalar], _ i: Int) -> [String]? {
    // A group of literal alternatives, `(?:…)` or case-insensitive `(?i:…)` (anchor words are case-folded anyway).
    let caseless = i + 3 < p.count && p[i] == "(" && p[i + 1] == "?" && p[i + 2] == "i" && p[i + 3] == ":"
    if caseless || (i + 2 < p.count && p[i] == "(" && p[i + 1] == "?" && p[i + 2] == ":") {
      let open = i + (caseless ? 4 : 3)
      guard let close = p[open...].firstIndex(of: ")") else { return nil }
      let body = String(String.UnicodeScalarView(p[open..<close]))
      guard !body.contains("("), !body.contains("\\"), endsWord(p, close + 1) else { return nil }
      var out: [String] = []
      for alternative in body.split(separator: "|", omittingEmptySubsequences: false) {
        let first = alternative.prefix { $0.isLetter }
        // The letters must end a word: the alternative ends there, or goes on with a space or a hyphen, or with an
        // apostrophe ("can't": ICU keeps it one token, and the anchor index holds its inner words too).
        let after = alternative.dropFirst(first.count).first
        guard first.count >= 2, first.count == alternative.count || after == " " || after == "-" || after == "'" || after == "\u{2019}" else {
          return nil
        }
        out.append(String(first))
      }
      return out.isEmpty ? nil : out
    }
    var j = i
    var letters = ""
    while j < p.count, p[j].properties.isAlphabetic {
      letters.unicodeScalars.append(p[j])
      j += 1
    }
    return letters.count >= 2 && endsWord(p, j) ? [letters] : nil
  }

  /// True when whatever the pattern matches at `start` cannot continue a word: `\b`, `\s`, a space, or a literal
  /// punctuation character (`:`, `,`, `\.`, …). Optional items (`\.?`, `(?:,| is)?`) are skipped and what follows
  /// them is checked too; a non-capturing group counts when each alternative starts that way.
  private static func endsWord(_ p: [Unicode.Scalar], _ start: Int) -> Bool {
    var j = start
    while j < p.count {
      var next = j
      var ends = false
      if p[j] == "\\", j + 1 < p.count {
        let c = p[j + 1]
        ends = c == "b" || c == "s" || (!c.properties.isAlphabetic && !("0"..."9").contains(c))
        next = j + 2
      } else if p[j] == " " || p[j] == ":" || p[j] == "," || p[j] == ";" || p[j] == "#" || p[j] == "/" || p[j] == "@" {
        ends = true
        next = j + 1
      } else if j + 2 < p.count, p[j] == "(", p[j + 1] == "?", p[j + 2] == ":", let close = p[(j + 3)...].firstIndex(of: ")") {
        let body = String(String.UnicodeScalarView(p[(j + 3)..<close]))
        ends = !body.contains("(") && !body.contains("\\")
          && body.split(separator: "|", omittingEmptySubsequences: false).allSatisfy { alt in
            guard let f = alt.unicodeScalars.first else { return false }
            return f == " " || f == "," || f == ":" || f == ";"
          }
        next = close + 1
      } else {
        return false
      }
      guard ends else { return false }
      // Optional: what follows must end the word as well.
      if next < p.count && (p[next] == "?" || p[next] == "*") {
        j = next + 1
        continue
      }
      return true
    }
    return false
  }

  private static func hasTopLevelAlternation(_ p: [Unicode.Scalar]) -> Bool {
    var depth = 0, escaped = false, inClass = false
    for c in p {
      if escaped { escaped = false; continue }
      switch c {
      case "\\": escaped = true
      case "[": inClass = true
      case "]": inClass = false
      case "(" where !inClass: depth += 1
      case ")" where !inClass: depth -= 1
      case "|" where !inClass && depth == 0: return true
      default: break
      }
    }
    return false
  }
}
