/// Renders a result as plain text or Markdown: the escalation banner first, then the summary, then the disclaimer
/// (or the disclaimer right after the banner when its position is `start`).
public enum TextRenderer {
  /// Output styles.
  public enum Style: Sendable { case text, markdown }

  public static func render(_ r: NoteResult, style: Style) -> String {
    var lines: [String] = []
    let md = style == .markdown
    if let id = r.id { lines.append(md ? "### Note \(id)" : "Note \(id)") }
    lines.append(banner(r, md))
    if r.disclaimer.position == .start { lines.append(disclaimer(r, md)) }
    if r.blocked {
      lines.append(md ? "**Output blocked** (\(r.blockedReason ?? "guardrail"))." : "OUTPUT BLOCKED (\(r.blockedReason ?? "guardrail")): no text emitted.")
    } else if r.summary.isEmpty {
      lines.append(md ? "_No summary sentences._" : "Summary: (none)")
    } else {
      lines.append(md ? "**Summary**" : "Summary:")
      for item in r.summary {
        let text = item.text.replacingNewlines()
        lines.append(md ? "- \(text) _(\(item.section))_" : "- [\(item.section)] \(text)")
      }
    }
    if !r.overrides.isEmpty {
      for o in r.overrides { lines.append(md ? "- Override: `\(o.rule)` (\(o.reason))" : "Override: \(o.rule) (\(o.reason))") }
    }
    if r.disclaimer.position == .end { lines.append(disclaimer(r, md)) }
    return lines.joined(separator: "\n") + "\n"
  }

  private static func banner(_ r: NoteResult, _ md: Bool) -> String {
    let level = r.escalation.level
    if level == .none { return md ? "**Escalation: none**" : "ESCALATION: NONE" }
    let reasons = r.escalation.reasons.map { "\($0.message) [\($0.rule)]" }.joined(separator: "; ")
    return md ? "**Escalation: \(level.rawValue.uppercased())**: \(reasons)" : "ESCALATION: \(level.rawValue.uppercased()): \(reasons)"
  }

  private static func disclaimer(_ r: NoteResult, _ md: Bool) -> String {
    md ? "> \(r.disclaimer.text)" : "Note: \(r.disclaimer.text)"
  }
}

extension String {
  /// The text on one line: each line break (CR, LF or CRLF) becomes a space, or nothing right after a space.
  public func replacingNewlines() -> String {
    var out = ""
    out.reserveCapacity(utf8.count)
    var lastSpace = false
    for ch in self {
      if ch == "\n" || ch == "\r" || ch == "\r\n" {
        if !lastSpace { out.append(" ") }
        lastSpace = true
      } else {
        out.append(ch)
        lastSpace = ch == " "
      }
    }
    return out
  }
}
