"""'According to X': the source, any description of it, and the clause it is the source of."""

from __future__ import annotations

from srcflag.attribution.statements import StatementBuilder
from srcflag.attribution.tokens import Cue, Phrase, RawStatement, TokenKind
from srcflag.attribution.words import FIGURES, PREPOSITIONS, is_document_noun

APPOSITIVE_WORDS = 14  # tokens of a description after a source's name ('director of ..., which tracks ...')


class AccordingReader(StatementBuilder):
    """Statements attributed with 'according to'."""

    def _according(self, cue: Cue) -> list[RawStatement]:
        toks = self.tokens
        if cue.index > 0 and self.lex.lemma(toks[cue.index - 1].low) is not None:
            return []  # "X said according to Fars": a channel of that statement
        i = cue.index + 2
        k = i
        while k < len(toks) and (toks[k].kind is TokenKind.WORD or self._abbreviation_dot(k)):
            k += 1  # "according to Rep. Lee Seong-kweun"
        if k == i:
            return []
        speaker, k = self._agent_of_source(i, k)
        # "noting that, according to Kim, it had been ...": the phrase sits inside the that-clause
        after_that = cue.index > 1 and toks[cue.index - 1].is_punct(",") and toks[cue.index - 2].is_word("that")
        if (
            k < len(toks)
            and toks[k].is_punct(",")
            and k + 1 < len(toks)
            and (
                cue.index == 0 or not toks[cue.index - 1].is_punct(",") or self._leads_sentence(cue.index) or after_that
            )
        ):
            closing = self._appositive_after(k) if toks[k - 1].text[:1].isupper() else None
            if closing is not None:  # "According to Ray Powell, director of SeaLight, Chinese vessels have ..."
                speaker = Phrase(speaker.span, descriptor=self._span(k + 1, closing - 1))
                k = closing
            return self._statement(None, k + 1, self._clause_end(k + 1), cue, speaker, [], trailing=False)
        before = cue.index - 1
        if before >= 0 and toks[before].is_punct(","):
            start = self._clause_start(before - 1)
            return self._statement(None, start, before - 1, cue, speaker, [], trailing=True)
        if before >= 0 and toks[before].kind is TokenKind.QUOTE:  # '"...," according to X'
            return self._statement(None, self._clause_start(before), before, cue, speaker, [], trailing=True)
        if k < len(toks) and toks[k].is_punct(","):
            return self._statement(None, k + 1, self._clause_end(k + 1), cue, speaker, [], trailing=False)
        return []

    def _in_view(self, cue: Cue) -> list[RawStatement]:
        """'In his view, the talks had stalled', 'In the view of Ana Ruiz, …': the clause after the comma is the
        holder's statement."""
        holder = self._opinion_holder(cue.index)
        if holder is None:
            return []
        first, last, comma = holder
        speaker = Phrase(self._span(first, last))
        return self._statement(None, comma + 1, self._clause_end(comma + 1), cue, speaker, [], trailing=False)

    def _appositive_after(self, comma: int) -> int | None:
        """The comma closing a description of a source after its name ('Ray Powell, director of SeaLight, which
        tracks ships, ...'): words with no verb, then at most one relative clause. None without one."""
        toks = self.tokens
        closing: int | None = None
        start = comma + 1
        for segment in range(2):
            end = next(
                (j for j in range(start, min(len(toks), start + APPOSITIVE_WORDS + 1)) if toks[j].is_punct(",")), None
            )
            if end is None or end == start or end + 1 >= len(toks):
                break
            words = toks[start:end]
            relative = words[0].is_word("who", "which", "whose")
            if segment == 1 and not relative:
                break
            lead = words[0]
            verbs = [
                k
                for k in range(start, end)
                if self._verb_like(toks[k]) and not (toks[k].low.endswith("ed") and toks[k + 1].is_word("by"))
            ]  # "the Latin American network funded by Caracas" describes the source
            if not relative and (lead.kind is not TokenKind.WORD or lead.low in PREPOSITIONS or verbs):
                break  # "According to Powell, the vessels have shadowed ...", "..., in a poll, ...": no description
            closing, start = end, end + 1
        if closing is None or not self._clause_follows(closing + 1):
            return None  # "According to Kim, the ships, most of them tankers, were turned away"
        return closing

    def _clause_follows(self, start: int) -> bool:
        """A verb comes before the next comma or the sentence's end."""
        for token in self.tokens[start:]:
            if token.is_punct(","):
                return False
            if self._verb_like(token):
                return True
        return False

    def _agent_of_source(self, first: int, end: int) -> tuple[Phrase, int]:
        """'according to a report published by RAND' or 'according to satellite imagery, analysed by
        38 North, ...': the agent after 'by' is the source. Returns the speaker and the token after it."""
        toks = self.tokens

        def agent(by: int, stop: int, dated: bool = True) -> Phrase | None:
            lead = toks[by + 1] if by + 1 < stop else None
            number = dated and lead is not None and lead.text[:1].isdigit()  # but "census data from 2014"
            if lead is not None and (lead.text[:1].isupper() or number or lead.is_word("the")):
                return Phrase(self._span(by + 1, stop - 1))
            return None

        for k in range(first + 1, end):
            by = toks[k].is_word("by") and (toks[k - 1].low.endswith("ed") or is_document_noun(toks[k - 1].low))
            # "according to data from the China Passenger Car Association", "figures from the ministry"
            source = toks[k].is_word("from") and (is_document_noun(toks[k - 1].low) or toks[k - 1].low in FIGURES)
            named = by or any(t.text[:1].isupper() for t in toks[k + 1 : end])  # not "reports from the convention"
            if (by or source) and named:
                found = agent(k, end, dated=by)
                if found is not None:
                    return found, end
        if end + 1 < len(toks) and toks[end].is_punct(",") and toks[end + 1].low.endswith("ed"):
            stop = end + 1
            while stop < len(toks) and toks[stop].kind is TokenKind.WORD:
                stop += 1
            if stop < len(toks) and toks[stop].is_punct(","):
                for k in range(end + 2, stop):
                    if toks[k].is_word("by"):
                        found = agent(k, stop)
                        if found is not None:
                            return found, stop
        return Phrase(self._span(first, end - 1)), end

    def _leads_sentence(self, index: int) -> bool:
        """True when only discourse words and a comma precede token `index`."""
        toks = self.tokens
        words = [t for t in toks[:index] if t.kind is TokenKind.WORD]
        return len(words) <= 3
