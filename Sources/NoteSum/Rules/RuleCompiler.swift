import ICUText

/// Checks a loaded rule set as a whole (unique ids, references, regexes, disclaimer coverage) and compiles it:
/// one vocabulary of folded words, phrase tries over it, and compiled ICU regexes.
struct RuleCompiler {
  struct Output {
    var vocabulary = Vocabulary()
    var segmentation = SegmentationConfig()
    var conceptTrie = PhraseTrie()
    var conceptRegexes: [(concept: Int, regex: CompiledRegex, anchor: Int32?)] = []
    var cueTrie = PhraseTrie()
    var measurementTrie = PhraseTrie()
    var bannedTrie = PhraseTrie()
    var bannedRegexes: [Int: CompiledRegex] = [:]
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
    // Concepts.
    for (i, c) in loaded.concepts.enumerated() {
      for t in c.terms { out.conceptTrie.insert(words(t), payload: Int32(i)) }
      for pattern in c.regexes {
        // Concept regexes are case-insensitive; a leading (?-i) compiles the pattern case-sensitively instead,
        // which also lets ICU use its faster literal start search.
        let sensitive = pattern.hasPrefix("(?-i)")
        let body = sensitive ? String(pattern.dropFirst(5)) : pattern
        if let r = compileRegex(body, caseInsensitive: !sensitive, rule: c.id, at: c.location, &diagnostics) {
          let anchor = RegexAnchor.word(in: body).flatMap { words($0).count == 1 ? words($0)[0] : nil }
          out.conceptRegexes.append((i, r, anchor))
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
      }
    }
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
    for rule in allRules {
      if let first = seen[rule.id] {
        diagnostics.append(Diagnostic(.error, "duplicate id; first defined at \(first)", at: rule.location, rule: rule.id))
      } else {
        seen[rule.id] = rule.location
      }
    }
  }

  private var allRules: [any Rule] {
    var all: [any Rule] = []
    all += loaded.abbreviations as [any Rule]
    all += loaded.sections as [any Rule]
    all += loaded.concepts as [any Rule]
    all += loaded.cues as [any Rule]
    all += loaded.measurements as [any Rule]
    all += loaded.escalation as [any Rule]
    all += loaded.banned as [any Rule]
    all += loaded.disclaimers as [any Rule]
    return all
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

/// A word every match of a regex must contain as a whole token, when one can be read off the pattern: the first
/// `\\bletters\\b` run outside any top-level alternation. Documents without that token skip the regex.
enum RegexAnchor {
  static func word(in pattern: String) -> String? {
    let p = Array(pattern.unicodeScalars)
    // No top-level alternation.
    var depth = 0, escaped = false, inClass = false
    for c in p {
      if escaped { escaped = false; continue }
      switch c {
      case "\\": escaped = true
      case "[": inClass = true
      case "]": inClass = false
      case "(" where !inClass: depth += 1
      case ")" where !inClass: depth -= 1
      case "|" where !inClass && depth == 0: return nil
      default: break
      }
    }
    var i = 0
    depth = 0
    while i + 1 < p.count {
      if p[i] == "(" { depth += 1 }
      if p[i] == ")" { depth -= 1 }
      if p[i] == "\\" && p[i + 1] == "b" && depth == 0 {
        var j = i + 2
        var letters = ""
        while j < p.count, p[j].properties.isAlphabetic { letters.unicodeScalars.append(p[j]); j += 1 }
        let closed = j + 1 < p.count && p[j] == "\\" && p[j + 1] == "b"
        if letters.count >= 2 && closed { return letters }
        i = j
        continue
      }
      if p[i] == "\\" { i += 2; continue }
      i += 1
    }
    return nil
  }
}
