"""Quotation spans: which marks open and close quotations, and which are apostrophes.

Marks are paired within a paragraph; a quotation continues into the next paragraph only
by the typographic convention (no closing mark, next paragraph opens with a mark). An
unpaired mark is dropped, unless it opens a paragraph, so a stray mark never damages
more than its own paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from srcflag.document import Document, Span


class Family(str, Enum):
    DOUBLE = "double"
    SINGLE = "single"
    GUILLEMET = "guillemet"
    CORNER = "corner"
    WHITE_CORNER = "white_corner"


class Role(Enum):
    OPEN = 1
    CLOSE = 2
    EITHER = 3


@dataclass(frozen=True)
class Mark:
    offset: int
    family: Family
    role: Role
    width: int = 1  # 2 for the doubled apostrophes and backticks of newswire archives (''...'', ``...'')


@dataclass(frozen=True)
class Quote:
    """One quotation: `content` is between the marks; `outer` includes them."""

    content: Span
    outer: Span
    family: Family
    closed: bool
    depth: int
    paragraphs: int = 1


_FIXED: dict[str, tuple[Family, Role]] = {
    "“": (Family.DOUBLE, Role.OPEN),
    "”": (Family.DOUBLE, Role.CLOSE),
    "„": (Family.DOUBLE, Role.OPEN),
    "«": (Family.GUILLEMET, Role.OPEN),
    "»": (Family.GUILLEMET, Role.CLOSE),
    "「": (Family.CORNER, Role.OPEN),
    "」": (Family.CORNER, Role.CLOSE),
    "『": (Family.WHITE_CORNER, Role.OPEN),
    "』": (Family.WHITE_CORNER, Role.CLOSE),
    "‘": (Family.SINGLE, Role.OPEN),
}
_ELLIPSES = ("…", "...")
_MARK_CHARACTER = re.compile("[\"'’‘“”„«»「」『』`]")  # the loop below looks at these only
_DOUBLED = {"''": "'", "``": "`"}  # a third mark makes it something else: a nested quote or a typo
_CONTINUES = ('"', "“", "«", "„", "''", "``")  # what opens a continued paragraph
_OPENING_CONTEXT = set("([{—–-/\u00a0") | {""}
_DECADE = re.compile(r"\d\ds\b")
_ELISIONS = ("n'", "em", "til", "cause", "tis", "twas", "bout", "round")


def _role_of_straight(text: str, i: int, family: Family, width: int = 1) -> Role | None:
    before = text[i - 1] if i > 0 else ""
    after = text[i + width] if i + width < len(text) else ""
    space_before = before == "" or before.isspace() or before in _OPENING_CONTEXT or before in "“‘\"'«"
    space_after = after == "" or after.isspace() or after in ".,;:!?)]}—–-"
    if family is Family.SINGLE:
        if before.isalnum() and after.isalnum():
            return None  # Kim's, don't
        if text[max(0, i - 2) : i] in ("'n", "’n", "'N", "’N") and not text[i - 3 : i - 2].isalnum():
            return None  # the second mark of rock 'n' roll
        if space_before and after.isalnum():
            rest = text[i + 1 : i + 6].lower()
            if rest.startswith(_ELISIONS) or _DECADE.match(rest):
                return None  # 'n', 'em, '90s
            return Role.OPEN
        if not space_before and space_after:
            return Role.CLOSE
        return None
    if space_before and not space_after:
        return Role.OPEN
    if not space_before and space_after:
        return Role.CLOSE
    return Role.EITHER


def _opens_like_a_word(text: str, i: int) -> bool:
    """A mark at a paragraph's or line's start, or after a space, with a word right after it; at a line's start
    also with an ellipsis after it ('” … what I learned is that'), for no quotation closes there."""
    before = text[i - 1] if i > 0 else "\n"
    after = text[i + 1] if i + 1 < len(text) else ""
    if before in "\r\n" and text.startswith(_ELLIPSES, i + 1 + (after == " ")):
        return True
    return before in "\n\u00a0 " and after.isalnum()


def _marks(text: str, span: Span) -> list[Mark]:
    out: list[Mark] = []
    low_open = False  # after „ the mark “ closes (German style)
    skip_to = span.start
    for found_mark in _MARK_CHARACTER.finditer(text, span.start, span.end):
        i = found_mark.start()
        if i < skip_to:
            continue
        ch = text[i]
        doubled = text[i : i + 2]
        if doubled in _DOUBLED and text[i + 2 : i + 3] not in _DOUBLED[doubled]:
            role = Role.OPEN if doubled == "``" else _role_of_straight(text, i, Family.DOUBLE, width=2)
            if role is not None:
                out.append(Mark(i, Family.DOUBLE, role, width=2))
            skip_to = i + 2
        elif ch in _FIXED:
            family, role = _FIXED[ch]
            if ch == "„":
                low_open = True
            elif ch == "“" and low_open:
                role, low_open = Role.CLOSE, False
            if ch == "‘":
                after = text[i + 1] if i + 1 < len(text) else ""
                if not after.isalnum() and after not in '“"':
                    continue
            if ch == "”" and _opens_like_a_word(text, i):
                role = Role.OPEN  # a closing mark typed at the start of a quotation: '”Fear. I am afraid.”'
            out.append(Mark(i, family, role))
        elif ch == '"':
            found = _role_of_straight(text, i, Family.DOUBLE)
            if found is not None:
                out.append(Mark(i, Family.DOUBLE, found))
        elif ch in "'’":
            found = _role_of_straight(text, i, Family.SINGLE)
            if found is not None:
                out.append(Mark(i, Family.SINGLE, found))
    return out


def _pair(marks: list[Mark]) -> tuple[list[tuple[Mark, Mark]], list[Mark]]:
    """Pair marks with a stack; returns pairs and the opening marks left unclosed."""
    stack: list[Mark] = []
    pairs: list[tuple[Mark, Mark]] = []
    for mark in marks:
        has_open = any(m.family is mark.family for m in stack)
        if mark.role is Role.OPEN or (mark.role is Role.EITHER and not has_open):
            stack.append(mark)
            continue
        if not has_open:
            continue  # a closing mark with nothing to close: apostrophe or stray
        while stack:
            top = stack.pop()
            if top.family is mark.family:
                pairs.append((top, mark))
                break
            # an inner single open never closed (an apostrophe after all) is dropped
    return pairs, stack


def _is_elision(text: str, open_mark: Mark, close_mark: Mark) -> bool:
    inner = text[open_mark.offset + 1 : close_mark.offset]
    return open_mark.family is Family.SINGLE and len(inner.strip()) <= 2


def find_quotes(doc: Document) -> list[Quote]:
    """All quotations in the document, outermost first at each position, in text order."""
    text = doc.text
    quotes: list[Quote] = []
    carried: Mark | None = None  # an opening mark continued from the previous paragraph
    carried_paragraphs = 0
    for index, paragraph in enumerate(doc.paragraphs):
        marks = _marks(text, paragraph)
        if carried is not None:
            if marks and marks[0].offset == paragraph.start and marks[0].role is not Role.CLOSE:
                marks = [carried, *marks[1:]]
                carried_paragraphs += 1
            else:
                carried = None
        pairs, unclosed = _pair(marks)
        for open_mark, close_mark in pairs:
            if _is_elision(text, open_mark, close_mark):
                continue
            spread = carried_paragraphs + 1 if carried is not None and open_mark is carried else 1
            start, end = open_mark.offset + open_mark.width, close_mark.offset
            while start < end and text[start] in " \u00a0\u202f":
                start += 1  # '“ … what I learned”', '« Nous ne céderons pas »': the words inside the marks
            while end > start and text[end - 1] in " \u00a0\u202f":
                end -= 1
            quotes.append(
                Quote(
                    content=Span(start, end),
                    outer=Span(open_mark.offset, close_mark.offset + close_mark.width),
                    family=open_mark.family,
                    closed=True,
                    depth=0,
                    paragraphs=spread,
                )
            )
        opener = next(
            (m for m in unclosed if m.family in (Family.DOUBLE, Family.GUILLEMET) and m.role is not Role.CLOSE),
            None,
        )
        next_paragraph = doc.paragraphs[index + 1] if index + 1 < len(doc.paragraphs) else None
        starts_paragraph = opener is not None and (
            opener.offset == paragraph.start
            or (carried is not None and opener is carried)
            or text[paragraph.start : opener.offset].rstrip()[-1:] in (":", ",", ".", "!", "?")
        )
        if opener is not None and starts_paragraph:
            if next_paragraph is not None and text.startswith(_CONTINUES, next_paragraph.start):
                if carried is None or opener is not carried:
                    carried, carried_paragraphs = opener, 0
                continue
            # an unclosed quotation that opens its paragraph runs to the paragraph's end
            start = opener.offset
            quotes.append(
                Quote(
                    content=Span(start + opener.width, paragraph.end),
                    outer=Span(start, paragraph.end),
                    family=opener.family,
                    closed=False,
                    depth=0,
                    paragraphs=carried_paragraphs + 1 if opener is carried else 1,
                )
            )
        carried = None
        carried_paragraphs = 0
    return _with_depths(quotes)


def _with_depths(quotes: list[Quote]) -> list[Quote]:
    # a mark with nothing after it ('said: "' at a paragraph's end) quotes nothing
    ordered = sorted(
        (q for q in quotes if q.content.end > q.content.start), key=lambda q: (q.outer.start, -q.outer.end)
    )
    out: list[Quote] = []
    open_stack: list[Quote] = []
    for quote in ordered:
        while open_stack and open_stack[-1].outer.end <= quote.outer.start:
            open_stack.pop()
        depth = len(open_stack)
        placed = Quote(quote.content, quote.outer, quote.family, quote.closed, depth, quote.paragraphs)
        out.append(placed)
        open_stack.append(placed)
    return out
