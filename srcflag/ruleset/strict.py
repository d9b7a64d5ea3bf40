"""Warnings for rules that are valid but likely to mislead; `rules check --strict` fails on them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from srcflag.lexicons import common_words
from srcflag.normalize import normalize_name
from srcflag.ruleset.diagnostics import Diagnostic, Severity, display_path
from srcflag.ruleset.records import Entity
from srcflag.ruleset.ruleset import RuleSet
from srcflag.ruleset.yamldoc import LocatedDocument, Path_, YamlProblem, parse_located

REVIEW_MONTHS = 18
SHORT_ALIAS = 3
MIN_MATCH_EXAMPLES = 2
MIN_NO_MATCH_EXAMPLES = 1


def _months_between(earlier: dt.date, later: dt.date) -> int:
    return (later.year - earlier.year) * 12 + later.month - earlier.month


def _entity_warnings(entity: Entity, today: dt.date) -> Iterator[tuple[Path_, str]]:
    age = _months_between(entity.reviewed, today)
    if age > REVIEW_MONTHS:
        yield ("reviewed",), f"reviewed {age} months ago (more than {REVIEW_MONTHS}): check the facts again"
    evidence_paths: list[tuple[Path_, dt.date]] = [(("evidence", i), e.seen) for i, e in enumerate(entity.evidence)]
    for i, affiliation in enumerate(entity.affiliations):
        evidence_paths += [(("affiliations", i, "evidence", j), e.seen) for j, e in enumerate(affiliation.evidence)]
    for path, seen in evidence_paths:
        if seen > today:
            yield (*path, "seen"), f"evidence seen on {seen}, which is in the future"
    words = common_words()
    for i, alias in enumerate(entity.aliases):
        if alias.case_sensitive:
            continue
        text = alias.text.strip()
        if len(text) <= SHORT_ALIAS and text.lower() != text.upper():  # scripts with letter case only
            yield ("aliases", i), f"alias '{text}' has {len(text)} characters: mark it case_sensitive: true"
        elif normalize_name(text) in words:
            yield (
                ("aliases", i),
                f"alias '{text}' is a common English word: mark it case_sensitive: true or drop it",
            )
    examples = entity.examples
    if len(examples.match) < MIN_MATCH_EXAMPLES or len(examples.no_match) < MIN_NO_MATCH_EXAMPLES:
        yield (
            ("examples",),
            f"needs at least {MIN_MATCH_EXAMPLES} match and {MIN_NO_MATCH_EXAMPLES} no_match examples"
            f" (has {len(examples.match)} and {len(examples.no_match)})",
        )


def strict_warnings(ruleset: RuleSet, today: dt.date | None = None) -> list[Diagnostic]:
    """Every warning for every entity, located in its file."""
    day = today or dt.date.today()
    out: list[Diagnostic] = []
    for entity_id, entity in ruleset.entities.items():
        path = ruleset.paths.get(entity_id)
        if path is None:
            continue
        found = list(_entity_warnings(entity, day))
        if not found:
            continue
        try:
            doc: LocatedDocument | None = parse_located(path.read_text(encoding="utf-8"))
        except (OSError, YamlProblem):
            doc = None
        for field_path, message in found:
            mark = doc.locate(field_path) if doc is not None else None
            line, column = (mark.line, mark.column) if mark is not None else (1, 1)
            field = ".".join(f"[{p}]" if isinstance(p, int) else str(p) for p in field_path).replace(".[", "[")
            out.append(Diagnostic(display_path(path), line, column, message, field, Severity.WARNING))
    return sorted(out)
