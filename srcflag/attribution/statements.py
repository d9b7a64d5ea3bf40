"""Raw statements from content spans: quotations, fragments, clauses and quotations left over."""

from __future__ import annotations

import re

from srcflag.attribution.content import ContentFinder
from srcflag.attribution.tokens import Cue, Kind, Phrase, RawStatement, Token, TokenKind
from srcflag.attribution.words import (
    DASH_CREDIT,
    DASHES,
    DETERMINERS,
    FINITE_SAYING,
    FINITE_VERBS,
    FRAGMENT_MIN_SHARE,
    MIN_INDIRECT_WORDS,
    NAME_LINKS,
    NAMING_CUES,
    NON_RESPONSE_CONTENTS,
    NON_RESPONSE_WORDS,
    NOT_SUBJECTS,
    POSSESSIVE_DETERMINERS,
    PREPOSITIONS,
    PRONOUN_SUBJECTS,
    QUOTED_TERM_WORDS,
    QUOTED_TERMS_SHARE,
    QUOTED_VERB,
    TAIL_REACH,
    is_document_noun,
    is_past_tense,
)
from srcflag.document import Span

CREDIT_LINE_GAP = 4  # characters of line breaks and blanks between a quotation and its credit line


class StatementBuilder(ContentFinder):
    """Raw statements from content spans."""

    def _statement(
        self,
        kind_hint: Kind | None,
        first: int,
        last: int,
        cue: Cue | None,
        speaker: Phrase | None,
        channels: list[Phrase],
        trailing: bool,
    ) -> list[RawStatement]:
        """Statements for the content tokens first..last."""
        toks = self.tokens
        quotes = [
            t
            for t in toks[first : last + 1]
            if t.kind is TokenKind.QUOTE and t.quote is not None and not self._is_title(toks.index(t))
        ]
        cue_span = self._span(cue.index, cue.index + (1 if cue.according else 0)) if cue is not None else None
        scope = self._content_span(first, last)
        common = dict(
            cue=cue_span,
            speaker=speaker,
            channels=tuple(channels),
            sentence=self.index,
            paragraph=self.sentence.paragraph,
            cue_index=cue.index if cue else -1,
            scope=scope,
        )
        out: list[RawStatement] = []
        only_quotes = quotes and all(
            t.kind is TokenKind.QUOTE or t.is_punct() or t.is_word("and") for t in toks[first : last + 1]
        )
        naming = (
            cue is not None
            and cue.lemma in NAMING_CUES
            and not (first > 0 and toks[first - 1].low in {*self.lex.prepositional_content.get(cue.lemma, ()), "on"})
        )  # 'called it "a farce"' names; 'called for more "flexibility" for advisers' asks for the whole thing
        if only_quotes or (len(quotes) >= 2 and (naming or not self._quotes_are_terms(quotes, scope))):
            for token in quotes:
                assert token.quote is not None
                self.used_quotes.add(token.start)
                said = self.text[token.quote.content.start : token.quote.content.end].lower().strip(" .,!?;:")
                if said in NON_RESPONSE_CONTENTS:
                    continue  # '"No comment," said a spokesman': a non-response, no statement
                kind = (
                    self._quote_kind(toks.index(token), trailing) if only_quotes and len(quotes) == 1 else Kind.PARTIAL
                )
                out.append(RawStatement(kind, token.quote.content, quotes=(token.quote,), **common))  # type: ignore[arg-type]
            return out
        span = scope
        if span is None:
            return out
        marked = [t for t in toks[first : last + 1] if t.kind is TokenKind.QUOTE and t.quote is not None]
        among_terms = len(marked) >= 2 and self._quotes_are_terms(marked, span)  # 'if "petty" ... called "scum"'
        if len(quotes) == 1 and not among_terms and (naming or self._quote_carries_clause(toks.index(quotes[0]), span)):
            token = quotes[0]
            assert token.quote is not None
            self.used_quotes.add(token.start)
            kind = Kind.DIRECT if trailing and self._quote_opens_clause(toks.index(token), first) else Kind.PARTIAL
            # 'The paper said the general, speaking on Wednesday, "pledged that …"': the general, if the paper relays
            inner = self._quoted_predicate_subject(toks.index(token), first) if speaker is not None else None
            out.append(
                RawStatement(kind, token.quote.content, quotes=(token.quote,), relayed_subject=inner, **common)  # type: ignore[arg-type]
            )
            return out
        for token in quotes:
            self.used_quotes.add(token.start)
        kind = Kind.PARTIAL if quotes else Kind.INDIRECT
        if kind_hint is not None and not quotes:
            kind = kind_hint
        words = [t for t in toks[first : last + 1] if t.kind is TokenKind.WORD]
        short = len(words) < MIN_INDIRECT_WORDS and not (self._short_noun_content(words) or _two_word_clause(words))
        if kind is Kind.INDIRECT and short:
            return out  # "said in Syria", "told visitors", "said it would": too little to be a reported statement
        if kind is Kind.INDIRECT and len(words) <= NON_RESPONSE_WORDS and _declines(words):
            return out  # "said it had no immediate comment": a non-response
        out.append(RawStatement(kind, span, quotes=tuple(t.quote for t in quotes if t.quote), **common))  # type: ignore[arg-type]
        return out

    def _quoted_predicate_subject(self, position: int, first: int) -> Phrase | None:
        """The subject right before a quotation that opens with its own verb of saying ('the general "pledged
        that …"', 'Kim "stressed the need …"'), inside the reported clause from `first`."""
        quote = self.tokens[position].quote
        assert quote is not None
        opening = QUOTED_VERB.match(self.text, quote.content.start, quote.content.end)
        if opening is None:
            return None
        verb = opening.group(1).lower()
        if self.lex.lemma(verb) is None or not (verb.endswith(("ed", "s")) or verb in FINITE_SAYING):
            return None
        subject = self.speaker_before(position)
        if subject is None or subject.span.start < self.tokens[first].start:
            return None
        return subject

    @staticmethod
    def _short_noun_content(words: list[Token]) -> bool:
        """'condemned the attack', 'denied the accusations': a determiner and a noun, the content of a speech act
        (optional in the guideline, counted by PolNeAR); but a document ('wrote a letter') only carried one."""
        if len(words) != 2 or words[0].low not in DETERMINERS or words[1].low in FINITE_VERBS:
            return False
        return not is_document_noun(words[1].low)

    def _quotes_are_terms(self, quotes: list[Token], span: Span | None) -> bool:
        """Short quoted terms inside a long reported clause ('respond if "petty" behaviour by what she
        called "scum" continues'): the clause is the statement, not each term."""
        if span is None:
            return False
        quoted = [q.quote.content for q in quotes if q.quote is not None]
        if any(len(self.text[c.start : c.end].split()) > QUOTED_TERM_WORDS for c in quoted):
            return False
        return sum(c.end - c.start for c in quoted) / max(1, span.end - span.start) < QUOTED_TERMS_SHARE

    def _quote_carries_clause(self, position: int, clause: Span) -> bool:
        """Report a quoted fragment rather than its clause, unless it is a quoted term in a long clause."""
        quote = self.tokens[position].quote
        assert quote is not None
        share = len(quote.content) / max(1, len(clause))
        if share >= 0.2:
            return True
        previous = self.tokens[position - 1] if position > 0 else None
        before_previous = self.tokens[position - 2] if position > 1 else None
        after_as = before_previous is not None and before_previous.is_word("as")
        if previous is not None and previous.is_word("a", "an") and after_as:
            return True  # 'welcomed the visit as an "appreciated gesture"'
        if share < FRAGMENT_MIN_SHARE:
            return False  # a quoted term in a long clause ('sanctions ... were aimed at "creating tension" ...')
        single_word = len(self.text[quote.content.start : quote.content.end].split()) == 1
        # after a determiner or a possessive ("Kim's 'reign of terror'") the quotation is a term in the clause
        determined = previous is not None and (previous.is_word(*DETERMINERS) or previous.low.endswith("'s"))
        return not (single_word or determined)

    def _quote_opens_clause(self, position: int, first: int) -> bool:
        """The quotation is the clause's predicate or all of it: 'The leader "stressed ...," KCNA said', or what a
        colon introduces: 'the most obvious change of all: "It's about time …," said Curtis'."""
        return position - first <= 4 or (position > 0 and self.tokens[position - 1].is_punct(":"))

    def _quote_kind(self, position: int, trailing: bool) -> Kind:
        toks = self.tokens
        quote = toks[position].quote
        assert quote is not None
        before = toks[position - 1] if position > 0 else None
        after = toks[position + 1] if position + 1 < len(toks) else None
        whole = before is None and after is None
        content = self.text[quote.content.start : quote.content.end].strip()
        ends_clause = content[-1:] in ",.!?…" if content else False
        if whole or trailing or (before is not None and before.is_punct(":")):
            return Kind.DIRECT
        if before is None and ends_clause:
            return Kind.DIRECT
        if before is not None and before.is_punct(",") and ends_clause and content[:1].isupper():
            return Kind.DIRECT
        goes_on = before is not None and before.is_punct(",", *DASHES) and content[-1:] in ".!?…"
        if goes_on and self._continues(position):
            return Kind.DIRECT  # '"We are not going anywhere," the mayor said — pausing — "until this is fixed."'
        return Kind.PARTIAL

    def _continues(self, position: int) -> bool:
        """An earlier quotation in the sentence broke off at a comma: this one goes on with it."""
        for token in reversed(self.tokens[:position]):
            if token.kind is TokenKind.QUOTE and token.quote is not None:
                return self.text[token.quote.content.start : token.quote.content.end].rstrip()[-1:] == ","
        return False

    def _is_title(self, position: int) -> bool:
        """Quoted names and titles: after a naming word, or a short Title Case phrase."""
        toks = self.tokens
        quote = toks[position].quote
        assert quote is not None
        raw = self.text[quote.content.start : quote.content.end].rstrip()
        if position == 0 and raw[-1:] in (",", "!", "?"):
            return False  # '"No," he said.': a reply that opens the sentence, however short
        content = raw.strip(" ,.")
        for n in (2, 1):
            before = tuple(t.low for t in toks[max(0, position - n) : position])
            if before in self.lex.naming_words and not self._someones_words(position):
                return True
        words = content.split()
        if (
            0 < len(words) <= 6
            and all(w[:1].isupper() or w.lower() in NAME_LINKS for w in words)
            and any(w[:1].isupper() for w in words)
        ):
            at_end = all(t.kind is TokenKind.PUNCT for t in toks[position + 1 :])
            if at_end and self._title_case_headline():
                return False  # "Saudi Tells Egypt Relations 'Solid'": a headline capitalises every word
            return not (position > 0 and toks[position - 1].is_punct(":"))
        return False

    def _someones_words(self, position: int) -> bool:
        """'Putin's words "speak for themselves"', 'his words "ring hollow"': words someone said, whose predicate the
        quotation is, not 'the word "jihad"' naming a term."""
        toks = self.tokens
        if position < 2 or toks[position - 1].low not in ("word", "words"):
            return False
        owner = toks[position - 2].low
        return owner.endswith(("'s", "s'")) or owner in POSSESSIVE_DETERMINERS

    def _leftover_quotes(self, found: list[RawStatement]) -> list[RawStatement]:
        out: list[RawStatement] = []
        toks = self.tokens
        for position, token in enumerate(toks):
            if token.kind is not TokenKind.QUOTE or token.start in self.used_quotes or token.quote is None:
                continue
            if any(s.content.start <= token.start < s.content.end for s in found):
                continue
            if self._is_title(position):
                continue
            content = self.text[token.quote.content.start : token.quote.content.end].strip()
            alone = all(t is token or t.kind is TokenKind.PUNCT for t in toks)
            sentence = alone and content[:1].isupper() and content[-1:] in ".!?…"  # '"Nothing has changed."'
            if len(content.split()) < (2 if sentence else 4):
                continue  # a scare quote or a quoted term
            kind = self._quote_kind(position, trailing=False)
            author = self._dash_credit(token)
            out.append(
                RawStatement(
                    kind,
                    token.quote.content,
                    None,
                    author,
                    (),
                    self.index,
                    self.sentence.paragraph,
                    needs_speaker=author is None,
                    quotes=(token.quote,),
                )
            )
        return out

    def _dash_credit(self, token: Token) -> Phrase | None:
        """The name after a dash that ends the quotation's line: a quotation credited like an epigraph."""
        line_end = self.text.find("\n", token.end, self.sentence.span.end)
        match = DASH_CREDIT.match(self.text, token.end, self.sentence.span.end if line_end < 0 else line_end)
        if match is None:
            match = self._credit_line_after(token)
        if match is None or (match.group("noun") is not None and not is_document_noun(match.group("noun"))):
            return None
        end = match.end("name")
        if self.text[end - 1] == "." and len(self.text[match.start("name") : end].split()[-1]) > 2:
            end -= 1  # the sentence's full stop, not an initial's
        return Phrase(Span(match.start("name"), end))

    def _credit_line_after(self, token: Token) -> re.Match[str] | None:
        """'"…"' ending its paragraph, then '-Michelle Marks, Philadelphia.' on a line of its own: the credit."""
        text = self.text
        line_end = text.find("\n", token.end)
        if line_end < 0 or text[token.end : line_end].strip(" \t.,!?"):
            return None  # words follow the quotation on its own line
        start = line_end
        while start < len(text) and text[start] in "\r\n \t":
            start += 1
        if start - line_end > CREDIT_LINE_GAP:
            return None
        next_end = text.find("\n", start)
        return DASH_CREDIT.match(text, start, len(text) if next_end < 0 else next_end)

    def _quotes_after_cue(self, cue: Cue, speaker: Phrase, channels: list[Phrase]) -> list[RawStatement]:
        """`"...," he said, "..."`: a quotation right after the attribution is the speaker's too."""
        toks = self.tokens
        k = self._words_before_that(cue.index + 1, TAIL_REACH)
        if (
            k < len(toks)
            and toks[k].is_punct(",", ":", ".")
            and k + 1 < len(toks)
            and toks[k + 1].kind is TokenKind.QUOTE
        ):
            quote_token = toks[k + 1]
            if quote_token.start in self.used_quotes or self._is_title(k + 1):
                return []
            assert quote_token.quote is not None
            self.used_quotes.add(quote_token.start)
            return [
                RawStatement(
                    Kind.DIRECT,
                    quote_token.quote.content,
                    Span(toks[cue.index].start, toks[cue.index].end),
                    speaker,
                    tuple(channels),
                    self.index,
                    self.sentence.paragraph,
                    cue_index=cue.index,
                    quotes=(quote_token.quote,),
                )
            ]
        return []


CLAUSE_ADVERBS = frozenset(
    {"never", "ever", "all", "also", "just", "only", "still", "already", "once", "then", "again"}
)  # words before a past tense that are no subject: "it never happened", "All told"


NOT_CLAUSE_SUBJECTS = FINITE_VERBS | DETERMINERS | PREPOSITIONS | NOT_SUBJECTS | CLAUSE_ADVERBS


def _two_word_clause(words: list[Token]) -> bool:
    """'said talks failed', 'said they refused': a pronoun or a plural noun and its past tense, a whole clause."""
    if len(words) != 2:
        return False
    subject, verb = words
    # a lower-case noun ("talks failed", "inflation fell"); not "has reversed", "never happened", "all told"
    noun = subject.text.islower() and subject.low not in NOT_CLAUSE_SUBJECTS and not subject.low.endswith("ly")
    named = subject.low in PRONOUN_SUBJECTS or noun
    return named and verb.text.islower() and verb.low not in FINITE_VERBS and is_past_tense(verb.low)


def _declines(words: list[Token]) -> bool:
    """Content that only says no comment is given ('it had no immediate comment', 'he would not comment')."""
    lows = " ".join(t.low for t in words)
    return any(phrase in lows for phrase in NON_RESPONSE_CONTENTS)
