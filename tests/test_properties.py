"""Invariants on any text: no exception, offsets exact and in order, deterministic, outputs parse."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from srcflag.formats import source_text
from srcflag.label import bundled_ruleset, label
from srcflag.lint.config import Config
from srcflag.lint.engine import check_source
from srcflag.lint.output import as_json, as_sarif
from srcflag.report import Report

MARKS = ['"', "“", "”", "‘", "’", "'", "«", "»", "„", "「", "」", "『", "』"]
FRAGMENTS = [
    "said",
    "told reporters",
    "according to",
    "KCNA reported",
    "the agency said",
    "he added",
    ":",
    ",",
    ".",
    "Kim Jong Un",
    "Bruce Bennett",
    "North Korea's",
    "state media",
    "Rodong Sinmun",
    "officials",
    "that",
    "quoted by Xinhua as saying",
    "wrote in The National Interest",
    "PYONGYANG, May 1 (KCNA) --",
    "\n",
    "\n\n",
    "\r\n",
    "the plan failed",
    "the weather was fine",
    "Kim's",
    "'90s",
    "rock 'n' roll",
    "—",
    "(",
    ")",
    "as",
    "by",
    "who",
    "WHO",
    "continued to",
    "described as",
    "saying",
    "quoted",
    "told",
    "urged",
    "?",
    "Lin Jian:",
    "Q:",
    "A:",
    "\n\nQ: ",
    "\n\nA: ",
    "with",
    "citing",
    "cited",
    "even as",
    "Polls show",
    "state television VTV",
    "who lost",
    "According to",
]
article_like = st.lists(
    st.one_of(st.sampled_from(FRAGMENTS), st.sampled_from(MARKS), st.text(max_size=6)), max_size=60
).map(" ".join)
any_text = st.text(max_size=400)
SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def line_column(text: str, offset: int) -> tuple[int, int]:
    line_start = max(text.rfind("\n", 0, offset), text.rfind("\r", 0, offset)) + 1
    line = 1 + sum(
        1 for i, ch in enumerate(text[:offset]) if ch == "\n" or (ch == "\r" and text[i + 1 : i + 2] != "\n")
    )
    return line, offset - line_start + 1


def check_invariants(text: str, report: Report) -> None:
    previous = -1
    for statement in report.statements:
        content = statement.content
        assert 0 <= content.start < content.end <= len(text)
        assert text[content.start : content.end] == content.text
        assert content.start >= previous
        previous = content.start
        assert (content.line, content.column) == line_column(text, content.start)
        for ref in ([statement.speaker] if statement.speaker else []) + list(statement.channels):
            assert 0 <= ref.start <= ref.end <= len(text)
            assert text[ref.start : ref.end] == ref.text
        if statement.cue is not None:
            assert text[statement.cue.start : statement.cue.end] == statement.cue.text
    json.loads(report.to_json())


@SETTINGS
@given(any_text)
def test_any_unicode(text: str) -> None:
    report = label(text)
    check_invariants(text, report)
    assert label(text) == report  # deterministic


@SETTINGS
@given(article_like)
def test_article_like_text(text: str) -> None:
    report = label(text)
    check_invariants(text, report)
    assert label(text) == report
    check_invariants(text, label(text, turns=True))


@settings(max_examples=150, deadline=None)
@given(article_like, st.sampled_from(["text", "markdown", "html"]))
def test_check_outputs_always_parse(text: str, fmt: str) -> None:
    source = source_text(text, fmt)
    findings = check_source("article", source, bundled_ruleset(), Config())
    for finding in findings:
        assert 0 <= finding.start <= finding.end <= len(text)
    json.loads(as_json(findings))
    sarif = json.loads(as_sarif(findings))
    assert sarif["version"] == "2.1.0"
