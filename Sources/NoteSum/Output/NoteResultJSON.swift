extension NoteResult {
  /// The result as one line of JSON (with its newline): keys sorted, the same bytes `JSONEncoder` gives with
  /// `.sortedKeys`, written directly because output encoding is a large share of a stream's time.
  public func jsonLine() -> [UInt8] {
    var w = JSONWriter(capacity: 4096)
    w.beginObject()
    w.key("audience"); w.string(audience.rawValue)
    w.key("blocked"); w.bool(blocked)
    if let blockedReason { w.key("blocked_reason"); w.string(blockedReason) }
    w.key("disclaimer"); w.beginObject()
    w.key("id"); w.string(disclaimer.id)
    w.key("position"); w.string(disclaimer.position.rawValue)
    w.key("text"); w.string(disclaimer.text)
    w.endObject()
    w.key("dropped"); w.beginArray()
    for d in dropped {
      w.beginObject()
      w.key("end"); w.int(d.end)
      w.key("rule"); w.string(d.rule)
      w.key("start"); w.int(d.start)
      w.endObject()
    }
    w.endArray()
    w.key("escalation"); w.beginObject()
    w.key("level"); w.string(escalation.level.rawValue)
    w.key("reasons"); w.beginArray()
    for r in escalation.reasons {
      w.beginObject()
      w.key("evidence"); w.beginArray()
      for e in r.evidence {
        w.beginObject()
        w.key("end"); w.int(e.end)
        w.key("start"); w.int(e.start)
        w.endObject()
      }
      w.endArray()
      w.key("level"); w.string(r.level.rawValue)
      w.key("message"); w.string(r.message)
      w.key("rule"); w.string(r.rule)
      w.endObject()
    }
    w.endArray()
    w.endObject()
    if let fields { w.key("fields"); w.value(fields) }
    w.key("findings"); w.beginArray()
    for f in findings {
      w.beginObject()
      w.key("assertion"); w.string(f.assertion)
      w.key("concept"); w.string(f.concept)
      if let cue = f.cue { w.key("cue"); w.string(cue) }
      w.key("cues"); w.beginArray()
      for c in f.cues { w.string(c) }
      w.endArray()
      w.key("end"); w.int(f.end)
      w.key("experiencer"); w.string(f.experiencer.rawValue)
      w.key("historical"); w.bool(f.historical)
      w.key("hypothetical"); w.bool(f.hypothetical)
      w.key("negated"); w.bool(f.negated)
      w.key("start"); w.int(f.start)
      w.key("uncertain"); w.bool(f.uncertain)
      w.endObject()
    }
    w.endArray()
    if let id { w.key("id"); w.string(id) }
    w.key("measurements"); w.beginArray()
    for m in measurements {
      w.beginObject()
      w.key("abnormal"); w.bool(m.abnormal)
      w.key("end"); w.int(m.end)
      w.key("id"); w.string(m.id)
      w.key("plausible"); w.bool(m.plausible)
      w.key("start"); w.int(m.start)
      if let unit = m.unit { w.key("unit"); w.string(unit) }
      w.key("values"); w.beginArray()
      for v in m.values { w.double(v) }
      w.endArray()
      w.endObject()
    }
    w.endArray()
    w.key("overrides"); w.beginArray()
    for o in overrides {
      w.beginObject()
      w.key("reason"); w.string(o.reason)
      w.key("rule"); w.string(o.rule)
      w.endObject()
    }
    w.endArray()
    w.key("redactions"); w.beginArray()
    for r in redactions {
      w.beginObject()
      w.key("end"); w.int(r.end)
      w.key("replacement"); w.string(r.replacement)
      w.key("rule"); w.string(r.rule)
      w.key("start"); w.int(r.start)
      w.endObject()
    }
    w.endArray()
    w.key("ruleset"); w.beginObject()
    w.key("name"); w.string(ruleset.name)
    w.key("sha256"); w.string(ruleset.sha256)
    w.key("version"); w.string(ruleset.version)
    w.endObject()
    w.key("summary"); w.beginArray()
    for item in summary {
      w.beginObject()
      w.key("end"); w.int(item.end)
      w.key("score"); w.double(item.score)
      w.key("section"); w.string(item.section)
      w.key("start"); w.int(item.start)
      w.key("text"); w.string(item.text)
      w.key("why"); w.beginArray()
      for y in item.why { w.string(y) }
      w.endArray()
      w.endObject()
    }
    w.endArray()
    w.endObject()
    return w.line()
  }
}
