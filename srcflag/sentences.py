"""Sentences within paragraphs; a quotation is never split, so its attribution stays with it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from srcflag.credits import DATELINE, PLACE_DATELINE, TIME_STAMP
from srcflag.document import Document, Span
from srcflag.lexicons import lexicon
from srcflag.quotes import Quote

MAX_SENTENCE = 4000  # characters; real sentences are far shorter
_END = re.compile(r"[.!?…]+[\"”’')\]]*(?=\s+[\"“‘'(\[A-Z0-9«„])")
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\.?$")
_TIME_OF_DAY = re.compile(r"\b[ap]\.m\.$", re.IGNORECASE)
_NEXT_WORD = re.compile(r"\s*([A-Z][A-Za-z]*)")
_OPENING_QUOTES = ('"', "“", "«", "„", "‘")
_PRONOUNS = lexicon().person_pronouns | lexicon().plural_pronouns
_NAMED_CUE = re.compile(
    r"[ \t\u00a0]+(?P<first>[A-Z][\w.'’\-]*)[ \t\u00a0]+(?:[A-Z][\w.'’\-]*[ \t\u00a0]+){0,2}(?P<verb>[a-z]+)\b"
)  # ' Clinton said'


@dataclass(frozen=True)
class Sentence:
    span: Span
    paragraph: int
    quotes: tuple[Quote, ...]
    starts_paragraph: bool


def _is_abbreviation(text: str, period: int) -> bool:
    match = _WORD_BEFORE.search(text, max(0, period - 12), period + 1)
    if match is None or text[period] != ".":
        return False
    word = match.group(1)
    if len(word) == 1:
        # an initial ("N. Korea", "Kim J. Un"), but not the end of an ampersand name ("in A&E. Its president")
        return text[match.start() - 1 : match.start()] != "&"
    return word.lower() in lexicon().abbreviations and not text[match.start() - 1 : match.start()].isalpha()


def _time_ends_sentence(text: str, period: int, end: int) -> bool:
    """A time of day that ends its sentence: before a quotation ('... at 7:20 a.m. "Our military is ready," ...') or
    a capitalised word that is no day, month or time zone ('... after 2 a.m. Police said'; but 'at 2 a.m. Tuesday',
    '9 a.m. ET' go on)."""
    if _TIME_OF_DAY.search(text, max(0, period - 4), period + 1) is None:
        return False
    if text[end : end + 3].lstrip().startswith(_OPENING_QUOTES):
        return True
    following = _NEXT_WORD.match(text, end)
    if following is None:
        return False
    word = following.group(1)
    lex = lexicon()
    return not (word.lower() in lex.time_words or word.lower() in lex.word_set("months") or word.isupper())


def _attribution_after(text: str, close: int) -> bool:
    """'"Why?" Clinton asked.': a name and a reporting verb after the closing mark finish its sentence."""
    if text[close - 2 : close - 1] not in ("?", "!"):
        return False  # after a full stop inside the marks a new sentence starts
    match = _NAMED_CUE.match(text, close)
    return (
        match is not None
        and lexicon().lemma(match.group("verb")) is not None
        and match.group("first").lower() not in _PRONOUNS
    )


def _blocks(doc: Document, top: list[Quote]) -> list[tuple[int, Span]]:
    """Paragraphs, merged where a quotation runs from one into the next."""
    blocks: list[tuple[int, Span]] = []
    for index, paragraph in enumerate(doc.paragraphs):
        if blocks and any(q.outer.start < paragraph.start < q.outer.end for q in top):
            first, merged = blocks[-1]
            blocks[-1] = (first, Span(merged.start, paragraph.end))
        else:
            blocks.append((index, paragraph))
    return blocks


def split_sentences(doc: Document, quotes: list[Quote]) -> list[Sentence]:
    text = doc.text
    top = [q for q in quotes if q.depth == 0]
    spanning = [q for q in top if q.paragraphs > 1]
    sentences: list[Sentence] = []
    qi = 0
    blocks = _blocks(doc, spanning) if spanning else list(enumerate(doc.paragraphs))
    for p_index, paragraph in blocks:
        while qi < len(top) and top[qi].outer.end <= paragraph.start:
            qi += 1
        qj = qi
        while qj < len(top) and top[qj].outer.start < paragraph.end:
            qj += 1
        inside = top[qi:qj]
        cuts: list[int] = []
        for match in _END.finditer(text, paragraph.start, paragraph.end):
            end = match.end()
            if any(q.outer.start < match.start() < q.outer.end - 1 for q in inside):
                continue
            if _is_abbreviation(text, match.start()) and not _time_ends_sentence(text, match.start(), end):
                continue
            cuts.append(end)
        # a quotation ending a sentence inside its marks: '..." Next sentence'
        for quote in inside:
            close = quote.outer.end
            if close < paragraph.end and text[close - 2 : close - 1] in (".", "!", "?"):
                rest = text[close : close + 3]
                nxt = rest.lstrip()[:1]
                if rest[:1].isspace() and (nxt.isupper() or nxt in '"“‘«') and not _attribution_after(text, close):
                    cuts.append(close)
        start = paragraph.start
        # matched on the paragraph's own text: '^' would not match where markup removed before it left a space
        opening = text[paragraph.start : paragraph.end]
        dateline = DATELINE.match(opening) or PLACE_DATELINE.match(opening) or TIME_STAMP.match(opening)
        if dateline is not None:
            start = paragraph.start + dateline.end()
        for cut in sorted(set(cuts)):
            if cut <= start:
                continue
            if any(q.outer.start < cut < q.outer.end for q in inside):
                continue
            sentences.append(_make(text, start, cut, p_index, inside, start == paragraph.start))
            start = cut
        if start < paragraph.end:
            sentences.append(_make(text, start, paragraph.end, p_index, inside, start == paragraph.start))
    out: list[Sentence] = []
    for sentence in sentences:
        if sentence.span.end > sentence.span.start:
            out.extend(_bounded(text, sentence))
    return out


def _bounded(text: str, sentence: Sentence) -> list[Sentence]:
    """A "sentence" longer than any real one (a run-on line, a hostile input) is cut at spaces
    outside quotations, so the attribution patterns stay linear in the article's length."""
    span = sentence.span
    if span.end - span.start <= MAX_SENTENCE:
        return [sentence]
    pieces: list[Sentence] = []
    start = span.start
    while span.end - start > MAX_SENTENCE:
        cut = text.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
        inside = next((q for q in sentence.quotes if q.outer.start < cut < q.outer.end), None)
        if inside is not None:
            cut = inside.outer.end
        if cut <= start:
            cut = start + MAX_SENTENCE
        pieces.append(
            _make(
                text,
                start,
                cut,
                sentence.paragraph,
                list(sentence.quotes),
                start == span.start and sentence.starts_paragraph,
            )
        )
        start = cut
    pieces.append(_make(text, start, span.end, sentence.paragraph, list(sentence.quotes), False))
    return [p for p in pieces if p.span.end > p.span.start]


def _make(text: str, start: int, end: int, paragraph: int, quotes: list[Quote], first: bool) -> Sentence:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    span = Span(start, end)
    mine = tuple(q for q in quotes if span.start <= q.outer.start < span.end)
    return Sentence(span, paragraph, mine, first)
