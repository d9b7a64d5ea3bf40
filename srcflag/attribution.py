"""Who said what: cues, speaker phrases, channel phrases and content spans, per sentence.

This stage works on surface patterns only and returns spans; naming the entities
behind the spans is the resolver's job.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from enum import Enum
from typing import NamedTuple

from srcflag.document import Document, Span
from srcflag.lexicons import Lexicon, lexicon
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


_TOKEN = re.compile(r"(?P<word>(?:[^\W\d_]\.){2,}|\w+(?:['’.\-]\w+)*['’]?)|[^\w\s]")
_CLAUSE_STOPS = lexicon().word_set("clause_stops")
_NAME_LINKS = lexicon().word_set("name_links")
_OBJECT_VERBS = lexicon().word_set("object_verbs")
_ADDRESSEES = lexicon().word_set("addressees")
_OUTLET_NOUNS = lexicon().word_set("outlet_nouns")
_PREPOSITIONS = lexicon().word_set("prepositions")
_DETERMINERS = lexicon().word_set("determiners")
_PRONOUN_SUBJECTS = lexicon().word_set("subject_pronouns")
_NOUN_MARKERS = lexicon().word_set("noun_markers")
_QUESTION_OPENERS = lexicon().word_set("question_openers")
_WH_OPENERS = lexicon().word_set("wh_openers")
_WH_CUES = lexicon().word_set("wh_cues")
_COMMITMENT_CUES = lexicon().word_set("commitment_cues")
_APPEAL_CUES = lexicon().word_set("appeal_cues")
_DOCUMENT_NOUNS = lexicon().word_set("document_nouns")
_APPROXIMATORS = lexicon().word_set("approximators")
_LABEL = re.compile(r"^([A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,4})\s*:\s+\S")
MIN_INDIRECT_WORDS = 3
DESCRIPTOR_WORDS = 16  # a role before a name: 'the UN's special rapporteur on Myanmar, NAME,'
QUOTED_TERM_WORDS = 4  # longer quotations are statements of their own
QUOTED_TERMS_SHARE = 0.35
DEFERRED_REACH = 30  # tokens of an aside between a cue and its that-clause
OBJECT_REACH = 20  # words between "told"/"assured" and "that": the addressee may be long
ADJUNCT_REACH = 9  # words of an adjunct after a cue ("wrote in The National Interest")
NON_RESPONSE_AHEAD = 5  # tokens from a cue to the end of 'asked not to be named'
ADVERBIAL_WORDS = 12  # words of an opening "During his seven and a half years in office,"
AS_SAYING_REACH = 16  # tokens from "quoted"/"cited" to its "as saying"
FRONTED_REACH = 16  # tokens of a fronted "As X has argued," before its comma
CONJOINED_SUBJECT_WORDS = 3  # capitalised words of a new subject after 'and': "and Senate Democrats said"
BARE_SUBJECT_WORDS = 8  # words of a subject before the finite verb of a that-less clause
HEAD_WORDS = 8  # words of the noun phrase a restrictive 'who' follows ("the 30 percent of voters who")
CLAUSE_BACK_REACH = 12  # words back from an 'and' to find the verb of a clause before it
ADDRESSEE_WORDS = 4  # words from "told a" to its addressee noun: "told a regular news briefing"
TAIL_REACH = 5  # words between a cue and a quotation that continues the attribution
_NAMING_CUES = lexicon().word_set("naming_cues")
_HEADLINE_ROLES = "|".join(sorted(lexicon().word_set("headline_roles"), key=len, reverse=True))
_HEADLINE_CREDIT = re.compile(  # "...: JCS", "... -KCNA", "... – Defense Ministry", "...: U.S. official"
    r"^(?P<content>.{12,}?)(?::\s+|\s+[-–—]\s*|\s*--\s*)"
    rf"(?P<source>[A-Z][\w.&'’]*(?:\s+[A-Z][\w.&'’]*){{0,3}}|(?:[A-Z][\w.&'’]*\s+){{0,2}}(?:{_HEADLINE_ROLES}))$"
)
_MONTHS = lexicon().word_set("months")
_HEADLINE_TAG = re.compile(r"\((?:LEAD|URGENT|\d+(?:st|nd|rd|th) LD|[A-Z][\w ]{0,20}(?:Focus|Interview|Feature))\)\s*")
_DASH_CREDIT = re.compile(  # '"...” ― Jane Q. Doe' or '"..." -- Jane Doe, 34, a nurse': the quotation's author
    r"[ \t\u00a0]*(?:[―—–]|--?)[ \t\u00a0]*(?P<name>[A-Z][\w.'’\-]*(?:[ \u00a0]+[A-Z][\w.'’\-]*){1,4})"
    r"[ \t\u00a0]*(?:,[^\n]*)?$",
    re.MULTILINE,
)
_RELAYING_CUES = frozenset({"quote", "cite"})  # "X quoted / cited Y as saying ...": Y speaks, X relays
_RELAYING_PARTICIPLES = frozenset({"citing", "quoting"})  # "..., citing Y": Y is a source, not content
_SUBJECT_ROLES = lexicon().titles | lexicon().word_set("organisation_roles") | lexicon().word_set("subject_roles")
_ASIDE_NOUNS = lexicon().word_set("aside_nouns")
_OBJECT_PRONOUNS = frozenset({"me", "us", "him", "her", "them"})
_FINITE_VERBS = lexicon().word_set("finite_verbs")
_IRREGULAR_PARTICIPLES = frozenset({"run", "led", "written", "known", "held", "made", "set", "built", "seen", "drawn"})
_COUNTED = frozenset({"one", "two", "three", "four", "five", "several", "many"})
_CONTACT_MEDIA = lexicon().word_set("contact_media")
_CARRIER_PARTICIPLES = lexicon().word_set("carrier_participles")
_CARRIED_NOUNS = lexicon().word_set("remark_nouns") | lexicon().word_set("referring_nouns") | {"interview"}
_NOMINATIVE_PRONOUNS = frozenset({"he", "she", "they", "we", "i"})  # never an object: a clause has begun
_CONTRACTED_SUBJECTS = frozenset({"it's", "he's", "she's", "they're", "we're", "there's", "that's", "they'll"})
_FINITE_SAYING = frozenset({"said", "says", "told", "tells", "saying", "telling"})
_CONJOINED_SAYING = _FINITE_SAYING | {"added", "adds"}  # "... and says he will": the subject speaks again
_CONTRASTIVE = lexicon().word_set("contrastive_conjunctions")


_new_token = tuple.__new__
_WORD_KIND, _PUNCT_KIND = TokenKind.WORD, TokenKind.PUNCT


def tokenize(text: str, sentence: Sentence) -> list[Token]:
    tokens: list[Token] = []
    position = sentence.span.start
    for quote in [*sentence.quotes, None]:
        stop = quote.outer.start if quote is not None else sentence.span.end
        for match in _TOKEN.finditer(text, position, stop):
            piece = match.group()
            kind = _WORD_KIND if match.lastgroup else _PUNCT_KIND
            # tuple.__new__ directly: the named tuple's own constructor is a Python call per token
            tokens.append(
                _new_token(Token, (kind, match.start(), match.end(), piece, piece.lower().replace("’", "'"), None))
            )
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
class _Cue:
    index: int
    lemma: str
    according: bool = False
    participle: bool = False
    particle: bool = False  # a phrasal cue: the content starts after its particle


class SentenceAttributor:
    """Finds statements in one sentence."""

    def __init__(self, text: str, sentence: Sentence, sentence_index: int, words: Lexicon) -> None:
        self.text = text
        self.sentence = sentence
        self.index = sentence_index
        self.lex = words
        self.tokens = tokenize(text, sentence)
        self.used_quotes: set[int] = set()
        self.main_subject: Phrase | None = None
        self.introduces: tuple[Phrase, Span] | None = None  # "He said:" at the end: the next quotation's

    # --- small helpers ------------------------------------------------------------------

    def _span(self, first: int, last: int) -> Span:
        return Span(self.tokens[first].start, self.tokens[last].end)

    def _is_aux(self, token: Token) -> bool:
        return token.kind is TokenKind.WORD and (
            token.low in self.lex.auxiliaries
            or (token.low.endswith("ly") and len(token.low) > 4 and not token.text[0].isupper())
        )

    def _content_span(self, first: int, last: int) -> Span | None:
        """Tokens first..last as content, trimmed of edge punctuation and a leading 'that'."""
        while first <= last and (self.tokens[first].is_punct() or self.tokens[first].is_word("that")):
            first += 1
        while last >= first and self.tokens[last].kind is TokenKind.PUNCT and self.tokens[last].text in ",;:.—–-(":
            last -= 1
        if first > last:
            return None
        return self._span(first, last)

    # --- cues ---------------------------------------------------------------------------

    def find_cues(self) -> list[_Cue]:
        cues: list[_Cue] = []
        toks = self.tokens
        for i, token in enumerate(toks):
            if token.kind is not TokenKind.WORD:
                continue
            low = token.low
            if low == "according" and i + 1 < len(toks) and toks[i + 1].is_word("to"):
                cues.append(_Cue(i, "according", according=True))
                continue
            lemma = self.lex.lemma(low)
            if lemma is None or token.text[:1].isupper():
                continue
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
            if low in self.lex.noun_like and not self._verb_context(i):
                continue
            phrasal = self.lex.phrasal_cues.get(lemma)
            if phrasal is not None:
                if nxt is None or not nxt.is_word(phrasal):
                    continue
                cues.append(_Cue(i, lemma, particle=True))  # "pointed out"
                continue
            if (
                nxt is not None
                and nxt.is_word("out", "up", "off", "down", "back", "away", "over")
                and not (i + 2 < len(toks) and toks[i + 2].is_word("that"))
            ):
                continue
            if (
                previous is not None
                and previous.is_word(*_DETERMINERS, *_NOUN_MARKERS, "to", "'s", "of")
                and not (previous.is_word("another") and low in _FINITE_SAYING)  # '"...," another said'
            ):
                continue  # a noun ("the report", "including calls for") or an infinitive ("wants to say")
            if previous is not None and self._possessive_before(previous, low):
                continue  # "Kim's claims"
            if low.endswith("ing") and not (
                previous is not None
                and (
                    previous.is_punct(",") or previous.is_word("and", "as", "while", "before", "after", "by", "without")
                )
            ):
                named = previous is not None and previous.kind is TokenKind.WORD and previous.text[:1].isupper()
                if not (named or (previous is not None and previous.is_word("is", "was", "are", "were", "been", "be"))):
                    continue
            if low.endswith("ing") and previous is not None and previous.is_word("without", "before", "after", "by"):
                continue
            if self._non_response(i):
                continue
            if lemma == "cite" and self._as_saying(i) is None:
                continue  # "cited the election as a reason": cite is a cue only in "cited X as saying"
            if low in _RELAYING_PARTICIPLES and self._as_saying(i) is None:
                continue  # "quoting unnamed officials": a source being named, not a statement
            if i >= 2 and toks[i - 2].is_word("what") and toks[i - 1].kind is TokenKind.WORD:
                continue  # "what she called 'human scum'" names a thing inside someone's clause
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            if (
                nxt is not None
                and nxt.is_word("to")
                and lemma in ("say", "report", "claim", "believe", "think", "expect")
            ):
                continue  # "is said to be", "is expected to"
            if nxt is not None and nxt.is_word("by") and lemma not in _RELAYING_CUES:
                continue  # passive with agent is not the speaker's cue
            if self._passive(i) and lemma not in _RELAYING_CUES:
                continue
            participle = (
                low.endswith("ing") and previous is not None and (previous.is_punct(",") or previous.is_word("and"))
            )
            cues.append(_Cue(i, lemma, participle=participle))
        return cues

    def _possessive_before(self, previous: Token, low: str) -> bool:
        """'Kim's claims' is a noun, but 'He's claiming that ...' is 'he is claiming'."""
        if previous.kind is not TokenKind.WORD or not previous.low.endswith("'s"):
            return False
        return not (self._is_contracted_subject(previous) and low.endswith("ing"))

    @staticmethod
    def _is_contracted_subject(token: Token) -> bool:
        """'He's', 'she's': a pronoun with a contracted 'is', not a possessive."""
        return token.low[:-2] in _PRONOUN_SUBJECTS

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
            or nxt.low in _NOMINATIVE_PRONOUNS
            or (self.lex.lemma(toks[i].low) in _WH_CUES and self._wh_clause(i + 1))
        )
        if nxt is None or clause_next or nxt.is_punct(":", ",", ".", ";") or nxt.kind is TokenKind.QUOTE:
            previous = toks[i - 1] if i > 0 else None
            if previous is None or previous.is_word(*_PREPOSITIONS, "of", "about", "and", "or"):
                return False  # "commenting on reports that ...": a noun
            if previous.kind is TokenKind.WORD and not previous.text[:1].isupper():
                # after a common word it is a noun ("offer of direct talks"), unless that word is a
                # pronoun, an auxiliary or an adverb ("it reports", "has also claimed")
                after_outlet = previous.low in _OUTLET_NOUNS and i > 1 and toks[i - 2].low in _DETERMINERS
                return (
                    previous.low in _PRONOUN_SUBJECTS
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
        return plural_subject or (previous.low in _DOCUMENT_NOUNS and verb.low.endswith("s"))

    def _non_response(self, i: int) -> bool:
        """'declined to comment', 'asked not to be named': words about a statement, not one. The cue must be
        one of the phrase's words: 'an official said on condition of anonymity' is a statement."""
        lows = [t.low for t in self.tokens[max(0, i - NON_RESPONSE_AHEAD) : i + NON_RESPONSE_AHEAD]]
        at = min(i, NON_RESPONSE_AHEAD)
        for phrase in self.lex.non_response:
            for start in range(max(0, at - len(phrase) + 1), at + 1):
                if tuple(lows[start : start + len(phrase)]) == phrase:
                    return True
        return False

    # --- speakers -----------------------------------------------------------------------

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
                break
            low = token.low
            if low in _CLAUSE_STOPS or low in _FINITE_SAYING:
                break  # "A news report published Wednesday said": only finite saying ends the phrase
            if low in ("and", "but") and self._clause_ends_at(j - 1):
                break  # "X mishandled the inquiry and Democrats accused": the subject starts after 'and'
            first = j
            j -= 1
            count += 1
        if first > end:
            return None
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
                if toks[first].low in _PREPOSITIONS and first < end:
                    # "In Seoul the ministry said": drop a leading prepositional phrase up to a determiner
                    k = first + 1
                    while k <= end and toks[k].low not in _DETERMINERS and toks[k].low not in self.lex.titles:
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
            after_determiner = k > 0 and toks[k - 1].low in _DETERMINERS
            if token.low in _FINITE_VERBS or self._is_contracted_subject(token):
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
            after_determiner = j > 0 and toks[j - 1].low in _DETERMINERS  # "the daily notes": a noun
            if not after_determiner and (
                self._is_aux(token)
                or (token.kind is TokenKind.WORD and token.low in self.lex.time_words and not token.text[:1].isupper())
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
            else:
                return j
        return j

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
        if token.low in ("who", "which"):
            if j > 0 and toks[j - 1].is_punct(","):
                found = self._collect_back(j - 2)
                if found is not None:
                    return Phrase(self._span(*found))
            elif token.low == "who":
                return self._restricted_head(j)  # "voters who said they would": the noun the clause restricts
            return None
        found = self._collect_back(j)
        if found is None:
            return None
        first, last = found
        if (
            first + 2 <= last
            and toks[first].low in ("a", "an", "the")
            and toks[first + 1].low in _ASIDE_NOUNS
            and toks[first + 2].text[:1].isupper()
        ):
            first += 2  # "a claim Beijing has rejected": the claim is the object, Beijing the speaker
        if first < last and toks[last].low in _NOMINATIVE_PRONOUNS | {"it"}:
            following = toks[verb + 1] if verb + 1 < len(toks) else None
            if following is None or following.is_word("to") or following.low in _FINITE_VERBS:
                return None  # "elections it had promised to hold", "the plan he announced would": a relative clause
            return Phrase(self._span(last, last))  # "in an interview with RT he blasted ...": the pronoun speaks
        if all(t.low in _DETERMINERS for t in toks[first : last + 1]) and not toks[first].is_word("another"):
            return None
        if toks[first].low in _CLAUSE_STOPS or toks[first].low in _PREPOSITIONS:
            return None  # "... in Saudi Arabia with other Gulf states": no subject before the word
        if all(not ch.isalpha() for t in toks[first : last + 1] for ch in t.text):
            return None  # "since 2005 have predicted": a number is not a speaker
        if first == last and self._is_contracted_subject(toks[first]):
            return Phrase(Span(toks[first].start, toks[first].end - 2))  # "He's claiming": the speaker is "He"
        return Phrase(self._span(first, last))

    def _restricted_head(self, who: int) -> Phrase | None:
        """The noun phrase just before a restrictive 'who' ('30 percent of voters who said'): back to a
        preposition other than 'of', a verb or a clause word, so 'Clinton won among voters who' is 'voters'."""
        toks = self.tokens
        k = who - 1
        while k >= 0 and who - k <= HEAD_WORDS and toks[k].kind is TokenKind.WORD:
            token = toks[k]
            lower = not token.text[:1].isupper()
            if (
                token.low in _CLAUSE_STOPS
                or (token.low in _PREPOSITIONS and token.low != "of")
                or token.low in _FINITE_VERBS
                or token.low in _NOUN_MARKERS
                or (lower and self.lex.lemma(token.low) is not None and token.low not in self.lex.noun_like)
                or (lower and token.low.endswith(("ed", "ing")))
            ):
                break
            k -= 1
        first = k + 1
        if first >= who or all(t.low in _DETERMINERS for t in toks[first:who]):
            return None
        return Phrase(self._span(first, who - 1))

    def _looks_like_name(self, first: int, last: int) -> bool:
        # the dots of titles are no words: "Maj. Gen. Zaw Min Tun"
        words = [t for k, t in enumerate(self.tokens[first : last + 1], first) if not self._abbreviation_dot(k)]
        if words and words[0].low == "the":
            words = words[1:]
        return (
            0 < len(words) <= 8
            and words[0].text[:1].isupper()
            and words[-1].text[:1].isupper()
            and all(w.text[:1].isupper() or w.low in _NAME_LINKS for w in words)
        )

    def _ends_with_name(self, first: int, last: int) -> bool:
        """A role before a personal name: 'Senate leader Mitch McConnell' ends with two capitalised words."""
        return last - first >= 2 and self._looks_like_name(last - 1, last)

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
        if start < 0 or not toks[start].is_punct(","):
            return None
        descriptor_first = start + 1
        if descriptor_first > j:
            return None
        relative = self._relative_clause_before(start)
        if relative is not None:
            # "Helen Owens, who works at Brockbank, Cain and Hall, on Duke Street, said": the name before "who"
            name = self._collect_back(relative - 2)
            if name is not None and self._looks_like_name(*name):
                return Phrase(self._span(*name), self._span(relative, j))
        lead = toks[descriptor_first]
        if self._looks_like_name(descriptor_first, j):
            # "Nay Myo Lin's wife, Zarni Mann, told", "the party's mouthpiece, the People's Daily, said"
            return Phrase(self._span(descriptor_first, j), self._descriptor_before(start))
        possessive = lead.low.endswith(("'s", "’s"))  # "NAME, Iran's ambassador to the IAEA, said"
        descriptive = lead.text[:1].islower() or lead.low in ("a", "an", "the") or possessive
        if not descriptive or lead.low in _PRONOUN_SUBJECTS:
            return None
        if lead.low == "which":
            # "The Tasnim news agency, which is close to the Guard, quoted": the body before the clause
            body = self._collect_back(start - 1)
            return Phrase(self._span(*body)) if body is not None else None
        if lead.low in ("that", "and", "but", "or"):
            return None
        name = self._collect_back(start - 1)
        if name is None:
            return None
        first_word, last_word = name
        outlet = (  # "The People's Army newspaper, the military's mouthpiece, wrote"
            last_word > first_word and toks[last_word].low in _OUTLET_NOUNS and toks[last_word - 1].text[:1].isupper()
        )
        named = self._looks_like_name(*name) or self._ends_with_name(*name) or outlet  # "Senate leader Mitch McConnell"
        participial = lead.text[:1].islower() and (lead.low.endswith("ed") or lead.low in _IRREGULAR_PARTICIPLES)
        if not named and lead.low not in ("who", "whose") and not participial:
            # a relative clause may follow any noun phrase ("An official, who ..., said"), but a participle
            # describes the subject before it ("The inquiry's report, published on Monday, concluded")
            return None
        return Phrase(self._span(*name), self._span(descriptor_first, j))

    def _descriptor_before(self, comma: int) -> Span | None:
        """'the UN's special rapporteur on Myanmar, Tom Andrews, said': the role named before the name."""
        toks = self.tokens
        k = comma - 1
        while k >= 0 and toks[k].kind is TokenKind.WORD and comma - k <= DESCRIPTOR_WORDS:
            k -= 1
        first = k + 1
        if first >= comma or not (k < 0 or toks[k].is_punct(",", ".", ":", ";")):
            return None
        lead = toks[first]
        if not lead.is_word("the", "a", "an") and not lead.low.endswith(("'s", "’s")):
            return None
        if any(self.lex.lemma(t.low) is not None or self._is_aux(t) for t in toks[first:comma]):
            return None  # a clause ("the army said it had won"), not a role
        return self._span(first, comma - 1)

    def _relative_clause_before(self, comma: int) -> int | None:
        """Index of a 'who'/'whose' opening one of the few comma-separated segments before `comma`."""
        toks = self.tokens
        k = comma - 1
        segments = 0
        while k > 0 and segments < 4:
            token = toks[k]
            if token.is_punct(";", ":", "(", ")", "—", "–") or token.kind is TokenKind.QUOTE:
                return None
            if token.is_punct(","):
                segments += 1
            elif token.is_word("who", "whose") and toks[k - 1].is_punct(","):
                return k if segments > 0 else None
            k -= 1
        return None

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

    def speaker_after(self, verb: int) -> Phrase | None:
        toks = self.tokens
        i = verb + 1
        if i >= len(toks) or toks[i].kind is not TokenKind.WORD:
            return None
        first = i
        while i < len(toks) and (toks[i].kind is TokenKind.WORD or self._abbreviation_dot(i)):
            low = toks[i].low
            if i > first and (
                low in _PREPOSITIONS - {"of", "for", "at", "with"}
                or low in self.lex.time_words - {"the", "a", "an", "of"}
                or low in _CLAUSE_STOPS
            ):
                break
            i += 1
        last = i - 1
        if last < first:
            return None
        if (
            toks[first].text[:1].islower()
            and toks[first].low not in _DETERMINERS
            and toks[first].low not in _PRONOUN_SUBJECTS
            and toks[first].low not in _COUNTED  # '"...," wrote one Facebook user'
        ):
            return None
        if toks[first].low in _PRONOUN_SUBJECTS and last > first:
            return None  # "warns it could seek ...": a clause, not an inverted speaker
        if last - first > 6 or any(toks[k].low in self.lex.auxiliaries - {"also"} for k in range(first, last + 1)):
            return None
        if all(toks[k].low in self.lex.time_words for k in range(first, last + 1)):
            return None  # "..., X, said Tuesday": a day is never the speaker
        following = toks[i] if i < len(toks) else None
        if following is not None and following.kind is TokenKind.QUOTE:
            return None
        descriptor = None
        if i < len(toks) and toks[i].is_punct(",") and i + 1 < len(toks):
            k = i + 1
            lead = toks[k]
            if lead.low in ("a", "an", "the") or (
                lead.kind is TokenKind.WORD and lead.text[:1].islower() and lead.low not in _CLAUSE_STOPS
            ):
                while (
                    k < len(toks) and not toks[k].is_punct(",", ".", ";", ":") and toks[k].kind is not TokenKind.QUOTE
                ):
                    k += 1
                descriptor = self._span(i + 1, k - 1)
        return Phrase(self._span(first, last), descriptor)

    # --- content ------------------------------------------------------------------------

    def _clause_end(self, start: int) -> int:
        toks = self.tokens
        k = start
        while k < len(toks):
            if toks[k].is_punct(";"):
                break
            if toks[k].is_punct(",", "—", "–") and k > start and self._attribution_follows(k):
                break
            if self._quote_ends_with_comma(k) and self._attribution_follows(k):
                return k  # 'would respond "proportionately," according to IRNA': the quotation ends the content
            if toks[k].is_punct(":") and k > start + 2:
                break  # 'comply with principles: "..."' - the quotation is its own statement
            if toks[k].is_word("and") and k > start and (self._participle_cue(k + 1) or self._finite_cue(k + 1)):
                break  # "predicting X and dismissing Y", "is telling X and says Y": another statement
            if toks[k].is_word("and", "but") and k > start and self._conjoined_report(k + 1):
                break  # "said X — and he noted that Y", "say X but noted that Y": a second statement
            if toks[k].low in _CONTRASTIVE and k > start and self._conjoined_report(k + 1, subject_needed=True):
                break  # "accuses X of Y while Sanders suggests Z", "though Fiorina said Z": another speaker's
            if toks[k].is_punct(",") and k > start and self._reporting_participle(k + 1):
                break  # "denounced X, predicting Y": what the participle reports is a statement of its own
            if k > start and (self._carrier_at(k) or (toks[k].is_punct(",") and self._carrier_at(k + 1))):
                break  # "... a provocation in a statement carried by KCNA": the outlet, not the content
            if toks[k].is_punct(",") and k > start and self._authors_aside(k + 1):
                break  # "..., a claim that could not be independently verified": the reporter speaks
            k += 1
        return k - 1

    def _carrier_at(self, k: int) -> bool:
        """'in a statement carried by', 'in remarks broadcast on', 'through an article published in'."""
        toks = self.tokens
        if k >= len(toks) or not toks[k].is_word("in", "through", "via"):
            return False
        m = k + 1
        if m < len(toks) and toks[m].low in _DETERMINERS:
            m += 1
        for noun_at in (m, m + 1):  # "a statement", "a written statement"
            if noun_at + 2 < len(toks) and toks[noun_at].low in _CARRIED_NOUNS:
                return toks[noun_at + 1].low in _CARRIER_PARTICIPLES and toks[noun_at + 2].is_word(
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
            and toks[k + 1].low in _ASIDE_NOUNS
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
                or t.low in _PREPOSITIONS
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

    def _participle_cue(self, index: int) -> bool:
        if index >= len(self.tokens):
            return False
        word = self.tokens[index].low
        return word.endswith("ing") and self.lex.lemma(word) is not None

    def _finite_cue(self, index: int) -> bool:
        """A saying verb in the present or past ('and says ...', 'and added ...'), not a noun form."""
        return index < len(self.tokens) and self.tokens[index].low in _CONJOINED_SAYING

    def _conjoined_report(self, first: int, subject_needed: bool = False) -> bool:
        """A new subject (or none) and a reporting verb that takes its own clause, after 'and'/'but':
        'he noted that', 'Democrats accused the GOP', 'noted that'. After 'while'/'though' a subject is
        needed, and an assessment verb may take its clause without 'that' ('while Sanders suggests she is')."""
        toks = self.tokens
        k = first
        if k < len(toks) and toks[k].low in _NOMINATIVE_PRONOUNS:
            k += 1
        else:
            if k < len(toks) and toks[k].low in _DETERMINERS:
                k += 1
            while k < len(toks) and k < first + CONJOINED_SUBJECT_WORDS and toks[k].text[:1].isupper():
                k += 1
            head = toks[k] if k < len(toks) and k > first else None
            if head is not None and head.kind is TokenKind.WORD and self.lex.lemma(head.low) is None:
                k += 1  # "and Fishermen's Union leaders accused", "and the union warned"
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

    def _reporting_participle(self, index: int) -> bool:
        """A participle cue with a clause of its own ('saying ...', 'predicting ...'); a naming participle
        ('calling the drills "aggression"') names what the clause before it already reports."""
        return self._participle_cue(index) and self.lex.lemma(self.tokens[index].low) not in _NAMING_CUES

    def _attribution_follows(self, comma: int) -> bool:
        """`, according to X` or `, NAME VERB` (+ adjuncts) up to the end of the sentence."""
        toks = self.tokens
        if comma + 2 < len(toks) and toks[comma + 1].is_word("according") and toks[comma + 2].is_word("to"):
            return True
        k = comma + 1
        while k < len(toks) and k <= comma + 12 and (toks[k].kind is TokenKind.WORD or toks[k].is_punct("(")):
            if toks[k].is_punct("("):  # "the official Korean Central News Agency (KCNA) said"
                close = next((m for m in range(k + 1, min(len(toks), k + 6)) if toks[m].is_punct(")")), None)
                if close is None:
                    return False
                k = close + 1
                continue
            lemma = self.lex.lemma(toks[k].low)
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

    def content_after(self, cue: _Cue) -> tuple[int, int, list[Phrase], Phrase | None] | None:
        """Token range of the content after a verb cue, channels met on the way, a cited source."""
        toks = self.tokens
        i = cue.index + (2 if cue.particle else 1)
        channels: list[Phrase] = []
        cited: Phrase | None = None
        if i < len(toks) and toks[i].is_word("that"):
            return i + 1, self._clause_end(i + 1), channels, cited
        if cue.lemma in _COMMITMENT_CUES and self._infinitive(i):
            return i, self._clause_end(i), channels, cited  # "vowed to cut taxes": the commitment
        if cue.lemma in _OBJECT_VERBS:
            k = self._words_before_that(i, OBJECT_REACH)
            if k < len(toks) and toks[k].is_word("that"):
                channels.append(Phrase(self._span(i, k - 1)))
                return k + 1, self._clause_end(k + 1), channels, cited
            k = self._object_end(i)
            if k > i and cue.lemma in _APPEAL_CUES and self._infinitive(k):
                return i, self._clause_end(i), channels, cited  # "urged Congress to act": the appeal
            if k > i:
                channels.append(Phrase(self._span(i, k - 1)))
                i = k
        while i < len(toks):
            token = toks[i]
            if token.kind is not TokenKind.WORD:
                break
            if token.low in _APPROXIMATORS and i + 1 < len(toks) and toks[i + 1].text[:1].isdigit():
                return i, self._clause_end(i), channels, cited  # "said about 20 people have ...": a number
            if token.low in self.lex.time_words or token.text.isdigit():
                i += 1
                continue
            if token.is_word("by") and i + 1 < len(toks) and toks[i + 1].low in _CONTACT_MEDIA:
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
                and (toks[i + 1].low in self.lex.time_words - _DETERMINERS - {"of"} or toks[i + 1].text.isdigit())
            ):
                i += 2  # "said in April Iran had agreed": a time adjunct, then the content
                continue
            if token.low in self.lex.adjunct_prepositions or token.low in ("to", "with"):
                k = self._words_before_that(i + 1, ADJUNCT_REACH)
                subject = next(
                    (p for p in range(i + 2, k) if toks[p].low in _NOMINATIVE_PRONOUNS and self._bare_clause(p)), None
                )
                if subject is not None:  # "said after the convention he would not accept": the clause starts
                    channels.append(Phrase(self._span(i + 1, subject - 1)))
                    return subject, self._clause_end(subject), channels, cited
                if k > i + 1:
                    channels.append(Phrase(self._span(i + 1, k - 1)))
                if k >= len(toks) or toks[k].is_punct(".", "!", "?"):
                    return None  # "wrote in The National Interest." has no content after it
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
        if token.is_word("of", "about", "against", "as") and nxt is not None and nxt.kind is TokenKind.QUOTE:
            return i + 1, self._clause_end(i + 1), channels, cited  # 'warned of "devastating consequences"'
        if cue.lemma == "call" and token.is_word("on", "upon") and nxt is not None and nxt.kind is TokenKind.WORD:
            return i + 1, self._clause_end(i + 1), channels, cited  # "called on Pyongyang to end ..."
        if (
            token.low in self.lex.prepositional_content.get(cue.lemma, ())
            and nxt is not None
            and nxt.kind is TokenKind.WORD
        ):
            return i + 1, self._clause_end(i + 1), channels, cited  # "called for talks", "warned of consequences"
        if (
            token.kind is TokenKind.WORD
            and cue.lemma not in self.lex.clause_only
            and not token.is_word("to", "of", "about", "for", "as")
        ):
            return i, self._clause_end(i), channels, cited
        if cue.lemma in self.lex.clause_only and self._bare_clause(i):
            return i, self._clause_end(i), channels, cited  # "acknowledged it was unlikely to work"
        if cue.lemma in _WH_CUES and self._wh_clause(i):
            return i, self._clause_end(i), channels, cited  # "wondered whether the port would reopen"
        return None

    def _infinitive(self, first: int) -> bool:
        """'to' and a verb from `first` ('to cut taxes'), not 'to the voters' or 'to Congress'."""
        toks = self.tokens
        return (
            first + 1 < len(toks)
            and toks[first].is_word("to")
            and toks[first + 1].kind is TokenKind.WORD
            and toks[first + 1].text[:1].islower()
            and toks[first + 1].low not in _DETERMINERS
            and not toks[first + 1].text[:1].isdigit()
        )

    def _wh_clause(self, first: int) -> bool:
        """An embedded question from `first`: 'whether the port would reopen', 'how the fund is spent'."""
        toks = self.tokens
        return (
            first + 1 < len(toks)
            and toks[first].kind is TokenKind.WORD
            and toks[first].low in _WH_OPENERS
            and toks[first + 1].kind is TokenKind.WORD
        )

    def _bare_clause(self, first: int) -> bool:
        """A clause without 'that' from `first`: a subject pronoun ('he lost'), or a few words of subject
        and then a finite verb ('the United States was in breach')."""
        toks = self.tokens
        opener = toks[first]
        if opener.kind is not TokenKind.WORD or opener.low in _CLAUSE_STOPS or opener.low in _PREPOSITIONS:
            return False
        if opener.low in _NOMINATIVE_PRONOUNS or opener.low in _CONTRACTED_SUBJECTS:
            following = toks[first + 1] if first + 1 < len(toks) else None
            return (following is not None and following.kind is TokenKind.WORD) or opener.low in _CONTRACTED_SUBJECTS
        for k in range(first + 1, min(len(toks), first + BARE_SUBJECT_WORDS + 1)):
            token = toks[k]
            if token.kind is not TokenKind.WORD or token.low in _CLAUSE_STOPS or token.is_word("to"):
                return False
            if token.low in _FINITE_VERBS:
                return True
        return False

    def _shared_object_after(self, i: int) -> bool:
        """'and VERB OBJECT' right after a cue: a second verb, then the words both verbs take."""
        toks = self.tokens
        if i + 2 >= len(toks) or not toks[i].is_word("and", "or") or not toks[i + 1].text[:1].islower():
            return False
        after = toks[i + 2]
        return after.kind is TokenKind.WORD and after.low not in _CLAUSE_STOPS

    def _words_before_that(self, first: int, reach: int | None = None) -> int:
        """The first token from `first` that is not a word or is 'that', looking at most `reach` words."""
        toks = self.tokens
        stop = len(toks) if reach is None else min(len(toks), first + reach)
        k = first
        while k < stop and toks[k].kind is TokenKind.WORD and not toks[k].is_word("that"):
            k += 1
        return k

    def _object_end(self, first: int) -> int:
        """The token after a short addressee ('told reporters', 'told Reuters', 'told the paper', 'told a
        regular news briefing'); an addressee noun ends it ('told reporters Russia was ...')."""
        toks = self.tokens
        if first < len(toks) and toks[first].low in _DETERMINERS:
            noun = next(
                (
                    k
                    for k in range(first + 1, min(len(toks), first + ADDRESSEE_WORDS + 1))
                    if toks[k].kind is TokenKind.WORD and toks[k].low in _ADDRESSEES
                ),
                None,
            )
            lower_case = noun is not None and all(t.text[:1].islower() for t in toks[first + 1 : noun])
            if noun is not None and lower_case and all(t.kind is TokenKind.WORD for t in toks[first:noun]):
                while noun + 1 < len(toks) and toks[noun + 1].low in _ADDRESSEES:
                    noun += 1  # "a news conference"
                return noun + 1
        k = first
        while (
            k < len(toks)
            and k < first + 4
            and toks[k].kind is TokenKind.WORD
            and (
                toks[k].text[:1].isupper()
                or (toks[k].low in _DETERMINERS and k == first)  # "told the paper", but "told CNN the vote …"
                or toks[k].low in _ADDRESSEES
                or toks[k].low in _OUTLET_NOUNS
                or (k == first and toks[k].low in _OBJECT_PRONOUNS)  # "she told me"
            )
        ):
            k += 1
            if toks[k - 1].low in _ADDRESSEES and toks[k - 1].low.endswith("s"):
                break  # "told reporters Russia was watching": the clause's subject follows
        return k

    # --- statements ---------------------------------------------------------------------

    def _statement(
        self,
        kind_hint: Kind | None,
        first: int,
        last: int,
        cue: _Cue | None,
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
            and cue.lemma in _NAMING_CUES
            and not (first > 0 and toks[first - 1].low in {*self.lex.prepositional_content.get(cue.lemma, ()), "on"})
        )  # 'called it "a farce"' names; 'called for more "flexibility" for advisers' asks for the whole thing
        if only_quotes or (len(quotes) >= 2 and (naming or not self._quotes_are_terms(quotes, scope))):
            for token in quotes:
                assert token.quote is not None
                self.used_quotes.add(token.start)
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
            out.append(RawStatement(kind, token.quote.content, quotes=(token.quote,), **common))  # type: ignore[arg-type]
            return out
        for token in quotes:
            self.used_quotes.add(token.start)
        kind = Kind.PARTIAL if quotes else Kind.INDIRECT
        if kind_hint is not None and not quotes:
            kind = kind_hint
        if (
            kind is Kind.INDIRECT
            and len([t for t in toks[first : last + 1] if t.kind is TokenKind.WORD]) < MIN_INDIRECT_WORDS
        ):
            return out  # "said in Syria", "told visitors": too little to be a reported statement
        out.append(RawStatement(kind, span, quotes=tuple(t.quote for t in quotes if t.quote), **common))  # type: ignore[arg-type]
        return out

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
        single_word = len(self.text[quote.content.start : quote.content.end].split()) == 1
        # after a determiner or a possessive ("Kim's 'reign of terror'") the quotation is a term in the clause
        determined = previous is not None and (previous.is_word(*_DETERMINERS) or previous.low.endswith("'s"))
        return not (single_word or determined)

    def _quote_opens_clause(self, position: int, first: int) -> bool:
        """The quotation is the clause's predicate or all of it: 'The leader "stressed ...," KCNA said'."""
        return position - first <= 4

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
        return Kind.PARTIAL

    def _is_title(self, position: int) -> bool:
        """Quoted names and titles: after a naming word, or a short Title Case phrase."""
        toks = self.tokens
        quote = toks[position].quote
        assert quote is not None
        content = self.text[quote.content.start : quote.content.end].strip(" ,.")
        for n in (2, 1):
            before = tuple(t.low for t in toks[max(0, position - n) : position])
            if before in self.lex.naming_words:
                return True
        words = content.split()
        if (
            0 < len(words) <= 6
            and all(w[:1].isupper() or w.lower() in _NAME_LINKS for w in words)
            and any(w[:1].isupper() for w in words)
        ):
            return not (position > 0 and toks[position - 1].is_punct(":"))
        return False

    def run(self) -> list[RawStatement]:
        """Statements of the sentence: a speaker label or headline credit, each cue's, then quotations left over."""
        out: list[RawStatement] = list(self._speaker_label() or self._headline_credit() or [])
        fronted = self._fronted_as() if not out else None
        if fronted is not None:
            out.extend(fronted[1])
        for cue in [] if self._is_question() else self.find_cues():
            if fronted is None or cue.index > fronted[0]:
                out.extend(self._from_cue(cue))
        out.extend(self._leftover_quotes(out))
        return out

    def _fronted_as(self) -> tuple[int, list[RawStatement]] | None:
        """'As Ken Rogoff has argued, sanctions rarely work', 'As the minister put it, …': the clause after the
        comma is the speaker's. Returns the comma's index and the statements."""
        toks = self.tokens
        if len(toks) < 5 or not toks[0].is_word("as"):
            return None
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
        if adjunct and not (adjunct[0].is_word("it") or adjunct[0].low in _PREPOSITIONS):
            return None
        if toks[verb].is_word("put") and not (adjunct and adjunct[0].is_word("it")):
            return None
        last = verb - 1
        while last > 1 and self._is_aux(toks[last]):
            last -= 1  # "has argued", "once noted"
        if last < 1 or not any(t.kind is TokenKind.WORD for t in toks[1 : last + 1]):
            return None
        speaker = Phrase(self._span(1, last))
        found = self._statement(None, comma + 1, self._clause_end(comma + 1), None, speaker, [], trailing=False)
        return (comma, found) if found else None

    def _is_question(self) -> bool:
        """'Can you share the reason?': a question asks; its verbs report nothing."""
        toks = self.tokens
        return len(toks) > 1 and toks[0].low in _QUESTION_OPENERS and toks[-1].is_punct("?")

    def _speaker_label(self) -> list[RawStatement] | None:
        if not self.sentence.starts_paragraph:
            return None
        start = self.sentence.span.start
        head = self.text[start : min(self.sentence.span.end, start + 80)]
        match = _LABEL.match(head)
        if match is None:
            return None
        name = match.group(1)
        toks = self.tokens
        colon_at = start + head.index(":", len(name))
        after_colon = next((t for t in toks if t.start > colon_at), None)
        transcript = name.replace(" ", "").replace(".", "").isupper() and len(name) >= 2
        quoted = after_colon is not None and after_colon.kind is TokenKind.QUOTE
        label_words = [w.lower().strip(".") for w in name.split()]
        if any(w in self.lex.word_set("label_stopwords") or w in self.lex.word_set("not_names") for w in label_words):
            return None  # "Disclaimer:", "Post At:", "Context:"
        if not (transcript or quoted or len(label_words) <= 4):
            return None
        first = next((i for i, t in enumerate(toks) if t.start > colon_at), None)
        if first is None:
            return None
        if toks[first].low in _QUESTION_OPENERS and toks[-1].is_punct("?"):
            return None  # "Bloomberg: Will President Xi attend?": a reporter's question in a transcript
        speaker = Phrase(Span(start, start + len(name)))
        self.main_subject = speaker
        if toks[first].kind is TokenKind.QUOTE:
            return self._statement(Kind.DIRECT, first, len(toks) - 1, None, speaker, [], trailing=False) or None
        found = self._statement(Kind.INDIRECT, first, len(toks) - 1, None, speaker, [], trailing=False)
        sentence_end = _trimmed_end(self.text, self.sentence.span)
        turn_start = toks[first].start  # the turn is all the label's words, not a quotation inside them
        return [replace(s, content=Span(turn_start, sentence_end), turn=True) for s in found[:1]] or None

    def _headline_credit(self) -> list[RawStatement] | None:
        """A headline that names its source at the end: 'N. Korea fires missiles: JCS', '... -KCNA'."""
        span = self.sentence.span
        text = self.text[span.start : span.end]
        if not self.sentence.starts_paragraph or text[-1:] in '.!?"”' or "\n" in text:
            return None
        match = _HEADLINE_CREDIT.match(text)
        if match is None or len(text.split()) > 20:
            return None
        body_words = [w.strip(".,") for w in match.group("content").lower().split()]
        if any(self.lex.lemma(w) is not None and w not in self.lex.noun_like for w in body_words[-2:]):
            return None  # "The statement said: Due" is a sentence; "… COVID-19 fears: official" a headline
        source = Span(span.start + match.start("source"), span.start + match.end("source"))
        tag = _HEADLINE_TAG.match(text)  # "(LEAD) N. Korea fires ...": the wire's update tag is no content
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

    def _from_cue(self, cue: _Cue) -> list[RawStatement]:
        toks = self.tokens
        if cue.according:
            return self._according(cue)
        if cue.lemma in _RELAYING_CUES:
            quoted = self._quoted_as(cue)
            if quoted is not None:
                return quoted
        speaker: Phrase | None = None
        if cue.participle:
            speaker = self.main_subject or self.sentence_subject()
        else:
            before_verb = self._skip_back(cue.index - 1)
            if before_verb >= 0 and toks[before_verb].is_word("and", "but", "then", "or"):
                speaker = self.main_subject or self.sentence_subject()
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
        if self.main_subject is None:
            self.main_subject = speaker
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
        channels: list[Phrase] = list(relayed_by)
        fronted = self._fronted_channel()
        if fronted is not None and fronted.span.end <= speaker.span.start:
            channels.append(fronted)  # "In an interview with the BBC, the minister said ..."
        forward = self.content_after(cue) if not inverted else None
        nothing_after = forward is None or forward[1] < forward[0]
        if nothing_after and not inverted and self._ends_with_colon(cue.index):
            self.introduces = (speaker, self._span(cue.index, cue.index))
        if forward is not None:
            first, last, met, cited = forward
            if cited is None:
                cited = self._cited_after(last + 1)  # "RIA reported that X, citing the governor."
            if cited is not None:
                channels.append(speaker)
                speaker = cited
            channels.extend(met)
            carrier = self._carrier_after(last)
            if carrier is not None:
                channels.append(carrier)
            if last >= first:
                result = self._statement(None, first, last, cue, speaker, channels, trailing=False)
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
        elif cue.lemma in _OBJECT_VERBS and (addressee_end := self._object_end(tail)) > tail:
            channels.append(Phrase(self._span(tail, addressee_end - 1)))
            tail = addressee_end
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
                if rest is not None and toks[end].kind is not TokenKind.QUOTE and short_lead:
                    # "In the long run, experts say, the plan will fail": the content follows
                    start, end = rest
                elif adverbial:
                    # "In a separate article, the paper reported on ...": the phrase only sets the scene
                    return self._quotes_after_cue(cue, speaker, channels)
                result = self._statement(None, start, end, cue, speaker, channels, trailing=True)
                result.extend(self._quotes_after_cue(cue, speaker, channels))
                return result
        return self._quotes_after_cue(cue, speaker, channels)

    def _fronted_channel(self) -> Phrase | None:
        """The outlet of an opening 'In an interview with the BBC,', 'Speaking to Reuters,', 'Writing in
        Foreign Affairs,' or 'In a post on Telegram,': the words after its preposition, up to the comma."""
        toks = self.tokens
        if len(toks) < 4 or toks[0].kind is not TokenKind.WORD:
            return None
        comma = next((k for k in range(1, min(len(toks), FRONTED_REACH)) if toks[k].kind is not TokenKind.WORD), None)
        if comma is None or not toks[comma].is_punct(","):
            return None
        opener = toks[0].low
        if opener in ("speaking", "writing", "talking"):
            link = 1
        elif opener == "in" and any(t.low in _CARRIED_NOUNS for t in toks[1:4]):
            link = next((k for k in range(2, comma) if toks[k].is_word("with", "on", "to", "in", "for")), 0)
        else:
            return None
        if not link or not toks[link].is_word("with", "on", "to", "in", "for") or link + 1 >= comma:
            return None
        return Phrase(self._span(link + 1, comma - 1))

    def _relay_descriptor(self, speaker: Phrase) -> Phrase | None:
        """The source in 'OUTLET, quoting/citing SOURCE, said': the descriptor after its participle."""
        if speaker.descriptor is None:
            return None
        first = self._first_token_at(speaker.descriptor.start)
        last = self._first_token_at(speaker.descriptor.end - 1)
        if first >= last or self.tokens[first].low not in _RELAYING_PARTICIPLES:
            return None
        return Phrase(self._span(first + 1, last))

    def _cited_after(self, comma: int) -> Phrase | None:
        """The source in a trailing '..., citing SOURCE.' that ends the sentence."""
        toks = self.tokens
        if comma + 2 >= len(toks) or not toks[comma].is_punct(",") or toks[comma + 1].low not in _RELAYING_PARTICIPLES:
            return None
        k = comma + 2
        while k < len(toks) and toks[k].kind is TokenKind.WORD:
            k += 1
        if k == comma + 2 or (k < len(toks) and not toks[k].is_punct(".", "!", "?")):
            return None
        return self._cited_speaker(comma + 2, k - 1)

    def _cited_speaker(self, first: int, last: int) -> Phrase | None:
        """Who speaks in '..., citing X': a source does, but documents ('citing leaked documents') do not;
        the outlet that read them still reports."""
        head = self.tokens[last].low
        document = head in _DOCUMENT_NOUNS or (head.endswith("s") and head[:-1] in _DOCUMENT_NOUNS)
        authored = any(t.text[:1].isupper() or t.is_word("by", "from", "of") for t in self.tokens[first : last + 1])
        if document and not authored:  # but "citing a statement by the ministry": the ministry speaks
            return None
        return Phrase(self._span(first, last))

    def _opening_adverbial(self, first: int, last: int) -> bool:
        """'In a separate article', 'During his years in office': a phrase opened by a preposition, with no
        comma and no auxiliary in it, so no clause."""
        toks = self.tokens
        lead = toks[first]
        phrase = toks[first : last + 1]
        short = last - first < ADVERBIAL_WORDS and all(
            t.kind is TokenKind.WORD and t.low not in self.lex.auxiliaries for t in phrase
        )
        opens_with_preposition = lead.low in _PREPOSITIONS - {"to"} or lead.is_word("as")  # "To win, ..." is a clause
        return short and opens_with_preposition and first == 0

    def _attribution_end(self, start: int) -> int | None:
        """Where a trailing attribution ends ('..., KCNA said on Monday[,] ...'), or None when
        the verb goes on with words of its own ('she responded to a question')."""
        toks = self.tokens
        k = start
        while k < len(toks):
            token = toks[k]
            if token.kind is TokenKind.PUNCT:
                return k
            if token.kind is TokenKind.QUOTE or token.low in _CLAUSE_STOPS:
                return k  # "..., Lukashenko said as he met Lavrov"
            if token.low in self.lex.time_words or token.text.isdigit():
                k += 1
                continue
            by_phone = token.low == "by" and k + 1 < len(toks) and toks[k + 1].low in _CONTACT_MEDIA
            adjunct = token.low in self.lex.adjunct_prepositions or token.low in ("to", "with", "via", "according")
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
            lead in _CLAUSE_STOPS
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

    def sentence_subject(self) -> Phrase | None:
        """The capitalised noun phrase that opens the sentence ("N. Korea bristles ...").

        An opening adverbial or subordinate clause ("Hours later,", "As the race turned, ")
        is passed over to the word after its comma.
        """
        toks = self.tokens
        first = 0
        comma = next((i for i, t in enumerate(toks[:25]) if t.is_punct(",")), None)
        if comma is not None and toks and toks[0].kind is TokenKind.WORD:
            lead = toks[0].low
            opens_adverbial = lead in _CLAUSE_STOPS or lead in self.lex.time_words or lead in _PREPOSITIONS
            time_phrase = len(toks) > 1 and toks[1].low in self.lex.time_words  # "Hours later,"
            if opens_adverbial or time_phrase:
                first = comma + 1
        while first < len(toks) and (
            toks[first].kind is not TokenKind.WORD or tuple([toks[first].low]) in self.lex.discourse_markers
        ):
            first += 1
        k = first
        if first < len(toks) and toks[first].low.endswith("ing"):
            return None  # "Inserting itself into ...": a participle, not a subject
        while k < len(toks) and k - first < 8:
            token = toks[k]
            if (token.kind is TokenKind.WORD and (token.text[:1].isupper() or token.low in _NAME_LINKS)) or (
                self._abbreviation_dot(k)  # "N. Korea bristles at ..."
            ):
                k += 1
            elif (role_end := self._role_before_name(k)) is not None:
                k = role_end  # "North Korean leader Kim Jong Un": the role word inside the subject
            else:
                break
        while k > first and toks[k - 1].low in _NAME_LINKS:
            k -= 1
        if k == first or (toks[first].low in ("the", "a", "an") and k == first + 1):
            return None
        return Phrase(self._span(first, k - 1))

    def _role_before_name(self, k: int) -> int | None:
        """The index after up to two lower-case role words that a capitalised name follows ('leader Kim')."""
        toks = self.tokens
        end = k
        while end < len(toks) and end - k < 2 and toks[end].low in _SUBJECT_ROLES:
            end += 1
        if end == k or end >= len(toks) or not toks[end].text[:1].isupper():
            return None
        return end

    def _clause_start(self, end: int) -> int:
        """Start of the content that precedes a trailing attribution ending at `end`."""
        toks = self.tokens
        k = end
        while k > 0:
            previous = toks[k - 1]
            if previous.is_punct(";"):
                break
            k -= 1
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

    def _quotes_after_cue(self, cue: _Cue, speaker: Phrase, channels: list[Phrase]) -> list[RawStatement]:
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
                toks[k].is_word("in", "on", "to", "with", "via", "by")
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
            if toks[k].kind is not TokenKind.WORD:
                break
            k += 1
        return out

    def _according(self, cue: _Cue) -> list[RawStatement]:
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

    def _agent_of_source(self, first: int, end: int) -> tuple[Phrase, int]:
        """'according to a report published by RAND' or 'according to satellite imagery, analysed by
        38 North, ...': the agent after 'by' is the source. Returns the speaker and the token after it."""
        toks = self.tokens

        def agent(by: int, stop: int) -> Phrase | None:
            lead = toks[by + 1] if by + 1 < stop else None
            if lead is not None and (lead.text[:1].isupper() or lead.text[:1].isdigit() or lead.is_word("the")):
                return Phrase(self._span(by + 1, stop - 1))
            return None

        for k in range(first + 1, end):
            if toks[k].is_word("by") and toks[k - 1].low.endswith("ed"):
                found = agent(k, end)
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

    def _quoted_as(self, cue: _Cue) -> list[RawStatement] | None:
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
        else:
            channel_phrase = self.speaker_before(cue.index)
            if channel_phrase is None:
                return None
            channel = channel_phrase
            speaker = Phrase(self._span(cue.index + 1, as_at - 1))
        return self._statement(
            None, content_first, self._clause_end(content_first), cue, speaker, [channel], trailing=False
        )

    def _first_token_at(self, offset: int) -> int:
        for i, token in enumerate(self.tokens):
            if token.end > offset:
                return i
        return len(self.tokens) - 1

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
        match = _DASH_CREDIT.match(self.text, token.end, self.sentence.span.end if line_end < 0 else line_end)
        if match is None:
            return None
        end = match.end("name")
        if self.text[end - 1] == "." and len(self.text[match.start("name") : end].split()[-1]) > 2:
            end -= 1  # the sentence's full stop, not an initial's
        return Phrase(Span(match.start("name"), end))


def _trimmed_end(text: str, span: Span) -> int:
    return span.start + len(text[span.start : span.end].rstrip())


def attribute(doc: Document, sentences: list[Sentence]) -> list[RawStatement]:
    """Every statement found in the document, in text order, speakers not yet resolved."""
    words = lexicon()
    out: list[RawStatement] = []
    introduced: tuple[int, Phrase, Span] | None = None  # "He said:" ending the previous paragraph
    turn: int | None = None  # index in `out` of the transcript turn this paragraph continues
    for index, sentence in enumerate(sentences):
        attributor = SentenceAttributor(doc.text, sentence, index, words)
        found = attributor.run()
        if introduced is not None and sentence.paragraph == introduced[0] + 1:
            _, speaker, cue = introduced
            found = [replace(s, speaker=speaker, cue=cue, needs_speaker=False) if s.needs_speaker else s for s in found]
        elif introduced is not None and sentence.paragraph > introduced[0] + 1:
            introduced = None
        if turn is not None and sentence.paragraph != out[turn].paragraph:
            turn = None
        if turn is not None and not found:
            out[turn] = replace(out[turn], content=Span(out[turn].content.start, _trimmed_end(doc.text, sentence.span)))
        if len(found) == 1 and found[0].turn:
            turn = len(out)
        out.extend(found)
        if attributor.introduces is not None:
            introduced = (sentence.paragraph, *attributor.introduces)
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
