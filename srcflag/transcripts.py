"""Transcripts: the turns that speaker labels open.

A quotation whose paragraphs open with speaker labels is many speakers' turns:

    "WALLACE: Why would he do that?

    "PENCE: Well, look, ...

An article that quotes an interview this way quotes each speaker in turn; the quotation's own attribution,
if any, only says where the transcript came from. In a transcript printed as the article itself, a turn goes on
over the unlabelled paragraphs up to the next label:

    Lin Jian: China firmly opposes the unilateral tariff hike.

    We urge the US to correct its wrong practice.

    AFP: Will Chinese officials travel to Washington?
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_right
from collections import Counter
from dataclasses import replace

from srcflag.attribution import Kind, Phrase, RawStatement, trimmed_end
from srcflag.attribution.words import LABEL, LABEL_STOPWORDS, TITLE_CASE_SHARE
from srcflag.document import Document, Span
from srcflag.lexicons import lexicon
from srcflag.sentences import Sentence

_TURN_LABEL = re.compile(r"[\"“'‘]?(?P<label>[A-Z][A-Z.'’\-]*(?: [A-Z][A-Z.'’\-]*){0,3})[ \t]*:[ \t]+(?=\S)")
_OPENING_MARKS = "\"“'‘"
MIN_TURNS = 2


def split_quoted_transcripts(
    doc: Document, statements: list[RawStatement], sentences: list[Sentence]
) -> list[RawStatement]:
    """Each statement that is a quoted transcript replaced by its speakers' turns."""
    sentence_starts = [s.span.start for s in sentences]
    paragraph_starts = [p.start for p in doc.paragraphs]
    out: list[RawStatement] = []
    for statement in statements:
        transcript = _may_be_transcript(statement)
        turns = _turns(doc, statement, sentences, sentence_starts, paragraph_starts) if transcript else []
        out.extend(turns or [statement])
    return out


def _may_be_transcript(statement: RawStatement) -> bool:
    return len(statement.quotes) == 1 and statement.quotes[0].paragraphs >= MIN_TURNS


def _turns(
    doc: Document,
    statement: RawStatement,
    sentences: list[Sentence],
    sentence_starts: list[int],
    paragraph_starts: list[int],
) -> list[RawStatement]:
    text = doc.text
    content = statement.quotes[0].content
    turns: list[tuple[Span | None, int, int]] = []  # label (None: not a speaker), content start, content end
    first = max(0, bisect_right(paragraph_starts, content.start) - 1)
    for paragraph in itertools.takewhile(lambda p: p.start < content.end, doc.paragraphs[first:]):
        start, end = max(paragraph.start, content.start), min(paragraph.end, content.end)
        if end <= start:
            continue
        while start < end and text[start] in _OPENING_MARKS + " \t\u00a0":
            start += 1
        label = _TURN_LABEL.match(text, start, end)
        if label is None and not turns:
            return []  # the quotation does not open with a speaker's label: it is one speaker's
        if label is not None:
            name = Span(label.start("label"), label.end("label"))
            speaks = text[name.start : name.end].lower().strip(".") not in LABEL_STOPWORDS and len(name) > 1
            turns.append((name if speaks else None, label.end(), end))
        elif text[start:end].strip().startswith("("):
            turns.append((None, start, end))  # "(CROSSTALK.)": a note of the transcriber's
        else:
            label_span, turn_start, _ = turns[-1]
            turns[-1] = (label_span, turn_start, end)  # the same speaker goes on in a new paragraph
    if sum(1 for label_span, _, _ in turns if label_span is not None) < MIN_TURNS:
        return []
    out: list[RawStatement] = []
    for label_span, start, end in turns:
        while end > start and text[end - 1].isspace():
            end -= 1
        if label_span is None or end <= start:
            continue
        sentence = max(0, bisect_right(sentence_starts, start) - 1)
        out.append(
            replace(
                statement,
                kind=Kind.DIRECT,
                content=Span(start, end),
                cue=None,
                speaker=Phrase(label_span),
                sentence=sentence,
                paragraph=sentences[sentence].paragraph if sentences else statement.paragraph,
                needs_speaker=False,
                inherited=False,
                cue_index=-1,
                scope=None,
            )
        )
    return out


def continue_turns(doc: Document, statements: list[RawStatement]) -> list[RawStatement]:
    """Each labelled turn of a transcript run on over the unlabelled paragraphs before the next label, and the
    statements inside those paragraphs left out as part of it. A paragraph that reports someone other than
    the speaker ('The remarks came after Reuters reported …') ends the turn, and the last turn keeps to its own
    paragraph: after it the article may go on in its own voice."""
    text = doc.text
    labels = {k: m.group(1).lower() for k, p in enumerate(doc.paragraphs) if (m := LABEL.match(text[p.start : p.end]))}
    if len(labels) < MIN_TURNS:
        return statements
    labelled = list(labels)  # paragraph indices, in order
    # a transcript comes back to its speakers; headings that each name someone once ("Sanders: Win in a walk.")
    # open sections of the writer's prose
    speaking = Counter(labels.values())
    first_person = lexicon().first_person
    by_paragraph: dict[int, list[RawStatement]] = {}
    for statement in statements:
        by_paragraph.setdefault(statement.paragraph, []).append(statement)
    absorbed: set[int] = set()
    extended: dict[int, RawStatement] = {}
    for statement in statements:
        if not statement.turn or speaking[labels.get(statement.paragraph, "")] < MIN_TURNS:
            continue
        if _title_case(text[statement.content.start : statement.content.end]):
            continue  # "Bernie Sanders: I'm Not Much Of A Socialist …": a headline, not a turn
        following = [k for k in labelled if k > statement.paragraph]
        if not following:
            continue
        end = statement.content.end
        for k in range(statement.paragraph + 1, following[0]):
            found = by_paragraph.get(k, [])
            others = [
                s
                for s in found
                if s.speaker is not None and text[s.speaker.span.start : s.speaker.span.end].lower() not in first_person
            ]
            if others:
                break  # someone else's report: the article's own narrative resumes
            paragraph = doc.paragraphs[k]
            if text[paragraph.start : paragraph.end].strip():
                end = trimmed_end(text, paragraph)
            absorbed.update(id(s) for s in found)
        if end > statement.content.end:
            extended[id(statement)] = replace(statement, content=Span(statement.content.start, end))
    return [extended.get(id(s), s) for s in statements if id(s) not in absorbed]


def _title_case(words_text: str) -> bool:
    words = [w for w in words_text.split() if w[:1].isalpha()]
    return len(words) >= MIN_TURNS and sum(w[:1].isupper() for w in words) >= TITLE_CASE_SHARE * len(words)
