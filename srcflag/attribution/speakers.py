"""Speaker phrases: who a cue belongs to, before it, after it or as the sentence subject."""

from __future__ import annotations

from dataclasses import replace

from srcflag.attribution.cues import CueFinder
from srcflag.attribution.tokens import Phrase, TokenKind
from srcflag.attribution.words import (
    AFFILIATION_JOINERS,
    AFFILIATION_MODIFIERS,
    ASIDE_NOUNS,
    BARE_ADVERBS,
    CARRIED_NOUNS,
    CLAUSE_BACK_REACH,
    CLAUSE_STOPS,
    COUNTED,
    DASH_ASIDE_TOKENS,
    DASHES,
    DESCRIPTOR_WORDS,
    DETERMINERS,
    FINITE_SAYING,
    FINITE_VERBS,
    HEAD_WORDS,
    INVERTED_SPEAKER_WORDS,
    IRREGULAR_PARTICIPLES,
    MAIN_SUBJECT_WORDS,
    NAME_LINKS,
    NOMINATIVE_PRONOUNS,
    NOUN_MARKERS,
    OPENING_ADVERBIAL_TOKENS,
    OUTLET_NOUNS,
    PARTY_TAG,
    PARTY_TAG_TOKENS,
    PREPOSITIONS,
    PRONOUN_SUBJECTS,
    RELAYING_PARTICIPLES,
    SUBJECT_ROLES,
    UNNAMED_PERSON_HEADS,
    VERB_ADVERBS,
    before_trailing_time,
    is_past_tense,
)
from srcflag.document import Span

SUBJECT_HEAD_WORDS = 2  # lower-case words of a subject's head after its capitalised words


RELATIVE_ASIDE_WORDS = 6  # words of a relative aside before a quoted word in it ('whom Beijing calls a "…"')


class SpeakerFinder(CueFinder):
    """Speaker phrases."""

    def _collect_back(self, end: int) -> tuple[int, int] | None:
        """Word range of a noun phrase ending at token `end` (inclusive), walking back."""
        toks = self.tokens
        j = end
        first = end + 1
        count = 0
        while j >= 0 and count < 14:
            token = toks[j]
            if token.kind is not TokenKind.WORD:
                if (
                    token.text in (".",)
                    and j > 0
                    and toks[j - 1].kind is TokenKind.WORD
                    and len(toks[j - 1].text) <= 4
                    and toks[j - 1].text[0].isupper()
                ):
                    j -= 1  # "Rand Corp." keeps its abbreviation dot
                    continue
                if (
                    token.text == "&"
                    and 0 < j < end
                    and toks[j - 1].text[:1].isupper()
                    and toks[j + 1].text[:1].isupper()
                ):
                    j -= 1  # "Procter & Gamble", "Pacific Gas & Electric": one name
                    continue
                break
            low = token.low
            if low in CLAUSE_STOPS or low in FINITE_SAYING:
                break  # "A news report published Wednesday said": only finite saying ends the phrase
            if low in ("and", "but") and self._clause_ends_at(j - 1):
                break  # "X mishandled the inquiry and Democrats accused": the subject starts after 'and'
            first = j
            j -= 1
            count += 1
        if first > end:
            return None
        # "Nor did they note": the subject comes after the inverted auxiliary
        if first + 2 <= end and toks[first].low in ("nor", "neither") and self._is_aux(toks[first + 1]):
            first += 2
        # leading discourse words and time phrases do not name the speaker
        while first <= end:
            stripped = False
            for n in (3, 2, 1):
                words = tuple(t.low for t in toks[first : first + n])
                if len(words) == n and words in self.lex.discourse_markers and first + n <= end:
                    first += n
                    stripped = True
                    break
            if not stripped:
                if toks[first].low in PREPOSITIONS and first < end:
                    # "In Seoul the ministry said": drop a leading prepositional phrase up to a determiner
                    k = first + 1
                    while k <= end and toks[k].low not in DETERMINERS and toks[k].low not in self.lex.titles:
                        k += 1
                    if k <= end and k < end:
                        first = k
                        continue
                break
        return first, end

    def _clause_ends_at(self, last: int) -> bool:
        """The words up to `last` (back to punctuation or a clause word) hold a verb: they are a clause,
        not the first half of a subject like 'Kim and Moon'."""
        toks = self.tokens
        k = last
        while k >= 0 and last - k < CLAUSE_BACK_REACH and toks[k].kind is TokenKind.WORD:
            token = toks[k]
            after_determiner = k > 0 and toks[k - 1].low in DETERMINERS
            if token.low in FINITE_VERBS or self._is_contracted_subject(token):
                return True
            if token.low.endswith("ed") and not after_determiner and not token.text[:1].isupper() and k < last:
                return True
            k -= 1
        return False

    def _skip_back(self, j: int) -> int:
        """Walk back over auxiliaries, time adjuncts ("on Thursday") and parentheses ("(KCNA)")."""
        toks = self.tokens
        while j >= 0:
            token = toks[j]
            # "the daily notes": a noun ("that" rather opens a relative clause: "rhetoric that wildly painted")
            after_determiner = j > 0 and toks[j - 1].low in DETERMINERS and toks[j - 1].low != "that"
            if not after_determiner and (
                self._is_aux(token)
                or (token.kind is TokenKind.WORD and token.low in self.lex.time_words and not token.text[:1].isupper())
                or token.low in VERB_ADVERBS  # "which together vowed", "officials all said"
            ):
                j -= 1
            elif (
                token.kind is TokenKind.WORD
                and token.low in self.lex.time_words
                and j > 0
                and toks[j - 1].is_word("on", "in", "at", "last", "this", "earlier", "late")
            ):
                j -= 2
            elif token.is_punct(")"):
                k = j - 1
                while k >= 0 and not toks[k].is_punct("("):
                    k -= 1
                if k < 0:
                    return j
                j = k - 1
            elif token.is_punct(*DASHES) and (opening := self._dash_aside_start(j)) is not None:
                j = opening - 1  # "Kall -- co-editor of a book on debates -- said": the aside is no subject
            else:
                return j
        return j

    def _dash_aside_start(self, closing: int) -> int | None:
        """The opening dash of an aside that the dash at `closing` ends ("Lopez -- who wrote the book --"), when a
        word (the subject's last) stands before it; None when the dash opens nothing."""
        toks = self.tokens
        k = closing - 1
        if k >= 0 and toks[k].is_punct(*DASHES):
            k -= 1  # "--" is two tokens
        inner_end = k
        while k >= 0 and closing - k <= DASH_ASIDE_TOKENS:
            token = toks[k]
            if token.is_punct(*DASHES):
                opening = k - 1 if k > 0 and toks[k - 1].is_punct(*DASHES) else k
                has_words = any(t.kind is TokenKind.WORD for t in toks[k + 1 : inner_end + 1])
                before = toks[opening - 1] if opening > 0 else None
                if has_words and before is not None and before.kind is TokenKind.WORD:
                    return opening
                return None
            if token.kind is TokenKind.QUOTE or token.is_punct(".", ";", ":", "?", "!"):
                return None
            k -= 1
        return None

    def speaker_before(self, verb: int) -> Phrase | None:
        toks = self.tokens
        j = self._skip_back(verb - 1)
        if j < 0:
            return None
        token = toks[j]
        if token.is_punct(","):
            return self._appositive_speaker(j)
        if token.kind is not TokenKind.WORD:
            return None
        if token.low in ("who", "which") or (token.low == "that" and j > 0 and toks[j - 1].kind is TokenKind.WORD):
            if j > 0 and toks[j - 1].is_punct(","):
                found = self._collect_back(j - 2)
                if found is not None:
                    first, last = self._antecedent_of(*found)
                    return Phrase(self._span(first, last), relative=self._span(j, j)) if first <= last else None
            elif token.low in ("who", "that") or (
                token.low == "which"
                and j > 0
                and toks[j - 1].kind is TokenKind.WORD
                and toks[j - 1].low not in PREPOSITIONS | {"of"}
            ):
                # "voters who said they would", "rhetoric that painted them as criminals": the noun restricted
                head = self._restricted_head(j)
                if head is not None and token.low == "which":
                    head = self._with_owner_phrase(head)  # "Hua Chunying's post on Twitter which said"
                return replace(head, relative=self._span(j, j)) if head is not None else None
            return None
        found = self._collect_back(j)
        if found is None:
            return None
        first, last = found
        if (
            first > 1
            and first < last
            and toks[first - 1].is_word("because", "since", "although")
            and toks[first].low in NOMINATIVE_PRONOUNS
            and is_past_tense(toks[first + 1].low)
        ):
            # "A resident who asked not to be named because she feared reprisals said": the reason is part of
            # the words about the speaker before it
            return self.speaker_before(first - 1)
        if (
            first < last
            and toks[first].low in FINITE_VERBS
            and toks[first + 1].low not in PRONOUN_SUBJECTS
            and not toks[first + 1].text[:1].isupper()
        ):
            # "Beck, who has in the past described": the subject is before the auxiliary (but "has he called"
            # asks a question)
            return self.speaker_before(first)
        if (
            first > 1
            and toks[first - 1].low == "who"
            and toks[first - 2].kind is TokenKind.WORD
            and toks[first].text[:1].islower()
            and toks[first].low not in DETERMINERS | NOMINATIVE_PRONOUNS
        ):
            # "Residents who lost their homes said": the words before the cue end a restrictive relative clause's
            # predicate, and the noun it restricts speaks ("information that investigators said": a 'that' clause
            # may have its own subject)
            head = self._restricted_head(first - 1)
            if head is not None:
                return replace(head, descriptor=self._span(first - 1, last))
        verbs = self._finite_verbs(first + 1, last)
        if verbs:
            # a verb inside the words before the cue: "here was Judge Berman" and "walk-ins were the third time
            # AROS" end with the speaker's name; "they could not resist pointing out" begins with the subject;
            # "there was no shortage of food for" has no speaker
            name = last
            while name > verbs[-1] and toks[name].text[:1].isupper():
                name -= 1
            if name < last:
                first = name + 1 if not toks[verbs[-1] + 1].text[:1].isupper() else verbs[-1] + 1
            elif verbs[0] == first + 1 and (toks[first].low in PRONOUN_SUBJECTS or toks[first].text[:1].isupper()):
                last = first
            else:
                return None
        if (
            first + 2 <= last
            and toks[first].low in ("a", "an", "the")
            and toks[first + 1].low in ASIDE_NOUNS
            and (toks[first + 2].text[:1].isupper() or toks[first + 2].is_word("the"))
        ):
            first += 2  # "a claim Beijing has rejected", "an allegation the government denies": Beijing speaks
        elif (
            first + 2 <= last
            and toks[first].low in ("a", "an")
            and toks[first + 1].text.islower()
            and not toks[first + 1].low.endswith("s")
            and toks[first + 2].text.islower()
            and toks[first + 2].low.endswith("s")
            and not toks[first + 2].low.endswith("ss")
        ):
            first += 2  # "a vote critics have dismissed": no noun phrase opens with "a" and ends in a plural
        elif first > 0 and toks[first - 1].is_punct(*DASHES):
            inner = next(
                (
                    k
                    for k in range(first + 1, last)
                    if toks[k].low in ("the", "a", "an")
                    and toks[k - 1].text.islower()
                    and toks[k - 1].low not in PREPOSITIONS | CLAUSE_STOPS | DETERMINERS | {"of"}
                    and not toks[k - 1].low.endswith("'s")
                ),
                None,
            )
            if inner is not None:
                first = inner  # "… -- meddling the congressman said is designed to …": the aside's object comes first
        if first < last and toks[last].low in NOMINATIVE_PRONOUNS | {"it"}:
            following = toks[verb + 1] if verb + 1 < len(toks) else None
            if following is None or following.is_word("to") or following.low in FINITE_VERBS:
                return None  # "elections it had promised to hold", "the plan he announced would": a relative clause
            return Phrase(self._span(last, last))  # "in an interview with RT he blasted ...": the pronoun speaks
        if all(t.low in DETERMINERS for t in toks[first : last + 1]) and not toks[first].is_word("another"):
            return None
        if toks[first].low in CLAUSE_STOPS or toks[first].low in PREPOSITIONS:
            return None  # "... in Saudi Arabia with other Gulf states": no subject before the word
        if all(not ch.isalpha() for t in toks[first : last + 1] for ch in t.text):
            return None  # "since 2005 have predicted": a number is not a speaker
        if first == last and self._is_contracted_subject(toks[first]):
            return Phrase(Span(toks[first].start, toks[first].end - 2))  # "He's claiming": the speaker is "He"
        return Phrase(self._span(first, last))

    def _antecedent_of(self, first: int, last: int) -> tuple[int, int]:
        """The noun phrase a ', who' clause follows, without the clause it ends: '… was the rise of Donald
        Trump, who' is Donald Trump's rise; '… is likely to placate nervous Democrats, who' the Democrats."""
        toks = self.tokens
        verbs = self._finite_verbs(first, last)
        if verbs:
            first = verbs[-1] + 1
        for k in range(first, last):
            if toks[k].is_word("to") and not toks[k + 1].text[:1].isupper():
                first = k + 2  # "likely to placate nervous Democrats": the object of the infinitive
            elif toks[k].is_word("by") and k > first and toks[k - 1].low.endswith("ed"):
                first = k + 1  # "was slammed by Chinese netizens, who": the agent
        return first, last

    def _finite_verbs(self, first: int, last: int) -> list[int]:
        """The finite verbs ('was', 'is', 'could') among tokens first..last: a speaker phrase has none."""
        toks = self.tokens
        return [k for k in range(first, last + 1) if toks[k].low in FINITE_VERBS and not toks[k].text[:1].isupper()]

    def _restricted_head(self, who: int) -> Phrase | None:
        """The noun phrase just before a restrictive 'who' ('30 percent of voters who said'): back to a
        preposition other than 'of', a verb or a clause word, so 'Clinton won among voters who' is 'voters'."""
        toks = self.tokens
        k = who - 1
        while k >= 0 and who - k <= HEAD_WORDS and toks[k].kind is TokenKind.WORD:
            token = toks[k]
            lower = not token.text[:1].isupper()
            if (
                token.low in CLAUSE_STOPS
                or (token.low in PREPOSITIONS and token.low != "of")
                or token.low in FINITE_VERBS
                or token.low in NOUN_MARKERS
                or (lower and self.lex.lemma(token.low) is not None and token.low not in self.lex.noun_like)
                or (lower and token.low.endswith(("ed", "ing")))
            ):
                break
            k -= 1
        first = k + 1
        if first >= who or all(t.low in DETERMINERS for t in toks[first:who]):
            return None
        return Phrase(self._span(first, who - 1))

    def _with_owner_phrase(self, head: Phrase) -> Phrase:
        """A head the walk back stopped short of at a preposition ('Twitter' in "Hua Chunying's post on Twitter
        which"): the noun phrase before the preposition, with its owner, when there is one."""
        toks = self.tokens
        first = self._first_token_at(head.span.start)
        if first < 2 or not toks[first - 1].is_word("on", "in", "at") or toks[first - 2].kind is not TokenKind.WORD:
            return head
        k = first - 2
        while k > 0 and toks[k - 1].kind is TokenKind.WORD and first - k <= HEAD_WORDS:
            if toks[k - 1].low in CLAUSE_STOPS or toks[k - 1].low in PREPOSITIONS or self.lex.lemma(toks[k - 1].low):
                break
            k -= 1
        owned = any(t.low.endswith("'s") for t in toks[k : first - 1])
        return Phrase(Span(toks[k].start, head.span.end)) if owned else head

    def _looks_like_name(self, first: int, last: int) -> bool:
        # the dots of titles are no words: "Maj. Gen. Zaw Min Tun"
        words = [t for k, t in enumerate(self.tokens[first : last + 1], first) if not self._abbreviation_dot(k)]
        if words and words[0].low == "the":
            words = words[1:]
        if len(words) > 1 and words[0].text.isdigit() and words[1].text[:1].isupper():
            words = words[1:]  # "38 North", "60 Minutes": a number that leads a name
        return (
            0 < len(words) <= 8
            and words[0].text[:1].isupper()
            and words[-1].text[:1].isupper()
            and all(w.text[:1].isupper() or w.low in NAME_LINKS for w in words)
        )

    def _ends_with_name(self, first: int, last: int) -> bool:
        """A role before a personal name: 'Senate leader Mitch McConnell' ends with two capitalised words."""
        return last - first >= 2 and self._looks_like_name(last - 1, last)

    def _relative_aside_start(self, quote: int) -> int:
        """The comma opening a relative aside that quotes a word ('Lai, whom Beijing calls a "separatist",'), or
        `quote` itself when the quotation is no part of such an aside."""
        toks = self.tokens
        k = quote - 1
        while k >= 0 and toks[k].kind is TokenKind.WORD and quote - k <= RELATIVE_ASIDE_WORDS:
            k -= 1
        if k >= 0 and toks[k].is_punct(",") and k + 1 < quote and toks[k + 1].is_word("who", "whom", "which"):
            return k
        return quote

    def _appositive_speaker(self, comma: int) -> Phrase | None:
        """`NAME, DESCRIPTOR, said` -> the name, with the descriptor."""
        toks = self.tokens
        j = comma - 1
        start = j
        while (
            start >= 0
            and not toks[start].is_punct(",", ";", ":", "(", ")", "—", "–")
            and toks[start].kind is not TokenKind.QUOTE
        ):
            start -= 1
        if start >= 0 and toks[start].kind is TokenKind.QUOTE:
            start = self._relative_aside_start(start)  # 'Lai Ching-te, whom Beijing calls a "separatist", said'
        if start < 0 or not toks[start].is_punct(","):
            return None
        descriptor_first = start + 1
        if descriptor_first > j:
            return None
        if PARTY_TAG.fullmatch(self.text[toks[descriptor_first].start : toks[j].end]):
            # "Sen. Lisa Murkowski, R-Alaska, said": a party and state tag, and the name before it speaks
            name = self._collect_back(start - 1)
            return Phrase(self._span(*name)) if name is not None else None
        if descriptor_first == j and toks[j].text.isdigit():
            # "passenger Maria Lopez, 34, told the BBC": an age, and the name before it speaks
            name = self._collect_back(start - 1)
            return Phrase(self._span(*name)) if name is not None else None
        aside = tuple(t.low for t in toks[descriptor_first : j + 1])
        if aside in self.lex.discourse_markers or (len(aside) == 3 and aside[0] == "for" and aside[2] == "part"):
            # "City officials, meanwhile, said", "Brian Murphy, the county chairman, for example, said"
            return self._appositive_speaker(start) or self.speaker_before(start)
        relative = self._relative_clause_before(start)
        if relative is not None:
            # "Helen Owens, who works at Brockbank, Cain and Hall, on Duke Street, said": the name before "who";
            # "The resolution, drafted by Britain, France and Germany, calls": the noun phrase before the participle
            name = self._name_ending_at(relative - 2)
            participle = not toks[relative].is_word("who", "whose")
            if name is not None and (participle or self._looks_like_name(*name)):
                return Phrase(self._span(*name), self._span(relative, j))
        lead = toks[descriptor_first]
        if self._looks_like_name(descriptor_first, j):
            # "Nay Myo Lin's wife, Zarni Mann, told", "the party's mouthpiece, the People's Daily, said"
            return Phrase(self._span(descriptor_first, j), self._descriptor_before(start))
        possessive = lead.low.endswith(("'s", "’s"))  # "NAME, Iran's ambassador to the IAEA, said"
        descriptive = lead.text[:1].islower() or lead.low in ("a", "an", "the") or possessive
        if not descriptive or lead.low in PRONOUN_SUBJECTS:
            return None
        if lead.low == "which":
            # "The Tasnim news agency, which is close to the Guard, quoted": the body before the clause
            body = self._collect_back(start - 1)
            return Phrase(self._span(*body)) if body is not None else None
        if lead.low in ("that", "and", "but", "or"):
            return None
        name = self._name_ending_at(self._before_party_tag(start - 1))  # "Roy Cooper (D), McCrory's opponent,"
        if name is None:
            return None
        first_word, last_word = name
        if first_word > 0 and toks[first_word - 1].is_punct(",") and toks[first_word].text[:1].islower():
            # "Maya MacGuineas, president of the Committee for a Responsible Federal Budget, a nonpartisan group,
            # said": the role is itself an appositive, and the name before it speaks
            person = self._name_ending_at(first_word - 2)
            if (
                person is not None
                and self._looks_like_name(*person)
                and toks[person[0]].low not in PREPOSITIONS
                # "Meanwhile, the Institute for the Study of War, a think tank, said": an opening adverb, no name
                and tuple(t.low for t in toks[person[0] : person[1] + 1]) not in self.lex.discourse_markers
            ):
                return Phrase(self._span(*person), self._span(first_word, j))
        outlet = (  # "The People's Army newspaper, the military's mouthpiece, wrote"
            last_word > first_word and toks[last_word].low in OUTLET_NOUNS and toks[last_word - 1].text[:1].isupper()
        )
        named = self._looks_like_name(*name) or self._ends_with_name(*name) or outlet  # "Senate leader Mitch McConnell"
        # "The embassy, in a statement posted on its website, urged": where the words appeared, not who spoke
        in_a_statement = lead.low in ("in", "through") and any(
            t.low in CARRIED_NOUNS for t in toks[descriptor_first + 1 : descriptor_first + 4]
        )
        named = named or in_a_statement
        participial = lead.text[:1].islower() and (
            lead.low.endswith(("ed", "ing")) or lead.low in IRREGULAR_PARTICIPLES
        )  # "The report, published Monday,", "U.S. officials, speaking on condition of anonymity,"
        if not named and lead.low not in ("who", "whose") and not participial:
            # a relative clause may follow any noun phrase ("An official, who ..., said"), but a participle
            # describes the subject before it ("The inquiry's report, published on Monday, concluded")
            return None
        return Phrase(self._span(*name), self._span(descriptor_first, j))

    def _before_party_tag(self, k: int) -> int:
        """The token before a bracketed tag that ends at `k` ('Roy Cooper (D)', 'Jim Jordan (R-Ohio)'), else `k`."""
        toks = self.tokens
        if k < 2 or not toks[k].is_punct(")"):
            return k
        opening = next((m for m in range(k - 1, max(-1, k - PARTY_TAG_TOKENS), -1) if toks[m].is_punct("(")), None)
        return opening - 1 if opening is not None and opening > 0 else k

    def _descriptor_before(self, comma: int) -> Span | None:
        """'the UN's special rapporteur on Myanmar, Tom Andrews, said': the role named before the name."""
        toks = self.tokens
        k = comma - 1
        while k >= 0 and toks[k].kind is TokenKind.WORD and comma - k <= DESCRIPTOR_WORDS:
            k -= 1
        first = k + 1
        if (
            first >= comma
            or not (k < 0 or toks[k].is_punct(",", ".", ":", ";"))
            or (k >= 0 and self._abbreviation_dot(k))
        ):
            return None  # "California Rep. Duncan Hunter's chief of staff": the title's dot starts no description
        lead = toks[first]
        if not lead.is_word("the", "a", "an", "its", "their") and not self._possessive_name_at(first, comma):
            return None
        if any(self.lex.lemma(t.low) is not None or self._is_aux(t) for t in toks[first:comma]):
            return None  # a clause ("the army said it had won"), not a role
        return self._span(first, comma - 1)

    def _possessive_name_at(self, first: int, stop: int) -> bool:
        """A name in the possessive opens the words from `first`: "Reuters'", "Al Jazeera's correspondent"."""
        for k in range(first, stop):
            token = self.tokens[k]
            if not token.text[:1].isupper():
                return False
            if token.low.endswith(("'s", "’s", "s'", "s’")):
                return True
        return False

    def _relative_clause_before(self, comma: int) -> int | None:
        """Index of a 'who'/'whose', or of a participle with its agent ('drafted by'), opening one of the few
        comma-separated segments before `comma`."""
        toks = self.tokens
        k = comma - 1
        segments = 0
        while k > 0 and segments < 4:
            token = toks[k]
            if token.is_punct(";", ":", "(", ")", "—", "–") or token.kind is TokenKind.QUOTE:
                return None
            if token.is_punct(","):
                segments += 1
            elif toks[k - 1].is_punct(",") and (token.is_word("who", "whose") or self._participle_with_agent(k)):
                return k
            k -= 1
        return None

    def _name_ending_at(self, k: int) -> tuple[int, int] | None:
        """The noun phrase ending at token `k`, past a linking word set off by commas ('Sanders, meanwhile, who
        sits at zero, said': 'meanwhile' links the sentence to the last and names no one)."""
        name = self._collect_back(k)
        if name is None or name[0] < 2 or not self.tokens[name[0] - 1].is_punct(","):
            return name
        linking = tuple(t.low for t in self.tokens[name[0] : name[1] + 1]) in self.lex.discourse_markers
        return self._collect_back(name[0] - 2) if linking else name

    def _participle_with_agent(self, k: int) -> bool:
        """'drafted by', 'led by': a past participle and 'by', which describe the noun phrase before them."""
        toks = self.tokens
        word = toks[k]
        participle = word.low.endswith("ed") or word.low in IRREGULAR_PARTICIPLES
        return participle and word.text.islower() and k + 1 < len(toks) and toks[k + 1].is_word("by")

    def speaker_after(self, verb: int) -> Phrase | None:
        toks = self.tokens
        i = verb + 1
        if i >= len(toks) or toks[i].kind is not TokenKind.WORD or toks[i].low in self.lex.time_words:
            return None  # "called Friday for …": a time, then what the verb goes on with
        first = i
        while i < len(toks) and (toks[i].kind is TokenKind.WORD or self._abbreviation_dot(i)):
            low = toks[i].low
            person_so_far = 2 <= i - first <= 3 and all(
                t.text[:1].isupper() and t.low not in self.lex.non_person_heads for t in toks[first:i]
            )
            if person_so_far and low in ("for", "at", "with"):
                break  # "wrote Cameron Easley for Morning Consult": the person, then where they wrote
            if i > first and (
                low in PREPOSITIONS - {"of", "for", "at", "with"}
                or (low in self.lex.time_words - {"the", "a", "an", "of"} and not toks[i].text[:1].isupper())
                or low in CLAUSE_STOPS
            ):
                break
            i += 1
        last = i - 1
        while last > first and toks[last].low in ("of", "for", "at", "with"):
            last -= 1  # "wrote Cameron Easley for": the preposition opens an adjunct
        if last < first:
            return None
        if (
            toks[first].text[:1].islower()
            and toks[first].low not in DETERMINERS
            and toks[first].low not in PRONOUN_SUBJECTS
            and toks[first].low not in COUNTED  # '"...," wrote one Facebook user'
            and not (  # '"...," said ministry spokesman Ivan Petrov'
                last > first
                and toks[last].text[:1].isupper()
                and toks[first].low not in PREPOSITIONS
                and toks[last].low not in self.lex.time_words
            )
            # "'We will not surrender,' says opposition leader": a role that ends the headline or sentence
            and not (
                i >= len(toks) - 1 and toks[last].low in UNNAMED_PERSON_HEADS and toks[first].low not in PREPOSITIONS
            )
        ):
            return None
        if toks[first].low in PRONOUN_SUBJECTS and last > first:
            return None  # "warns it could seek ...": a clause, not an inverted speaker
        counted_end = self._affiliation_start(first, last)
        words = sum(1 for k in range(first, counted_end) if toks[k].kind is TokenKind.WORD)  # an initial's dot is none
        if words > INVERTED_SPEAKER_WORDS or any(
            toks[k].low in self.lex.auxiliaries - {"also"} for k in range(first, last + 1)
        ):
            return None
        if all(toks[k].low in self.lex.time_words for k in range(first, last + 1)):
            return None  # "..., X, said Tuesday": a day is never the speaker
        following = toks[i] if i < len(toks) else None
        if following is not None and following.kind is TokenKind.QUOTE:
            return None
        relative = following is not None and following.low in ("when", "where", "that", "which")
        after_stop = toks[i + 1] if relative and i + 1 < len(toks) else None
        clause_follows = (  # "said the days when the nation had ...", but not "said the mayor when asked"
            after_stop is not None and after_stop.kind is TokenKind.WORD and not after_stop.low.endswith(("ed", "ing"))
        )
        if following is not None and (following.low in FINITE_VERBS or clause_follows):
            return None  # the content's subject, not an inverted speaker
        descriptor = None
        if i < len(toks) and toks[i].is_punct(",") and i + 1 < len(toks):
            if i + 3 < len(toks) and toks[i + 1].text.isdigit() and toks[i + 2].is_punct(","):
                i += 2  # "admitted Ruiz, 45, a teacher from Leeds": the age, then the description
            k = i + 1
            lead = toks[k]
            if lead.low in ("a", "an", "the") or (
                lead.kind is TokenKind.WORD and lead.text[:1].islower() and lead.low not in CLAUSE_STOPS
            ):
                while (
                    k < len(toks) and not toks[k].is_punct(",", ".", ";", ":") and toks[k].kind is not TokenKind.QUOTE
                ):
                    k += 1
                descriptor = self._span(i + 1, k - 1)
        return Phrase(self._span(first, last), descriptor)

    def _affiliation_start(self, first: int, last: int) -> int:
        """Where a named speaker's affiliation starts ('Dr Jane Holloway | of the University of Bristol'), or after
        `last`: the proper name of a body says where the person works, it makes the phrase no clause."""
        toks = self.tokens
        for k in range(first + 1, last):
            if toks[k].low in ("of", "at") and toks[k - 1].text[:1].isupper():
                tail = toks[k + 1 : last + 1]
                modifiers = [t for t in tail if not t.text[:1].isupper() and t.low not in AFFILIATION_JOINERS]
                # "of the non-partisan Rothenberg-Gonzales Political Report": a modifier or two before the name
                if tail and tail[-1].text[:1].isupper() and len(modifiers) <= AFFILIATION_MODIFIERS:
                    return k
                break
        return last + 1

    def sentence_subject(self) -> Phrase | None:
        """The capitalised noun phrase that opens the sentence ("N. Korea bristles ...").

        An opening adverbial or subordinate clause ("Hours later,", "As the race turned, ")
        is passed over to the word after its comma.
        """
        toks = self.tokens
        first = self._after_opening_adverbial(OPENING_ADVERBIAL_TOKENS)
        while first < len(toks) and (
            toks[first].kind is not TokenKind.WORD or tuple([toks[first].low]) in self.lex.discourse_markers
        ):
            first += 1
        k = first
        if first < len(toks) and toks[first].low.endswith("ing"):
            return None  # "Inserting itself into ...": a participle, not a subject
        while k < len(toks) and k - first < 8:
            token = toks[k]
            if (token.kind is TokenKind.WORD and (token.text[:1].isupper() or token.low in NAME_LINKS)) or (
                self._abbreviation_dot(k)  # "N. Korea bristles at ..."
            ):
                k += 1
            elif (role_end := self._role_before_name(k)) is not None:
                k = role_end  # "North Korean leader Kim Jong Un": the role word inside the subject
            else:
                break
        while k > first and toks[k - 1].low in NAME_LINKS:
            k -= 1
        if k == first or (toks[first].low in ("the", "a", "an") and k == first + 1):
            return None
        return Phrase(self._span(first, self._head_noun_end(k) - 1))

    def _head_noun_end(self, k: int) -> int:
        """'A Chinese official responded', 'Japan's central bank ended': the lower-case words after a capitalised
        run, up to its sentence's first finite verb, belong to the subject. Returns the index after them."""
        toks = self.tokens
        if k == 0 or toks[k - 1].low in PRONOUN_SUBJECTS:
            return k  # "He recently said": a pronoun is the whole subject
        for end in range(k, min(k + SUBJECT_HEAD_WORDS, len(toks) - 1)):
            token = toks[end]
            if (
                token.kind is not TokenKind.WORD
                or token.text[:1].isupper()
                or token.low in DETERMINERS
                or token.low in CLAUSE_STOPS  # "European leaders who …"
                or self._verb_like(token)  # "Trump says officials warned"
                or token.low.endswith("ly")
                or token.low in BARE_ADVERBS  # "Google long asked …"
            ):
                return k
            following = toks[end + 1]
            if (
                following.low in FINITE_VERBS
                or following.is_word("who")  # "European leaders who met in Prague"
                or (is_past_tense(following.low) and following.text.islower())
            ):
                return end + 1
        return k

    def _after_opening_adverbial(self, limit: int, *, times: bool = True) -> int:
        """The first token after an opening adverbial or subordinate clause ("As the race turned,", "On the
        same day,", with `times` also "Hours later,") whose comma comes within `limit` tokens; 0 without one."""
        toks = self.tokens
        comma = next((i for i, t in enumerate(toks[:limit]) if t.is_punct(",")), None)
        if comma is None or not toks or toks[0].kind is not TokenKind.WORD:
            return 0
        lead = toks[0].low
        if comma == 1 and (lead,) in self.lex.discourse_markers | {("there",), ("here",)}:
            return comma + 1  # "There, the district chairman declined …": a linking word, no subject
        # "Stung by the criticism,", "Pressed by reporters,": a participle's phrase, not the subject
        participle_opener = len(toks) > 1 and toks[1].is_word("by") and toks[0].kind is TokenKind.WORD
        opens_adverbial = lead in CLAUSE_STOPS or lead in PREPOSITIONS or participle_opener
        time_phrase = (
            times
            and lead not in PRONOUN_SUBJECTS  # "She recently left the summit, saying …"
            and (lead in self.lex.time_words or (len(toks) > 1 and toks[1].low in self.lex.time_words))
        )
        return comma + 1 if opens_adverbial or time_phrase else 0

    def main_clause_subject(self, before: int) -> Phrase | None:
        """The noun phrase before the sentence's first finite verb ('an unnamed spokesman for the General
        Staff issued ...'), after an opening adverbial, for a participle cue at `before` to belong to."""
        toks = self.tokens
        first = self._after_opening_adverbial(before, times=False)  # "On the same day, ..."
        if first >= before or (toks[first].low not in DETERMINERS and not toks[first].text[:1].isupper()):
            return None
        for k in range(first + 1, min(before, first + MAIN_SUBJECT_WORDS + 1)):
            token = toks[k]
            if token.kind is not TokenKind.WORD:
                return None
            verb = token.low in FINITE_VERBS or (token.low.endswith("ed") and toks[k - 1].low not in DETERMINERS)
            if verb and not token.text[:1].isupper():
                pairs = [(t.low, t.text[:1].isupper()) for t in toks[:k]]  # 'A federal judge | on Friday blocked'
                return Phrase(self._span(first, before_trailing_time(pairs, first, k - 1, ("on",))))
        return None

    def _role_before_name(self, k: int) -> int | None:
        """The index after up to two lower-case role words that a capitalised name follows ('leader Kim')."""
        toks = self.tokens
        end = k
        while end < len(toks) and end - k < 2 and toks[end].low in SUBJECT_ROLES:
            end += 1
        if end == k or end >= len(toks) or not toks[end].text[:1].isupper():
            return None
        return end

    def _relay_descriptor(self, speaker: Phrase) -> Phrase | None:
        """The source in 'OUTLET, quoting/citing SOURCE, said': the descriptor after its participle."""
        if speaker.descriptor is None:
            return None
        first = self._first_token_at(speaker.descriptor.start)
        last = self._first_token_at(speaker.descriptor.end - 1)
        if first >= last or self.tokens[first].low not in RELAYING_PARTICIPLES:
            return None
        return Phrase(self._span(first + 1, last))
