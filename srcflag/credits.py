"""Datelines and agency credits ("PYONGYANG, March 30 (KCNA) --", "... (Yonhap)")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from srcflag.document import Document, Span

_DATELINE = re.compile(
    r"^[A-Z][A-Za-z .,'’\-]{1,40}?(?:,\s*[A-Z][a-z]{2,9}\.?\s+\d{1,2}(?:,\s*\d{4})?)?\s*\((?P<outlet>[^()\n]{2,40})\)\s*(?:--|—|–|-|:)"
)
_TRAILING = re.compile(r"\((?P<outlet>[A-Z][^()\n]{1,30})\)\s*$")


@dataclass(frozen=True)
class Credit:
    outlet: Span
    position: int
    forward: bool  # a dateline credits what follows; a trailing credit what precedes


def find_credits(doc: Document) -> list[Credit]:
    out: list[Credit] = []
    for paragraph in doc.paragraphs:
        text = doc.text[paragraph.start : paragraph.end]
        match = _DATELINE.match(text)
        if match is not None:
            start = paragraph.start + match.start("outlet")
            out.append(Credit(Span(start, start + len(match.group("outlet"))), paragraph.start, True))
            continue
        match = _TRAILING.search(text)
        if match is not None:
            start = paragraph.start + match.start("outlet")
            out.append(Credit(Span(start, start + len(match.group("outlet"))), paragraph.end, False))
    return out


def credit_scopes(credits: list[Credit], length: int) -> list[tuple[Span, Span]]:
    """(outlet span, the text range it credits) for each credit."""
    scopes: list[tuple[Span, Span]] = []
    bounds = sorted(c.position for c in credits)
    for credit in credits:
        later = [b for b in bounds if b > credit.position]
        earlier = [b for b in bounds if b < credit.position]
        if credit.forward:
            scopes.append((credit.outlet, Span(credit.position, later[0] if later else length)))
        else:
            scopes.append((credit.outlet, Span(earlier[-1] if earlier else 0, credit.position)))
    return scopes
