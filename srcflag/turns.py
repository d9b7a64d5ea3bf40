"""One statement per speaker's turn: a quotation broken by its own attribution, joined again.

`"The port is closed," she said. "It will reopen in May."` is one act of saying, its attribution
inside the quotation: `label` reports it as one statement spanning both quotations, the
attribution between them included, as corpora that annotate attributions (PolNeAR, PARC) count
it. So are the fragments one verb quotes (`The senator called the plan "reckless," "unfunded" and "a
gift to lobbyists."`): one statement from the first fragment to the last. `label(...,
turns=False)` and `srcflag label --no-turns` report each quotation and each fragment on its own.
"""

from __future__ import annotations

import bisect
from dataclasses import replace

from srcflag.document import Document
from srcflag.report import ContentSpan, SourceRef, Statement


def join_turns(statements: list[Statement], doc: Document) -> list[Statement]:
    """Consecutive direct quotations of one speaker in one paragraph, and the quoted fragments one cue
    governs, joined into one statement."""
    paragraph_starts = [paragraph.start for paragraph in doc.paragraphs]
    out: list[Statement] = []
    for statement in statements:
        previous = out[-1] if out else None
        if previous is not None and _same_turn(previous, statement, paragraph_starts):
            out[-1] = _joined(previous, statement, doc)
        else:
            out.append(statement)
    return out


def _same_turn(first: Statement, second: Statement, paragraph_starts: list[int]) -> bool:
    return (
        _joinable_kinds(first, second)
        and first.speaker is not None
        and second.speaker is not None
        and _same_source(first.speaker, second.speaker)
        and first.source_type == second.source_type
        and (second.cue is None or second.cue == first.cue)  # "…," he said, adding: "…": a second act of saying
        and first.content.end <= second.content.start
        and bisect.bisect_right(paragraph_starts, first.content.start)
        == bisect.bisect_right(paragraph_starts, second.content.start)
    )


def _joinable_kinds(first: Statement, second: Statement) -> bool:
    if first.kind == second.kind == "direct":
        return True
    # 'She called the plan "reckless" and "unfunded"': fragments are one act of saying only when the same
    # cue governs them
    return first.kind == second.kind == "partial" and first.cue is not None and second.cue == first.cue


def _same_source(first: SourceRef, second: SourceRef) -> bool:
    return first.name == second.name and first.entity == second.entity


def _joined(first: Statement, second: Statement, doc: Document) -> Statement:
    start, end = first.content.start, second.content.end
    content = ContentSpan(
        start=start, end=end, text=doc.text[start:end], line=first.content.line, column=first.content.column
    )
    channels = first.channels + tuple(c for c in second.channels if c not in first.channels)
    return replace(first, content=content, cue=first.cue or second.cue, channels=channels)
