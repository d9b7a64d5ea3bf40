"""A report on an article's prose, moved onto the file it came from (Markdown, HTML).

Statements are found in the prose (markup skipped, entities decoded); their offsets are then
mapped back, so every span indexes the file itself and `text == file[start:end]` still holds.
"""

from __future__ import annotations

from dataclasses import replace

from srcflag.formats import SourceText
from srcflag.report import ContentSpan, CueSpan, Report, SourceRef, Statement


def _span(source: SourceText, start: int, end: int) -> tuple[int, int, str]:
    first = source.to_original(start)
    last = max(first, source.end_to_original(end))
    return first, last, source.original[first:last]


def _ref(source: SourceText, ref: SourceRef) -> SourceRef:
    start, end, text = _span(source, ref.start, ref.end)
    return replace(ref, start=start, end=end, text=text)


def _statement(source: SourceText, statement: Statement) -> Statement:
    start, end, text = _span(source, statement.content.start, statement.content.end)
    line, column = source.line_column(start)
    cue = None
    if statement.cue is not None:
        cue_start, cue_end, cue_text = _span(source, statement.cue.start, statement.cue.end)
        cue = CueSpan(cue_start, cue_end, cue_text)
    return replace(
        statement,
        content=ContentSpan(start, end, text, line, column),
        cue=cue,
        speaker=_ref(source, statement.speaker) if statement.speaker is not None else None,
        channels=tuple(_ref(source, channel) for channel in statement.channels),
    )


def to_file(report: Report, source: SourceText) -> Report:
    """`report`, labelled on `source.text`, with every span an index into `source.original`."""
    if source.offsets is None:
        return report
    return replace(report, statements=tuple(_statement(source, s) for s in report.statements))
