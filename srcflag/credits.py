"""Datelines and agency credits ("PYONGYANG, March 30 (KCNA) --", "... (Yonhap)")."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from srcflag.document import Document, Span

_PLACE = r"[A-Z][A-Za-z .'’\-]{1,30}?"
_GIVEN_DATE = r",\s*[A-Z][a-z]{2,9}\.?\s+\d{1,2}(?:,\s*\d{4})?\.?"
_DATE = rf"(?:{_GIVEN_DATE})?"
_CAPITAL_PLACE = r"[A-Z][A-Z .'’/\-]{1,30}?"  # "BEIJING/MOSCOW (Reuters)" names two places
DATELINE = re.compile(
    # "SEOUL (Yonhap)", "Pyongyang, March 30 (KCNA) --"; a mixed-case name before brackets needs a date or a
    # dash ("The Joint Chiefs of Staff (JCS) said ..." is a sentence)
    rf"^{_CAPITAL_PLACE}{_DATE}\s*\((?P<outlet>[^()\n]{{2,40}})\)\s*(?:--|—|–|-|:)?"
    rf"|^{_PLACE}(?:{_GIVEN_DATE}\s*\((?P<dated>[^()\n]{{2,40}})\)\s*(?:--|—|–|-|:)?"
    rf"|\s*\((?P<dashed>[^()\n]{{2,40}})\)\s*(?:--|—|–|-|:))"
    rf"|^{_CAPITAL_PLACE}{_DATE}\s*/(?P<slashed>[^/\n]{{2,30}})/\.?\s*(?:--|—|–|-|:)?"
    rf"|^{_PLACE}{_DATE},\s*(?P<bare>[A-Z][A-Za-z]{{1,15}}(?:\s[A-Z][a-z]+){{0,2}})\s+(?:--|—|–)\s"
    # a dateline in another shape ("date 2022-07-30 (CTN News) – ..."): a bracketed name and a dash, early on
    r"|^[^()\n]{0,40}?\((?P<early>[A-Z][^()\n]{1,30})\)\s*(?:--|—|–)\s",
    re.MULTILINE,
)
# a dateline that names no outlet ("WASHINGTON —", "SEOUL, South Korea, May 4 --"): not part of the first sentence
PLACE_DATELINE = re.compile(
    rf"^[A-Z][A-Z.'’\-]+(?: [A-Z][A-Z.'’\-]+){{0,3}}(?:,\s*[A-Z][A-Za-z .]{{1,25}}?)?{_DATE}\s*(?:—|–|--)\s*",
    re.MULTILINE,
)
# a live blog's time stamp before an entry ("10:42 — The agency said …", "9.30am - …"): no part of the sentence
TIME_STAMP = re.compile(
    r"^\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?\s*(?:—|–|--|-)\s+", re.MULTILINE | re.IGNORECASE
)
_TRAILING = re.compile(r"[(\[](?P<outlet>[A-Z][^()\[\]\n]{1,30})[)\]]\s*$")
_PUBLISHER_LINE = re.compile(
    r"^(?:By\s+)?(?P<outlet>[A-Z][\w.&'’ ]{1,40}?(?:\s+-\s+[A-Z][\w.&'’ ]{1,40})?)"
    r"(?:\s+(?:Staff|staff|reporters|Reporters))?$"
)
# a site's name before its page title: "BBC News - Floods hit the valley", "Xinhua | Talks resume"
_SITE_HEADER = re.compile(r"^(?!By\s)(?P<outlet>[A-Z][\w.&'’ ]{1,30}?)\s+[-–—|]\s+\S")  # not a byline
PUBLISHER_LINES_CHECKED = 12
CAPTION_LENGTH = 300  # characters: a longer paragraph that mentions a photo is a story, not a caption
_PHOTO_WORDS = re.compile(r"\b(?:photo|photos|photograph|picture|pictured|image|handout)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Credit:
    outlet: Span
    position: int
    forward: bool  # a dateline credits what follows; a trailing credit what precedes


def _outlet_group(match: re.Match[str]) -> str:
    return next(name for name in ("outlet", "dated", "dashed", "slashed", "bare", "early") if match.group(name))


def _photo_credit(paragraph: str, outlet: str) -> bool:
    """'Kim Yo Jong, in a file photo. (KCNA via Reuters)': a picture's credit, not the story's."""
    caption = len(paragraph) <= CAPTION_LENGTH and _PHOTO_WORDS.search(paragraph) is not None
    return " via " in outlet or caption


def find_credits(doc: Document) -> list[Credit]:
    """Candidate credits; the labeller keeps those that name a known media outlet."""
    out: list[Credit] = []
    for index, paragraph in enumerate(doc.paragraphs):
        text = doc.text[paragraph.start : paragraph.end]
        match = DATELINE.match(text)
        if match is not None:
            group = _outlet_group(match)
            start = paragraph.start + match.start(group)
            out.append(Credit(Span(start, paragraph.start + match.end(group)), paragraph.start, True))
            continue
        early = index < PUBLISHER_LINES_CHECKED
        publisher = (_PUBLISHER_LINE.match(text) or _SITE_HEADER.match(text)) if early else None
        if publisher is not None:
            start = paragraph.start + publisher.start("outlet")
            out.append(Credit(Span(start, paragraph.start + publisher.end("outlet")), 0, True))
            continue
        match = _TRAILING.search(text)
        if match is not None and not _photo_credit(text, match.group("outlet")):
            start = paragraph.start + match.start("outlet")
            out.append(Credit(Span(start, start + len(match.group("outlet"))), paragraph.end, False))
    return out


def credit_scopes(credits: list[Credit], length: int) -> list[tuple[Span, Span]]:
    """(outlet span, the text range it credits) for each credit."""
    scopes: list[tuple[Span, Span]] = []
    bounds = sorted(c.position for c in credits)
    first_forward = min((c.position for c in credits if c.forward), default=None)
    for credit in credits:
        after = bisect.bisect_right(bounds, credit.position)
        before = bisect.bisect_left(bounds, credit.position)
        later = bounds[after] if after < len(bounds) else length
        earlier = bounds[before - 1] if before else None
        if credit.forward:
            # the first dateline also credits the headline above it
            start = 0 if credit.position == first_forward and earlier is None else credit.position
            scopes.append((credit.outlet, Span(start, later)))
        else:
            scopes.append((credit.outlet, Span(earlier if earlier is not None else 0, credit.position)))
    return scopes
