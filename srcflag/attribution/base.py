"""The state one sentence is read with, and the small token helpers every pattern uses."""

from __future__ import annotations

from srcflag.attribution.tokens import Phrase, Token, TokenKind, tokenize
from srcflag.attribution.words import FINITE_VERBS, HOLDER_PRONOUNS, PRONOUN_SUBJECTS, is_past_tense
from srcflag.document import Span
from srcflag.lexicons import Lexicon
from srcflag.sentences import Sentence

HOLDER_WORDS = 8  # tokens of a name and title after 'In the view of'


class AttributorBase:
    """One sentence of an article, tokenised, with what its patterns have found so far."""

    def __init__(
        self, text: str, sentence: Sentence, sentence_index: int, words: Lexicon, places: frozenset[str] = frozenset()
    ) -> None:
        self.text = text
        self.places = places
        self.sentence = sentence
        self.index = sentence_index
        self.lex = words
        self.tokens = tokenize(text, sentence)
        self.used_quotes: set[int] = set()
        self.main_subject: Phrase | None = None
        self.last_speaker: Phrase | None = None  # of the last cue read: whom a participle after a ';' continues
        self.introduces: tuple[Phrase, Span] | None = None  # "He said:" at the end: the next quotation's

    def _span(self, first: int, last: int) -> Span:
        return Span(self.tokens[first].start, self.tokens[last].end)

    def _opinion_holder(self, noun: int) -> tuple[int, int, int] | None:
        """Whose view a fronted 'In his view,', 'In Ana Ruiz's view,' or 'In the view of Ana Ruiz,' gives, as the
        holder's first and last tokens and the comma after the phrase; None for any other use of the noun."""
        toks = self.tokens
        if noun + 1 < len(toks) and toks[noun + 1].is_word("of"):
            if noun < 2 or not toks[noun - 1].is_word("the"):
                return None
            opening, first = noun - 2, noun + 2
            comma = next(
                (k for k in range(first, min(len(toks), first + HOLDER_WORDS + 1)) if toks[k].is_punct(",")), None
            )
            if comma is None or comma == first or not toks[first].text[:1].isupper():
                return None
            last = comma - 1
        else:
            comma, last = noun + 1, noun - 1
            first = last
            if last < 1 or comma >= len(toks) or not toks[comma].is_punct(","):
                return None
            if toks[last].low not in HOLDER_PRONOUNS:
                if not (toks[last].low.endswith(("'s", "’s")) and toks[last].text[:1].isupper()):
                    return None
                while first - 1 > 0 and toks[first - 1].kind is TokenKind.WORD and toks[first - 1].text[:1].isupper():
                    first -= 1
            opening = first - 1
        if opening < 0 or not toks[opening].is_word("in"):
            return None
        leads = opening == 0 or (opening == 1 and toks[0].is_word("but", "and", "yet", "still", "so"))
        return (first, last, comma) if leads and comma + 1 < len(toks) else None

    def _is_aux(self, token: Token) -> bool:
        return token.kind is TokenKind.WORD and (token.low in self.lex.auxiliaries or manner_adverb(token))

    def _content_span(self, first: int, last: int) -> Span | None:
        """Tokens first..last as content, trimmed of edge punctuation and a leading 'that'."""
        while first <= last and (self.tokens[first].is_punct() or self._complementizer(first)):
            first += 1
        while last >= first and self.tokens[last].kind is TokenKind.PUNCT and self.tokens[last].text in ",;:.—–-(":
            last -= 1
        if first > last:
            return None
        return self._span(first, last)

    def _complementizer(self, k: int) -> bool:
        """'that' opening a reported clause, not the pronoun subject opening a sentence ('That would make them
        older, the authors wrote')."""
        after = self.tokens[k + 1] if k + 1 < len(self.tokens) else None
        subject = k == 0 and after is not None and after.low in FINITE_VERBS
        return self.tokens[k].is_word("that") and not subject

    def _first_token_at(self, offset: int) -> int:
        for i, token in enumerate(self.tokens):
            if token.end > offset:
                return i
        return len(self.tokens) - 1

    def _words_before_that(self, first: int, reach: int | None = None) -> int:
        """The first token from `first` that is not a word or is 'that', looking at most `reach` words."""
        toks = self.tokens
        stop = len(toks) if reach is None else min(len(toks), first + reach)
        k = first
        while k < stop and toks[k].kind is TokenKind.WORD and not toks[k].is_word("that"):
            k += 1
        return k

    @staticmethod
    def _is_contracted_subject(token: Token) -> bool:
        """'He's', 'she's': a pronoun with a contracted 'is', not a possessive."""
        return token.low[:-2] in PRONOUN_SUBJECTS

    def _abbreviation_dot(self, i: int) -> bool:
        """The dot of 'Mr.' or 'Gen.' inside a name: 'said Mr. Burman'."""
        toks = self.tokens
        return (
            toks[i].is_punct(".")
            and 0 < i < len(toks) - 1
            and (toks[i - 1].low in self.lex.abbreviations or len(toks[i - 1].text) == 1)  # "Mr.", "W."
            and toks[i - 1].text[:1].isupper()
            and toks[i + 1].kind is TokenKind.WORD
            and toks[i + 1].text[:1].isupper()
        )

    def _verb_like(self, token: Token) -> bool:
        """A lower-case word that can only be a verb here: finite, past or an inflected cue."""
        low = token.low
        # a bare cue word may be a noun ('director of the SeaLight project'); its inflections are verbs
        inflected = self.lex.lemma(low) is not None and low.endswith(("s", "ing"))
        verb = low in FINITE_VERBS or is_past_tense(low) or inflected
        return token.kind is TokenKind.WORD and verb and not token.text[:1].isupper()


def manner_adverb(token: Token) -> bool:
    """'happily', 'repeatedly': a lower-case word in -ly, long enough not to be 'fly' or 'July'."""
    return token.low.endswith("ly") and len(token.low) > 4 and not token.text[:1].isupper()
