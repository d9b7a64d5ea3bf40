"""The units of attribution: tokens of a sentence, the phrases found in them and the raw statements."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import Enum
from typing import NamedTuple

from srcflag.document import Span
from srcflag.quotes import Quote
from srcflag.sentences import Sentence


class Kind(str, Enum):
    DIRECT = "direct"
    PARTIAL = "partial"
    INDIRECT = "indirect"


class TokenKind(Enum):
    WORD = 1
    PUNCT = 2
    QUOTE = 3


class Token(NamedTuple):
    kind: TokenKind
    start: int
    end: int
    text: str
    low: str  # lower case, curly apostrophes straightened: compared many times per token
    quote: Quote | None = None

    def is_word(self, *words: str) -> bool:
        return self.kind is TokenKind.WORD and self.low in words

    def is_punct(self, *marks: str) -> bool:
        return self.kind is TokenKind.PUNCT and (not marks or self.text in marks)


@dataclass(frozen=True)
class Phrase:
    """Words naming a source; `descriptor` is an appositive or role phrase about it."""

    span: Span
    descriptor: Span | None = None
    relative: Span | None = None  # "who" at the cue ("Sanders, who said"): the words there; `span` is whom it means


@dataclass(frozen=True)
class RawStatement:
    kind: Kind
    content: Span
    cue: Span | None
    speaker: Phrase | None
    channels: tuple[Phrase, ...] = ()
    sentence: int = 0
    paragraph: int = 0
    needs_speaker: bool = False
    cue_index: int = -1
    quotes: tuple[Quote, ...] = field(default_factory=tuple)
    scope: Span | None = None  # the whole reported clause, when the content is a quotation in it
    turn: bool = False  # "Mao Ning: ..." in a transcript: the speaker's turn runs to the paragraph's end
    inherited: bool = False  # the speaker was taken from the statement before, not found at the quotation
    answer_in: Span | None = None  # an interview's answer: the speaker is the person this introduction presents
    # 'The paper said the general "pledged that …"': the subject whose words an outlet speaker relays
    relayed_subject: Phrase | None = None


# a word: an abbreviation ("U.S."), a decade with its apostrophe ("'90s"), a time of day ("7:10"), a number with
# thousands separators ("32,000": its comma separates nothing), or letters and digits with inner apostrophes, dots
# and hyphens
_TOKEN = re.compile(
    r"(?P<word>(?:[^\W\d_]\.){2,}|['’]\d\ds?\b|\d+(?::\d\d)+\b|\d{1,3}(?:,\d{3})+(?:\.\d+)?\b|\w+(?:['’.\-]\w+)*['’]?)|[^\w\s]"
)


_new_token = tuple.__new__


_WORD_KIND, _PUNCT_KIND = TokenKind.WORD, TokenKind.PUNCT


# capitalised acronyms that spell a function word: "WHO Director-General ...", "US officials said"
_ACRONYM_LOOKALIKES = frozenset({"WHO", "US", "IT", "AM", "OR", "ME", "IS"})


def tokenize(text: str, sentence: Sentence) -> list[Token]:
    tokens: list[Token] = []
    position = sentence.span.start
    for quote in [*sentence.quotes, None]:
        stop = quote.outer.start if quote is not None else sentence.span.end
        for match in _TOKEN.finditer(text, position, stop):
            piece = match.group()
            kind = _WORD_KIND if match.lastgroup else _PUNCT_KIND
            low = piece.lower().replace("’", "'")
            if piece in _ACRONYM_LOOKALIKES and not text[sentence.span.start : sentence.span.end].isupper():
                low = piece  # "WHO" is the agency, unless the whole sentence is written in capitals
            # tuple.__new__ directly: the named tuple's own constructor is a Python call per token
            tokens.append(_new_token(Token, (kind, match.start(), match.end(), piece, low, None)))
        if quote is not None:
            tokens.append(
                Token(
                    TokenKind.QUOTE,
                    quote.outer.start,
                    quote.outer.end,
                    text[quote.outer.start : quote.outer.end],
                    text[quote.outer.start : quote.outer.end].lower().replace("’", "'"),
                    quote,
                )
            )
            position = quote.outer.end
    return tokens


@dataclass
class Cue:
    index: int
    lemma: str
    according: bool = False
    opinion: bool = False  # "In his view, …": the noun of a fronted 'in X's view'
    participle: bool = False
    particle: bool = False  # a phrasal cue: the content starts after its particle
    purpose_of: int | None = None  # "took to Twitter to accuse": the verb whose subject speaks


def trimmed_end(text: str, span: Span) -> int:
    return span.start + len(text[span.start : span.end].rstrip())
