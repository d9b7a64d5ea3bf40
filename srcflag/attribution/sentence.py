"""The patterns of a sentence, in the order they are tried: labels, headline credits, cues, quotations left over."""

from __future__ import annotations

from dataclasses import replace

from srcflag.attribution.according import AccordingReader
from srcflag.attribution.tokens import Cue, Kind, Phrase, RawStatement, Token, TokenKind, trimmed_end
from srcflag.attribution.words import (
    ADDRESSED_HEADLINE,
    AS_CONJUNCTIONS,
    AS_REPORTING,
    AS_SPEAKER_WORDS,
    ASIDE_NAME_REACH,
    ASIDE_RELATIVES,
    CLAUSE_STOPS,
    DESCRIBED_LABEL,
    DETERMINERS,
    EXPLETIVES,
    FINITE_SAYING,
    FINITE_VERBS,
    FRONTED_REACH,
    HEADLINE_CREDIT,
    HEADLINE_TAG,
    LABEL,
    LABEL_STOPWORDS,
    MAIN_SUBJECT_WORDS,
    OBJECT_VERBS,
    PREPOSITIONS,
    PRONOUN_SUBJECTS,
    QUESTION_OPENERS,
    RELAYING_CUES,
    SHOWING_VERBS,
    TOPIC_HEADLINE,
    is_past_tense,
)
from srcflag.document import Span

RELAYING_LEMMAS = frozenset({"report", "announce", "state"})  # "KCNA reported that Kim inspected … and called …"
COORDINATED_SUBJECT_WORDS = 6  # words of a reported clause's subject before its verb
FRONTED_SUBJECT_WORDS = 8  # words of the subject after a fronted participle's clause


class SentenceAttributor(AccordingReader):
    """The patterns of a sentence, in the order they are tried."""

    def run(self) -> list[RawStatement]:
        """Statements of the sentence: a speaker label or headline credit, each cue's, then quotations left over."""
        out: list[RawStatement] = list(self._speaker_label() or self._headline_credit() or [])
        fronted = self._fronted_as() if not out else None
        if fronted is not None:
            out.extend(fronted[1])
        trailing = self._trailing_as() if not out and fronted is None else None
        if trailing is not None:
            out.extend(trailing[1])
        for cue in [] if self._is_question() else self.find_cues():
            if (fronted is None or cue.index > fronted[0]) and (trailing is None or cue.index < trailing[0]):
                found = self._from_cue(cue)
                coordinated = self._coordinated_subject(cue) if found else None
                if coordinated is not None:  # an outlet speaks only as the relay of the clause's subject
                    found = [replace(raw, relayed_subject=coordinated) for raw in found]
                out.extend(found)
        out.extend(self._leftover_quotes(out))
        return out

    def _coordinated_subject(self, cue: Cue) -> Phrase | None:
        """'KCNA said Kim watched the test and called it a success': a past-tense cue after 'and' that goes on a
        reported clause in the past takes that clause's subject (Kim), whom the outlet relays."""
        toks = self.tokens
        if cue.participle or not toks[cue.index].text.islower() or not is_past_tense(toks[cue.index].low):
            return None
        and_at = self._skip_back(cue.index - 1)
        if and_at < 2 or not toks[and_at].is_word("and"):
            return None
        saying = next((k for k in range(and_at - 1, -1, -1) if self._reports(toks[k])), None)
        if saying is None:
            return None
        first = saying + 2 if saying + 1 < and_at and toks[saying + 1].is_word("that") else saying + 1
        verb = next(
            (
                k
                for k in range(first + 1, min(and_at, first + COORDINATED_SUBJECT_WORDS + 1))
                if is_past_tense(toks[k].low) and not self._is_aux(toks[k])
            ),
            None,
        )
        if verb is None or any(t.kind is not TokenKind.WORD for t in toks[first:and_at]):
            return None  # words with punctuation between them are no simple clause
        lead = toks[first]
        titled = first + 1 < verb and toks[first + 1].text[:1].isupper()  # "leader Kim Jong Un had inspected"
        if not (lead.text[:1].isupper() or lead.low in DETERMINERS or lead.low in PRONOUN_SUBJECTS or titled):
            return None
        last = verb - 1
        while last > first and self._is_aux(toks[last]):
            last -= 1  # "Kim had inspected": the subject is "Kim"
        return Phrase(self._span(first, last))

    def _reports(self, token: Token) -> bool:
        """'said', 'told', 'reported', 'announced': a verb by which an outlet relays what someone did and said."""
        return token.low in FINITE_SAYING or (
            token.text.islower() and is_past_tense(token.low) and self.lex.lemma(token.low) in RELAYING_LEMMAS
        )

    def _coordinated_that(self, after: int) -> int | None:
        """The first token of a second that-clause right after a first one: ', but that ...', 'and that ...'."""
        toks = self.tokens
        k = after + 1 if after < len(toks) and toks[after].is_punct(",") else after
        if k + 2 < len(toks) and toks[k].is_word("but", "and") and toks[k + 1].is_word("that"):
            return k + 2
        return None

    def _fronted_as(self) -> tuple[int, list[RawStatement]] | None:
        """'As Ken Rogoff has argued, sanctions rarely work', 'As the minister put it, …': the clause after the
        comma is the speaker's. Returns the comma's index and the statements."""
        toks = self.tokens
        if len(toks) < 5 or not toks[0].is_word("as") or toks[1].low in AS_CONJUNCTIONS:
            return None  # "As long as Trump continues to …" is a condition
        comma = next((i for i, t in enumerate(toks[:FRONTED_REACH]) if t.is_punct(",")), None)
        if comma is None or comma < 3:
            return None
        verb = next(
            (k for k in range(comma - 1, 1, -1) if self.lex.lemma(toks[k].low) is not None or toks[k].is_word("put")),
            None,
        )
        if verb is None:
            return None
        adjunct = toks[verb + 1 : comma]  # "put it", "said in April", "wrote in 2019"
        addressed = (  # "As Clinton told the New York Daily News, …": whom it was told is the channel
            bool(adjunct) and self.lex.lemma(toks[verb].low) in OBJECT_VERBS and self._object_end(verb + 1) == comma
        )
        if adjunct and not (adjunct[0].is_word("it") or adjunct[0].low in PREPOSITIONS or addressed):
            return None
        if adjunct and adjunct[0].is_word("to"):
            return None  # "As prices continue to rise, …": an infinitive, no adjunct of a report
        if toks[verb].is_word("put") and not (adjunct and adjunct[0].is_word("it")):
            return None
        last = verb - 1
        while last > 1 and self._is_aux(toks[last]):
            last -= 1  # "has argued", "once noted"
        if last < 1 or not any(t.kind is TokenKind.WORD for t in toks[1 : last + 1]):
            return None
        speaker = Phrase(self._span(1, last))
        channels = [Phrase(self._span(verb + 1, comma - 1))] if addressed else []
        found = self._statement(None, comma + 1, self._clause_end(comma + 1), None, speaker, channels, trailing=False)
        return (comma, found) if found else None

    def _trailing_as(self) -> tuple[int, list[RawStatement]] | None:
        """'The driver was not wearing a seat belt, as police have said.': the clause before ', as X said' at
        the sentence's end is X's. Returns the comma's index and the statements."""
        toks = self.tokens
        comma = next(
            (i for i in range(len(toks) - 3, 2, -1) if toks[i].is_punct(",") and toks[i + 1].is_word("as")), None
        )
        if comma is None:
            return None
        if comma + 3 < len(toks) and self._reporting_verb_at(comma + 2) and toks[comma + 3].is_word("by"):
            return self._trailing_as_by(comma)  # "..., as reported by the Herald."
        after = range(comma + 3, len(toks))
        verb = next((k for k in after if toks[k].kind is not TokenKind.WORD or self._reporting_verb_at(k)), None)
        if verb is None or toks[verb].kind is not TokenKind.WORD:
            return None
        tail = verb + 1
        if self.lex.lemma(toks[verb].low) in OBJECT_VERBS:
            tail = max(tail, self._object_end(tail))  # "as survivors told reporters on Friday"
        tail_end = self._attribution_end(tail)  # "as the company announced on Monday."
        if tail_end is None or any(t.kind is not TokenKind.PUNCT for t in toks[tail_end:]):
            return None
        last = verb - 1
        while last > comma + 2 and self._is_aux(toks[last]):
            last -= 1  # "have said", "had reported"
        speaker_words = toks[comma + 2 : last + 1]
        if (
            not speaker_words
            or len(speaker_words) > AS_SPEAKER_WORDS
            or any(t.low in CLAUSE_STOPS for t in speaker_words)
        ):
            return None
        cue = Cue(verb, self.lex.lemma(toks[verb].low) or "")
        start = self._clause_start(comma - 1)
        speaker = Phrase(self._span(comma + 2, last))
        found = self._statement(None, start, comma - 1, cue, speaker, [], trailing=True)
        return (comma, found) if found else None

    def _trailing_as_by(self, comma: int) -> tuple[int, list[RawStatement]] | None:
        """'The mayor resigned in March, as reported by the Herald.': the agent after 'by' reported the clause."""
        toks = self.tokens
        by = comma + 3
        end = next((k for k in range(by + 1, len(toks)) if toks[k].kind is not TokenKind.WORD), len(toks))
        if end == by + 1 or any(t.kind is not TokenKind.PUNCT for t in toks[end:]):
            return None
        cue = Cue(comma + 2, self.lex.lemma(toks[comma + 2].low) or "")
        speaker = Phrase(self._span(by + 1, end - 1))
        found = self._statement(None, self._clause_start(comma - 1), comma - 1, cue, speaker, [], trailing=True)
        return (comma, found) if found else None

    def _reporting_verb_at(self, k: int) -> bool:
        """A verb that reports what was said ('as police said', 'as reported by'); not one of expectation
        ('as analysts expected': the clause is the writer's, the expectation theirs)."""
        token = self.tokens[k]
        lemma = self.lex.lemma(token.low)
        return not token.text[:1].isupper() and lemma in AS_REPORTING and not self._is_aux(token)

    def _is_question(self) -> bool:
        """'Can you share the reason?': a question asks; its verbs report nothing."""
        toks = self.tokens
        return len(toks) > 1 and toks[0].low in QUESTION_OPENERS and toks[-1].is_punct("?")

    def _speaker_label(self) -> list[RawStatement] | None:
        if not self.sentence.starts_paragraph:
            return None
        start = self.sentence.span.start
        head = self.text[start : min(self.sentence.span.end, start + 80)]
        match = LABEL.match(head)
        if match is None:
            return self._described_label(head) or self._addressed_headline(head)
        name = match.group(1)
        toks = self.tokens
        colon_at = start + head.index(":", len(name))
        after_colon = next((t for t in toks if t.start > colon_at), None)
        transcript = name.replace(" ", "").replace(".", "").isupper() and len(name) >= 2
        quoted = after_colon is not None and after_colon.kind is TokenKind.QUOTE
        label_words = [w.lower().strip(".") for w in name.split()]
        if any(w in LABEL_STOPWORDS or w in self.lex.word_set("not_names") for w in label_words):
            return None  # "Disclaimer:", "Post At:", "Context:"
        if not (transcript or quoted or len(label_words) <= 4):
            return None
        if transcript and name.lower() in self.places:
            return None  # "RIYADH: Saudi Arabia's crown prince ...": a dateline
        first = next((i for i, t in enumerate(toks) if t.start > colon_at), None)
        if first is None:
            return None
        if toks[first].low in QUESTION_OPENERS and toks[-1].is_punct("?"):
            return None  # "Bloomberg: Will President Xi attend?": a reporter's question in a transcript
        speaker = Phrase(Span(start, start + len(name)))
        self.main_subject = speaker
        if toks[first].kind is TokenKind.QUOTE:
            return self._statement(Kind.DIRECT, first, len(toks) - 1, None, speaker, [], trailing=False) or None
        found = self._statement(Kind.INDIRECT, first, len(toks) - 1, None, speaker, [], trailing=False)
        sentence_end = trimmed_end(self.text, self.sentence.span)
        turn_start = toks[first].start  # the turn is all the label's words, not a quotation inside them
        return [replace(s, content=Span(turn_start, sentence_end), turn=True) for s in found[:1]] or None

    def _described_label(self, head: str) -> list[RawStatement] | None:
        """'- António Guterres, UN secretary-general: "We kept 1.5 alive."': the quotation after the label is the
        described speaker's."""
        match = DESCRIBED_LABEL.match(head)
        if match is None or not self._label_names_someone(match.group("name"), match.group("description")):
            return None
        start = self.sentence.span.start
        toks = self.tokens
        quote = next((i for i, t in enumerate(toks) if t.start >= start + match.end() - 1), None)
        if quote is None or toks[quote].kind is not TokenKind.QUOTE:
            return None
        name = Span(start + match.start("name"), start + match.end("name"))
        description = Span(start + match.start("description"), start + match.end("description"))
        speaker = Phrase(name, descriptor=description)
        self.main_subject = speaker
        return self._statement(Kind.DIRECT, quote, len(toks) - 1, None, speaker, [], trailing=False) or None

    def _label_names_someone(self, name: str, description: str) -> bool:
        """Not 'Then, later that month on CNN:' nor 'Additionally, Clinton said:' nor a headline in capitals: a name,
        and a description with no verb of saying."""
        first = name.split()[0].lower()
        opening = (first,) in self.lex.discourse_markers or first in self.lex.time_words or first.endswith("ly")
        headline = name.isupper() and len(name.split()) > 1
        says = any(self.lex.lemma(word) is not None for word in description.lower().split())
        return not (opening or headline or says)

    def _addressed_headline(self, head: str) -> list[RawStatement] | None:
        """'Trump to Iran: "Don't test us"': a headline's speaker, whom they address, and their words."""
        match = ADDRESSED_HEADLINE.match(head)
        if match is None:
            return self._topic_headline()
        start = self.sentence.span.start
        first = next((i for i, t in enumerate(self.tokens) if t.start >= start + match.end()), None)
        if first is None or self.tokens[first].kind is not TokenKind.QUOTE:
            return None
        speaker = Phrase(Span(start, start + match.end("speaker")))
        return self._statement(Kind.DIRECT, first, len(self.tokens) - 1, None, speaker, [], trailing=False) or None

    def _topic_headline(self) -> list[RawStatement] | None:
        """'Kremlin on Reports of Iran Supplying Missiles: Such Information Not Always True': the article's
        headline (its first line, with no full stop) gives a speaker, a topic and the speaker's words."""
        span = self.sentence.span
        text = self.text[span.start : span.end].rstrip()
        if self.index != 0 or "\n" in text or text.endswith("."):
            return None
        match = TOPIC_HEADLINE.match(text)
        if match is None or match.group("speaker").split()[0].lower() in LABEL_STOPWORDS:
            return None
        speaker = Phrase(Span(span.start, span.start + match.end("speaker")))
        content = Span(span.start + match.end(), span.start + len(text))
        return [RawStatement(Kind.INDIRECT, content, None, speaker, (), self.index, self.sentence.paragraph)]

    def _headline_credit(self) -> list[RawStatement] | None:
        """A headline that names its source at the end: 'N. Korea fires missiles: JCS', '... -KCNA'."""
        span = self.sentence.span
        text = self.text[span.start : span.end]
        if not self.sentence.starts_paragraph or text[-1:] in '.!?"”' or "\n" in text:
            return None
        match = HEADLINE_CREDIT.match(text)
        if match is None or len(text.split()) > 20:
            return None
        body_words = [w.strip(".,") for w in match.group("content").lower().split()]
        if any(self.lex.lemma(w) is not None and w not in self.lex.noun_like for w in body_words[-2:]):
            return None  # "The statement said: Due" is a sentence; "… COVID-19 fears: official" a headline
        content_end = span.start + match.end("content")
        if any(t.quote is not None and t.quote.outer.end >= content_end for t in self.tokens[:1]):
            return None  # '"We are against bad planning." — Downtown Business Alliance': a credited quotation
        source = Span(span.start + match.start("source"), span.start + match.end("source"))
        tag = HEADLINE_TAG.match(text)  # "(LEAD) N. Korea fires ...": the wire's update tag is no content
        content = Span(span.start + (tag.end() if tag else 0), span.start + match.end("content"))
        return [
            RawStatement(
                Kind.INDIRECT,
                content,
                None,
                Phrase(source),
                (),
                self.index,
                self.sentence.paragraph,
                scope=content,
            )
        ]

    def _fronted_statement(self, cue: Cue) -> list[RawStatement]:
        """'Noting that X, he set forth tasks': X, said by the subject of the clause after the comma."""
        toks = self.tokens
        for comma in range(cue.index + 3, len(toks) - 1):
            if not toks[comma].is_punct(","):
                continue
            first = comma + 1
            lead = toks[first]
            if not (lead.low in DETERMINERS or lead.low in PRONOUN_SUBJECTS or lead.text[:1].isupper()):
                continue
            reach = range(first + 1, min(len(toks), first + FRONTED_SUBJECT_WORDS + 1))
            pronoun = lead.low in PRONOUN_SUBJECTS  # "..., he set forth tasks": the pronoun is the whole subject
            verb = first + 1 if pronoun else next((k for k in reach if self._verb_like(toks[k])), None)
            if verb is None or any(t.kind is not TokenKind.WORD for t in toks[first:verb]):
                continue
            speaker = Phrase(self._span(first, verb - 1))
            self.main_subject = self.last_speaker = speaker
            return self._statement(None, cue.index + 2, comma - 1, cue, speaker, [], trailing=False)
        return []

    def _shown_speaker(self, speaker: Phrase) -> tuple[Phrase, Phrase] | None:
        """'VTV showed Maduro' before 'telling …': the outlet that showed someone speaking, and that someone."""
        toks = self.tokens
        first, last = self._first_token_at(speaker.span.start), self._first_token_at(speaker.span.end - 1)
        for k in range(first + 1, last):
            if toks[k].low in SHOWING_VERBS:
                return Phrase(self._span(first, k - 1)), Phrase(self._span(k + 1, last))
        return None

    def _subject_after_conjunction(self, before: int) -> Phrase | None:
        """The subject of the clause after the last ', but', ', and' or subordinator ('when', 'after') before
        `before`: the words up to its verb."""
        toks = self.tokens
        conjunction = next(
            (
                k
                for k in range(before - 1, 0, -1)
                if (toks[k].is_word("but", "and") and toks[k - 1].is_punct(","))
                or toks[k].is_word("when", "after", "because", "while", "since")  # "such as when Cruz knocked …"
            ),
            None,
        )
        if conjunction is None:
            return None
        first = conjunction + 1
        for k in range(first, min(before, first + MAIN_SUBJECT_WORDS + 1)):
            token = toks[k]
            if token.kind is not TokenKind.WORD:
                return None
            if k > first and (token.low in FINITE_VERBS or is_past_tense(token.low)) and token.text.islower():
                return Phrase(self._span(first, k - 1))
        return None

    def _namer(self, index: int) -> Phrase | None:
        """Who names the object of a naming participle at `index`: the subject of the verb before it ('the
        People's Daily lashed out at politicians calling them …'), or with no verb before it, the words it follows
        ('Local officials calling it "a disaster" said …')."""
        toks = self.tokens
        verb = next(
            (k for k in range(index - 1, -1, -1) if toks[k].low in FINITE_VERBS or is_past_tense(toks[k].low)), None
        )
        if verb is not None:
            return self.main_subject or self.speaker_before(verb) or self._subject_of_main_clause(verb)
        found = self._collect_back(index - 1)
        return Phrase(self._span(*found)) if found is not None else None

    def _subject_of_main_clause(self, before: int) -> Phrase | None:
        """The sentence's subject for a participle or a conjoined cue at `before`: the capitalised phrase that
        opens it, or all the words up to its first verb when they go on from there ('Pentagon press secretary
        Kingsley Wilson declined ..., but said')."""
        opening = self.sentence_subject()
        whole = self.main_clause_subject(before)
        if opening is not None and self.text[opening.span.start : opening.span.end].lower() in EXPLETIVES:
            return self._subject_after_conjunction(before) or opening  # "It is a big if, but Sanders was …"
        if opening is None:
            return whole
        if self.tokens[self._first_token_at(opening.span.end - 1)].low.endswith("'s"):
            appositive = self._appositive_subject(before)
            if appositive is not None:
                return appositive  # "Spain's prime minister, Pedro Sánchez, defended …, telling": not "Spain's"
        if whole is not None and whole.span.start == opening.span.start and whole.span.end > opening.span.end:
            added = self.tokens[self._first_token_at(opening.span.end) : self._first_token_at(whole.span.end - 1) + 1]
            words = [t for t in added if t.kind is TokenKind.WORD]
            verbless = not any(
                t.low in CLAUSE_STOPS or t.low in FINITE_VERBS or is_past_tense(t.low) or t.low.endswith("ing")
                for t in words
            )
            if verbless and words and any(t.text[:1].isupper() for t in words) and words[-1].text[:1].isupper():
                return whole  # a role and a name after a capitalised body ('Pentagon press secretary Kingsley Wilson')
        return opening

    def _before_main_verb(self, speaker: Phrase, first: int, last: int) -> int:
        """'Viktor Orbán, who had threatened to block the move, left the room': what the relative clause in commas
        reports ends at the comma before the main clause's verb."""
        toks = self.tokens
        assert speaker.relative is not None
        pronoun = self._first_token_at(speaker.relative.start)
        if pronoun == 0 or not toks[pronoun - 1].is_punct(","):
            return last  # "voters who said they would …": a restrictive clause, no main verb after it
        aside = False  # inside an aside of the reported clause (", approved by Congress,", ", which …,")
        for k in range(first + 1, last):
            after = toks[k + 1]
            if not toks[k].is_punct(","):
                continue
            if aside:
                aside = False
                continue
            if after.kind is not TokenKind.WORD or after.text[:1].isupper():
                continue
            agent = k + 2 < len(toks) and toks[k + 2].is_word("by")
            if after.low in ASIDE_RELATIVES or (after.low.endswith("ed") and agent):
                aside = True
            elif (after.low in FINITE_VERBS or is_past_tense(after.low)) and self._has_predicate(first, k):
                return k - 1  # not "who said Mr. Jäger, under fire, would …": that verb is the reported clause's
        return last

    def _appositive_subject(self, before: int) -> Phrase | None:
        """'Nigeria's finance minister, Wale Edun, defended …': the named appositive the main verb follows, read
        as the speaker of that verb would be."""
        toks = self.tokens
        commas = 0
        for k in range(min(before, MAIN_SUBJECT_WORDS + 4)):
            token = toks[k]
            if token.is_punct(","):
                commas += 1
                continue
            if token.kind is not TokenKind.WORD:
                return None
            if commas == 2 and not token.text[:1].isupper():
                if token.low == "on" or token.low in self.lex.time_words:
                    continue  # 'Wale Edun, on Tuesday defended'
                verb = token.low in FINITE_VERBS or is_past_tense(token.low)
                return self.speaker_before(k) if verb else None
        return None

    def _names_someone(self, first: int, last: int) -> bool:
        """Words with no verb that end in a name: a subject or an appositive, never a reported clause."""
        toks = self.tokens
        return toks[last].text[:1].isupper() and not any(
            t.kind is TokenKind.QUOTE or self._verb_like(t) for t in toks[first : last + 1]
        )

    def _from_cue(self, cue: Cue) -> list[RawStatement]:
        toks = self.tokens
        if cue.according:
            return self._according(cue)
        if cue.opinion:
            return self._in_view(cue)
        # "quoted / cited X as saying", and "ThePaper reported X as saying": X speaks, the outlet relays
        if cue.lemma in RELAYING_CUES or (cue.lemma == "report" and self._as_saying(cue.index) is not None):
            quoted = self._quoted_as(cue)
            if quoted is not None:
                return quoted
        if cue.participle and self._fronted(cue.index):
            return self._fronted_statement(cue)
        speaker: Phrase | None = None
        issued_on: Phrase | None = None  # "read a statement on state television channel VTV calling …": the outlet
        with_subject = self._with_subject(cue.index) if toks[cue.index].low.endswith("ing") else None
        if with_subject is not None:  # "…, with its spokesman saying …": the participle has its own subject
            speaker = Phrase(self._span(*with_subject))
        elif cue.participle and cue.index > 0 and toks[cue.index - 1].is_punct(";") and self.last_speaker:
            speaker = self.last_speaker  # "…, said another expert; adding that …": the speaker just named goes on
        elif cue.participle and (issuing := self._issued_remark(cue.index)) is not None:
            # "Kim Yo Jong, his sister, issued a statement saying …": the subject of 'issued' speaks
            speaker = self.speaker_before(issuing) or self.main_subject or self.sentence_subject()
            place = next((k for k in range(issuing + 1, cue.index) if toks[k].is_word("on", "via")), None)
            issued_on = Phrase(self._span(place + 1, cue.index - 1)) if place is not None else None
            source = self._issued_from(cue.index)
            if source is not None:  # "Cubadebate published a statement from the Electric Union saying": the union's
                issued_on = speaker
                speaker = Phrase(self._span(source, cue.index - 1))
        elif cue.purpose_of is not None:  # "some Democrats have called her to say …": who called says it
            speaker = (
                self.speaker_before(cue.purpose_of) or self.main_subject or self._subject_of_main_clause(cue.index)
            )
        elif cue.participle and self._names_the_object(cue.index, cue.lemma):
            speaker = self._namer(cue.index)
        elif cue.participle:  # "X issued a statement, threatening ...": the main clause's subject speaks
            speaker = self.main_subject or self._subject_of_main_clause(cue.index)
        else:
            before_verb = self._skip_back(cue.index - 1)
            # "… a job, then said …": 'then' after a comma goes on with the main clause's subject as 'and' does
            then = cue.index > 1 and toks[cue.index - 1].is_word("then") and toks[cue.index - 2].is_punct(",")
            if before_verb >= 0 and (toks[before_verb].is_word("and", "but", "then", "or") or then):
                # "The spokeswoman declined to give details but said ...": the main clause's subject speaks
                speaker = self.main_subject or self._subject_of_main_clause(before_verb)
            else:
                speaker = self.speaker_before(cue.index)
        inverted = False
        if speaker is None and not cue.participle:
            speaker = self.speaker_after(cue.index)
            inverted = speaker is not None
        if speaker is None and cue.index > 0 and toks[cue.index - 1].is_punct(","):
            speaker = self.main_subject or self.sentence_subject()  # "X bristles at Y, warns ..."
        if speaker is None:
            return []
        relayed_by: list[Phrase] = []
        relay = self._relay_descriptor(speaker) if not inverted else None
        if relay is not None:  # "Kyodo News, quoting unnamed officials, said ...": the officials speak
            relayed_by, speaker = [Phrase(speaker.span)], relay
        shown = self._shown_speaker(speaker) if not inverted and toks[cue.index].low.endswith("ing") else None
        if shown is not None:  # "state broadcaster VTV showed Maduro telling supporters …": Maduro speaks
            relayed_by, speaker = [shown[0]], shown[1]
        if self.main_subject is None:
            self.main_subject = speaker
        self.last_speaker = speaker
        # where does the speaker phrase start? content before it is a trailing attribution
        speaker_first = self._first_token_at(speaker.span.start) if not inverted else cue.index
        before = speaker_first - 1
        while before >= 0 and self._is_aux(toks[before]):
            before -= 1
        if speaker.descriptor is not None and not inverted:
            # NAME, DESCRIPTOR, said (or DESCRIPTOR, NAME, said): the comma before both
            before = self._first_token_at(min(speaker.span.start, speaker.descriptor.start)) - 1
        if relayed_by:
            before = self._first_token_at(relayed_by[0].span.start) - 1
        channels: list[Phrase] = list(relayed_by) + ([issued_on] if issued_on is not None else [])
        if speaker.descriptor is not None and not inverted:
            aside = self._first_token_at(speaker.descriptor.start)
            carrier = self._carrier_after(aside - 1) or self._quoted_by(aside, speaker.descriptor.end)
            if carrier is not None:  # "Peskov, in remarks carried by RIA Novosti, said": the outlet, no description
                channels.append(carrier)
                speaker = Phrase(speaker.span)
        fronted = self._fronted_channel()
        if fronted is not None and fronted.span.end <= speaker.span.start:
            channels.append(fronted)  # "In an interview with the BBC, the minister said ..."
        forward = self.content_after(cue) if not inverted else None
        nothing_after = forward is None or forward[1] < forward[0]
        if nothing_after and not inverted and self._ends_with_colon(cue.index):
            self.introduces = (speaker, self._span(cue.index, cue.index))
        if forward is not None:
            first, last, met, cited = forward
            if speaker.relative is not None:
                last = self._before_main_verb(speaker, first, last)
            if cited is None:
                cited = self._cited_after(last + 1)  # "RIA reported that X, citing the governor."
            if cited is not None:
                channels.append(speaker)
                speaker = cited
            channels.extend(met)
            carrier = self._carrier_after(last)
            if carrier is not None:
                channels.append(carrier)
            result = self._statement(None, first, last, cue, speaker, channels, trailing=False) if last >= first else []
            quotation_before = before >= 0 and (
                toks[before].kind is TokenKind.QUOTE or (before > 0 and toks[before - 1].kind is TokenKind.QUOTE)
            )
            titled = (
                not result
                and quotation_before
                and any(toks[k].kind is TokenKind.QUOTE and self._is_title(k) for k in range(first, last + 1))
            )  # '"…," Christie said on ABC's "This Week."': a programme's title; the quotation before is the content
            if last >= first and not titled:
                second = self._coordinated_that(last + 1)
                if second is not None:  # "said that A, but that B": B is reported by the same cue
                    result.extend(
                        self._statement(None, second, self._clause_end(second), cue, speaker, channels, False)
                    )
                result.extend(self._quotes_after_cue(cue, speaker, channels))
                return result
        if inverted:
            after_speaker = self._first_token_at(speaker.span.end - 1) + 1
            channels.extend(self._channel_adjuncts(after_speaker))
            before = cue.index - 1
        else:
            channels.extend(self._channel_adjuncts(cue.index + 1))
        tail = cue.index + (2 if cue.particle else 1)
        if inverted:
            tail = self._first_token_at(speaker.span.end - 1) + 1
        elif cue.lemma in OBJECT_VERBS and (addressee_end := self._object_end(tail)) > tail:
            channels.append(Phrase(self._span(tail, addressee_end - 1)))
            tail = addressee_end
        if cue.lemma in OBJECT_VERBS and not inverted and self._addressee_after_quotation(cue, tail):
            tail = self._clause_end(tail)  # "told a gathering of military commanders in Tehran"
            while tail > cue.index and toks[tail].kind is TokenKind.PUNCT:
                tail -= 1
            tail += 1
        after = self._attribution_end(tail)
        if after is None:
            return self._quotes_after_cue(cue, speaker, channels)  # more words follow: not an attribution tail
        cited_after = self._cited_after(after)
        if cited_after is not None:  # "..., Yonhap reported, citing a military source.": the source speaks
            channels.insert(0, speaker)
            speaker = cited_after
        if before >= 0 and (toks[before].is_punct(",", "—", "–", ":") or toks[before].kind is TokenKind.QUOTE):
            end = before if toks[before].kind is TokenKind.QUOTE else before - 1
            start = self._clause_start(end)
            if end >= start:
                rest = self._parenthetical_rest(after)
                adverbial = self._opening_adverbial(start, end)
                bare_tail = all(t.low in self.lex.time_words for t in toks[cue.index + 1 : after])  # "X said, ..."
                short_lead = end - start < 5 or (adverbial and bare_tail)
                if rest is not None and toks[end].kind is not TokenKind.QUOTE and self._predicate_of(start, rest[0]):
                    # "Ferry fares, officials say, will rise in June": the clause runs on both sides of the aside
                    end = rest[1]
                elif rest is not None and toks[end].kind is not TokenKind.QUOTE and short_lead:
                    # "In the long run, experts say, the plan will fail": the content follows
                    start, end = rest
                elif adverbial:
                    # "In a separate article, the paper reported on ...": the phrase only sets the scene
                    return self._quotes_after_cue(cue, speaker, channels)
                elif inverted and self._names_someone(start, end):
                    # "Her rival, council member Tom Ashby, questioned the mayor's figures": the name is the
                    # subject of the verb, and what follows it is no speaker
                    return self._quotes_after_cue(cue, speaker, channels)
                result = self._statement(None, start, end, cue, speaker, channels, trailing=True)
                result.extend(self._quotes_after_cue(cue, speaker, channels))
                return result
        return self._quotes_after_cue(cue, speaker, channels)

    def _quoted_by(self, first: int, end: int) -> Phrase | None:
        """'Jake Sullivan, quoted by Bloomberg, said', '…, speaking to Reuters, said': the outlet in an aside."""
        toks = self.tokens
        if first + 2 >= len(toks):
            return None
        relayed = toks[first].low in ("quoted", "cited") and toks[first + 1].is_word("by")
        speaking = toks[first].low in ("speaking", "talking", "writing") and toks[first + 1].is_word("to", "in", "for")
        # not "talking to another reporter"; but "speaking to the state-run Rossiya-1 television channel"
        named = any(t.text[:1].isupper() and t.start < end for t in toks[first + 2 : first + 2 + ASIDE_NAME_REACH])
        if not (relayed or speaking) or not named or toks[first + 2].start >= end:
            return None
        return Phrase(Span(toks[first + 2].start, end))

    def _predicate_of(self, lead: int, rest: int) -> bool:
        """The words after a mid-sentence attribution open with a finite verb whose subject is the words
        before it ('Ferry fares, officials say, will rise'), not with a clause of their own."""
        return self.tokens[rest].low in FINITE_VERBS and not self._opening_adverbial(lead, rest - 1)

    def _quoted_as(self, cue: Cue) -> list[RawStatement] | None:
        """`X quoted (cited) Y as saying ...` and `Y was quoted by X as saying ...`."""
        toks = self.tokens
        as_at = self._as_saying(cue.index)
        if as_at is None:
            return None
        verb = as_at + 1
        content_first = verb + 1
        if content_first < len(toks) and toks[content_first].is_word("that"):
            content_first += 1
        by_after = content_first < len(toks) and toks[content_first].is_word("by")
        if by_after or content_first >= len(toks) or toks[content_first].is_punct(".", ","):
            # '"...," Y was quoted as saying by X.': the content is before the attribution
            j = self._skip_back(cue.index - 1)
            found = self._collect_back(j) if j >= 0 else None
            if found is None:
                return None
            speaker = Phrase(self._span(*found))
            channels: list[Phrase] = []
            if as_at > cue.index + 1 and not toks[cue.index + 1].is_word("by"):
                # '"...," KCNA quoted Kim as saying.': Kim speaks, the agency before the verb relays
                channels.append(speaker)
                speaker = Phrase(self._span(cue.index + 1, as_at - 1))
            if by_after:
                k = content_first + 1
                while k < len(toks) and toks[k].kind is TokenKind.WORD:
                    k += 1
                if k > content_first + 1:
                    channels.append(Phrase(self._span(content_first + 1, k - 1)))
            before = found[0] - 1
            if before >= 0 and (toks[before].kind is TokenKind.QUOTE or toks[before].is_punct(",")):
                end = before if toks[before].kind is TokenKind.QUOTE else before - 1
                return self._statement(None, self._clause_start(end), end, cue, speaker, channels, trailing=True)
            return None
        if cue.index + 1 < len(toks) and toks[cue.index + 1].is_word("by"):
            channel = Phrase(self._span(cue.index + 2, as_at - 1))
            j = cue.index - 1
            while j >= 0 and (
                toks[j].is_word("was", "were", "is", "been", "being", "has", "have", "also") or toks[j].is_punct(",")
            ):
                j -= 1
            found = self._collect_back(j) if j >= 0 else None
            if found is None:
                return None
            speaker = Phrase(self._span(*found))
        elif as_at == cue.index + 1:  # "He has been quoted as saying that ...": no relay named, he speaks
            quoted = self.speaker_before(cue.index)
            if quoted is None:
                return None
            return self._statement(
                None, content_first, self._clause_end(content_first), cue, quoted, [], trailing=False
            )
        else:
            channel_phrase = self.speaker_before(cue.index)
            if channel_phrase is None:
                return None
            channel = channel_phrase
            speaker = Phrase(self._span(cue.index + 1, as_at - 1))
        return self._statement(
            None, content_first, self._clause_end(content_first), cue, speaker, [channel], trailing=False
        )
