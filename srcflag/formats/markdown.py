"""The prose of a CommonMark article: markdown-it finds the blocks and inline spans to leave out."""

from __future__ import annotations

from markdown_it import MarkdownIt
from markdown_it.token import Token

from srcflag.formats import Comment, SourceText, TextBuilder

_PROSE_BLOCKS = frozenset({"inline"})
_FRONT_MATTER_FENCES = ("---", "+++")
_EMPHASIS = frozenset({"em_open", "em_close", "strong_open", "strong_close"})


def _line_starts(text: str) -> list[int]:
    return [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]


def _front_matter_lines(lines: list[str]) -> int:
    """How many lines of YAML (---) or TOML (+++) front matter open the file."""
    if not lines or lines[0].rstrip() not in _FRONT_MATTER_FENCES:
        return 0
    fence = lines[0].rstrip()
    for index, line in enumerate(lines[1:], start=1):
        if line.rstrip() in (fence, "..." if fence == "---" else fence):
            return index + 1
    return 0


def _comments_in(original: str, start: int, end: int) -> list[Comment]:
    out: list[Comment] = []
    position = original.find("<!--", start, end)
    while position != -1:
        close = original.find("-->", position + 4, end)
        if close == -1:
            break
        out.append(Comment(position, close + 3, original[position + 4 : close].strip()))
        position = original.find("<!--", close + 3, end)
    return out


def _closing_paren(original: str, open_at: int, end: int) -> int:
    depth = 0
    for i in range(open_at, end):
        ch = original[i]
        if ch == "\\":
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return i
    return end - 1


def _excluded_spans(
    original: str, start: int, end: int, children: list[Token]
) -> tuple[list[tuple[int, int, str]], list[Comment]]:
    """Source ranges of code spans, link targets, images and inline HTML inside one inline block, with what stands
    in their place: a space, or nothing for the marks around words that stay (emphasis, a link's brackets), so that
    '**Ed Miliband**, UK energy secretary,' reads 'Ed Miliband, UK energy secretary,'."""
    spans: list[tuple[int, int, str]] = []
    comments: list[Comment] = []
    cursor = start
    for child in children:
        if child.type == "code_inline":
            opened = original.find(child.markup, cursor, end)
            if opened == -1:
                continue
            closed = original.find(child.markup, opened + len(child.markup), end)
            stop = closed + len(child.markup) if closed != -1 else opened + len(child.markup)
            spans.append((opened, stop, " "))
            cursor = stop
        elif child.type == "image":
            opened = original.find("![", cursor, end)
            target = original.find("](", opened, end) if opened != -1 else -1
            if target != -1:
                stop = _closing_paren(original, target + 1, end) + 1
                spans.append((opened, stop, " "))
                cursor = stop
        elif child.type == "link_open" and child.markup == "autolink":
            opened = original.find("<", cursor, end)
            closed = original.find(">", opened, end) if opened != -1 else -1
            if closed != -1:
                spans.append((opened, closed + 1, " "))
                cursor = closed + 1
        elif child.type == "link_open":
            opened = original.find("[", cursor, end)  # the link's text stays; its bracket is no part of the words
            if opened != -1:
                spans.append((opened, opened + 1, ""))
                cursor = opened + 1
        elif child.type == "link_close" and child.markup != "autolink":
            bracket = original.find("]", cursor, end)
            if bracket == -1:
                continue
            following = original[bracket + 1 : bracket + 2]
            if following == "(":
                stop = _closing_paren(original, bracket + 1, end) + 1
            elif following == "[":
                closed = original.find("]", bracket + 2, end)
                stop = closed + 1 if closed != -1 else bracket + 1
            else:
                stop = bracket + 1
            spans.append((bracket, stop, ""))
            cursor = stop
        elif child.type in _EMPHASIS and child.markup:
            opened = original.find(child.markup, cursor, end)
            if opened != -1:  # "**Ruiz:** ..." reads as "Ruiz: ...", a speaker's label
                spans.append((opened, opened + len(child.markup), ""))
                cursor = opened + len(child.markup)
        elif child.type == "html_inline":
            opened = original.find(child.content, cursor, end)
            if opened != -1:
                stop = opened + len(child.content)
                spans.append((opened, stop, " "))
                comments += _comments_in(original, opened, stop)
                cursor = stop
    return spans, comments


def markdown_text(original: str) -> SourceText:
    builder = TextBuilder(original)
    starts = _line_starts(original)
    lines = original.split("\n")
    skip = _front_matter_lines(lines)
    body_start = starts[skip] if skip < len(starts) else len(original)
    tokens = MarkdownIt("commonmark").parse(original[body_start:])

    def offset_of_line(line: int) -> int:
        absolute = skip + line
        return starts[absolute] if absolute < len(starts) else len(original)

    for token in tokens:
        if token.map is None:
            continue
        seg_start, seg_end = offset_of_line(token.map[0]), offset_of_line(token.map[1])
        if token.type == "html_block":
            builder.comments += _comments_in(original, seg_start, seg_end)
            continue
        if token.type not in _PROSE_BLOCKS:
            continue  # code blocks, fences, front matter and the like are not prose
        spans, comments = _excluded_spans(original, seg_start, seg_end, token.children or [])
        builder.comments += comments
        cursor = seg_start
        for span_start, span_end, replacement in spans:
            _copy_prose(builder, original, cursor, span_start)
            builder.insert(replacement, span_start)
            cursor = span_end
        _copy_prose(builder, original, cursor, seg_end)
        builder.paragraph_break(seg_end)
    return builder.build()


def _copy_prose(builder: TextBuilder, original: str, start: int, end: int) -> None:
    """Copy a stretch of a block; its soft line breaks and quote markers become spaces."""
    if end <= start:
        return
    lines = original[start:end].split("\n")
    at_line_start = start == 0 or original[start - 1] == "\n"
    first = _strip_marker(lines[0]) if at_line_start else lines[0]
    builder.copy_as(start, " ".join([first] + [_strip_marker(line) for line in lines[1:]]))


def _strip_marker(line: str) -> str:
    """Block quote and heading markers at the start of a line become spaces (same length)."""
    stripped = line.lstrip(" ")
    marker = len(stripped) - len(stripped.lstrip(">#"))
    if marker:
        return " " * (len(line) - len(stripped) + marker) + stripped[marker:]
    return line
