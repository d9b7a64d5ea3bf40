"""The article as text: paragraphs, words and line/column positions, all as offsets."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from srcflag.normalize import fold

# A word: an abbreviation with inner dots (U.S., N.Korea's first part), or letters/digits
# with inner apostrophes or hyphens kept apart by the normaliser later.
_WORD = re.compile(r"(?:[^\W\d_]\.){2,}|\w+(?:['’]\w+)*['’]?|&")
_PARAGRAPH_BREAK = re.compile(r"\r\n|\r|\n")
WRAPPED_MIN_BREAKS = 8
WRAPPED_SHARE = 0.6


@dataclass(frozen=True)
class Span:
    start: int
    end: int

    def __len__(self) -> int:
        return self.end - self.start

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end


class Word(NamedTuple):
    """A word and the lower-case forms the matchers ask for many times, computed once."""

    start: int
    end: int
    text: str
    lower: str  # lower case, curly apostrophes straightened
    bare: str  # lower, without a possessive ending
    capitalized: bool
    key: str  # word_key(text): bare, diacritics folded and abbreviation dots dropped


_new_word = tuple.__new__


def words_in(text: str, start: int = 0, end: int | None = None) -> list[Word]:
    stop = len(text) if end is None else end
    # one expression, and tuple.__new__ rather than the named tuple's own constructor: an article has tens of
    # thousands of words
    return [
        _new_word(
            Word,
            (
                m.start(),
                m.end(),
                word,
                low,
                bare,
                word[:1].isupper(),
                bare if word.isascii() and "." not in word else word_key(word),
            ),
        )
        for m in _WORD.finditer(text, start, stop)
        for word in (m.group(),)
        for low in (word.lower().replace("’", "'"),)
        for bare in (low[:-2] if low.endswith("'s") else low.rstrip("'"),)
    ]


@lru_cache(maxsize=65536)  # the same words recur across an article and an archive
def word_key(text: str, case_sensitive: bool = False) -> str:
    """A word's matching key: diacritics folded, curly apostrophes straightened, abbreviation dots and a
    possessive ending dropped, and lower case unless `case_sensitive` ("Škoda's" -> "skoda", "U.S." -> "us")."""
    out = fold(text).replace("’", "'").replace(".", "")
    if not case_sensitive:
        out = out.lower()
    if out.endswith(("'s", "'S")):
        return out[:-2]
    return out.rstrip("'")


def is_possessive(word: Word) -> bool:
    """'People's', 'Workers'': a word with a possessive ending."""
    return word.lower.endswith(("'s", "s'"))


def _mid_sentence(text: str, line_end: int, next_start: int) -> bool:
    before = text[line_end - 1 : line_end]
    after = text[next_start : next_start + 1]
    return bool(before) and (before.isalnum() or before in ",;") and (after.isalnum() or after in '"“‘(')


def _wrapped_throughout(text: str, breaks: list[re.Match[str]]) -> bool:
    """An article hard-wrapped at a fixed width: most of its line breaks fall inside sentences."""
    mid = sum(1 for m in breaks if _mid_sentence(text, m.start(), m.end()))
    return len(breaks) >= WRAPPED_MIN_BREAKS and mid / len(breaks) >= WRAPPED_SHARE


def _wrapped(text: str, line_end: int, next_start: int, throughout: bool = False) -> bool:
    """True when the line break at `line_end` falls inside a sentence."""
    before = text[line_end - 1 : line_end]
    after = text[next_start : next_start + 1]
    if throughout and _mid_sentence(text, line_end, next_start):
        return True  # "by Executive Director\nKenneth Roth argues"
    if before == "," and after.isalpha():
        return True  # "... like Burma and China,\nHuman Rights Watch said."
    return bool(before) and before.isalpha() and after.islower()


@dataclass
class Document:
    """The decoded input text with its paragraph spans and a line index."""

    text: str
    paragraphs: list[Span] = field(default_factory=list)
    _line_starts: list[int] = field(default_factory=list)

    @classmethod
    def from_text(cls, text: str) -> Document:
        doc = cls(text)
        doc._line_starts = [0]
        previous = 0
        breaks = list(_PARAGRAPH_BREAK.finditer(text))
        wrapped_throughout = _wrapped_throughout(text, breaks)
        for match in breaks:
            doc._line_starts.append(match.end())
            if _wrapped(text, match.start(), match.end(), wrapped_throughout):
                continue  # a hard-wrapped line: the paragraph goes on
            doc._add_paragraph(previous, match.start())
            previous = match.end()
        doc._add_paragraph(previous, len(text))
        return doc

    def _add_paragraph(self, start: int, end: int) -> None:
        while start < end and self.text[start].isspace():
            start += 1
        while end > start and self.text[end - 1].isspace():
            end -= 1
        if end > start:
            self.paragraphs.append(Span(start, end))

    def line_column(self, offset: int) -> tuple[int, int]:
        """1-based line and column (in characters) of `offset`."""
        line = bisect.bisect_right(self._line_starts, offset) - 1
        return line + 1, offset - self._line_starts[line] + 1
