"""Cue words: which verbs and phrases in a sentence report speech."""

from __future__ import annotations

from srcflag.attribution.base import AttributorBase
from srcflag.attribution.tokens import Cue, Token, TokenKind
from srcflag.attribution.words import (
    AS_SAYING_REACH,
    CITED_BODIES,
    CITED_OBJECT_WORDS,
    CITED_SOURCE_NOUNS,
    CLAUSE_STOPS,
    CONJOINED_CUES,
    CONJOINED_SAYING,
    DETERMINERS,
    DOCUMENT_NOUNS,
    EVIDENCE_CUES,
    EVIDENCE_NOUNS,
    EVIDENCE_SUBJECT_WORDS,
    FINITE_SAYING,
    FINITE_VERBS,
    FRONTED_CUES,
    HEADLINE_CUES,
    HEADLINE_WORDS,
    IRREGULAR_PARTICIPLES,
    IRREGULAR_PASTS,
    ISSUED_ADJECTIVES,
    ISSUED_NOUNS,
    ISSUING_VERBS,
    NAMED_OBJECTS,
    NAMING_CUES,
    NAMING_VERBS,
    NEGATED_PRONOUN_SUBJECTS,
    NEGATIONS,
    NEGATIVE_SUBJECTS,
    NOMINATIVE_PRONOUNS,
    NON_RESPONSE_BY_WORD,
    NOUN_MARKERS,
    NOUN_QUALIFIERS,
    OBJECT_PRONOUNS,
    OUTLET_NOUNS,
    PASSIVE_ADVERBS,
    PREPOSITIONS,
    PRONOUN_SUBJECTS,
    PURPOSE_CUES,
    PURPOSE_VERBS,
    RELAYING_CUES,
    RELAYING_PARTICIPLES,
    SAYING_BY_CUES,
    TITLE_CASE_SHARE,
    TITLE_CASE_SHARE_WITH_STOP,
    UNNAMED_PERSON_HEADS,
    VIEW_NOUNS,
    WH_CUES,
    WH_OPENERS,
    WITH_SUBJECT_WORDS,
)

ISSUED_PLACE_ENDS = frozenset({"when", "where", "after", "before", "while", "as", "on", "in", "at"})
PURPOSE_REACH = 6  # words between a verb of taking an occasion and the 'to' of its purpose
CITED_BODY_WORDS = 3  # words after 'citing' that may hold a body's head ('the defence ministry')
QUOTE_ONLY_REACH = 12  # tokens after a quote-only cue ('likened') in which its quotation must start
NEGATIVE_SUBJECT_WORDS = 8  # words of a 'Neither X nor Y' subject before its verb
ISSUED_PLACE_WORDS = 7  # words of where a statement was put out before its participle ('on state TV channel VTV')
RELATIVE_SUBJECT_WORDS = 4  # words of a subject between 'which' and a naming verb ('which Beijing and Taipei call')
RELATIVES = frozenset({"that", "which", "who", "whom", "whose"})


class CueFinder(AttributorBase):
    """Cue words."""

    def find_cues(self) -> list[Cue]:
        cues: list[Cue] = []
        toks = self.tokens
        title_case = self._title_case_headline()
        for i, token in enumerate(toks):
            if token.kind is not TokenKind.WORD:
                continue
            low = token.low
            if low == "according" and i + 1 < len(toks) and toks[i + 1].is_word("to"):
                cues.append(Cue(i, "according", according=True))
                continue
            if low in VIEW_NOUNS and self._opinion_holder(i) is not None:
                cues.append(Cue(i, low, opinion=True))
                continue
            lemma = self.lex.lemma(low)
            if lemma is None:
                continue
            if lemma in self.lex.quote_only and not self._quotation_follows(i):
                continue  # "fell 3% compared with last year": no one speaks
            fronted = self._fronted(i)  # "Noting that …, he …"
            issued = low.endswith("ing") and self._issued_remark(i) is not None  # "issued a statement saying"
            headline_capital = title_case and i > 0 and low in HEADLINE_CUES
            if token.text[:1].isupper() and not (headline_capital or fronted):
                continue  # "Saudi Tells Egypt ...", "Obama Says ...": a headline's capitals hide no verb
            previous = toks[i - 1] if i > 0 else None
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            if (
                nxt is not None
                and nxt.kind is TokenKind.WORD
                and self.lex.lemma(nxt.low) is not None
                and not nxt.low.endswith("ing")
                and not nxt.text[:1].isupper()
                and low in self.lex.noun_like
            ):
                continue  # "state media reports suggest": the first is a noun (but "Asefi says alleged ...")
            headline_verb = (  # "Mead Johnson Spokesperson Comments on …": a headline's verb and what it is about
                title_case
                and low in HEADLINE_CUES
                and i > 0
                and toks[i - 1].text[:1].isupper()
                and nxt is not None
                and nxt.low in self.lex.prepositional_content.get(lemma, ())
            )
            if (
                low in self.lex.noun_like
                and not headline_verb
                and not self._verb_context(i)
                and not self._evidence_shows(i, lemma)
            ):
                continue
            phrasal = self.lex.phrasal_cues.get(lemma)
            if phrasal is not None:
                if nxt is None or not nxt.is_word(phrasal):
                    continue
                cues.append(Cue(i, lemma, particle=True))  # "pointed out"
                continue
            if (
                nxt is not None
                and nxt.is_word("out", "up", "off", "down", "back", "away", "over", "ahead", "forward")
                and not (i + 2 < len(toks) and toks[i + 2].is_word("that"))
            ):
                continue
            after_to = previous is not None and previous.is_word("to")
            reports = after_to and (lemma in PURPOSE_CUES or self._content_opens(i + 1))
            purpose = self._purpose_verb(i) if reports else None
            if purpose is not None:
                # "took to Twitter to accuse …"; "called her to say …": the call only brought the words
                cues = [c for c in cues if c.index != purpose]
                cues.append(Cue(i, lemma, participle=True, purpose_of=purpose))
                continue
            if (
                previous is not None
                and previous.is_word(*DETERMINERS, *NOUN_MARKERS, "to", "'s", "of", "on", "in", "at", "under", "with")
                and not (previous.is_word("another") and low in FINITE_SAYING)  # '"...," another said'
            ):
                continue  # a noun ("the report", "on alert", "met with chants") or an infinitive ("wants to say")
            if previous is not None and self._possessive_before(previous, low):
                continue  # "Kim's claims"
            if (
                i >= 2
                and previous is not None
                and previous.low.endswith("ly")
                and previous.low not in OUTLET_NOUNS  # "The daily notes that …" is the newspaper speaking
                and toks[i - 2].low in DETERMINERS
                and toks[i - 2].low != "that"
            ):
                continue  # "his recently revealed tax strategies": a participle describing a noun
            if low.endswith("ing") and not (
                previous is not None
                and (
                    previous.is_punct(",", ";")
                    or previous.is_word("and", "as", "while", "before", "after", "by", "without")
                )
            ):
                named = previous is not None and previous.kind is TokenKind.WORD and previous.text[:1].isupper()
                progressive = previous is not None and previous.is_word("is", "was", "are", "were", "been", "be")
                naming_back = self._names_the_object(i, lemma)
                if not (named or progressive or fronted or issued or naming_back or self._with_subject(i) is not None):
                    continue  # "with analysts warning that …" has a subject of its own
            if (
                low.endswith("ing")
                and previous is not None
                and previous.is_word("without", "before", "after", "by")
                and not (previous.is_word("by") and lemma in SAYING_BY_CUES)
                # "she said, before adding: '…'": the speaker goes on, with what follows as content
                and not (previous.is_word("before", "after") and self._content_opens(i + 1))
            ):
                continue  # "left without saying where": no statement; "replied by saying that …" is one
            if self._non_response(i) or self._negated(i):
                continue  # "declined to comment"; "did not say when", "never said the plan was dead"
            relayed = self._as_saying(i) is None and (lemma == "cite" or low in RELAYING_PARTICIPLES)
            if relayed and not self._cites_reason(i):
                continue  # "citing unnamed officials", "quoting Yonhap": a source being named, not a statement
            if i >= 2 and toks[i - 2].is_word("what") and toks[i - 1].kind is TokenKind.WORD:
                continue  # "what she called 'human scum'" names a thing inside someone's clause
            if lemma in NAMING_VERBS and self._relative_naming(i):
                continue  # "the Senkaku Islands, which China calls the Diaoyu": a name, not a statement
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            if self._names_a_thing(i):
                continue  # "organizer of a group called Citizens for Trump"
            if (
                nxt is not None
                and nxt.is_word("to")
                and lemma in ("say", "report", "claim", "believe", "think", "expect")
            ):
                continue  # "is said to be", "is expected to"
            if (
                lemma == "continue"
                and nxt is not None
                and nxt.is_word("to")
                and not (i + 2 < len(toks) and self.lex.lemma(toks[i + 2].low) is not None)
            ):
                continue  # "would continue to support" (but "continued to insist that")
            if nxt is not None and nxt.is_word("by") and lemma not in RELAYING_CUES:
                continue  # passive with agent is not the speaker's cue
            if self._passive_with_adverb(i) and lemma not in RELAYING_CUES:
                continue  # "a speech broadcast live by state television", "remarks published online by Fars"
            if (
                nxt is not None
                and nxt.is_word("as")
                and lemma in NAMING_CUES
                and low.endswith("ed")
                and previous is not None
                and previous.kind is TokenKind.WORD
                and not previous.text[:1].isupper()
                and previous.low not in NOMINATIVE_PRONOUNS
            ):
                continue  # "polls denounced as a sham": a participle describing the polls ("that Kim described as")
            if self._passive(i) and lemma not in RELAYING_CUES:
                continue
            if (
                low == "asked"
                and previous is not None
                and previous.is_punct(",")
                and nxt is not None
                and nxt.is_word("about", "whether", "if", "why", "how", "what", "when")
            ):
                continue  # "Lin Jian, asked about the comments, said": a question put to him, no statement
            participle = (
                fronted
                or issued
                or (
                    previous is not None
                    and (
                        (
                            low.endswith("ing")
                            and (previous.is_punct(",", ";") or previous.is_word("and", "by", "before", "after"))
                        )
                        or previous.is_word("having")  # "-- having suggested in a speech that …": the main subject's
                        or self._names_the_object(i, lemma)
                    )
                )
            )
            cues.append(Cue(i, lemma, participle=participle))
        return cues

    def _wh_clause(self, first: int) -> bool:
        """An embedded question from `first`: 'whether the port would reopen', 'how the fund is spent'."""
        toks = self.tokens
        return (
            first + 1 < len(toks)
            and toks[first].kind is TokenKind.WORD
            and toks[first].low in WH_OPENERS
            and toks[first + 1].kind is TokenKind.WORD
        )

    def _title_case_headline(self) -> bool:
        """A paragraph of one short line, most of its words capitalised and no closing full stop."""
        if not self.sentence.starts_paragraph:
            return False
        words = [t for t in self.tokens if t.kind is TokenKind.WORD]
        text = self.text[self.sentence.span.start : self.sentence.span.end].rstrip()
        if not 3 <= len(words) <= HEADLINE_WORDS or "\n" in text:
            return False
        # some sites end headlines with a full stop: then nearly every word must be capitalised
        share = TITLE_CASE_SHARE if not text.endswith(".") else TITLE_CASE_SHARE_WITH_STOP
        return sum(1 for w in words if w.text[:1].isupper()) >= share * len(words)

    def _possessive_before(self, previous: Token, low: str) -> bool:
        """'Kim's claims' is a noun, but 'He's claiming that ...' is 'he is claiming'."""
        if previous.kind is not TokenKind.WORD or not previous.low.endswith("'s"):
            return False
        return not (self._is_contracted_subject(previous) and low.endswith("ing"))

    def _passive(self, i: int) -> bool:
        """`was reported`, `is believed`, `should be noted`: no speaker in the subject."""
        toks = self.tokens
        if toks[i].low.endswith("ing"):
            return False
        j = i - 1
        while (
            j >= 0
            and toks[j].kind is TokenKind.WORD
            and (toks[j].low.endswith("ly") or toks[j].low in ("also", "not", "widely", "long", "often"))
        ):
            j -= 1
        return j >= 0 and toks[j].is_word("is", "was", "are", "were", "be", "been", "being", "'s")

    def _verb_context(self, i: int) -> bool:
        """A form that is often a noun is a verb before that/a colon/a quotation/the end."""
        toks = self.tokens
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        clause_next = nxt is not None and (
            nxt.is_word("that")
            or nxt.low in NOMINATIVE_PRONOUNS
            or nxt.low in NAMED_OBJECTS  # "Critics call it a 'vanity project'"
            or (self.lex.lemma(toks[i].low) in WH_CUES and self._wh_clause(i + 1))
        )
        if nxt is None or clause_next or nxt.is_punct(":", ",", ".", ";") or nxt.kind is TokenKind.QUOTE:
            previous = toks[i - 1] if i > 0 else None
            if previous is None or previous.is_word(*PREPOSITIONS, "of", "about", "and", "or"):
                return False  # "commenting on reports that ...": a noun
            if previous.low in NOUN_QUALIFIERS:
                return False  # "declined to give further details.": a noun, though "further" can be an adverb
            if previous.kind is TokenKind.WORD and not previous.text[:1].isupper():
                # after a common word it is a noun ("offer of direct talks"), unless that word is a
                # pronoun, an auxiliary or an adverb ("it reports", "has also claimed")
                after_outlet = previous.low in OUTLET_NOUNS and i > 1 and toks[i - 2].low in DETERMINERS
                return (
                    previous.low in PRONOUN_SUBJECTS
                    or self._is_aux(previous)
                    or previous.low in ("who", "which")
                    or after_outlet  # "the daily notes that"
                    or (clause_next and self._subject_before(previous, toks[i]))
                )
            return True
        return False

    def _as_saying(self, i: int) -> int | None:
        """The 'as' of 'cited an official as saying', 'quoting him as telling' after token `i`: a relayed
        statement follows. None for 'cited the election as a reason'."""
        toks = self.tokens
        as_at = next((k for k in range(i + 1, min(len(toks), i + AS_SAYING_REACH)) if toks[k].is_word("as")), None)
        if as_at is None or as_at + 1 >= len(toks) or self.lex.lemma(toks[as_at + 1].low) is None:
            return None
        return as_at

    @staticmethod
    def _subject_before(previous: Token, verb: Token) -> bool:
        """'experts fear that', 'the poll shows that': a subject agreeing with the verb, not a noun phrase
        ('new claims that'). A plural subject takes the bare form; a document noun the -s form."""
        plural_subject = previous.low.endswith("s") and not previous.low.endswith("ss") and not verb.low.endswith("s")
        return plural_subject or (previous.low in DOCUMENT_NOUNS and verb.low.endswith("s"))

    def _relative_naming(self, i: int) -> bool:
        """'which China calls the Diaoyu', 'which Beijing and Taipei call …': a naming verb whose object is the
        relative pronoun before its subject, then a name (capitalised, or 'the' and a capitalised word)."""
        toks = self.tokens
        k = i - 1
        while k >= 0 and i - k <= RELATIVE_SUBJECT_WORDS and toks[k].kind is TokenKind.WORD:
            if toks[k].is_word("which", "whom"):
                break
            k -= 1
        if k < 0 or k == i - 1 or not toks[k].is_word("which", "whom"):
            return False
        if k > 0 and toks[k - 1].low in PREPOSITIONS:
            return False  # "in which he called …": the relative clause is no object of the verb
        name = i + 2 if i + 2 < len(toks) and toks[i + 1].is_word("the") else i + 1
        return name < len(toks) and toks[name].text[:1].isupper()

    def _names_a_thing(self, i: int) -> bool:
        """'called'/'named' after 'a' + a noun inside a clause, before a name: a thing being named ('runs a charity
        called Hope'), not a speaker calling ('A spokesman called the plan reckless' starts its clause)."""
        toks = self.tokens
        if i < 3 or toks[i].low not in ("called", "named", "dubbed") or i + 1 >= len(toks):
            return False
        noun, article, before = toks[i - 1], toks[i - 2], toks[i - 3]
        return (
            noun.kind is TokenKind.WORD
            and noun.text.islower()
            and article.is_word("a", "an")
            and before.kind is TokenKind.WORD
            and before.text.islower()
            and not before.is_word("and", "but", "or", "then", "when", "while", "as", "because")
            and toks[i + 1].text[:1].isupper()
        )

    def _non_response(self, i: int) -> bool:
        """'declined to comment', 'asked not to be named': words about a statement, not one. The cue must be
        one of the phrase's words: 'an official said on condition of anonymity' is a statement."""
        toks = self.tokens
        for phrase, offset in NON_RESPONSE_BY_WORD.get(toks[i].low, ()):
            start = i - offset
            if start >= 0 and tuple(t.low for t in toks[start : start + len(phrase)]) == phrase:
                return True
        return False

    def _purpose_verb(self, i: int) -> int | None:
        """'took to Twitter to accuse …', 'went on Fox News to say …', 'used the speech to warn …': the verb of
        taking an occasion whose infinitive of purpose the cue at `i` is, so its subject did say it (not 'wants to
        say'); None for any other infinitive."""
        toks = self.tokens
        for k in range(i - 2, max(-1, i - 2 - PURPOSE_REACH), -1):
            token = toks[k]
            if token.kind is not TokenKind.WORD:
                return None
            if token.low in PURPOSE_VERBS:
                return None if self._negated(k) else k
        return None

    def _passive_with_adverb(self, i: int) -> bool:
        """A participle, one lower-case adverb, then 'by' and its agent ('broadcast live by', 'published online by')."""
        toks = self.tokens
        if i + 2 >= len(toks) or not toks[i + 2].is_word("by"):
            return False
        participle = toks[i].low.endswith("ed") or toks[i].low in IRREGULAR_PARTICIPLES
        adverb = toks[i + 1]
        return participle and adverb.text.islower() and (adverb.low.endswith("ly") or adverb.low in PASSIVE_ADVERBS)

    def _quotation_follows(self, i: int) -> bool:
        """A quotation in the words after the cue at `i`, before the clause ends ('likened the rules to "burning
        the Constitution"')."""
        for token in self.tokens[i + 1 : i + 1 + QUOTE_ONLY_REACH]:
            if token.kind is TokenKind.QUOTE:
                return True
            if token.is_punct(".", ";", ":", "?", "!"):
                return False
        return False

    def _negated(self, i: int) -> bool:
        """A cue its subject denies making: 'did not say', "wouldn't say", 'never said', 'Nobody has claimed'."""
        toks = self.tokens
        k = i - 1
        while k >= 0 and toks[k].kind is TokenKind.WORD:
            if toks[k].low in NEGATIONS or toks[k].low.endswith("n't"):
                return True
            if not self._is_aux(toks[k]):
                return toks[k].low in NEGATIVE_SUBJECTS or self._negative_subject_ends(k)
            k -= 1
        return False

    def _negative_subject_ends(self, last: int) -> bool:
        """A subject ending at `last` that names no one who spoke: 'No one', 'Neither Moscow nor Pyongyang', 'Not
        everyone' (which only says that some others did not)."""
        toks = self.tokens
        if last > 0 and (toks[last - 1].low, toks[last].low) in NEGATED_PRONOUN_SUBJECTS:
            return True
        first = last
        while first > 0 and last - first < NEGATIVE_SUBJECT_WORDS and toks[first - 1].kind is TokenKind.WORD:
            first -= 1
        words = [t.low for t in toks[first : last + 1]]
        return "neither" in words and "nor" in words[words.index("neither") :]

    def _content_opens(self, index: int) -> bool:
        """A colon, a quotation or 'that' right after a cue: what follows is its content."""
        toks = self.tokens
        if index >= len(toks):
            return False
        token = toks[index]
        return (
            (token.is_punct(":", ",") and index + 1 < len(toks) and (toks[index + 1].kind is TokenKind.QUOTE))
            or token.kind is TokenKind.QUOTE
            or token.is_word("that")
        )

    def _names_the_object(self, index: int, lemma: str | None) -> bool:
        """'lashed out at Japanese politicians calling them "petty burglars"': a naming participle whose pronoun
        object is the noun just before it; the main clause's subject does the naming."""
        toks = self.tokens
        return (
            toks[index].low.endswith("ing")
            and lemma in NAMING_CUES
            and index + 2 < len(toks)
            and toks[index + 1].low in OBJECT_PRONOUNS | {"it"}
            and toks[index + 2].kind is TokenKind.QUOTE
        )

    def _participle_cue(self, index: int) -> bool:
        if index >= len(self.tokens):
            return False
        word = self.tokens[index].low
        return word.endswith("ing") and self.lex.lemma(word) is not None

    def _fronted(self, index: int) -> bool:
        """'Noting that the industry is the lifeline of defence, he set forth tasks': a participle opening the
        sentence with its that-clause; the subject after the clause speaks."""
        toks = self.tokens
        return (
            index == 0
            and toks[0].low.endswith("ing")
            and self.lex.lemma(toks[0].low) in FRONTED_CUES  # not "Assuming that …": a supposition
            and len(toks) > 2
            and toks[1].is_word("that")
            and any(t.is_punct(",") for t in toks[2:])
        )

    def _issued_from(self, index: int) -> int | None:
        """Where the source of a remark put out 'from' someone starts ('the Electric Union' in 'a statement from the
        Electric Union saying …', the participle at `index`); None without a 'from' after the remark's noun."""
        toks = self.tokens
        for k in range(index - 1, max(1, index - 1 - ISSUED_PLACE_WORDS), -1):
            if toks[k].kind is not TokenKind.WORD:
                return None
            if toks[k].is_word("from") and toks[k - 1].low in ISSUED_NOUNS and k + 1 < index:
                return k + 1
        return None

    def _issued_remark(self, index: int) -> int | None:
        """'issued a statement saying …', 'put out a video warning that …': a participle after what the main
        clause's subject put out, whose words are that subject's. Returns the index of the verb putting it out."""
        toks = self.tokens
        noun = index - 1
        while noun > 1 and toks[noun].low in self.lex.time_words:  # "released a statement (on) Tuesday questioning"
            noun -= 2 if toks[noun - 1].is_word("on") else 1
        # "read a statement on state television channel VTV calling …": where it was put out may come between
        for k in range(index - 2, max(1, index - 1 - ISSUED_PLACE_WORDS), -1):
            if toks[k].kind is not TokenKind.WORD or toks[k].low in RELATIVES:
                break  # "a message on Twitter that showed fighters warning …": the fighters warn
            if toks[k].low in ("on", "via", "to") and toks[k - 1].low in ISSUED_NOUNS:
                after = toks[index + 1] if index + 1 < len(toks) else None
                if after is None or after.kind is TokenKind.PUNCT or after.low in ISSUED_PLACE_ENDS:
                    return None  # "the remarks on a press briefing when asked …": 'briefing' is the place's noun
                noun = k - 1
                break
        source = self._issued_from(index)
        if source is not None:
            noun = source - 2  # "published a statement from the Electric Union saying …"
        if noun < 2 or toks[noun].low not in ISSUED_NOUNS:
            return None
        article = noun - 1
        while (
            article > noun - 1 - ISSUED_ADJECTIVES
            and toks[article].text.islower()
            and not toks[article].is_word("a", "an", "the")
        ):
            article -= 1  # "ran a lengthy commentary accusing …"
        if article < 1 or not toks[article].is_word("a", "an", "the"):
            return None
        verb = article - 2 if toks[article - 1].is_word("out") else article - 1  # "put out a statement"
        return verb if verb >= 0 and toks[verb].low in ISSUING_VERBS else None

    def _finite_cue(self, index: int) -> bool:
        """A saying verb in the present or past ('and says ...', 'and added ...'), not a noun form."""
        if index >= len(self.tokens):
            return False
        low = self.tokens[index].low
        if low in CONJOINED_SAYING:
            return True
        finite = low.endswith(("ed", "s")) or low in IRREGULAR_PASTS  # "and urged", "and vows" (not "and urging")
        return finite and self.lex.lemma(low) in CONJOINED_CUES and self.tokens[index].text.islower()

    def _reporting_participle(self, index: int) -> bool:
        """A participle cue with a clause of its own ('saying ...', 'predicting ...'); a naming participle
        ('calling the drills "aggression"') names what the clause before it already reports."""
        return self._participle_cue(index) and self.lex.lemma(self.tokens[index].low) not in NAMING_CUES

    def _with_subject(self, participle: int) -> tuple[int, int] | None:
        """'…, with Foreign Ministry spokesman Esmaeil Baghaei saying …': the words between 'with' and a participle
        cue, which are that participle's own subject. Returns their first and last token."""
        toks = self.tokens
        k = participle - 1
        while k >= 0 and participle - k <= WITH_SUBJECT_WORDS:
            token = toks[k]
            if token.kind is not TokenKind.WORD and not token.is_punct("."):
                return None
            if token.is_word("with"):
                if k > 0 and not toks[k - 1].is_punct(",", "—", "–"):
                    return None  # "pleading with officers not to shoot and begging …": an adjunct, no subject
                words = toks[k + 1 : participle]
                if not words or any(self.lex.lemma(t.low) is not None and t.text[:1].islower() for t in words):
                    return None
                return k + 1, participle - 1
            k -= 1
        return None

    def _evidence_shows(self, i: int, lemma: str) -> bool:
        """'Polls show …': a form that is often a noun is a verb after the evidence it reports (in the body: a
        headline or caption such as 'New satellite images show expansion of a plant' is the writer's summary)."""
        return lemma in EVIDENCE_CUES and self._evidence_before(i) and self._in_body()

    def _in_body(self) -> bool:
        """A sentence of the body, which ends with a full stop, a question or exclamation mark or a quotation."""
        return self.text[self.sentence.span.start : self.sentence.span.end].rstrip()[-1:] in (".", "!", "?", '"', "”")

    def _evidence_before(self, cue_index: int) -> bool:
        """The cue's subject is evidence: 'polls show', 'Video of the incident shows', 'Recent polls in Ohio have
        similarly shown' (the evidence noun among the few words of the subject)."""
        toks = self.tokens
        k = cue_index - 1
        while k >= 0 and (self._is_aux(toks[k]) or toks[k].low.endswith("ly")):
            k -= 1
        for m in range(k, max(-1, k - EVIDENCE_SUBJECT_WORDS), -1):
            if toks[m].kind is not TokenKind.WORD or toks[m].low in CLAUSE_STOPS or toks[m].low in FINITE_VERBS:
                return False
            if toks[m].low in EVIDENCE_NOUNS:
                return True
        return False

    def _cites_reason(self, i: int) -> bool:
        """'cited the audit as the reason', 'citing her work after the attacks': what is cited is a claim or a
        reason, not a source ('citing a military source', 'citing Yonhap', 'citing a report by the ministry')."""
        toks = self.tokens
        if toks[i].low.startswith("quot"):
            return False
        words: list[Token] = []
        for token in toks[i + 1 : i + 1 + CITED_OBJECT_WORDS]:
            if token.is_word("as"):
                return bool(words)  # "cited X as Y": an assessment of X
            if token.kind is not TokenKind.WORD or token.low in CLAUSE_STOPS:
                break
            words.append(token)
        return not self._names_a_source(words)

    @staticmethod
    def _names_a_source(words: list[Token]) -> bool:
        """Words after 'citing' that name a source: a name, people, or a document ('a senior military source',
        'Yonhap', 'people familiar with the talks', 'a report by the ministry'); not a reason ('her work')."""
        named = [t for t in words if t.low not in DETERMINERS]
        if not named or named[0].text[:1].isupper():
            return True  # "citing Yonhap", "citing the Pentagon"
        singular = [t.low.removesuffix("s") for t in words]
        # "citing the defence ministry": a body that heads the words (not "the release of … to parliament")
        body = any(one in CITED_BODIES for one in singular[:CITED_BODY_WORDS])
        return body or any(
            t.low in CITED_SOURCE_NOUNS or one in UNNAMED_PERSON_HEADS or one in DOCUMENT_NOUNS
            for t, one in zip(words, singular, strict=True)
        )
