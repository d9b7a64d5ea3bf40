"""Articles as text to label, with every character traced back to its place in the file.

Markdown and HTML carry text that is not prose (code, tags, link targets, front matter).
The labeller reads only the visible prose; `SourceText.to_original` maps any offset in it
back to the exact offset in the file, so findings point at the file the editor opened.
"""

from __future__ import annotations

import bisect
from array import array
from dataclasses import dataclass, field
from pathlib import Path

FORMATS = ("text", "markdown", "html")
_BY_SUFFIX = {".md": "markdown", ".markdown": "markdown", ".mdx": "markdown", ".html": "html", ".htm": "html"}


def format_for(path: str, override: str | None = None) -> str:
    """The input format: the override, else by the file's extension, else plain text."""
    if override is not None:
        return override
    return _BY_SUFFIX.get(Path(path).suffix.lower(), "text")


@dataclass(frozen=True)
class Comment:
    """An HTML comment in the file (`<!-- ... -->`), where suppressions are written."""

    start: int
    end: int
    body: str


@dataclass
class SourceText:
    original: str
    text: str
    offsets: array[int] | None = None  # offsets[i] = file offset of text[i]; None means identical
    comments: list[Comment] = field(default_factory=list)
    _line_starts: list[int] = field(default_factory=list)

    def to_original(self, offset: int) -> int:
        if self.offsets is None:
            return offset
        if offset >= len(self.offsets):
            return len(self.original)
        return self.offsets[offset]

    def end_to_original(self, end: int) -> int:
        """The file offset just after the character before `end` (for span ends)."""
        if end <= 0:
            return self.to_original(0)
        return self.to_original(end - 1) + 1

    def line_column(self, file_offset: int) -> tuple[int, int]:
        if not self._line_starts:
            self._line_starts = [0] + [i + 1 for i, ch in enumerate(self.original) if ch == "\n"]
        line = bisect.bisect_right(self._line_starts, file_offset) - 1
        return line + 1, file_offset - self._line_starts[line] + 1


class TextBuilder:
    """Collects visible text piece by piece, remembering where each character came from."""

    def __init__(self, original: str) -> None:
        self.original = original
        self.parts: list[str] = []
        self.offsets: array[int] = array("q")
        self.comments: list[Comment] = []

    def copy(self, start: int, end: int) -> None:
        if end > start:
            self.parts.append(self.original[start:end])
            self.offsets.extend(range(start, end))

    def copy_as(self, start: int, text: str) -> None:
        """File text from `start`, changed character for character (same length)."""
        self.parts.append(text)
        self.offsets.extend(range(start, start + len(text)))

    def insert(self, text: str, at: int) -> None:
        """Text that is not in the file as such (a decoded entity, a paragraph break)."""
        self.parts.append(text)
        self.offsets.extend([at] * len(text))

    def paragraph_break(self, at: int) -> None:
        joined_tail = self.parts[-1][-2:] if self.parts else "\n\n"
        if joined_tail != "\n\n":
            self.insert("\n\n", at)

    def build(self) -> SourceText:
        return SourceText(self.original, "".join(self.parts), self.offsets, self.comments)


def plain(original: str) -> SourceText:
    return SourceText(original, original)


def source_text(original: str, fmt: str) -> SourceText:
    """The prose of an article in `fmt` ("text", "markdown" or "html")."""
    if fmt == "markdown":
        from srcflag.formats.markdown import markdown_text

        return markdown_text(original)
    if fmt == "html":
        from srcflag.formats.html import html_text

        return html_text(original)
    return plain(original)
