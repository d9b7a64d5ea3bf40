"""Content spans: where what was said starts and ends after a cue, and the channels met on the way."""

from __future__ import annotations

from srcflag.attribution.base import manner_adverb
from srcflag.attribution.speakers import SpeakerFinder
from srcflag.attribution.tokens import Cue, Phrase, Token, TokenKind
from srcflag.attribution.words import (
    ADDRESSEE_MODIFIERS,
    ADDRESSEE_NAME_WORDS,
    ADDRESSEE_WORDS,
    ADDRESSEES,
    ADJUNCT_REACH,
    ADVERBIAL_WORDS,
    APPEAL_CUES,
    APPEAL_OBJECT_WORDS,
    APPROXIMATORS,
    AS_CONJUNCTIONS,
    AS_SUBJECT_WORDS,
    ASIDE_NOUNS,
    ASIDE_REPORT_WORDS,
    ASKED_WORDS,
    ATTITUDE_CUES,
    ATTITUDE_NOUNS,
    ATTITUDE_WORDS,
    BARE_SUBJECT_WORDS,
    CARRIED_NOUNS,
    CARRIER_PARTICIPLES,
    CLAUSE_STOPS,
    COMMITMENT_CUES,
    CONJOINED_SUBJECT_WORDS,
    CONTACT_MEDIA,
    CONTRACTED_SUBJECTS,
    CONTRASTIVE,
    DASHES,
    DEFERRED_REACH,
    DEGREE_ADVERBS,
    DETERMINERS,
    FINITE_SAYING,
    FINITE_VERBS,
    FRONTED_REACH,
    MEMORY_CUES,
    NOMINATIVE_PRONOUNS,
    NOT_SUBJECTS,
    OBJECT_PRONOUNS,
    OBJECT_REACH,
    OBJECT_VERBS,
    OUTLET_NOUNS,
    PREPOSITIONS,
    QUOTED_OBJECT_WORDS,
    RELATIVE_ASIDE_TOKENS,
    RELAYING_PARTICIPLES,
    RESPONSE_CUES,
    SAID_OF_VERBS,
    SUBJECT_CLAUSE_OPENERS,
    SUBORDINATORS,
    WH_CUES,
    WH_OPENERS,
    WITH_SUBJECT_WORDS,
    is_document_noun,
    is_past_tense,
)

CIRCUMSTANCE_WORDS = 10  # words of 'when asked about …' searched for the 'that' or colon after it
NOT_INFINITIVES = DETERMINERS | OBJECT_PRONOUNS  # "to the mayor", "to me": whom, not an infinitive
FINITE_OR_SAYING = FINITE_VERBS | FINITE_SAYING


class ContentFinder(SpeakerFinder):
    """Content spans."""

    def _clause_end(self, start: int) -> int:
        toks = self.tokens
        k = start
        while k < len(toks):
            token = toks[k]
            if token.kind is TokenKind.PUNCT:
                if self._mark_ends_clause(start, k, token.text):
                    break
            elif token.kind is TokenKind.QUOTE:
                if self._quote_ends_with_comma(k) and self._attribution_follows(k):
                    return k  # 'would respond "proportionately," according to IRNA': the quotation ends the content
            elif k > start and self._word_ends_clause(k, token):
                break
            k += 1
        return k - 1

    def _mark_ends_clause(self, start: int, k: int, mark: str) -> bool:
        """Whether the punctuation at `k` ends the reported clause that began at `start`."""
        if mark == ";" or self._credit_tail(k):
            return True  # "N. Korea says it will bolster deterrent -KCNA": the headline's credit
        if mark == ":":
            return k > start + 2  # 'comply with principles: "..."' - the quotation is its own statement
        if k > start and mark in DASHES and self._aside_reports(k + 1):
            return True  # "… election -- meddling the congressman said is designed to …": another report
        if k == start or mark not in (",", "—", "–"):
            return False
        if self._attribution_follows(k):
            return True
        return mark == "," and (
            self._reporting_participle(k + 1)  # "denounced X, predicting Y": a statement of its own
            # "said it was over, before adding: …": the speaker's next statement
            or (
                k + 2 < len(self.tokens)
                and self.tokens[k + 1].is_word("before", "after")
                and self._participle_cue(k + 2)
            )
            # "said it had tested a missile, calling it X": a naming participle after a reported clause
            or (self._participle_cue(k + 1) and self._has_finite_verb(start, k))
            or self._as_clause(k + 1)  # "said there were no plans, as forces traded drone attacks": the setting
            or self._with_report(k + 1)  # "rejected X, with its spokesman saying Y": another speaker's statement
            or self._carrier_at(k + 1)  # "..., in a statement carried by KCNA": the outlet, not the content
            or self._authors_aside(k + 1)  # "..., a claim that could not be independently verified": the reporter
        )

    def _aside_reports(self, k: int) -> bool:
        """An aside after a dash with a saying verb of its own, after its subject, within a few words."""
        toks = self.tokens
        for m in range(k, min(len(toks), k + ASIDE_REPORT_WORDS)):
            if toks[m].kind is not TokenKind.WORD:
                if not toks[m].is_punct("-"):
                    return False
                continue
            if toks[m].low in FINITE_SAYING and m > k and toks[m - 1].kind is TokenKind.WORD:
                return True
        return False

    def _word_ends_clause(self, k: int, token: Token) -> bool:
        """Whether the word at `k` opens something other than the rest of the reported clause."""
        low = token.low
        if low == "and" and (self._participle_cue(k + 1) or self._finite_cue(k + 1)):
            return True  # "predicting X and dismissing Y", "is telling X and says Y": another statement
        if low in ("and", "but") and self._conjoined_report(k + 1):
            return True  # "said X — and he noted that Y", "say X but noted that Y": a second statement
        if low in CONTRASTIVE and self._conjoined_report(k + 1, subject_needed=True):
            return True  # "accuses X of Y while Sanders suggests Z", "though Fiorina said Z": another speaker's
        if low in SUBORDINATORS and self._report_with_that(k + 1):
            return True  # "pressing Tehran for answers after Western intelligence alleged that …": another's report
        return self._carrier_at(k)  # "... a provocation in a statement carried by KCNA": the outlet

    def _as_clause(self, k: int) -> bool:
        """', as he addressed the summit', ', even as inflation has proved stickier': 'as' and a clause with
        a subject of its own (not 'as well as', 'as a result', 'as the root of the problem')."""
        toks = self.tokens
        if k < len(toks) and toks[k].is_word("even"):
            k += 1
        if k + 2 >= len(toks) or not toks[k].is_word("as") or toks[k + 1].low in AS_CONJUNCTIONS:
            return False
        if toks[k + 1].is_word("a", "an"):
            return False  # "as a result", "as an example"
        words = 0
        for m in range(k + 2, len(toks)):
            token = toks[m]
            if token.is_punct(",") and toks[m - 1].text[:1].isupper():
                continue  # "as U.S., Ukrainian and European officials gathered": a list of names
            words += 1
            if words > AS_SUBJECT_WORDS or token.kind is not TokenKind.WORD:
                return False
            if token.low in FINITE_VERBS or (token.text.islower() and token.low.endswith("ed")):
                return True
        return False

    def _has_finite_verb(self, first: int, stop: int) -> bool:
        return any(t.low in FINITE_VERBS for t in self.tokens[first:stop])

    def _has_predicate(self, first: int, end: int) -> bool:
        """A verb among the tokens first..end-1: a finite or past form, a participle ('of being', not 'the policing
        failures'), or an infinitive."""
        toks = self.tokens
        return any(
            t.low in FINITE_VERBS
            or is_past_tense(t.low)
            or (t.low.endswith("ing") and k > first and toks[k - 1].low not in DETERMINERS)
            or (t.low == "to" and k + 1 < end)
            for k, t in enumerate(toks[first:end], start=first)
        )

    def _with_report(self, k: int) -> bool:
        """'with the ministry's spokesman saying …' opens at token `k`."""
        toks = self.tokens
        if k >= len(toks) or not toks[k].is_word("with"):
            return False
        end = min(len(toks), k + 2 + WITH_SUBJECT_WORDS)
        # any participle cue: "with Kim Yo Jong calling it 'a daydream'" names with a subject of its own
        cue = next((m for m in range(k + 2, end) if self._participle_cue(m)), None)
        return cue is not None and self._with_subject(cue) == (k + 1, cue - 1)

    def _carrier_at(self, k: int) -> bool:
        """'in a statement carried by', 'in remarks broadcast on', 'through an article published in'."""
        toks = self.tokens
        if k >= len(toks) or not toks[k].is_word("in", "through", "via"):
            return False
        m = k + 1
        if m < len(toks) and toks[m].low in DETERMINERS:
            m += 1
        for noun_at in (m, m + 1):  # "a statement", "a written statement"
            if noun_at + 2 < len(toks) and toks[noun_at].low in CARRIED_NOUNS:
                return toks[noun_at + 1].low in CARRIER_PARTICIPLES and toks[noun_at + 2].is_word(
                    "by", "on", "in", "through", "via"
                )
        return False

    def _carrier_after(self, last: int) -> Phrase | None:
        """The outlet phrase right after a content clause that ends at token `last`."""
        toks = self.tokens
        k = last + 1
        if k < len(toks) and toks[k].is_punct(","):
            k += 1
        if not self._carrier_at(k):
            return None
        end = k + 1
        while end < len(toks) and toks[end].kind is TokenKind.WORD and not toks[end].is_word("that", "and", "as"):
            end += 1
        return Phrase(self._span(k + 1, end - 1))

    def _quote_ends_with_comma(self, k: int) -> bool:
        token = self.tokens[k]
        return token.kind is TokenKind.QUOTE and token.quote is not None and token.text[:-1].rstrip().endswith(",")

    def _authors_aside(self, k: int) -> bool:
        """'a claim that …', 'an assertion which …' after a comma: the author's comment on what was said."""
        toks = self.tokens
        return (
            k + 2 < len(toks)
            and toks[k].is_word("a", "an")
            and toks[k + 1].low in ASIDE_NOUNS
            and toks[k + 2].is_word("that", "which")
        )

    def _ends_with_colon(self, cue_index: int) -> bool:
        """'He said:' or 'The statement said on Monday:' closing the sentence."""
        toks = self.tokens
        if not toks or not toks[-1].is_punct(":"):
            return False
        between = toks[cue_index + 1 : -1]
        return all(
            t.kind is TokenKind.WORD
            and (
                t.low in self.lex.time_words
                or t.low in PREPOSITIONS
                or t.text.isdigit()
                or t.low in ("the", "a", "an", "his", "her", "its")
            )
            for t in between
        )

    def _deferred_that(self, comma: int) -> int | None:
        """'said on Monday, commenting on reports, that ...': the that after an aside, if any."""
        toks = self.tokens
        for k in range(comma + 1, min(len(toks) - 1, comma + DEFERRED_REACH)):
            if toks[k].is_punct(",") and toks[k + 1].is_word("that"):
                return k + 1
            if toks[k].is_punct(";", ".") or toks[k].kind is TokenKind.QUOTE:
                return None
        return None

    def _addressee_after_quotation(self, cue: Cue, first: int) -> bool:
        """After a quotation, 'told' and words without a verb to the clause's end name whom the speaker told."""
        toks = self.tokens
        if not any(t.kind is TokenKind.QUOTE for t in toks[: cue.index]):
            return False
        end = self._clause_end(first)
        while end >= first and toks[end].kind is TokenKind.PUNCT:
            end -= 1
        words = toks[first : end + 1]
        return bool(words) and all(
            t.kind is TokenKind.WORD and t.low not in FINITE_VERBS and self.lex.lemma(t.low) is None for t in words
        )

    def _credit_tail(self, k: int) -> bool:
        """A dash glued to the last word of a headline ('… deterrent -KCNA'): the outlet credited, no content."""
        toks = self.tokens
        return (
            self.sentence.starts_paragraph
            and k + 2 == len(toks)
            and toks[k].is_punct(*DASHES)
            and toks[k + 1].kind is TokenKind.WORD
            and toks[k + 1].text[:1].isupper()
            and toks[k].end == toks[k + 1].start
        )

    def _conjoined_report(self, first: int, subject_needed: bool = False) -> bool:
        """A new subject (or none) and a reporting verb that takes its own clause, after 'and'/'but':
        'he noted that', 'Democrats accused the GOP', 'noted that'. After 'while'/'though' a subject is
        needed, and an assessment verb may take its clause without 'that' ('while Sanders suggests she is')."""
        toks = self.tokens
        k = first
        if k < len(toks) and toks[k].low in NOMINATIVE_PRONOUNS:
            k += 1
        else:
            if k < len(toks) and toks[k].low in DETERMINERS:
                k += 1
            while k < len(toks) and k < first + CONJOINED_SUBJECT_WORDS and toks[k].text[:1].isupper():
                k += 1
            head = toks[k] if k < len(toks) and k > first else None
            if (
                head is not None
                and head.kind is TokenKind.WORD
                and self.lex.lemma(head.low) is None
                and head.low not in PREPOSITIONS  # "and France to press Israel": an infinitive follows
            ):
                k += 1  # "and Fishermen's Union leaders accused", "and the union warned"
            elif k == first:
                # "and human rights groups warned that": a bare noun phrase, taken only before 'that'
                noun_end = k
                while (
                    noun_end < len(toks)
                    and noun_end < first + CONJOINED_SUBJECT_WORDS
                    and toks[noun_end].kind is TokenKind.WORD
                    and self.lex.lemma(toks[noun_end].low) is None
                    and not self._is_aux(toks[noun_end])
                    and toks[noun_end].low not in CLAUSE_STOPS
                ):
                    noun_end += 1
                cue = noun_end
                while cue < len(toks) and self._is_aux(toks[cue]):
                    cue += 1
                if noun_end > k and cue + 1 < len(toks) and toks[cue + 1].is_word("that"):
                    k = noun_end
        if subject_needed and k == first:
            return False
        while k < len(toks) and self._is_aux(toks[k]):
            k += 1
        if k >= len(toks) or k + 1 >= len(toks) or toks[k].low.endswith("ing") or toks[k].text[:1].isupper():
            return False
        lemma = self.lex.lemma(toks[k].low)
        if lemma is None:
            return False
        after = toks[k + 1]
        if lemma in self.lex.clause_only and not after.is_word("that"):
            return subject_needed and self._bare_clause(k + 1)  # "while Sanders suggests she is ..."
        return (
            after.is_word("that")
            or after.kind is TokenKind.QUOTE
            or after.is_punct(":")
            or (k > first and lemma not in self.lex.clause_only and after.kind is TokenKind.WORD)
        )

    def _report_with_that(self, first: int) -> bool:
        """A subject of a few words, then a cue and 'that': 'Western intelligence alleged that …'."""
        toks = self.tokens
        for k in range(first + 1, min(len(toks) - 1, first + CONJOINED_SUBJECT_WORDS + 2)):
            if toks[k].kind is not TokenKind.WORD:
                return False
            if self.lex.lemma(toks[k].low) is not None and not toks[k].text[:1].isupper():
                return toks[k + 1].is_word("that") and not self._is_aux(toks[k - 1])  # not "is said that"
        return False

    def _relative_aside_closes(self, comma: int) -> bool:
        """A relative clause between commas after `comma` that the subject's own verb follows ('the plan, which
        was announced on Monday, would cut costs')."""
        toks = self.tokens
        if comma + 2 >= len(toks) or not toks[comma + 1].is_word("which", "who", "whom", "whose"):
            return False
        if self.lex.lemma(toks[comma + 2].low) is not None:
            return False  # "Donald Trump, who suggested the battle could be left to Russia,": a statement of its own
        for k in range(comma + 2, min(len(toks) - 1, comma + 2 + RELATIVE_ASIDE_TOKENS)):
            if toks[k].is_punct(",") and toks[k + 1].low in FINITE_VERBS:
                return True
            if toks[k].kind is TokenKind.PUNCT and not toks[k].is_punct(",", "-"):
                return False
        return False

    def _attribution_follows(self, comma: int) -> bool:
        """`, according to X` or `, NAME VERB` (+ adjuncts) up to the end of the sentence."""
        toks = self.tokens
        if comma + 2 < len(toks) and toks[comma + 1].is_word("according") and toks[comma + 2].is_word("to"):
            return True
        if self._relative_aside_closes(comma):
            return False  # "the islands, which China calls Diaoyu, were …": a relative clause, the content goes on
        k = comma + 1
        while k < len(toks) and k <= comma + 12 and (toks[k].kind is TokenKind.WORD or toks[k].is_punct("(")):
            if toks[k].is_punct("("):  # "the official Korean Central News Agency (KCNA) said"
                close = next((m for m in range(k + 1, min(len(toks), k + 6)) if toks[m].is_punct(")")), None)
                if close is None:
                    return False
                k = close + 1
                continue
            lemma = self.lex.lemma(toks[k].low)
            if lemma == "continue" and k + 1 < len(toks) and toks[k + 1].is_word("to"):
                return False  # ", the government has continued to build": a clause going on, no attribution
            if (
                lemma is not None
                and not toks[k].text[:1].isupper()
                and k > comma + 1
                and not toks[k].low.endswith("ing")
            ):
                after = toks[k + 1] if k + 1 < len(toks) else None
                return after is None or (
                    not after.is_word("that") and after.kind is not TokenKind.QUOTE and not after.is_punct(":")
                )
            if k == comma + 1 and lemma is not None and not toks[k].low.endswith("ing"):
                return True  # ", said Kim."
            k += 1
        return False

    def content_after(self, cue: Cue) -> tuple[int, int, list[Phrase], Phrase | None] | None:
        """Token range of the content after a verb cue, channels met on the way, a cited source."""
        toks = self.tokens
        i = cue.index + (2 if cue.particle else 1)
        channels: list[Phrase] = []
        cited: Phrase | None = None
        if cue.lemma in self.lex.quote_only:
            end = self._clause_end(i)
            quoted = any(t.kind is TokenKind.QUOTE for t in toks[i : end + 1])
            return (i, end, channels, cited) if quoted else None  # 'likened the rules to "burning the Constitution"'
        if i < len(toks) and toks[i].is_word("that"):
            return i + 1, self._clause_end(i + 1), channels, cited
        if cue.lemma == "continue" and i + 1 < len(toks) and toks[i].is_word("to"):
            going_on = self.lex.lemma(toks[i + 1].low)  # "continued to call for …": what the verb after asks
            return self.content_after(Cue(i + 1, going_on)) if going_on not in (None, "continue") else None
        if cue.lemma in ATTITUDE_CUES:
            k = self._words_before_that(i, ATTITUDE_WORDS)
            attitude = any(t.low in ATTITUDE_NOUNS for t in toks[i:k])  # not "support for positions that apply"
            if attitude and k + 1 < len(toks) and toks[k].is_word("that") and not self._relative_that(k):
                return k + 1, self._clause_end(k + 1), channels, cited  # "expressed hope that talks resume"
        if cue.lemma in COMMITMENT_CUES and self._infinitive(i):
            return i, self._clause_end(i), channels, cited  # "vowed to cut taxes": the commitment
        if cue.lemma in OBJECT_VERBS:
            k = self._words_before_that(i, OBJECT_REACH)
            placed = False
            while self._place_comma(k) and k - i < OBJECT_REACH:  # "told a crowd in Windham, New Hampshire, that"
                k, placed = self._words_before_that(k + 1, OBJECT_REACH - (k - i)), True
            if placed and k + 1 < len(toks) and toks[k].is_punct(",") and toks[k + 1].is_word("that"):
                k += 1  # the comma that closes "Windham, New Hampshire,"
            asked = any(self._reduced_adverbial(m) for m in range(i, k))  # "told MSNBC when asked about concerns that"
            if k < len(toks) and toks[k].is_word("that") and not self._relative_that(k) and not asked:
                # "warned on VTV that": the outlet, without the preposition
                lead = i + 1 if toks[i].low in ("on", "in", "via") and k > i + 1 else i
                channels.append(Phrase(self._span(lead, k - 1)))
                return k + 1, self._clause_end(k + 1), channels, cited
            if cue.lemma in APPEAL_CUES and self._appeal_object(i):
                return i, self._clause_end(i), channels, cited  # "urged (Chinese companies) to act": the appeal
            k = self._object_end(i)
            if k == i and self._addressee_after_quotation(cue, i):
                return None  # '"...," Khamenei told military commanders in Tehran.': whom he told, no content
            if k > i:
                channels.append(Phrase(self._span(i, k - 1)))
                i = k
        while i < len(toks):
            token = toks[i]
            if token.kind is not TokenKind.WORD:
                break
            if token.low in ("and", "but") and i == cue.index + 1:
                return None  # "\"Go back,\" Trump said and walked away": the sentence goes on; the quotation speaks
            if self._reduced_adverbial(i):
                k = self._words_before_that(i + 1, CIRCUMSTANCE_WORDS)
                # "when asked if that remains his view", "when asked about concerns that …": the question's
                question = toks[i + 1].low in ASKED_WORDS or any(t.low in WH_OPENERS for t in toks[i + 1 : k])
                if k < len(toks) and toks[k].is_word("that") and not question:
                    return k + 1, self._clause_end(k + 1), channels, cited  # "said before attending X that …"
                if k + 1 < len(toks) and toks[k].is_punct(":") and toks[k + 1].kind is TokenKind.QUOTE:
                    return k + 1, self._clause_end(k + 1), channels, cited  # "told Congress when asked …: "…""
                return None  # '"...," X said Monday when asked about the speech': the circumstances, no content
            if token.low in APPROXIMATORS and i + 1 < len(toks) and toks[i + 1].text[:1].isdigit():
                return i, self._clause_end(i), channels, cited  # "said about 20 people have ...": a number
            opens_clause = i + 1 < len(toks) and toks[i + 1].low in FINITE_VERBS  # "said 2015 was the hottest year"
            year = len(token.text) == 4 and token.text.isdigit() and not opens_clause
            after_time = i > 0 and toks[i - 1].low in self.lex.time_words
            if token.low in self.lex.time_words or (token.text.isdigit() and (year or after_time)):
                i += 1
                continue
            manner = manner_adverb(token) or token.low in ("just", "right")
            if manner and i + 1 < len(toks) and toks[i + 1].low in PREPOSITIONS:
                i += 1  # "testified voluntarily in 1998": a manner adverb before the verb's adjuncts
                continue
            if token.is_word("by") and i + 1 < len(toks) and toks[i + 1].low in CONTACT_MEDIA:
                i += 2  # "told the paper by phone that ..."
                continue
            if token.is_word("according") and i + 1 < len(toks) and toks[i + 1].is_word("to"):
                k = self._words_before_that(i + 2)
                if k > i + 2:
                    channels.append(Phrase(self._span(i + 2, k - 1)))
                if k < len(toks) and toks[k].is_word("that"):
                    return k + 1, self._clause_end(k + 1), channels, cited
                return None  # "said according to Fars.": the content came before
            if (
                cue.lemma == "call"
                and token.is_word("on", "upon")
                and not (i + 1 < len(toks) and toks[i + 1].low in self.lex.time_words)
            ):
                break  # "called on Pyongyang to end ...": the appeal, not an adjunct ("called on Monday for")
            if (
                token.low in self.lex.adjunct_prepositions
                and i + 1 < len(toks)
                and (toks[i + 1].low in self.lex.time_words - DETERMINERS - {"of"} or toks[i + 1].text.isdigit())
            ):
                i += 2  # "said in April Iran had agreed": a time adjunct, then the content
                continue
            if token.is_word("to") and cue.lemma in RESPONSE_CUES:
                return None  # "will respond to the attack": what is answered, not an addressee or the answer
            if token.is_word("to") and self._infinitive_with_object(i + 1):
                if cue.lemma in COMMITMENT_CUES:
                    return i, self._clause_end(i), channels, cited  # "pledged Saturday to rid the world of …"
                return None  # "agreed to hear a challenge to a law that …": an infinitive, no addressee
            if token.low in self.lex.adjunct_prepositions or token.low in ("to", "with"):
                k = self._words_before_that(i + 1, ADJUNCT_REACH)
                subject = next(
                    (p for p in range(i + 2, k) if toks[p].low in NOMINATIVE_PRONOUNS and self._bare_clause(p)), None
                )
                if subject is not None:  # "said after the convention he would not accept": the clause starts
                    channels.append(Phrase(self._span(i + 1, subject - 1)))
                    return subject, self._clause_end(subject), channels, cited
                if k > i + 1:
                    channels.append(Phrase(self._span(i + 1, k - 1)))
                if k >= len(toks) or toks[k].is_punct(".", "!", "?"):
                    return None  # "wrote in The National Interest." has no content after it
                if toks[k].is_word("that") and self._relative_that(k):
                    return None  # "told reporters after the meeting that was held ...": a relative clause
                if toks[k].is_word("that") or toks[k].is_punct(":") or toks[k].kind is TokenKind.QUOTE:
                    i = k
                    continue
                if toks[k].is_punct(","):
                    deferred = self._deferred_that(k)
                    if deferred is not None:
                        return deferred + 1, self._clause_end(deferred + 1), channels, cited
                    return None  # "said on Monday, as ...": what follows is not the content
                return None  # "reported on a speech by ...": a topic, not a reported clause
            break
        if self._shared_object_after(i):
            i += 2  # "threaten and harass activists": both verbs share the object after the second
        if i >= len(toks):
            return None
        token = toks[i]
        if token.is_punct(",") and i + 2 < len(toks) and toks[i + 1].is_word("citing"):
            k = self._words_before_that(i + 2)
            cited = self._cited_speaker(i + 2, k - 1)
            if k < len(toks) and toks[k].is_word("that"):
                return k + 1, self._clause_end(k + 1), channels, cited
            if k + 1 < len(toks) and toks[k].is_punct(",") and toks[k + 1].is_word("that"):
                return k + 2, self._clause_end(k + 2), channels, cited  # "reported, citing sources, that"
            return None
        if token.is_word("that") or token.is_punct(":"):
            return i + 1, self._clause_end(i + 1), channels, cited
        if token.is_punct(",") and (deferred := self._deferred_that(i)) is not None:
            return deferred + 1, self._clause_end(deferred + 1), channels, cited  # "cautioned, as did X, that"
        if token.kind is TokenKind.QUOTE:
            return i, self._clause_end(i), channels, cited
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        prepositions = {"of", "about", "against", "as", *self.lex.prepositional_content.get(cue.lemma, ())}
        if token.low in prepositions and nxt is not None and nxt.kind is TokenKind.QUOTE:
            # 'warned of "devastating consequences"', 'called for "bolstering war deterrence"'
            return i + 1, self._clause_end(i + 1), channels, cited
        if cue.lemma == "call" and token.is_word("on", "upon") and nxt is not None and nxt.kind is TokenKind.WORD:
            return i + 1, self._clause_end(i + 1), channels, cited  # "called on Pyongyang to end ..."
        if (
            token.low in self.lex.prepositional_content.get(cue.lemma, ())
            and nxt is not None
            and nxt.kind is TokenKind.WORD
        ):
            if self._opens_relative_clause(cue.index):
                return None  # "anybody who complains about a microphone is ...": a topic that describes someone
            return i + 1, self._clause_end(i + 1), channels, cited  # "called for talks", "warned of consequences"
        if (
            token.kind is TokenKind.WORD
            and cue.lemma not in self.lex.clause_only
            and not token.is_word("to", "of", "about", "for", "as")
        ):
            return i, self._clause_end(i), channels, cited
        if token.kind is TokenKind.WORD and self._evidence_shows(cue.index, cue.lemma):
            return i, self._clause_end(i), channels, cited  # "Polls show Ruiz with a narrow lead"
        if cue.lemma in MEMORY_CUES and self._gerund_clause(i):
            return i, self._clause_end(i), channels, cited  # "recalled Mr. Obama talking about …"
        mark = self._quote_after_object(i)
        if cue.lemma in self.lex.clause_only and mark is not None:
            return mark + 1, self._clause_end(mark + 1), channels, cited  # 'recalled the pay freeze: "I saw …"'
        if cue.lemma in self.lex.clause_only and self._bare_clause(i) and not self._main_verb_follows(cue.index, i):
            return i, self._clause_end(i), channels, cited  # "acknowledged it was unlikely to work"
        if cue.lemma in WH_CUES and self._wh_clause(i):
            return i, self._clause_end(i), channels, cited  # "wondered whether the port would reopen"
        return None

    def _opens_relative_clause(self, cue_index: int) -> bool:
        """The cue is the verb of a relative clause: 'anybody who (has) complained about …'."""
        k = cue_index - 1
        while k >= 0 and self._is_aux(self.tokens[k]):
            k -= 1
        return k > 0 and self.tokens[k].is_word("who") and self.tokens[k - 1].kind is TokenKind.WORD

    def _relative_that(self, k: int) -> bool:
        """'that' before a finite verb opens a relative clause ('the meeting that was held'), not a report."""
        return k + 1 < len(self.tokens) and self.tokens[k + 1].low in FINITE_VERBS

    def _appeal_object(self, first: int) -> bool:
        """A few words of object and then 'to' and a verb: 'Congress to act', 'Chinese companies to wait'."""
        toks = self.tokens
        for k in range(first + 1, min(len(toks), first + APPEAL_OBJECT_WORDS + 1)):
            if self._infinitive(k):
                return True
            if toks[k].kind is not TokenKind.WORD or toks[k].low in CLAUSE_STOPS:
                return False
        return False

    def _infinitive(self, first: int) -> bool:
        """'to' and a verb from `first` ('to cut taxes'), not 'to the voters' or 'to Congress'."""
        toks = self.tokens
        return (
            first + 1 < len(toks)
            and toks[first].is_word("to")
            and toks[first + 1].kind is TokenKind.WORD
            and toks[first + 1].text[:1].islower()
            and toks[first + 1].low not in DETERMINERS
            and not toks[first + 1].text[:1].isdigit()
        )

    def _bare_clause(self, first: int) -> bool:
        """A clause without 'that' from `first`: a subject pronoun ('he lost'), or a few words of subject
        and then a finite verb ('the United States was in breach')."""
        toks = self.tokens
        opener = toks[first]
        if opener.kind is not TokenKind.WORD or opener.low in CLAUSE_STOPS or opener.low in PREPOSITIONS | NOT_SUBJECTS:
            return False
        if opener.low in NOMINATIVE_PRONOUNS or opener.low in CONTRACTED_SUBJECTS:
            following = toks[first + 1] if first + 1 < len(toks) else None
            return (following is not None and following.kind is TokenKind.WORD) or opener.low in CONTRACTED_SUBJECTS
        named = True  # the subject so far is a name: "Pence", "Hillary Clinton"
        for k in range(first + 1, min(len(toks), first + BARE_SUBJECT_WORDS + 1)):
            token = toks[k]
            if token.kind is not TokenKind.WORD or token.low in CLAUSE_STOPS or token.is_word("to"):
                return False
            if token.low in FINITE_VERBS:
                return True
            named = named and toks[k - 1].text[:1].isupper() and not toks[k - 1].low.endswith("'s")
            if named and token.text[:1].islower() and is_past_tense(token.low):
                return True  # "agreed Pence won the debate", "believe Clinton lied"
            if opener.low in ("the", "a", "an") and self._present_verb_after_noun(k):
                return True  # "suggesting the first-term senator sees issues as …"
        return False

    def _present_verb_after_noun(self, k: int) -> bool:
        """'the senator sees', 'the plan calls': a verb of the lexicons in its third-person form after a singular
        noun (not 'the senator's views')."""
        toks = self.tokens
        token, noun = toks[k], toks[k - 1]
        lemma = self.lex.lemma(token.low)
        # not a form that is also a noun ('military documents', 'his views')
        third_person = lemma is not None and token.low != lemma and token.low.endswith("s")
        third_person = third_person and token.low not in self.lex.noun_like
        singular = noun.text.islower() and not noun.low.endswith(("s", "'")) and noun.low not in DETERMINERS
        return third_person and singular

    def _gerund_clause(self, first: int) -> bool:
        """'Mr. Obama talking about …', 'him saying …': a name or an object pronoun, then an -ing verb."""
        toks = self.tokens
        k = first
        if k < len(toks) and toks[k].low in OBJECT_PRONOUNS:
            k += 1
        else:
            while k < len(toks) and k < first + 4 and (toks[k].text[:1].isupper() or self._abbreviation_dot(k)):
                k += 1
        return first < k < len(toks) and toks[k].text.islower() and toks[k].low.endswith("ing")

    def _quote_after_object(self, first: int) -> int | None:
        """The colon, or 'as', after a few words from `first` that a quotation follows: what a verb of thought is
        about, then the words it quotes ('recalled the pay freeze: "I saw …"', 'recalled his widow, Anita, as
        "a great woman"')."""
        toks = self.tokens
        for k in range(first, min(len(toks) - 1, first + QUOTED_OBJECT_WORDS)):
            if toks[k].is_punct(":") or toks[k].is_word("as"):
                return k if toks[k + 1].kind is TokenKind.QUOTE else None
            if toks[k].kind is not TokenKind.WORD and not toks[k].is_punct(","):
                return None
            if toks[k].text.islower() and self.lex.lemma(toks[k].low) is not None:
                return None  # "Asked whether he feared for his job, the coach said: …": the quotation is that verb's
        return None

    def _infinitive_with_object(self, k: int) -> bool:
        """'to hear a challenge': a lower-case word, then a determiner, after 'to' (but 'to local reporters')."""
        toks = self.tokens
        return (
            k + 1 < len(toks)
            and toks[k].kind is TokenKind.WORD
            and toks[k].text.islower()
            and toks[k].low not in NOT_INFINITIVES
            and toks[k + 1].low in DETERMINERS
            and not toks[k + 1].is_word("that")  # "suggested to me that …"
        )

    def _main_verb_follows(self, cue_index: int, first: int) -> bool:
        """'A resident who feared reprisals said …', '… because she feared reprisals from police said …': the
        verb of a subordinate clause takes an object, and the saying verb after it is the sentence's own."""
        toks = self.tokens
        k = cue_index - 1
        while k >= 0 and self._is_aux(toks[k]):
            k -= 1
        if k > 0 and not toks[k].is_word(*SUBJECT_CLAUSE_OPENERS) and toks[k].low in NOMINATIVE_PRONOUNS:
            k -= 1  # "because she feared"
        if k < 0 or not toks[k].is_word(*SUBJECT_CLAUSE_OPENERS):
            return False
        stop = min(len(toks), first + BARE_SUBJECT_WORDS + 1)
        verb = next((j for j in range(first + 1, stop) if toks[j].low in FINITE_OR_SAYING), None)
        return verb is not None and toks[verb].low in FINITE_SAYING

    def _shared_object_after(self, i: int) -> bool:
        """'and VERB OBJECT' right after a cue: a second verb, then the words both verbs take."""
        toks = self.tokens
        if i + 2 >= len(toks) or not toks[i].is_word("and", "or") or not toks[i + 1].text[:1].islower():
            return False
        after = toks[i + 2]
        return after.kind is TokenKind.WORD and after.low not in CLAUSE_STOPS

    def _object_end(self, first: int) -> int:
        """The token after a short addressee ('told reporters', 'told Reuters', 'told the paper', 'told a
        regular news briefing'); an addressee noun ends it ('told reporters Russia was ...')."""
        toks = self.tokens
        if first < len(toks) and toks[first].low in DETERMINERS:
            noun = next(
                (
                    k
                    for k in range(first + 1, min(len(toks), first + ADDRESSEE_WORDS + 1))
                    if toks[k].kind is TokenKind.WORD and toks[k].low in ADDRESSEES
                ),
                None,
            )
            lower_case = noun is not None and all(t.text[:1].islower() for t in toks[first + 1 : noun])
            if noun is not None and lower_case and all(t.kind is TokenKind.WORD for t in toks[first:noun]):
                while noun + 1 < len(toks) and toks[noun + 1].low in ADDRESSEES:
                    noun += 1  # "a news conference"
                return noun + 1
        k = first
        # "told the South China Morning Post she …": a name after 'the' may run longer
        # and so may one after a modifier ("told state television channel Rossiya 1")
        long_name = first + 1 < len(toks) and (toks[first].is_word("the") or toks[first].low in ADDRESSEE_MODIFIERS)
        reach = ADDRESSEE_NAME_WORDS if long_name else 4
        while (
            k < len(toks)
            and k < first + reach
            and (k < first + 4 or toks[k].text[:1].isupper() or self._numbers_name(k, first))
            and toks[k].kind is TokenKind.WORD
            and (
                toks[k].text[:1].isupper()
                or (toks[k].low in DETERMINERS and k == first)  # "told the paper", but "told CNN the vote …"
                or toks[k].low in ADDRESSEES
                or toks[k].low in OUTLET_NOUNS
                or self._numbers_name(k, first)
                or (  # "told state television", "told state broadcaster VTV"
                    toks[k].low in ADDRESSEE_MODIFIERS
                    and k + 1 < len(toks)
                    and (toks[k + 1].low in ADDRESSEES or toks[k + 1].low in OUTLET_NOUNS)
                )
                or (k == first and toks[k].low in OBJECT_PRONOUNS)  # "she told me"
            )
        ):
            k += 1
            if toks[k - 1].low in ADDRESSEES and toks[k - 1].low.endswith("s"):
                break  # "told reporters Russia was watching": the clause's subject follows
        clause = k == first + 1 and first + 2 < len(toks) and toks[first + 2].low in FINITE_VERBS
        if clause and toks[first].low in DETERMINERS and toks[first].low not in OBJECT_PRONOUNS:  # not "told her he"
            return first  # "warned the plan would fail": the clause's subject, no one addressed
        return k

    def _numbers_name(self, k: int, first: int) -> bool:
        """A number that ends a name ('Europe 1 radio', 'Rossiya 1')."""
        toks = self.tokens
        return toks[k].text.isdigit() and k > first and toks[k - 1].text[:1].isupper()

    def _cited_after(self, comma: int) -> Phrase | None:
        """The source in a trailing '..., citing SOURCE.' or '..., attributing the remarks to SOURCE.' that ends the
        sentence."""
        toks = self.tokens
        if comma + 2 >= len(toks) or not toks[comma].is_punct(","):
            return None
        first = comma + 2
        if toks[comma + 1].low == "attributing":  # "..., the report said, attributing the comments to the general."
            to = next((k for k in range(comma + 2, min(len(toks), comma + 6)) if toks[k].is_word("to")), None)
            if to is None or not any(t.low in CARRIED_NOUNS for t in toks[comma + 2 : to]):
                return None
            first = to + 1
        elif toks[comma + 1].low not in RELAYING_PARTICIPLES:
            return None
        k = first
        while k < len(toks) and toks[k].kind is TokenKind.WORD:
            k += 1
        if k == first or (k < len(toks) and not toks[k].is_punct(".", "!", "?")):
            return None
        return self._cited_speaker(first, k - 1)

    def _cited_speaker(self, first: int, last: int) -> Phrase | None:
        """Who speaks in '..., citing X': a source does, but documents ('citing leaked documents') do not;
        the outlet that read them still reports."""
        if not self._names_a_source(self.tokens[first : last + 1]):
            return None  # "citing her work after the attacks": a reason, and the speaker stays who gave it
        document = is_document_noun(self.tokens[last].low)
        authored = any(t.text[:1].isupper() or t.is_word("by", "from", "of") for t in self.tokens[first : last + 1])
        if document and not authored:  # but "citing a statement by the ministry": the ministry speaks
            return None
        return Phrase(self._span(first, last))

    def _place_comma(self, k: int) -> bool:
        """A comma between a place and its state or country ('Windham, New Hampshire,'): part of the phrase."""
        toks = self.tokens
        return (
            0 < k < len(toks) - 2
            and toks[k].is_punct(",")
            and toks[k - 1].text[:1].isupper()
            and toks[k + 1].text[:1].isupper()
            and toks[k + 1].kind is TokenKind.WORD
        )

    def _reduced_adverbial(self, k: int) -> bool:
        """'when asked about …', 'while speaking to …', 'after meeting …': a subordinator and a participle with no
        subject of its own, which tell when the words were said."""
        toks = self.tokens
        if k + 1 >= len(toks) or not toks[k].is_word("when", "while", "after", "before", "as", "once", "if"):
            return False
        participle = toks[k + 1]
        return participle.text.islower() and (participle.low.endswith("ing") or participle.low in ASKED_WORDS)

    def _attribution_end(self, start: int) -> int | None:
        """Where a trailing attribution ends ('..., KCNA said on Monday[,] ...'), or None when
        the verb goes on with words of its own ('she responded to a question')."""
        toks = self.tokens
        k = start
        while k < len(toks):
            token = toks[k]
            if token.kind is TokenKind.PUNCT:
                return k
            if token.kind is TokenKind.QUOTE or token.low in CLAUSE_STOPS:
                return k  # "..., Lukashenko said as he met Lavrov"
            if token.low in ("and", "but") and k == start:
                return k  # '"Go back," Trump said and walked away.': a second verb of the subject, or a new clause
            if token.low in self.lex.time_words or token.text.isdigit():
                k += 1
                continue
            if (
                (token.low in DEGREE_ADVERBS or manner_adverb(token))
                and k + 1 < len(toks)
                and toks[k + 1].low in PREPOSITIONS
            ):
                k += 1  # "..., Axelrod said just after midnight on CNN.", "…, Conant said happily on MSNBC"
                continue
            by_phone = token.low == "by" and k + 1 < len(toks) and toks[k + 1].low in CONTACT_MEDIA
            adjunct = token.low in self.lex.adjunct_prepositions or token.low in ("to", "with", "via", "according")
            adjunct = adjunct or token.low == "for"  # "wrote Cameron Easley for Morning Consult"
            # "..., McFaul said of RT.": what the words were about (but "learned of", "know about" go on)
            adjunct = adjunct or (token.low in ("of", "about") and start > 0 and toks[start - 1].low in SAID_OF_VERBS)
            if by_phone or adjunct:
                while k < len(toks) and toks[k].kind is TokenKind.WORD:
                    k += 1
                continue  # "..., X said according to Fars.", "..., X told the paper by phone."
            return None
        return k

    def _parenthetical_rest(self, comma: int) -> tuple[int, int] | None:
        """The clause after a mid-sentence attribution, when it is content rather than an adjunct."""
        toks = self.tokens
        if comma >= len(toks) or not toks[comma].is_punct(","):
            return None
        first = comma + 1
        if first >= len(toks) or toks[first].kind is not TokenKind.WORD:
            return None
        lead = toks[first].low
        if (
            lead in CLAUSE_STOPS
            or lead.endswith("ing")
            or lead in self.lex.adjunct_prepositions
            or lead
            in (
                "without",
                "adding",
                "according",
                "citing",
                "and",
                "but",
                "or",
                "to",
            )
        ):
            return None
        last = self._clause_end(first)
        if last - first < 2:
            return None
        return first, last

    def _clause_start(self, end: int) -> int:
        """Start of the content that precedes a trailing attribution ending at `end`."""
        toks = self.tokens
        k = end
        while k > 0:
            previous = toks[k - 1]
            if previous.is_punct(";"):
                break
            k -= 1
        if k == 0:
            k = self._after_dateline_label()  # "RIYADH: The crown prince received ..."
        # leading discourse words ("But", "In exchange,") are not content
        while k < end:
            words3 = tuple(t.low for t in toks[k : k + 3])
            for n in (3, 2, 1):
                if words3[:n] in self.lex.discourse_markers:
                    k += n
                    if k < end and toks[k].is_punct(","):
                        k += 1
                    break
            else:
                break
        return k

    def _after_dateline_label(self) -> int:
        """The first token after a dateline written as a label ('RIYADH:', 'ABU DHABI:'), else 0."""
        toks = self.tokens
        colon = next((i for i, t in enumerate(toks[:4]) if t.is_punct(":")), None)
        if not colon or not self.sentence.starts_paragraph:
            return 0
        place = " ".join(t.text for t in toks[:colon])
        return colon + 1 if place.isupper() and place.lower() in self.places else 0

    def _opening_adverbial(self, first: int, last: int) -> bool:
        """'In a separate article', 'During his years in office': a phrase opened by a preposition, with no
        comma and no auxiliary in it, so no clause."""
        toks = self.tokens
        lead = toks[first]
        phrase = toks[first : last + 1]
        short = last - first < ADVERBIAL_WORDS and all(
            t.kind is TokenKind.WORD and t.low not in self.lex.auxiliaries for t in phrase
        )
        opens_with_preposition = (
            lead.low in PREPOSITIONS - {"to"}  # "To win, ..." is a clause
            or lead.is_word("as")
            or (lead.is_word("according") and first < last and toks[first + 1].is_word("to"))
        )
        return short and opens_with_preposition and first == 0

    def _channel_adjuncts(self, start: int) -> list[Phrase]:
        """'in The National Interest', 'in an interview with Reuters', 'on state television'."""
        toks = self.tokens
        out: list[Phrase] = []
        k = start
        while k < len(toks) and k < start + 12:
            if toks[k].is_word("according") and k + 1 < len(toks) and toks[k + 1].is_word("to"):
                k += 1  # "said according to Fars": the agency relays it
                continue
            if (
                toks[k].is_word("in", "on", "to", "with", "via", "by", "for")  # "wrote ... for Morning Consult"
                and k + 1 < len(toks)
                and toks[k + 1].kind is TokenKind.WORD
            ):
                m = k + 1
                while (
                    m < len(toks) and toks[m].kind is TokenKind.WORD and not toks[m].is_word("that", "on", "and", "as")
                ):
                    m += 1
                out.append(Phrase(self._span(k + 1, m - 1)))
                k = m
                continue
            as_carried = (  # "..., said John Kirby, as quoted by TASS": the outlet that carried it
                toks[k].is_punct(",")
                and k + 3 < len(toks)
                and toks[k + 1].is_word("as")
                and toks[k + 2].low in CARRIER_PARTICIPLES
            )
            if as_carried:
                k += 3
                continue
            if toks[k].kind is not TokenKind.WORD:
                break
            k += 1
        return out

    def _fronted_channel(self) -> Phrase | None:
        """The outlet of an opening 'In an interview with the BBC,', 'Speaking to Reuters,', 'Writing in
        Foreign Affairs,' or 'In a post on Telegram,': the words after its preposition, up to the comma."""
        toks = self.tokens
        if len(toks) < 4 or toks[0].kind is not TokenKind.WORD:
            return None
        comma = next((k for k in range(1, min(len(toks), FRONTED_REACH)) if toks[k].kind is not TokenKind.WORD), None)
        name_end = comma - 1 if comma is not None else 0
        if comma is not None and comma + 3 < len(toks) and toks[comma].is_punct("(") and toks[comma + 2].is_punct(")"):
            comma += 3  # "carried by the Korean Central News Agency (KCNA),"
        if comma is None or not toks[comma].is_punct(","):
            return None
        opener = toks[0].low
        if opener in ("speaking", "writing", "talking"):
            link = 1
        elif opener == "in" and any(t.low in CARRIED_NOUNS for t in toks[1:4]):
            link = next((k for k in range(2, comma) if toks[k].is_word("with", "on", "to", "in", "for", "by")), 0)
        else:
            return None
        if not link or not toks[link].is_word("with", "on", "to", "in", "for", "by") or link + 1 > name_end:
            return None
        return Phrase(self._span(link + 1, name_end))
