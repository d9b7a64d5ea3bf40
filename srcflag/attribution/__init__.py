"""Who said what: cues, speaker phrases, channel phrases and content spans, per sentence.

This stage works on surface patterns only and returns spans; naming the entities
behind the spans is the resolver's job.
The sentence reader is built in layers, each a module: tokens, cues, speakers, content, statements, and
the patterns of a sentence that use them all.
"""

from __future__ import annotations

from dataclasses import replace

from srcflag.attribution.sentence import SentenceAttributor
from srcflag.attribution.tokens import Kind, Phrase, RawStatement, Token, TokenKind, tokenize, trimmed_end
from srcflag.attribution.words import BLOCK_INTRODUCERS
from srcflag.document import Document, Span
from srcflag.lexicons import lexicon
from srcflag.sentences import Sentence

__all__ = [
    "Kind",
    "Phrase",
    "RawStatement",
    "SentenceAttributor",
    "Token",
    "TokenKind",
    "attribute",
    "tokenize",
    "trimmed_end",
]


def attribute(doc: Document, sentences: list[Sentence], places: frozenset[str] = frozenset()) -> list[RawStatement]:
    """Every statement found in the document, in text order, speakers not yet resolved. `places` (lower case)
    are names a story's dateline may give ("RIYADH: ..."), which are no speaker's label."""
    words = lexicon()
    out: list[RawStatement] = []
    introduced: tuple[int, Phrase, Span] | None = None  # "He said:" ending the previous paragraph
    introductions: list[tuple[int, Phrase, Span]] = []
    turn: int | None = None  # index in `out` of the transcript turn this paragraph continues
    for index, sentence in enumerate(sentences):
        attributor = SentenceAttributor(doc.text, sentence, index, words, places)
        found = attributor.run()
        if introduced is not None and sentence.paragraph == introduced[0] + 1:
            _, speaker, cue = introduced
            found = [replace(s, speaker=speaker, cue=cue, needs_speaker=False) if s.needs_speaker else s for s in found]
        elif introduced is not None and sentence.paragraph > introduced[0] + 1:
            introduced = None
        if turn is not None and sentence.paragraph != out[turn].paragraph:
            turn = None
        if turn is not None and not found:
            out[turn] = replace(out[turn], content=Span(out[turn].content.start, trimmed_end(doc.text, sentence.span)))
        turn_at = next((k for k, statement in enumerate(found) if statement.turn), None)
        if turn_at is not None:  # "Lin Jian: China opposes the tariffs. We will ...": the turn goes on
            turn = len(out) + turn_at
        out.extend(found)
        if attributor.introduces is not None:
            introduced = (sentence.paragraph, *attributor.introduces)
            introductions.append(introduced)
    out.extend(_unquoted_introduced(doc, sentences, introductions, out))
    out = _inherit_speakers(out, sentences)
    return sorted(out, key=lambda s: (s.content.start, s.content.end))


def _inherit_speakers(statements: list[RawStatement], sentences: list[Sentence]) -> list[RawStatement]:
    """A quotation with no attribution continues the previous speaker's words, nearby."""
    ordered = sorted(statements, key=lambda s: s.content.start)
    out: list[RawStatement] = []
    last: RawStatement | None = None
    for statement in ordered:
        if (
            statement.needs_speaker
            and last is not None
            and last.speaker is not None
            and statement.paragraph - last.paragraph <= 2
        ):
            statement = replace(
                statement,
                speaker=last.speaker,
                channels=last.channels,
                needs_speaker=False,
                inherited=True,
                kind=Kind.DIRECT if statement.kind is Kind.DIRECT else statement.kind,
            )
        out.append(statement)
        if statement.speaker is not None:
            last = statement
    return out


def _unquoted_introduced(
    doc: Document,
    sentences: list[Sentence],
    introductions: list[tuple[int, Phrase, Span]],
    found: list[RawStatement],
) -> list[RawStatement]:
    """'Limbaugh added:' ending a paragraph, and a paragraph of his words after it that no quotation mark
    encloses (a block quotation whose markup is gone): that paragraph is his statement."""
    out: list[RawStatement] = []
    if not introductions:
        return out
    first_sentence: dict[int, int] = {}
    for index, sentence in enumerate(sentences):
        first_sentence.setdefault(sentence.paragraph, index)
    for paragraph, speaker, cue in introductions:
        following = first_sentence.get(paragraph + 1)
        if following is None or doc.text[cue.start : cue.end].lower() not in BLOCK_INTRODUCERS:
            continue  # "while China breaks WTO rules:" lists what follows; it quotes no one
        span = doc.paragraphs[paragraph + 1] if paragraph + 1 < len(doc.paragraphs) else None
        if span is None or (sentences[following].quotes and sentences[following].quotes[0].outer.start == span.start):
            continue  # a quotation: the sentence reader gave it the introduced speaker already
        if any(span.start <= statement.content.start < span.end for statement in found):
            continue  # the paragraph reports something of its own
        out.append(RawStatement(Kind.INDIRECT, span, cue, speaker, sentence=following, paragraph=paragraph + 1))
    return out
