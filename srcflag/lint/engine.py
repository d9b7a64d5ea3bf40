"""Findings for one article: the checks run over its labelled statements, then suppressions and config."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from srcflag.document import words_in
from srcflag.formats import SourceText
from srcflag.label import label
from srcflag.lint.checks import BY_CODE, Severity, lookup
from srcflag.lint.config import Config
from srcflag.lint.findings import Finding
from srcflag.matcher import Matcher, matcher_for
from srcflag.normalize import normalize_name
from srcflag.report import Report, SourceRef
from srcflag.ruleset.ruleset import RuleSet
from srcflag.ruleset.vocabulary import SourceType

STATE_MEDIA = SourceType.STATE_MEDIA.value
DISCLOSURE_BEFORE = 100  # characters before a first mention where a descriptor counts as disclosure
DISCLOSURE_AFTER = 60
APPOSITIVE_DISCLOSURE = 160  # characters of an appositive after a first mention ("…, a tabloid run by …,")
_DIRECTIVE = re.compile(r"^srcflag-(?P<verb>disable|enable|ignore-next)\b(?P<codes>[\w\s,-]*)$")


@dataclass
class _Raw:
    code: str
    start: int  # offsets into the labelled text
    end: int
    message: str


@dataclass
class _Suppression:
    verb: str
    codes: set[str] | None  # None: every check
    start: int  # file offsets of the region it covers
    end: int
    comment_start: int
    comment_end: int
    used: bool = False
    invalid: list[str] = field(default_factory=list)

    def covers(self, finding: Finding) -> bool:
        return self.start <= finding.start < self.end and (self.codes is None or finding.code in self.codes)


def _country(rules: RuleSet, code: str | None) -> str:
    country = rules.countries.get(code or "")
    return country.names[0] if country else (code or "")


def _chain(rules: RuleSet, entity_id: str) -> str:
    names = [rules.entities[e].name for e in rules.chain(entity_id)[1:] if e in rules.entities]
    return f", controlled by {' -> '.join(names)}" if names else ""


def _state_media_refs(report: Report) -> dict[str, SourceRef]:
    found: dict[str, SourceRef] = {}
    for statement in report.statements:
        refs = ([statement.speaker] if statement.speaker else []) + list(statement.channels)
        for ref in refs:
            if ref.type == STATE_MEDIA and ref.entity is not None:
                found.setdefault(ref.entity, ref)
    return found


def _disclosed(text: str, start: int, end: int, entity_id: str, rules: RuleSet, matcher: Matcher) -> bool:
    paragraph_start = text.rfind("\n\n", 0, start) + 1
    paragraph_end = text.find("\n\n", end)
    window_start = max(paragraph_start, start - DISCLOSURE_BEFORE)
    after = end + DISCLOSURE_AFTER
    if text.startswith(", ", end):  # "Global Times, a tabloid run by the Communist Party's People's Daily, said"
        closing = text.find(",", end + 2, end + APPOSITIVE_DISCLOSURE)
        after = max(after, closing if closing != -1 else end + APPOSITIVE_DISCLOSURE)
    window_end = min(paragraph_end if paragraph_end != -1 else len(text), after)
    window = text[window_start:window_end]
    if matcher.disclosures.find(words_in(window)):
        return True
    own = [normalize_name(d) for d in rules.entities[entity_id].disclosures]
    folded = normalize_name(window)
    return any(phrase and phrase in folded for phrase in own)


def _undisclosed_state_media(report: Report, text: str, rules: RuleSet, matcher: Matcher) -> list[_Raw]:
    out: list[_Raw] = []
    hits = matcher.find_entities(words_in(text), text)
    for entity_id, ref in _state_media_refs(report).items():
        first = next((h for h in hits if h.value == entity_id), None)
        start, end = (first.start, first.end) if first is not None else (ref.start, ref.end)
        if _disclosed(text, start, end, entity_id, rules, matcher):
            continue
        entity = rules.entities[entity_id]
        out.append(
            _Raw(
                "SF001",
                start,
                end,
                f"'{text[start:end]}' is state media of {_country(rules, entity.country)}"
                f"{_chain(rules, entity_id)}, but the article does not say so where it first names it",
            )
        )
    return out


def _statement_findings(report: Report) -> list[_Raw]:
    out: list[_Raw] = []
    unknown: set[str] = set()
    for st in report.statements:
        content = st.content
        snippet = content.text if len(content.text) <= 60 else content.text[:57] + "..."
        speaker = st.speaker.name if st.speaker else "no speaker"
        if st.source_type == STATE_MEDIA:
            via = f" via {', '.join(c.name for c in st.channels)}" if st.channels else ""
            out.append(
                _Raw(
                    "SF002",
                    content.start,
                    content.end,
                    f"'{snippet}' ({speaker}{via}) reached the article only through state media: {st.reason}",
                )
            )
        if st.kind == "direct" and st.speaker is None:
            out.append(_Raw("SF003", content.start, content.end, f"direct quotation with no speaker: '{snippet}'"))
        if st.source_type == SourceType.ANONYMOUS.value and st.speaker is not None:
            # the words where the finding points ('a JCS official'), and whom they belong to when the rules know
            of = f" ({st.speaker.name})" if st.speaker.entity is not None else ""
            out.append(
                _Raw(
                    "SF004",
                    st.speaker.start,
                    st.speaker.end,
                    f"anonymous source '{st.speaker.text}'{of} for '{snippet}'",
                )
            )
        for ref in ([st.speaker] if st.speaker else []) + list(st.channels):
            media = ref.type in (
                SourceType.INDEPENDENT_MEDIA.value,
                SourceType.PUBLIC_MEDIA.value,
                STATE_MEDIA,
            )
            # a name ends in capitals ("The Coast Times", "VTV"); "North Korea's state media" names no outlet
            words = ref.name.split()
            named = bool(words) and words[-1][:1].isupper()
            # a journalist at an outlet no rule knows is a person cited, not the outlet
            if media and ref.entity is None and named and not ref.named_person and ref.name not in unknown:
                unknown.add(ref.name)
                out.append(
                    _Raw(
                        "SF005",
                        ref.start,
                        ref.end,
                        f"'{ref.name}' is cited as a source, but no rule knows this outlet",
                    )
                )
    return out


def _suppressions(source: SourceText) -> list[_Suppression]:
    out: list[_Suppression] = []
    text = source.original
    open_disables: list[_Suppression] = []
    for comment in source.comments:
        match = _DIRECTIVE.match(comment.body)
        if match is None:
            continue
        names = [c for c in re.split(r"[\s,]+", match.group("codes").strip()) if c]
        checks = [lookup(name) for name in names]
        codes = {c.code for c in checks if c is not None} if names else None
        invalid = [name for name, check in zip(names, checks, strict=True) if check is None]
        verb = match.group("verb")
        if verb == "enable":
            for region in open_disables:
                if codes is None or (region.codes is not None and region.codes <= codes):
                    region.end = comment.start
            open_disables = [r for r in open_disables if r.end == len(text)]
            continue
        if verb == "disable":
            region = _Suppression(verb, codes, comment.end, len(text), comment.start, comment.end, invalid=invalid)
            open_disables.append(region)
        else:
            body = re.search(r"\S", text[comment.end :])
            first = comment.end + (body.start() if body else 0)
            blank = re.search(r"\n[ \t]*\n", text[first:])
            end = first + blank.start() if blank else len(text)
            region = _Suppression(verb, codes, comment.end, end, comment.start, comment.end, invalid=invalid)
        out.append(region)
    return out


def check_source(path: str, source: SourceText, rules: RuleSet, config: Config) -> list[Finding]:
    """Every finding for one article, in file order."""
    report = label(source.text, ruleset=rules)
    matcher = matcher_for(rules)
    raw = _undisclosed_state_media(report, source.text, rules, matcher) + _statement_findings(report)
    findings = [_locate(path, source, item, config) for item in raw if config.enabled(item.code)]
    suppressions = _suppressions(source)
    kept: list[Finding] = []
    for finding in findings:
        covering = [s for s in suppressions if s.covers(finding)]
        for suppression in covering:
            suppression.used = True
        if not covering:
            kept.append(finding)
    for suppression in suppressions:
        if (not suppression.used or suppression.invalid) and config.enabled("SF900"):
            what = f"unknown check(s) {', '.join(suppression.invalid)}" if suppression.invalid else "no finding"
            kept.append(
                _at_file_offsets(
                    path,
                    source,
                    "SF900",
                    suppression.comment_start,
                    suppression.comment_end,
                    f"srcflag-{suppression.verb} silences {what}",
                    config,
                )
            )
    return sorted(kept, key=lambda f: (f.start, f.code))


def _locate(path: str, source: SourceText, item: _Raw, config: Config) -> Finding:
    start = source.to_original(item.start)
    end = source.end_to_original(item.end)
    return _at_file_offsets(path, source, item.code, start, end, item.message, config)


def _at_file_offsets(
    path: str, source: SourceText, code: str, start: int, end: int, message: str, config: Config
) -> Finding:
    check = BY_CODE[code]
    line, column = source.line_column(start)
    end_line, end_column = source.line_column(max(start, end))
    severity: Severity = config.severity_of(code, check.severity)
    return Finding(
        path=path,
        code=code,
        name=check.name,
        severity=severity,
        message=message,
        line=line,
        column=column,
        end_line=end_line,
        end_column=end_column,
        start=start,
        end=end,
    )
