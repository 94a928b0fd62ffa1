/// Turns YAML nodes of each rule kind into rule values, reporting problems through the reader.
extension YAMLReader {
  /// The `id` of a rule mapping, reported when missing.
  mutating func ruleID(_ m: YAMLFields, _ node: YAMLNode) -> String? {
    guard let idNode = m["id"] else {
      error("rule has no 'id'", node)
      return nil
    }
    guard let id = string(idNode, rule: nil, what: "id"), !id.isEmpty else { return nil }
    return id
  }

  mutating func nonEmpty(_ list: [String]?, _ node: YAMLNode?, rule: String, what: String) -> [String] {
    let cleaned = (list ?? []).filter { !$0.isBlank }
    if cleaned.isEmpty { error("\(what) must not be empty", node, rule: rule) }
    return cleaned
  }

  mutating func abbreviation(_ node: YAMLNode) -> AbbreviationRule? {
    guard let m = mapping(node, allowed: ["id", "terms", "join", "examples"], what: "abbreviation rule"),
      let id = ruleID(m, node)
    else { return nil }
    let terms = nonEmpty(strings(m["terms"], rule: id, what: "terms"), m["terms"] ?? node, rule: id, what: "terms")
    for t in terms where !t.hasSuffix(".") { error("abbreviation '\(t)' must end with a period", m["terms"], rule: id) }
    var joinAlways = false
    if let j = string(m["join"], rule: id, what: "join") {
      switch j {
      case "always": joinAlways = true
      case "lowercase": joinAlways = false
      default: error("join must be 'always' or 'lowercase'", m["join"], rule: id)
      }
    }
    return AbbreviationRule(
      id: id, location: location(node), examples: examples(m["examples"], kinds: ["whole"], rule: id),
      terms: terms, joinAlways: joinAlways)
  }

  mutating func section(_ node: YAMLNode) -> SectionRule? {
    guard let m = mapping(node, allowed: ["id", "headers", "defaults", "examples"], what: "section rule"),
      let id = ruleID(m, node)
    else { return nil }
    let headers = nonEmpty(strings(m["headers"], rule: id, what: "headers"), m["headers"] ?? node, rule: id, what: "headers")
    var defaults = SectionDefaults()
    if let d = m["defaults"],
      let dm = mapping(d, allowed: ["experiencer", "historical", "hypothetical"], rule: id, what: "defaults")
    {
      defaults.experiencer = word(dm["experiencer"], as: Experiencer.self, rule: id, what: "experiencer")
      defaults.historical = bool(dm["historical"], rule: id, what: "historical") ?? false
      defaults.hypothetical = bool(dm["hypothetical"], rule: id, what: "hypothetical") ?? false
    }
    return SectionRule(
      id: id, location: location(node), examples: examples(m["examples"], kinds: ["match", "no_match"], rule: id),
      headers: headers, defaults: defaults)
  }

  mutating func concept(_ node: YAMLNode) -> ConceptRule? {
    let keys = ["id", "name", "category", "red_flag", "weight", "terms", "regex", "examples"]
    guard let m = mapping(node, allowed: keys, what: "concept rule"), let id = ruleID(m, node) else { return nil }
    let terms = (strings(m["terms"], rule: id, what: "terms") ?? []).filter { !$0.isBlank }
    let regexes = strings(m["regex"], rule: id, what: "regex") ?? []
    if terms.isEmpty && regexes.isEmpty {
      error("terms must not be empty", m["terms"] ?? node, rule: id)
    }
    let kinds = ["match", "no_match", "negated", "historical", "family", "hypothetical", "uncertain", "other"]
    return ConceptRule(
      id: id, location: location(node), examples: examples(m["examples"], kinds: kinds, rule: id),
      name: string(m["name"], rule: id, what: "name") ?? id,
      category: string(m["category"], rule: id, what: "category") ?? "other",
      redFlag: bool(m["red_flag"], rule: id, what: "red_flag") ?? false,
      weight: number(m["weight"], rule: id, what: "weight") ?? 1.0,
      terms: terms, regexes: regexes)
  }

  mutating func cue(_ node: YAMLNode) -> CueRule? {
    let keys = ["id", "phrase", "phrases", "category", "direction", "max_scope", "examples"]
    guard let m = mapping(node, allowed: keys, what: "context rule"), let id = ruleID(m, node) else { return nil }
    var phrases = strings(m["phrase"], rule: id, what: "phrase") ?? []
    phrases += strings(m["phrases"], rule: id, what: "phrases") ?? []
    phrases = nonEmpty(phrases, m["phrase"] ?? m["phrases"] ?? node, rule: id, what: "phrase")
    guard let category = word(m["category"], as: CueCategory.self, rule: id, what: "category") else {
      if m["category"] == nil { error("context rule needs a 'category'", node, rule: id) }
      return nil
    }
    let direction = word(m["direction"], as: CueDirection.self, rule: id, what: "direction") ?? .forward
    let scope = integer(m["max_scope"], rule: id, what: "max_scope") ?? 8
    if scope < 1 || scope > 50 { error("max_scope must be between 1 and 50", m["max_scope"], rule: id) }
    return CueRule(
      id: id, location: location(node), examples: examples(m["examples"], kinds: ["match", "no_match"], rule: id),
      phrases: phrases, category: category, direction: direction, maxScope: scope)
  }

  mutating func ranges(_ node: YAMLNode?, components: Int, rule: String, what: String) -> [ClosedRange<Double>] {
    guard let node else { return [] }
    guard let items = tree.items(node) else {
      error("\(what) must be [low, high]", node, rule: rule)
      return []
    }
    var pairs: [ArraySlice<YAMLNode>] = []
    if let first = items.first, tree.kind(first) == .sequence {
      for item in items { if let s = tree.items(item) { pairs.append(s) } else { error("\(what) must be a list of [low, high]", item, rule: rule) } }
    } else {
      pairs = [items]
    }
    var out: [ClosedRange<Double>] = []
    for pair in pairs {
      guard pair.count == 2, let lo = number(pair.first, rule: rule, what: what), let hi = number(pair.last, rule: rule, what: what) else {
        error("\(what) must be [low, high]", node, rule: rule)
        continue
      }
      if lo > hi { error("\(what) low must not exceed high", node, rule: rule); continue }
      out.append(lo...hi)
    }
    if !out.isEmpty && out.count != max(components, 1) {
      error("\(what) needs one [low, high] per component", node, rule: rule)
    }
    return out
  }

  mutating func measurement(_ node: YAMLNode) -> MeasurementRule? {
    let keys = ["id", "labels", "components", "unit", "alternate_units", "plausible", "normal", "examples"]
    guard let m = mapping(node, allowed: keys, what: "measurement rule"), let id = ruleID(m, node) else { return nil }
    let labels = nonEmpty(strings(m["labels"], rule: id, what: "labels"), m["labels"] ?? node, rule: id, what: "labels")
    let components = strings(m["components"], rule: id, what: "components") ?? []
    if components.count == 1 || components.count > 2 { error("components must name two parts (a/b) or be left out", m["components"], rule: id) }
    var alternates: [AlternateUnit] = []
    if let a = m["alternate_units"], let list = sequence(a, rule: id, what: "alternate_units") {
      for item in list {
        guard let am = mapping(item, allowed: ["unit", "scale", "offset", "assume_above"], rule: id, what: "alternate unit"),
          let unit = string(am["unit"], rule: id, what: "unit")
        else { continue }
        alternates.append(AlternateUnit(
          unit: unit, scale: number(am["scale"], rule: id, what: "scale") ?? 1,
          offset: number(am["offset"], rule: id, what: "offset") ?? 0,
          assumeAbove: number(am["assume_above"], rule: id, what: "assume_above")))
      }
    }
    let n = max(components.count, 1)
    let plausible = ranges(m["plausible"], components: n, rule: id, what: "plausible")
    if m["plausible"] == nil { error("measurement needs a 'plausible' range", node, rule: id) }
    return MeasurementRule(
      id: id, location: location(node),
      examples: examples(m["examples"], kinds: ["match", "no_match", "implausible"], rule: id),
      labels: labels, components: components, unit: string(m["unit"], rule: id, what: "unit"),
      alternateUnits: alternates, plausible: plausible,
      normal: ranges(m["normal"], components: n, rule: id, what: "normal"))
  }

  mutating func condition(_ node: YAMLNode, rule: String, depth: Int = 0) -> Condition? {
    guard depth < 16 else {
      error("conditions nest too deeply (16 levels at most)", node, rule: rule)
      return nil
    }
    let keys = ["all", "any", "none", "concept", "assertion", "measurement", "op", "value", "unit"]
    guard let m = mapping(node, allowed: keys, rule: rule, what: "condition") else { return nil }
    if let c = m["concept"] {
      guard let id = string(c, rule: rule, what: "concept") else { return nil }
      let assertion = word(m["assertion"], as: AssertionRequirement.self, rule: rule, what: "assertion") ?? .affirmed
      return .concept(id: id, assertion: assertion)
    }
    if let meas = m["measurement"] {
      guard let ref = string(meas, rule: rule, what: "measurement") else { return nil }
      guard let op = word(m["op"], as: ComparisonOperator.self, rule: rule, what: "operator (<, <=, >, >=)") else {
        if m["op"] == nil { error("measurement condition needs 'op'", node, rule: rule) }
        return nil
      }
      guard let value = number(m["value"], rule: rule, what: "value") else {
        if m["value"] == nil { error("measurement condition needs 'value'", node, rule: rule) }
        return nil
      }
      // The component is resolved against the measurement rules later; keep its name in the id for now.
      return .measurement(id: ref, component: 0, op: op, value: value)
    }
    var groups: [String: [Condition]] = [:]
    for key in ["all", "any", "none"] {
      guard let g = m[key] else { continue }
      groups[key] = (tree.items(g) ?? [g]).compactMap { condition($0, rule: rule, depth: depth + 1) }
    }
    if groups.isEmpty {
      error("condition needs 'concept', 'measurement', 'all', 'any' or 'none'", node, rule: rule)
      return nil
    }
    return .group(all: groups["all"] ?? [], any: groups["any"] ?? [], none: groups["none"] ?? [])
  }

  mutating func escalation(_ node: YAMLNode) -> EscalationRule? {
    let keys = ["id", "level", "message", "when", "must_keep", "overridable", "examples"]
    guard let m = mapping(node, allowed: keys, what: "escalation rule"), let id = ruleID(m, node) else { return nil }
    let level = word(m["level"], as: EscalationLevel.self, rule: id, what: "level (routine, urgent, emergent)")
    if m["level"] == nil { error("escalation rule needs a 'level'", node, rule: id) }
    if level == EscalationLevel.none { error("an escalation rule's level must be routine, urgent or emergent", m["level"], rule: id) }
    guard let when = m["when"] else {
      error("escalation rule needs 'when'", node, rule: id)
      return nil
    }
    guard let condition = condition(when, rule: id), let level else { return nil }
    return EscalationRule(
      id: id, location: location(node),
      examples: examples(m["examples"], kinds: ["trigger", "no_trigger"], rule: id), level: level,
      message: string(m["message"], rule: id, what: "message") ?? id, condition: condition,
      mustKeep: bool(m["must_keep"], rule: id, what: "must_keep") ?? true,
      overridable: bool(m["overridable"], rule: id, what: "overridable") ?? true)
  }

  mutating func banned(_ node: YAMLNode) -> BannedRule? {
    let keys = [
      "id", "terms", "regex", "action", "replacement", "audiences", "overridable", "propagate", "requires_digits",
      "requires_any", "examples",
    ]
    guard let m = mapping(node, allowed: keys, what: "banned rule"), let id = ruleID(m, node) else { return nil }
    let terms = (strings(m["terms"], rule: id, what: "terms") ?? []).filter { !$0.isBlank }
    let regex = string(m["regex"], rule: id, what: "regex")
    if terms.isEmpty && (regex ?? "").isEmpty { error("banned rule needs 'terms' or 'regex'", node, rule: id) }
    let action = word(m["action"], as: BannedAction.self, rule: id, what: "action (redact, drop_sentence, block)")
    if m["action"] == nil { error("banned rule needs an 'action'", node, rule: id) }
    var audiences: [Audience] = Audience.allCases
    if let a = m["audiences"], let list = strings(a, rule: id, what: "audiences") {
      audiences = []
      for s in list {
        if let v = Audience(rawValue: s) { audiences.append(v) } else { error("'\(s)' is not an audience (clinician, patient)", a, rule: id) }
      }
    }
    guard let action else { return nil }
    return BannedRule(
      id: id, location: location(node), examples: examples(m["examples"], kinds: ["match", "no_match"], rule: id),
      terms: terms, regex: regex, action: action,
      replacement: string(m["replacement"], rule: id, what: "replacement") ?? "[REDACTED]",
      audiences: audiences, overridable: bool(m["overridable"], rule: id, what: "overridable") ?? true,
      propagate: bool(m["propagate"], rule: id, what: "propagate") ?? false,
      requiresDigits: integer(m["requires_digits"], rule: id, what: "requires_digits") ?? 0,
      requiresAny: (strings(m["requires_any"], rule: id, what: "requires_any") ?? []).map { $0.lowercased() })
  }

  mutating func disclaimer(_ node: YAMLNode) -> DisclaimerRule? {
    let keys = ["id", "audience", "position", "levels", "text"]
    guard let m = mapping(node, allowed: keys, what: "disclaimer rule"), let id = ruleID(m, node) else { return nil }
    guard let audience = word(m["audience"], as: Audience.self, rule: id, what: "audience (clinician, patient)") else {
      if m["audience"] == nil { error("disclaimer needs an 'audience'", node, rule: id) }
      return nil
    }
    var levels = EscalationLevel.allCases
    if let l = m["levels"], let list = strings(l, rule: id, what: "levels") {
      levels = []
      for s in list {
        if let v = EscalationLevel(rawValue: s) { levels.append(v) } else { error("'\(s)' is not a level", l, rule: id) }
      }
    }
    guard let text = string(m["text"], rule: id, what: "text"), !text.isBlank else {
      error("disclaimer text must not be empty", m["text"] ?? node, rule: id)
      return nil
    }
    return DisclaimerRule(
      id: id, location: location(node), audience: audience,
      position: word(m["position"], as: DisclaimerPosition.self, rule: id, what: "position (start, end)") ?? .end,
      levels: levels, text: text)
  }

  mutating func summary(_ node: YAMLNode) -> SummarySettings {
    var s = SummarySettings()
    let keys = [
      "max_sentences", "max_characters", "redundancy", "section_weights", "default_section_weight", "concept_weight",
      "red_flag_weight", "negative_weight", "measurement_weight", "abnormal_measurement_weight", "position_prior",
    ]
    guard let m = mapping(node, allowed: keys, what: "summary settings") else { return s }
    let rule = "summary"
    if let v = integer(m["max_sentences"], rule: rule, what: "max_sentences") { s.maxSentences = v }
    if let v = integer(m["max_characters"], rule: rule, what: "max_characters") { s.maxCharacters = v }
    if let v = number(m["redundancy"], rule: rule, what: "redundancy") { s.redundancy = v }
    if let v = number(m["default_section_weight"], rule: rule, what: "default_section_weight") { s.defaultSectionWeight = v }
    if let v = number(m["concept_weight"], rule: rule, what: "concept_weight") { s.conceptWeight = v }
    if let v = number(m["red_flag_weight"], rule: rule, what: "red_flag_weight") { s.redFlagWeight = v }
    if let v = number(m["negative_weight"], rule: rule, what: "negative_weight") { s.negativeWeight = v }
    if let v = number(m["measurement_weight"], rule: rule, what: "measurement_weight") { s.measurementWeight = v }
    if let v = number(m["abnormal_measurement_weight"], rule: rule, what: "abnormal_measurement_weight") { s.abnormalMeasurementWeight = v }
    if let v = number(m["position_prior"], rule: rule, what: "position_prior") { s.positionPrior = v }
    if let w = m["section_weights"], let wm = tree.pairs(w) {
      for i in stride(from: wm.startIndex, to: wm.endIndex, by: 2) {
        if let key = tree.scalar(wm[i]), let value = number(wm[i + 1], rule: rule, what: "section weight") { s.sectionWeights[key] = value }
      }
    } else if let w = m["section_weights"] {
      error("section_weights must be a mapping of section id to weight", w, rule: rule)
    }
    return s
  }
}

extension String {
  /// True when nothing but whitespace is left after trimming (`trimmingSpaces.isEmpty`, without walking the
  /// characters when the string starts with a visible ASCII character, as almost every rule string does).
  var isBlank: Bool {
    if let first = utf8.first, first > 0x20 && first < 0x7F { return false }
    return trimmingSpaces.isEmpty
  }

  var trimmingSpaces: Substring {
    var s = self[...]
    while let f = s.first, f.isWhitespace { s = s.dropFirst() }
    while let l = s.last, l.isWhitespace { s = s.dropLast() }
    return s
  }
}
