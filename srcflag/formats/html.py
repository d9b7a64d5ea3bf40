"""The visible text of an HTML article, read with the standard library's HTML parser."""

from __future__ import annotations

from html import unescape
from html.parser import HTMLParser

from srcflag.formats import Comment, SourceText, TextBuilder

INVISIBLE = frozenset({"script", "style", "pre", "code", "noscript", "template", "head", "svg", "textarea"})
BLOCKS = frozenset(
    [
        "p",
        "div",
        "br",
        "li",
        "ul",
        "ol",
        "dl",
        "dt",
        "dd",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "tr",
        "td",
        "th",
        "table",
        "thead",
        "tbody",
        "section",
        "article",
        "header",
        "footer",
        "main",
        "aside",
        "nav",
        "blockquote",
        "figure",
        "figcaption",
        "hr",
        "address",
        "details",
        "summary",
        "form",
        "fieldset",
    ]
)


class _Visible(HTMLParser):
    def __init__(self, original: str) -> None:
        super().__init__(convert_charrefs=False)
        self.original = original
        self.builder = TextBuilder(original)
        self.hidden = 0
        self.quoting = 0  # open <blockquote> elements: a <cite> in one credits its quotation
        self._line_starts = [0] + [i + 1 for i, ch in enumerate(original) if ch == "\n"]

    def _here(self) -> int:
        line, column = self.getpos()
        return self._line_starts[line - 1] + column

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "blockquote":
            self.quoting += 1
        if tag in INVISIBLE:
            self.hidden += 1
        elif tag in BLOCKS:
            self.builder.paragraph_break(self._here())
        elif tag == "q" and not self.hidden:
            self.builder.insert("“", self._here())  # an inline quotation: its marks are the element's
        elif tag == "cite" and self.quoting and not self.hidden:
            self.builder.paragraph_break(self._here())  # "<cite>Marta Souto</cite>" credits the quotation above
            self.builder.insert("— ", self._here())

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in BLOCKS:
            self.builder.paragraph_break(self._here())

    def handle_endtag(self, tag: str) -> None:
        if tag == "blockquote":
            self.quoting = max(0, self.quoting - 1)
        if tag in INVISIBLE:
            self.hidden = max(0, self.hidden - 1)
        elif tag in BLOCKS:
            self.builder.paragraph_break(self._here())
        elif tag == "q" and not self.hidden:
            self.builder.insert("”", self._here())

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            start = self._here()
            self.builder.copy_as(start, data)

    def handle_entityref(self, name: str) -> None:
        if not self.hidden:
            self.builder.insert(unescape(f"&{name};"), self._here())

    def handle_charref(self, name: str) -> None:
        if not self.hidden:
            self.builder.insert(unescape(f"&#{name};"), self._here())

    def handle_comment(self, data: str) -> None:
        start = self._here()
        self.builder.comments.append(Comment(start, start + len(data) + 7, data.strip()))


def html_text(original: str) -> SourceText:
    parser = _Visible(original)
    parser.feed(original)
    parser.close()
    return parser.builder.build()
