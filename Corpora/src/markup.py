"""Inline markers for hand-authored notes, so offsets are never counted by hand.

  [[surface text|concept_id|flags]]   a concept mention; flags joined by '+', from
                                      aff neg unc hist hyp fam oth (default aff)
  {{type:surface text}}               a PHI span (type from ids.PHI_TYPES)
  <<a whole sentence>>                a reference-summary sentence (may contain the markers above)
"""

FLAG_NAMES = {"aff", "neg", "unc", "hist", "hyp", "fam", "oth"}


class MarkupError(ValueError):
    pass


def primary_assertion(flags):
    """Precedence: family/other experiencer, hypothetical, negated, historical, uncertain, affirmed."""
    if "fam" in flags:
        return "family"
    if "oth" in flags:
        return "other"
    if "hyp" in flags:
        return "hypothetical"
    if "neg" in flags:
        return "negated"
    if "hist" in flags:
        return "historical"
    if "unc" in flags:
        return "uncertain"
    return "affirmed"


def finding(concept, flags, start, end):
    return {
        "concept": concept,
        "assertion": primary_assertion(flags),
        "negated": "neg" in flags,
        "uncertain": "unc" in flags,
        "historical": "hist" in flags,
        "hypothetical": "hyp" in flags,
        "experiencer": "family" if "fam" in flags else ("other" if "oth" in flags else "patient"),
        "start": start,
        "end": end,
    }


def parse(src):
    """Returns (text, findings, phi, summary) from marked-up source."""
    out = []
    n = 0  # code points emitted so far
    findings, phi, summary, open_summ = [], [], [], []
    i = 0
    while i < len(src):
        two = src[i:i + 2]
        if two == "[[":
            j = src.find("]]", i)
            if j < 0:
                raise MarkupError("unclosed [[ in: " + src[i:i + 60])
            parts = src[i + 2:j].split("|")
            if len(parts) == 2:
                parts.append("aff")
            if len(parts) != 3:
                raise MarkupError("bad finding marker: " + src[i:j + 2])
            surface, concept, flagstr = parts
            flags = set(flagstr.split("+"))
            if not flags <= FLAG_NAMES:
                raise MarkupError("bad flags %r in %s" % (flagstr, src[i:j + 2]))
            if "aff" in flags and len(flags) > 1:
                raise MarkupError("aff combined with other flags: " + src[i:j + 2])
            flags.discard("aff")
            if any(m in surface for m in ("[[", "{{", "<<", ">>")):
                raise MarkupError("nested marker inside finding: " + src[i:j + 2])
            findings.append(finding(concept, flags, n, n + len(surface)))
            out.append(surface)
            n += len(surface)
            i = j + 2
        elif two == "{{":
            j = src.find("}}", i)
            if j < 0:
                raise MarkupError("unclosed {{ in: " + src[i:i + 60])
            inner = src[i + 2:j]
            if ":" not in inner:
                raise MarkupError("bad phi marker: " + inner)
            typ, surface = inner.split(":", 1)
            phi.append({"type": typ, "start": n, "end": n + len(surface)})
            out.append(surface)
            n += len(surface)
            i = j + 2
        elif two == "<<":
            open_summ.append(n)
            i += 2
        elif two == ">>":
            if not open_summ:
                raise MarkupError("unmatched >> near: " + src[max(0, i - 60):i])
            start = open_summ.pop()
            summary.append((start, n))
            i += 2
        elif two in ("]]", "}}"):
            raise MarkupError("stray closing marker near: " + src[max(0, i - 60):i + 2])
        else:
            out.append(src[i])
            n += 1
            i += 1
    if open_summ:
        raise MarkupError("unclosed << in note")
    text = "".join(out)
    summ_text = [text[s:e] for s, e in summary]
    return text, findings, phi, summ_text
