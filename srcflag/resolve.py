"""From phrases to sources: entities, types and countries, with references resolved in the article."""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, field, replace
from functools import cache

from srcflag.attribution import Phrase
from srcflag.document import Document, Span, Word, words_in
from srcflag.lexicons import common_words, lexicon
from srcflag.matcher import CountryInfo, Hit, Matcher, PhraseInfo, phrase_key
from srcflag.normalize import normalize_name
from srcflag.ruleset.vocabulary import MEDIA_TYPES, EntityKind, SourceType

MEDIA = frozenset(t.value for t in MEDIA_TYPES)
CATAPHORA_REACH = 400  # characters ahead in which "a newspaper" may be named
RUN_TOGETHER_MIN = 6  # characters: a shorter name run together could be an everyday word
PRONOUN_REACH = 40  # earlier speakers and named people a pronoun may reach back to
NOUN_REACH = 200  # earlier entity mentions "the agency" may reach back to
_BODY_NAME_LINKS = frozenset({"of", "for", "on", "and"})  # "University of North Korean Studies"
_ADDRESSEE_MARKERS = frozenset({"to", "told", "tells", "with"})
_READ_BY = frozenset({"seen", "obtained", "reviewed", "viewed", "quoted", "cited"})  # "a report seen by Reuters"
SPEAKER_SALIENCE = 300  # characters by which a speaker outranks a later mere mention for "he"
_FORMER = re.compile(
    r"\b(?:former|ex-|retired|onetime|one-time|erstwhile|who (?:once |previously )?(?:served|worked|was))\b",
    re.IGNORECASE,
)
_REFERRING_NOUNS = lexicon().word_set("referring_nouns")
_HYPHEN_WORDS = lexicon().word_set("hyphen_tails")
_NOT_NAMES = lexicon().word_set("not_names")
_OUTLET_HEADS = lexicon().word_set("outlet_heads")
_OUTLET_LEADS = lexicon().word_set("outlet_leads")
_NAME_PARTICLES = lexicon().word_set("name_particles")
_DELEGATES = lexicon().word_set("delegate_roles")
_POSSESSOR_TYPES = lexicon().possessor_types
_BODY_NAME_HEADS = lexicon().word_set("body_name_heads")
_KINSHIP_NOUNS = lexicon().word_set("kinship_nouns")
_MEDIA_NOUNS = lexicon().word_set("outlet_nouns") | {"media", "outlets", "press", "newspapers", "broadcasters"}
_NON_STATE_HEADS = lexicon().word_set("non_state_heads")
_TITLES_AND_ROLES = lexicon().word_set("organisation_roles") | lexicon().titles
_APPOSITIVE_OUTLET_NOUNS = "|".join(
    sorted((re.escape(n) for n in lexicon().word_set("outlet_appositive_nouns")), key=len, reverse=True)
)
_DESCRIBED_OUTLET = re.compile(  # "Meduza, an independent Russian outlet", "Dong-A Ilbo, a conservative daily"
    r"(?<![\w.’'])(?P<name>[A-Z][\w&'’.\-]*(?: [A-Z][\w&'’.\-]*){0,4}), (?:a|an) "
    rf"(?P<description>(?:[\w'’\-]+ ){{0,5}}?)(?:{_APPOSITIVE_OUTLET_NOUNS})\b"
)
_UNNAMED_QUANTIFIERS = frozenset({"a", "an", "one", "two", "three", "several", "some", "other"})
_MEMBERSHIP_LINKS = frozenset({"in", "at", "from", "within", "inside", "with"})
UNNAMED_HEAD_REACH = 5  # words from "a" to the head noun: "a senior U.S. defense official at ..."
_UNNAMED_MARKERS = lexicon().word_set("unnamed_markers")
_ANONYMOUS_HEADS = lexicon().word_set("anonymous_heads")
_SENTENCE_BREAK = re.compile(r"(?<=[a-z0-9])\.\s+|\n")  # not the dots of "U.S."
_ACRONYM_DEFINITION = re.compile(
    r"((?:[A-Z][\w.&'’-]*\s+(?:(?:of|for|and|the|&)\s+)*){1,8})\((?P<acronym>[A-Z][A-Z0-9&.-]{1,9})\)"
)


_UNNAMED_PERSON_HEADS = lexicon().word_set("unnamed_person_heads")
_INDEFINITE = frozenset({"a", "an", "another", "one"})
_REMARK_NOUNS = "|".join(sorted(lexicon().word_set("remark_nouns")))
_REMARKS_BY = re.compile(  # "the remarks by Ramin Mehmanparast"
    rf"\b(?:{_REMARK_NOUNS})\b[^.\n]{{0,40}}?\bby\s+(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,3}})"
)


@dataclass(frozen=True)
class Source:
    """A resolved speaker or channel."""

    text: str
    name: str
    start: int
    end: int
    entity: str | None = None
    type: str | None = None
    country: str | None = None
    person: bool = False
    organization: str | None = None  # the entity a person speaks for

    @property
    def is_media(self) -> bool:
        return self.type in MEDIA


@dataclass(frozen=True)
class Mention:
    """The words in the article that name a source."""

    text: str
    start: int
    end: int

    def source(
        self,
        name: str,
        *,
        entity: str | None = None,
        type: str | None = None,
        country: str | None = None,
        person: bool = False,
        organization: str | None = None,
    ) -> Source:
        return Source(self.text, name, self.start, self.end, entity, type, country, person, organization)

    def same_as(self, other: Source) -> Source:
        """These words refer to the source `other` ("he", "the agency")."""
        return replace(other, text=self.text, start=self.start, end=self.end)


@dataclass
class _Profile:
    name: str
    type: str | None = None
    entity: str | None = None
    organization: str | None = None
    country: str | None = None


@dataclass
class Resolver:
    doc: Document
    matcher: Matcher
    words: list[Word] = field(default_factory=list)
    entity_hits: list[Hit[str]] = field(default_factory=list)
    history: list[Source] = field(default_factory=list)
    described_people: dict[str, tuple[str, str | None, str | None]] = field(default_factory=dict)  # by name
    profiles: dict[str, _Profile] = field(default_factory=dict)
    person_mentions: list[tuple[int, int, str]] = field(default_factory=list)  # start, end, profile key
    # "CNOOC" -> where the article spells it out: "China National Offshore Oil Corporation (CNOOC)"
    acronyms: dict[str, Span] = field(default_factory=dict)
    by_token: dict[str, list[_Profile]] = field(default_factory=dict)  # first or last name -> profiles
    hit_starts: list[int] = field(default_factory=list)
    paragraph_starts: list[int] = field(default_factory=list)
    hits_by_entity: dict[str, list[int]] = field(default_factory=dict)
    unknown_outlets: list[tuple[int, str]] = field(default_factory=list)
    described_outlets: dict[str, tuple[str, str | None]] = field(default_factory=dict)  # name: type, country

    def __post_init__(self) -> None:
        self.words = words_in(self.doc.text)
        self.entity_hits = self.matcher.find_entities(self.words, self.doc.text)
        self.hit_starts = [hit.start for hit in self.entity_hits]
        self.paragraph_starts = [paragraph.start for paragraph in self.doc.paragraphs]
        for hit in self.entity_hits:
            self.hits_by_entity.setdefault(hit.value, []).append(hit.start)
        self.unknown_outlets = self._find_unknown_outlets()
        self._find_described_outlets()
        self.acronyms = {m.group("acronym"): _long_form(m) for m in _ACRONYM_DEFINITION.finditer(self.doc.text)}
        self._people_scanned = False
        self._countries_named: set[str] | None = None
        self._people_by_token: dict[str, list[tuple[int, str]]] | None = None  # rules' people named, by name word
        self._remarks_by: dict[str, list[tuple[int, int]]] | None = None

    def _people(self) -> None:
        """Scan the article for people once, when a statement first needs them."""
        if not self._people_scanned:
            self._people_scanned = True
            self._scan_people()

    # --- people in the article ------------------------------------------------------------

    def _name_runs(self, words: list[Word]) -> list[tuple[int, int]]:
        """Capitalised word runs that could be personal names (index ranges, inclusive)."""
        lex = lexicon()
        runs: list[tuple[int, int]] = []
        i = 0
        while i < len(words):
            if words[i].capitalized and words[i].bare not in _NOT_NAMES and words[i].bare not in lex.titles:
                j = i
                while j + 1 < len(words):
                    if words[j].lower.endswith(("'s", "’s")):
                        break  # "Mao Ning's Regular Press Conference": the name ends at the possessive
                    gap = self.doc.text[words[j].end : words[j + 1].start]
                    particle = words[j + 1].bare in _NAME_PARTICLES and j + 2 < len(words) and words[j + 2].capitalized
                    if gap == "-" or ((words[j + 1].capitalized or particle) and gap in (" ", " -")):
                        j += 1  # "Kim Jong Un", "Yoo Ho-yeol", "Saud al-Faisal"
                    else:
                        break
                # "Foreign Affairs Sergey Lavrov": the name is what follows the last title or office word
                k = j
                while k >= i and not self._ends_non_name(words[k]):
                    k -= 1
                if k < j and self._name_like(words[k + 1 : j + 1]):
                    runs.append((k + 1, j))
                i = j + 1
            else:
                i += 1
        return runs

    def _ends_non_name(self, word: Word) -> bool:
        """Titles, office words, demonyms and sentence-initial common words are not part of a name."""
        lex = lexicon()
        bare = word.bare
        return (
            bare in lex.non_person_heads
            or bare in lex.titles
            or bare in _NOT_NAMES
            or bare in lex.auxiliaries
            or tuple([bare]) in lex.discourse_markers
            or self.matcher.countries.lookup(word.text) is not None
        )

    def _name_like(self, words: list[Word]) -> bool:
        """Capitalised words that can be a person's name: no verbs of a headline, no lower-case tail."""
        lex = lexicon()
        if not words or not words[0].capitalized:
            return False
        tail = words[-1]
        if not tail.capitalized and (tail.bare.endswith(("ed", "ing")) or tail.bare in _HYPHEN_WORDS):
            return False  # "Vienna-based", "Kremlin-backed" (but "Yoo Ho-yeol", "Kim Jong-un")
        if len(words) > 1 and tail.bare in _OUTLET_HEADS:
            return False  # "Evening Courier" is a newspaper
        joined = {  # parts of a hyphenated given name ("Lee Sung-hoon") are not verbs, whatever they spell
            part
            for k, (left, right) in enumerate(itertools.pairwise(words))
            if self.doc.text[left.end : right.start] == "-"
            for part in (k, k + 1)
        }
        return not any(lex.lemma(w.bare) is not None for k, w in enumerate(words) if k not in joined)  # "Saudi Tells …"

    def _scan_people(self) -> None:
        """Profiles of the people the article names, from titles and appositives near them."""
        covered: set[int] = set()
        for hit in self.entity_hits:
            covered.update(range(hit.first_word, hit.last_word + 1))
        for first, last in self._name_runs(self.words):
            if any(k in covered for k in range(first, last + 1)):
                continue
            run_words = self.words[first : last + 1]
            name = self.doc.text[run_words[0].start : run_words[-1].end]
            if run_words[-1].lower.endswith(("'s", "’s")):
                name = name[:-2]
            if self.matcher.countries.lookup(name) is not None or self.matcher.phrases.lookup(name) is not None:
                continue
            key = phrase_key(name)
            if not key:
                continue
            start, end = run_words[0].start, run_words[-1].end
            if len(key) < 2:
                known = self.by_token.get(key[0], [])
                if len(known) == 1:  # "Reyes disagreed." after "Tom Reyes": a mention a later "he" may mean
                    self.person_mentions.append((start, end, " ".join(phrase_key(known[0].name))))
                profile = self._profile(name)  # "Cha, senior adviser at CSIS," describes Victor Cha
                if profile is None or profile.type is not None:
                    continue
            else:
                self.person_mentions.append((start, end, " ".join(key)))
                if " ".join(key) not in self.profiles:
                    self.profiles[" ".join(key)] = _Profile(name)
                    for token in {key[0], key[-1]}:
                        self.by_token.setdefault(token, []).append(self.profiles[" ".join(key)])
                profile = self.profiles[" ".join(key)]
            if profile.type is None:
                sentence_start = max(self.doc.text.rfind(". ", 0, start) + 1, self._paragraph_start(start))
                before = Span(max(sentence_start, start - 70), start)
                self._fill_profile(profile, before, Span(end, self._appositive_end(end)))

    def _appositive_end(self, end: int) -> int:
        text = self.doc.text
        if text[end : end + 2] != ", ":
            return end
        stop = len(text)
        for mark in (",", ".", ";", "\n", "“", '"'):
            found = text.find(mark, end + 2)
            if found != -1:
                stop = min(stop, found)
        return min(stop, end + 120)

    def _fill_profile(self, profile: _Profile, before: Span, after: Span) -> None:
        text = self.doc.text
        # the words just before the name ("Rand Corp. researcher Bruce Bennett")
        tail = text[before.start : before.end]
        # a dateline's credit ends the words about the name: "MOSCOW (TASS) -- Foreign Minister Sergei Lavrov"
        cut = max(
            tail.rfind(","),
            tail.rfind(". "),
            tail.rfind(" said "),
            tail.rfind(" that "),
            *(tail.rfind(m) for m in ")—–"),
        )
        if (dashes := tail.rfind("--")) != -1:
            cut = max(cut, dashes + 1)
        leading = ""
        if cut != -1:
            if not tail[cut + 1 :].strip() and tail[:cut].strip():
                # "the UN's special rapporteur on Myanmar, Tom Andrews,": the description comes first
                earlier = tail[:cut]
                leading = earlier[max(earlier.rfind(","), earlier.rfind(". ")) + 1 :]
            tail = tail[cut + 1 :]
        for window in (tail, text[after.start : after.end], leading):
            if not window.strip() or _FORMER.search(window):
                continue  # "a former White House official" says nothing of who speaks now
            found = self._describe(window)
            if found is not None:
                profile.type, profile.organization, profile.country = found
                return
        if any(w.bare in lexicon().word_set("organisation_roles") for w in words_in(tail)):
            # "Executive Director Kenneth Roth": a role at the organisation the paragraph is about
            organisation = self._paragraph_organisation(before.end)
            if organisation is not None:
                entity = self.matcher.ruleset.entities[organisation]
                profile.type, profile.organization, profile.country = entity.type.value, organisation, entity.country

    def _paragraph_start(self, at: int) -> int:
        index = bisect.bisect_right(self.paragraph_starts, at)
        return self.paragraph_starts[index - 1] if index else 0

    def _paragraph_organisation(self, at: int) -> str | None:
        """The nearest organisation (not a person, not a government) named earlier in the paragraph, passing
        over those in an agent or addressee phrase ("a report seen by Reuters", "told Reuters")."""
        paragraph_start = self._paragraph_start(at)
        index = bisect.bisect_left(self.hit_starts, at)
        for hit in reversed(self.entity_hits[:index]):
            if hit.start < paragraph_start:
                return None
            entity = self.matcher.ruleset.entities[hit.value]
            if self._in_adjunct(hit.first_word):
                continue
            if entity.kind is not EntityKind.PERSON and entity.type is not SourceType.GOVERNMENT:
                return hit.value
        return None

    def _in_adjunct(self, first_word: int) -> bool:
        """A name an addressee or a reader of a document, not what the paragraph is about ('told Reuters')."""
        before = [w.bare for w in self.words[max(0, first_word - 2) : first_word]]
        return bool(before) and (
            before[-1] in _ADDRESSEE_MARKERS or (before[-1] == "by" and len(before) == 2 and before[0] in _READ_BY)
        )

    def _describe(self, text: str) -> tuple[str, str | None, str | None] | None:
        """The type (and organisation, country) a role phrase gives: 'researcher at RAND'."""
        words = words_in(text)
        return self._describe_words(words, self.matcher.find_entities(words, text), country_is_state=False)

    @staticmethod
    def _national_delegate(words: list[Word], body: SourceType, country: str | None) -> bool:
        """ "China's UN ambassador", "Iran's envoy to the IAEA": a state's delegate, not the organisation's."""
        return body is SourceType.INTERGOVERNMENTAL and country is not None and any(w.bare in _DELEGATES for w in words)

    def _role_type(self, words: list[Word]) -> str | None:
        """The type of the last role phrase ('spokesman', 'researcher'), or of the body a common noun names as
        its holder ("the union's president" is no government official)."""
        media_head = any(w.bare in _OUTLET_HEADS or w.bare in _MEDIA_NOUNS for w in words)
        roles = [
            h
            for h in self.matcher.phrases.find(words)
            if h.value.type != SourceType.ANONYMOUS.value
            and (h.value.role != "disclosure" or media_head)  # "state-backed associations" are no media
        ]
        if not roles:
            return None
        if media_head and any(h.value.type == SourceType.STATE_MEDIA.value for h in roles):
            return SourceType.STATE_MEDIA.value  # "the official newspaper of the party" is the party's medium
        role = roles[-1].value.type
        owner = words[roles[-1].first_word - 1] if roles[-1].first_word > 0 else None
        if owner is not None and owner.lower.endswith("'s") and not owner.capitalized:
            return _POSSESSOR_TYPES.get(owner.bare, role)  # "the ministry's spokesman" stays government
        if owner is not None and not owner.capitalized and owner.bare in _POSSESSOR_TYPES:
            return _POSSESSOR_TYPES[owner.bare]  # "union leader Tom Reyes" leads a union, not a government
        return role

    def _country_hits(self, words: list[Word]) -> list[Hit[CountryInfo]]:
        """Countries the words name, with short names ('the North') of countries the article has named."""
        hits = self.matcher.countries.find(words)
        if not self.matcher.short_countries.starts:
            return hits
        for hit in self.matcher.short_countries.find(words):
            last = words[hit.last_word]
            following = words[hit.last_word + 1] if hit.last_word + 1 < len(words) else None
            continued = following is not None and following.capitalized and not last.lower.endswith("'s")
            if not last.capitalized or continued:
                continue  # "the north of the country", "the North Atlantic"
            if hit.value.code in self._named_countries():
                hits.append(hit)
        return sorted(hits, key=lambda hit: hit.start)

    def in_country(self, source: Source, country: str) -> Source | None:
        """The body of `country` a bare 'the Defense Ministry' names, when the outlet relaying it is that
        country's: read as "Russia's Defense Ministry" after 'TASS cited the Defense Ministry'."""
        info = self.matcher.ruleset.countries.get(country)
        bare = re.sub(r"^(?:the|The)\s+", "", source.text)
        if info is None or not bare[:1].isupper():
            return None
        for prefix in (f"{info.names[0]}'s", *info.demonyms[:1]):
            spelled = f"{prefix} {bare}"
            spelled_words = words_in(spelled)
            hits = self.matcher.find_entities(spelled_words, spelled)
            entity_id = hits[-1].value if hits and hits[-1].last_word == len(spelled_words) - 1 else None
            if entity_id is not None and self.matcher.ruleset.entities[entity_id].kind is not EntityKind.PERSON:
                return self._entity_source(entity_id, Mention(source.text, source.start, source.end))
        return None

    def _with_short_names_spelled_out(self, words: list[Word]) -> str | None:
        """The entity the words name once a short country name in them is spelled out: 'the North's Foreign
        Ministry' read as 'North Korea's Foreign Ministry'."""
        short = [hit for hit in self._country_hits(words) if hit not in self.matcher.countries.find(words)]
        if not short:
            return None
        hit = short[0]
        text = self.doc.text
        name = self.matcher.ruleset.countries[hit.value.code].names[0]
        possessive = text[hit.end : hit.end + 2] if text[hit.end : hit.end + 2] in ("'s", "’s") else ""
        spelled = f"{name}{possessive}{text[hit.end + len(possessive) : words[-1].end]}"
        spelled_words = words_in(spelled)
        hits = self.matcher.find_entities(spelled_words, spelled)
        if hits:
            return hits[-1].value
        return self._fuzzy(spelled_words)

    def _named_countries(self) -> set[str]:
        if self._countries_named is None:
            self._countries_named = {hit.value.code for hit in self.matcher.countries.find(self.words)}
        return self._countries_named

    def _country(self, words: list[Word]) -> str | None:
        """The first country the words name, passing over one inside a body's name ('the University of North
        Korean Studies in Seoul' is in South Korea)."""
        hits = self._country_hits(words)
        outside = [h for h in hits if not self._opens_body_name(words, h)]
        return (outside or hits)[0].value.code if hits else None

    @staticmethod
    def _opens_body_name(words: list[Word], hit: Hit[CountryInfo]) -> bool:
        """A country word inside the capitalised name of a body that is not the state: 'German Marshall Fund',
        'University of North Korean Studies'."""

        def in_name(k: int) -> bool:
            return words[k].capitalized or words[k].bare in _BODY_NAME_LINKS

        first, last = hit.first_word, hit.last_word
        while first > 0 and in_name(first - 1):
            first -= 1
        while last + 1 < len(words) and in_name(last + 1):
            last += 1
        around = [k for k in range(first, last + 1) if not hit.first_word <= k <= hit.last_word]
        return any(words[k].capitalized and words[k].bare in _NON_STATE_HEADS for k in around)

    # --- phrases ------------------------------------------------------------------------

    def resolve(self, phrase: Phrase, *, at: int, remember: bool = True) -> Source | None:
        text = self.doc.text[phrase.span.start : phrase.span.end]
        source = self._resolve_text(text, phrase, at)
        if source is not None and remember:
            self.history.append(source)
            if source.person and source.type not in (None, SourceType.INDIVIDUAL.value):
                self.described_people[source.name] = (source.type, source.organization, source.country)
        return source

    def _resolve_text(self, text: str, phrase: Phrase, at: int) -> Source | None:
        span = phrase.span
        words = words_in(self.doc.text, span.start, span.end)
        if not words:
            return None
        lows = [w.bare for w in words]
        mention = Mention(text, span.start, span.end)
        lex = lexicon()
        # pronouns and referring nouns point back
        if len(lows) == 1 and lows[0] in lex.person_pronouns:
            previous = self._previous_person(at)
            if previous is None:
                return mention.source(text, person=True)
            return mention.same_as(previous)
        if lows in (["another"], ["a", "second"], ["a", "third"]):
            return self._another(mention, at)
        if len(lows) == 1 and lows[0] in lex.plural_pronouns | lex.thing_pronouns:
            plural = lows[0] in lex.plural_pronouns
            previous = self._previous(person=False, before=at, plural=plural) or self._previous(person=None, before=at)
            named = None if plural else self._body_named_since(previous.start if previous else -1, at)
            if named is not None:
                return self._entity_source(named, mention)  # "CCTV showed footage, which it said were ..."
            if previous is None:
                return mention.source(text)
            return mention.same_as(previous)
        if len(lows) == 2 and lows[0] == "the" and lows[1] in lex.plural_heads:
            earlier = self._plural_named_before(lows[1], at)
            if earlier is not None:
                return mention.same_as(earlier)  # "U.S. intelligence officials told NBC ... the officials continued"
        role = self._role_anaphor(words, lows)
        if role is not None:
            described = self._unnamed_with_head(lows[-1], at)
            if described is not None:
                return mention.same_as(described)  # "A senior European diplomat said ... the diplomat said"
            previous = self._previous_person(at, prefer_type=role, country=self._country(words))
            if previous is not None and self._may_hold(previous, lows[-1]):
                return mention.same_as(previous)
        if lows[0] == "the" and 2 <= len(lows) <= 3 and not any(w.capitalized for w in words[1:]):
            noun = " ".join(lows[1:])
            possessed = any(w.lower.endswith(("'s", "’s")) for w in words[1:-1])  # "the inquiry's report"
            if lows[-1] in _REFERRING_NOUNS and not possessed:
                # "the report" points to an identified source, not to "the images" it was just about
                previous = self._previous(person=None, before=at, identified=True) or self._previous(
                    person=None, before=at
                )
                if previous is not None:
                    return mention.same_as(previous)
            before = bisect.bisect_left(self.hit_starts, at)
            recent = [(h.start, h.value) for h in self.entity_hits[max(0, before - NOUN_REACH) : before]]
            speakers = [(s.start, s.entity) for s in self.history[-NOUN_REACH:] if s.entity and s.start < at]
            mentioned = [entity for _, entity in sorted(recent + speakers)]  # the nearest last
            entity_id = self.matcher.entity_by_noun(noun, mentioned) or self.matcher.entity_by_noun(lows[-1], mentioned)
            unknown = self._last_unknown_outlet(lows[-1], at)
            if unknown is not None and (entity_id is None or unknown[0] > self._last_mention(entity_id, at)):
                return self._unknown_outlet_source(unknown[1], mention)
            if entity_id is not None:
                return self._entity_source(entity_id, mention)
        if lows[0] in ("a", "an") and not any(w.capitalized for w in words[1:]):
            ahead = self._named_ahead(words, span.end)
            if ahead is not None:
                return self._entity_source(ahead, mention)
        relative = self._relative_of_named(words)
        if relative is not None:
            # "the powerful sister of leader Kim Jong Un said": the sister speaks, most likely the person
            # the article was already quoting
            previous = self._previous_person(at)
            if previous is not None and normalize_name(previous.name) not in normalize_name(text):
                return mention.same_as(previous)
            return mention.source(text, type=relative.type, country=relative.country, person=True)
        hits = self.matcher.find_entities(words, self.doc.text)
        descriptor_words = (
            words_in(self.doc.text, phrase.descriptor.start, phrase.descriptor.end) if phrase.descriptor else []
        )
        described_outlet = self._described_outlet(words)
        if described_outlet is not None:
            return self._unknown_outlet_source(described_outlet, mention)
        if self._unnamed_member(words):
            # "a source in the Russian Defense Ministry": deliberately unnamed, whatever body they are in
            return mention.source(text, type=SourceType.ANONYMOUS.value, country=self._country(words))
        person_run = self._person_run(words, hits)
        if person_run is not None and not (len(words) == 1 and words[0].text in self.acronyms):
            return self._person_source(person_run, words, hits, descriptor_words, mention)
        if hits:
            # the last entity named is the head: "Pyongyang's official KCNA", "a spokesman for the ministry"
            return self._entity_source(hits[-1].value, mention)
        fuzzy = self._fuzzy(words)
        if fuzzy is not None:
            return self._entity_source(fuzzy, mention)
        spelled = self._with_short_names_spelled_out(words)
        if spelled is not None:
            return self._entity_source(spelled, mention)  # "the North's Foreign Ministry"
        shortened = self._short_form_of_mentioned(words, at)
        if shortened is not None:
            return self._entity_source(shortened, mention)
        run_together = _run_together_aliases(self.matcher)
        joined = next((run_together[w.lower] for w in words if w.text != w.lower and w.lower in run_together), None)
        if joined is not None:
            return self._entity_source(joined, mention)  # "38North" for "38 North"
        return self._generic_source(words, descriptor_words, mention)

    @staticmethod
    def _unnamed_member(words: list[Word]) -> bool:
        """'a source in the ministry', 'two officials at the Pentagon', 'one diplomat from Seoul'."""
        if len(words) < 4 or words[0].bare not in _UNNAMED_QUANTIFIERS:
            return False
        for k in range(1, min(len(words) - 1, UNNAMED_HEAD_REACH)):
            head = words[k].bare
            if head in _ANONYMOUS_HEADS or (head.endswith("s") and head[:-1] in _ANONYMOUS_HEADS):
                return words[k + 1].bare in _MEMBERSHIP_LINKS
        return False

    def _body_named_since(self, after: int, at: int) -> str | None:
        """The last organisation named in the paragraph of `at`, after the last speaker: what 'it' means."""
        since = max(after + 1, self._paragraph_start(at))
        index = bisect.bisect_left(self.hit_starts, at) - 1
        while index >= 0 and self.entity_hits[index].start >= since:
            entity_id = self.entity_hits[index].value
            if self.matcher.ruleset.entities[entity_id].kind is not EntityKind.PERSON:
                return entity_id
            index -= 1
        return None

    def _short_form_of_mentioned(self, words: list[Word], at: int) -> str | None:
        """'said according to Fars' after 'the Fars News Agency reported': the leading words of an entity
        the article has named in full, and that are not a place or an everyday word."""
        if not all(w.capitalized for w in words) or self.matcher.countries.find(words):
            return None
        if all(w.bare in common_words() for w in words):
            return None
        before = bisect.bisect_left(self.hit_starts, at)
        for hit in reversed(self.entity_hits[max(0, before - NOUN_REACH) : before]):
            named = self.words[hit.first_word : hit.last_word + 1] if hit.last_word < len(self.words) else []
            if len(named) > len(words) and [w.bare for w in named[: len(words)]] == [w.bare for w in words]:
                return hit.value
        return None

    def _role_anaphor(self, words: list[Word], lows: list[str]) -> str | None:
        """'the scholar', 'the Belarusian leader': the type their role word gives, or ''."""
        if lows[0] != "the" or not 2 <= len(lows) <= 4:
            return None
        if any(w.capitalized for w in words[1:]) and self.matcher.countries.find(words[1:]) == []:
            return None
        tail = self.matcher.phrases.lookup(" ".join(w.text for w in words[-2:])) or self.matcher.phrases.lookup(
            words[-1].text
        )
        if tail is None or tail.role != "descriptor" or lows[-1] in _REFERRING_NOUNS or tail.type in MEDIA:
            return None
        if self.matcher.nouns.get(lows[-1]):
            return None  # "the agency", "the newspaper": an entity noun, resolved against entities
        if words[-1].bare in _POSSESSOR_TYPES or words[-1].bare in lexicon().non_person_heads:
            return None  # "the automaker", "the union": a body, never the last person who spoke
        return tail.type

    def _another(self, mention: Mention, at: int) -> Source:
        """'"…," one diplomat said. "…," another said.': a second source of the kind just quoted, not the same one."""
        previous = self._previous(person=None, before=at)
        if previous is None or not previous.name:
            return mention.source(mention.text)
        head = previous.name.split()[-1]
        return replace(
            previous,
            text=mention.text,
            name=f"{mention.text} {head}",
            start=mention.start,
            end=mention.end,
            entity=None,
        )

    def _may_hold(self, person: Source, role: str) -> bool:
        """Whether the person could be 'the <role>': their title says so, or the article gives none that
        contradicts it ('the governor' is not 'Kremlin spokesman Dmitry Peskov')."""
        titled = [w.bare for w in words_in(person.text) if not w.capitalized]
        stated = [w for w in titled if w in _TITLES_AND_ROLES]
        return not stated or role in stated

    def _unnamed_with_head(self, head: str, at: int) -> Source | None:
        """The last unnamed speaker described with the same head noun, unless a named person spoke since."""
        for source in reversed(self.history[-PRONOUN_REACH:]):
            if source.start >= at or source.entity is not None:
                continue
            words = words_in(source.text)
            if not words:
                continue
            if words[0].bare in ("a", "an", "one") and words[-1].bare == head:
                return source
            if source.person and source.name[:1].isupper():
                return None  # "Nasser Kanaani said ... the diplomat said": a named person spoke since
        return None

    def _previous_person(self, at: int, prefer_type: str | None = None, country: str | None = None) -> Source | None:
        """The person a pronoun or role word refers to: the latest speaker or named person before `at`."""
        self._people()
        recent = self.history[-PRONOUN_REACH:]
        speakers = [
            s for s in recent if s.start < at and ((s.person and s.name[:1].isupper()) or _is_unnamed_person(s))
        ]
        upto = bisect.bisect_left(self.person_mentions, (at, 0, ""))
        mentions = [m for m in self.person_mentions[max(0, upto - PRONOUN_REACH) : upto] if m[1] <= at]
        # a pronoun more often continues the current speaker than a person merely mentioned since
        candidates: list[tuple[int, Source | tuple[int, int, str]]] = [
            (s.start + SPEAKER_SALIENCE, s) for s in speakers
        ]
        # unless that person is a sentence's subject ("Reyes disagreed. He said ...")
        candidates += [(m[0] + (SPEAKER_SALIENCE if self._opens_sentence(m[0]) else 0), m) for m in mentions]
        # people the rules know, named but not yet quoted ("Kim Jong Un inspected a factory. He said ...")
        before = bisect.bisect_left(self.hit_starts, at)
        for hit in self.entity_hits[max(0, before - PRONOUN_REACH) : before]:
            if self.matcher.ruleset.entities[hit.value].kind is EntityKind.PERSON and hit.end <= at:
                named = self._entity_source(hit.value, Mention(self.doc.text[hit.start : hit.end], hit.start, hit.end))
                candidates.append((hit.start + (SPEAKER_SALIENCE if self._opens_sentence(hit.start) else 0), named))
        candidates.sort(key=lambda c: c[0])
        chosen: Source | None = None
        for _, candidate in reversed(candidates):
            source = candidate if isinstance(candidate, Source) else self._mention_source(candidate)
            if source is None:
                continue
            if country is not None and source.country not in (None, country):
                continue  # "the Belarusian leader" is not Russia's foreign minister
            if prefer_type is None or source.type == prefer_type:
                return source
            if chosen is None:
                chosen = source
        return chosen

    def _relative_of_named(self, words: list[Word]) -> Source | None:
        """The person a kinship word relates the speaker to ('sister of Kim Jong Un', "Kim Jong Un's sister"),
        resolved, or None when the words name no relative."""
        for k, word in enumerate(words):
            if word.bare not in _KINSHIP_NOUNS:
                continue
            if k + 2 < len(words) and words[k + 1].bare == "of":
                named = words[k + 2 :]
            elif k > 0 and words[k - 1].lower.endswith("'s") and words[k - 1].capitalized:
                named = words[:k]
            else:
                continue
            mention = Mention(self.doc.text[named[0].start : named[-1].end], named[0].start, named[-1].end)
            hits = self.matcher.find_entities(named, self.doc.text)
            people = [h for h in hits if self.matcher.ruleset.entities[h.value].kind is EntityKind.PERSON]
            if people:
                return self._entity_source(people[-1].value, mention)
            run = self._person_run(named, hits)
            return self._person_source(run, named, hits, [], mention) if run is not None else None
        return None

    def _referred_body(self, words: list[Word], at: int) -> tuple[str, str | None, str | None] | None:
        """The body 'the group's' or 'the agency's' refers to: the latest entity named before `at` that an
        article may call so."""
        for k in range(len(words) - 1):
            if words[k].bare != "the" or not words[k + 1].lower.endswith("'s"):
                continue
            before = bisect.bisect_left(self.hit_starts, at)
            recent = [hit.value for hit in self.entity_hits[max(0, before - NOUN_REACH) : before]]
            entity_id = self.matcher.entity_by_noun(words[k + 1].bare, recent)
            if entity_id is not None:
                entity = self.matcher.ruleset.entities[entity_id]
                return entity.type.value, entity_id, entity.country
        return None

    def _plural_named_before(self, head: str, at: int) -> Source | None:
        for source in reversed(self.history[-PRONOUN_REACH:]):
            if (
                source.start < at
                and source.text.lower().rsplit(" ", 1)[-1] == head
                and source.text.lower() != f"the {head}"
            ):
                return source
        return None

    def _opens_sentence(self, at: int) -> bool:
        before = self.doc.text[max(0, at - 3) : at].rstrip(' \t"“')
        return not before or before[-1] in ".!?\n"

    def _mention_source(self, mention: tuple[int, int, str]) -> Source | None:
        start, end, _ = mention
        text = self.doc.text[start:end]
        return self._resolve_text(text, Phrase(Span(start, end)), start)

    def _last_mention(self, entity_id: str, before: int) -> int:
        starts = self.hits_by_entity.get(entity_id, [])
        index = bisect.bisect_left(starts, before)
        return starts[index - 1] if index else -1

    def _find_unknown_outlets(self) -> list[tuple[int, str]]:
        """Outlets no rule knows, named in the article ('Myitkyina News Journal'), in text order."""
        found: list[tuple[int, str]] = []
        words = self.words
        for first, last in self._capitalized_runs(words):
            if last == first or self.matcher.entities.find(words[first : last + 1]):
                continue
            outlet = self._outlet_in_run(words, first, last)
            if outlet is not None:
                found.append((words[first].start, outlet))
        return found

    def _find_described_outlets(self) -> None:
        """Outlets the article describes as such: 'Meduza, an independent Russian outlet based in Latvia,'."""
        text = self.doc.text
        for match in _DESCRIBED_OUTLET.finditer(text):
            name = match.group("name")
            if self.matcher.entities.lookup(name) is not None or self.matcher.countries.lookup(name) is not None:
                continue
            description = words_in(text, match.start("description"), match.end("description"))
            state_run = bool(self.matcher.disclosures.find(description))
            kind = SourceType.STATE_MEDIA if state_run else SourceType.INDEPENDENT_MEDIA
            self.described_outlets[normalize_name(name)] = (kind.value, self._country(description))
            bisect.insort(self.unknown_outlets, (match.start("name"), name))

    def _described_outlet(self, words: list[Word]) -> str | None:
        if not self.described_outlets or not words:
            return None
        name = self.doc.text[words[0].start : words[-1].end]
        return name if normalize_name(name) in self.described_outlets else None

    def _unknown_outlet_source(self, name: str, mention: Mention) -> Source:
        kind, country = self.described_outlets.get(normalize_name(name), (SourceType.INDEPENDENT_MEDIA.value, None))
        return mention.source(name, type=kind, country=country)

    def _last_unknown_outlet(self, noun: str, before: int) -> tuple[int, str] | None:
        """The latest unknown outlet before `before`, when `noun` refers to an outlet ("the newspaper")."""
        if noun not in lexicon().word_set("outlet_nouns"):
            return None
        index = bisect.bisect_left(self.unknown_outlets, (before, ""))
        return self.unknown_outlets[index - 1] if index else None

    def _named_ahead(self, words: list[Word], after: int) -> str | None:
        """'a pro-Pyongyang newspaper said ... according to the Choson Sinbo': the entity named next."""
        head = words[-1].bare  # "a daily briefing" is a briefing, not a daily
        owners = self.matcher.nouns.get(head)
        if not owners:
            return None
        for hit in self.entity_hits:
            if after <= hit.start <= after + CATAPHORA_REACH and hit.value in owners:
                return hit.value
        return None

    def _previous(
        self, *, person: bool | None, before: int, plural: bool | None = None, identified: bool = False
    ) -> Source | None:
        for source in reversed(self.history):
            if source.start >= before or (identified and source.type is None):
                continue
            if plural is not None and self._is_plural(source) != plural and not (plural and source.entity):
                continue
            if person is None or source.person == person:
                return source
        return None

    @staticmethod
    def _is_plural(source: Source) -> bool:
        if source.entity is not None:
            return False
        heads = lexicon().plural_heads
        return any(w.bare in heads for w in words_in(source.text))

    def _entity_source(self, entity_id: str, mention: Mention) -> Source:
        entity = self.matcher.ruleset.entities[entity_id]
        person = entity.kind is EntityKind.PERSON
        organization = None
        if person:
            organization = next((a.entity for a in entity.affiliations if a.current), None)
        return mention.source(
            entity.name,
            entity=entity_id,
            type=entity.type.value,
            country=entity.country,
            person=person,
            organization=organization,
        )

    def _fuzzy(self, words: list[Word]) -> str | None:
        capitalized = [w for w in words if w.capitalized]
        if len(capitalized) < 2:
            return None
        first = words.index(capitalized[0])
        last = words.index(capitalized[-1])
        candidate = " ".join(w.text for w in words[first : last + 1])
        return self.matcher.fuzzy_entity(candidate)

    def _person_run(self, words: list[Word], hits: list[Hit[str]]) -> tuple[int, int] | None:
        """The last capitalised run in the phrase that is a person's name, not an entity or a place."""
        spans = [(h.first_word, h.last_word) for h in hits]
        spans += [(h.first_word, h.last_word) for h in self._country_hits(words)]
        spans += [(h.first_word, h.last_word) for h in self.matcher.phrases.find(words)]
        covered = {k for first, last in spans for k in range(first, last + 1)}
        lex = lexicon()
        runs = [r for r in self._name_runs(words) if not any(k in covered for k in range(r[0], r[1] + 1))]
        runs = [r for r in runs if words[r[0]].bare not in lex.titles]
        runs = [r for r in runs if not any(w.bare in lex.non_person_heads for w in words[r[0] : r[1] + 1])]
        runs = [r for r in runs if words[r[1]].bare not in _BODY_NAME_HEADS]  # "Brockbank Holdings" is no person
        if not runs:
            return None
        first, last = runs[-1]
        after_title = first > 0 and words[first - 1].bare.rstrip(".") in lex.titles
        if first == last and not after_title and not self._known_single_name(words[first]):
            # one capitalised word ("Western") is a name only if the article or rules know it, or a title
            # precedes it ("Gen. Milley", "Defense Minister Nakatani")
            return None
        return first, last

    def _known_single_name(self, word: Word) -> bool:
        self._people()
        key = word.bare
        if key in self.matcher.surnames:
            return True
        return key in self.by_token  # the first or last word of a full name the article gives

    def _person_source(
        self,
        run: tuple[int, int],
        words: list[Word],
        hits: list[Hit[str]],
        descriptor_words: list[Word],
        mention: Mention,
    ) -> Source:
        first, last = run
        name_words = words[first : last + 1]
        name = self.doc.text[name_words[0].start : name_words[-1].end]
        if name_words[-1].lower.endswith(("'s", "’s")):
            name = name[:-2]
        name = self._complete_name(name)
        entity_id = self.matcher.entities.lookup(name)
        if entity_id is None:
            key = phrase_key(name)
            if len(key) == 1:
                entity_id = self.matcher.surnames.get(key[0]) or self._person_named_before(key[0], mention.start)
        if entity_id is not None and self.matcher.ruleset.entities[entity_id].kind is EntityKind.PERSON:
            source = self._entity_source(entity_id, mention)
            return replace(source, name=self.matcher.ruleset.entities[entity_id].name)
        # type from the words around the name in this phrase, its descriptor, or its profile
        context = [w for i, w in enumerate(words) if i < first or i > last] + descriptor_words
        described = self._referred_body(context, mention.start)  # "Elaine Pearson, the group's Asia director"
        if described is None and not (context and _FORMER.search(self.doc.text[context[0].start : context[-1].end])):
            described = self._describe_words(context)  # "Cha, who served on the NSC," is not government now
        profile = self._profile(name)
        if described is None and profile is not None and profile.type is not None:
            described = (profile.type, profile.organization, profile.country)
        if described is None:
            shared = self._surname_type(name)
            if shared is not None:
                described = (shared, None, None)
        if described is None:
            described = self._role_named_later(name, mention.start)
        if described is None:
            described = self._described_before(name)
        etype, organization, country = described if described is not None else (SourceType.INDIVIDUAL.value, None, None)
        return mention.source(name, type=etype, country=country, person=True, organization=organization)

    def _person_named_before(self, token: str, before: int) -> str | None:
        """The person entity last named before `before` whose name has `token`: a later 'Kim' is the Kim the
        article named last (Kim Jong Un or Kim Yo Jong), which the name alone cannot tell."""
        if self._people_by_token is None:
            self._people_by_token = {}
            for hit in self.entity_hits:
                entity = self.matcher.ruleset.entities[hit.value]
                if entity.kind is EntityKind.PERSON:
                    for part in set(phrase_key(entity.name)):
                        self._people_by_token.setdefault(part, []).append((hit.start, hit.value))
        named = self._people_by_token.get(token, [])
        index = bisect.bisect_left(named, (before, "")) - 1
        return named[index][1] if index >= 0 else None

    def _described_before(self, name: str) -> tuple[str, str | None, str | None] | None:
        """What an earlier mention of the same person said they are: 'Rep. Yoo of the ruling party' makes
        a later 'Yoo' a party politician too."""
        return self.described_people.get(name)

    def _role_named_later(self, name: str, before: int) -> tuple[str, str | None, str | None] | None:
        """'Iran's foreign ministry spokesman has denounced … The remarks by Ramin Mehmanparast were …':
        the person the article names as the author of a role speaker's remarks holds that role."""
        limit = before + len(name)
        found = next((s for s, e in self._remark_authors().get(name.split()[-1], ()) if e <= limit), None)
        if found is None:
            return None
        for source in reversed(self.history):
            if source.start >= found:
                continue
            if not source.person and source.entity is None and source.type is not None and not source.is_media:
                return source.type, source.organization, source.country  # the role spoke last before the link
            break
        return None

    def _remark_authors(self) -> dict[str, list[tuple[int, int]]]:
        """Where the article says 'the remarks by NAME': each word of NAME to (start, end) of the phrase,
        found in one pass so that asking for every person costs no rescan of the article."""
        if self._remarks_by is None:
            self._remarks_by = {}
            for match in _REMARKS_BY.finditer(self.doc.text):
                for word in match.group("name").split():
                    self._remarks_by.setdefault(word, []).append((match.start(), match.end("name")))
        return self._remarks_by

    def _surname_type(self, name: str) -> str | None:
        """A bare surname shared by several known people of one type ("Kim", two DPRK officials)."""
        key = phrase_key(name)
        if len(key) != 1:
            return None
        types = {
            e.type.value
            for e in self.matcher.ruleset.entities.values()
            if (e.kind is EntityKind.PERSON and phrase_key(e.name)[:1] == key)
            or (e.kind is EntityKind.PERSON and phrase_key(e.name)[-1:] == key)
        }
        return types.pop() if len(types) == 1 else None

    def _describe_words(
        self, words: list[Word], hits: list[Hit[str]] | None = None, *, country_is_state: bool = True
    ) -> tuple[str, str | None, str | None] | None:
        """The type (and organisation, country) that words about a source give: the organisation they name,
        else their role, else (when `country_is_state`) the government of a country they name."""
        if not words:
            return None
        if hits is None:
            hits = self.matcher.entities.find(words)
        org = next(
            (h for h in reversed(hits) if self.matcher.ruleset.entities[h.value].kind is not EntityKind.PERSON),
            None,
        )
        country = self._country(words)
        if org is not None:
            entity = self.matcher.ruleset.entities[org.value]
            if self._national_delegate(words, entity.type, country):
                return SourceType.GOVERNMENT.value, None, country
            return entity.type.value, org.value, entity.country
        named_body = self._named_body_type(words)
        if named_body is not None:
            return named_body, None, country  # "chief strategist at Acme Capital": the body's kind, not the role's
        role_type = self._role_type(words)
        if role_type is not None:
            return role_type, None, country
        if country_is_state and country is not None and not self._in_body_name(words):
            return SourceType.GOVERNMENT.value, None, country
        return None

    def _in_body_name(self, words: list[Word]) -> bool:
        """A country word that opens the name of a body that is not the state ('the German Marshall Fund')."""
        return any(self._opens_body_name(words, hit) for hit in self.matcher.countries.find(words))

    def _profile(self, name: str) -> _Profile | None:
        self._people()
        key = " ".join(phrase_key(name))
        found = self.profiles.get(key)
        if found is not None:
            return found
        if len(key.split()) != 1:
            return None
        candidates = self.by_token.get(key, [])  # a surname, first (Kim Jong Un) or last (Bruce Bennett)
        typed = [p for p in candidates if p.type is not None]
        return typed[0] if typed else (candidates[-1] if candidates else None)
        return None

    def _complete_name(self, name: str) -> str:
        """The fullest earlier form of a short name ("Bennett" -> "Bruce Bennett")."""
        self._people()
        key = phrase_key(name)
        if len(key) != 1:
            return name
        best = name
        best_len = 1
        profiles = self.by_token.get(key[0], [])
        quoted = self._last_quoted_with(key[0], {profile.name for profile in profiles})
        if quoted is not None:
            return quoted  # two Kims in the article: the one the article has been quoting
        for profile in profiles:
            parts = phrase_key(profile.name)
            if len(parts) > best_len:
                best, best_len = profile.name, len(parts)
        known = self.matcher.surnames.get(key[0])
        if best_len == 1 and known is not None:
            best = self.matcher.ruleset.entities[known].name
        return best

    def _last_quoted_with(self, token: str, names: set[str]) -> str | None:
        """When several people share `token` (among `names`, or the rules' people), the latest one quoted."""
        shared_by_rules = token in self.matcher.surnames and self.matcher.surnames[token] is None
        if len(names) < 2 and not shared_by_rules:
            return None
        for source in reversed(self.history[-PRONOUN_REACH:]):
            if source.person and len(phrase_key(source.name)) > 1 and token in phrase_key(source.name):
                return source.name
        return None

    def _unknown_outlet(self, words: list[Word]) -> str | None:
        """'Myitkyina News Journal', 'Myanmar Times': an outlet no rule knows, named by its head word."""
        runs = [(first, last) for first, last in self._capitalized_runs(words) if last > first]
        for first, last in reversed(runs):
            found = self._outlet_in_run(words, first, last)
            if found is not None:
                return found
        return None

    def _unknown_outlet_named(self, words: list[Word]) -> str | None:
        """An unknown outlet these words name, unless they end in a country ('... of Korea')."""
        outlet = self._unknown_outlet(words)
        if outlet is None:
            return None
        led = words_in(outlet)[0].bare in _OUTLET_LEADS
        return outlet if led or not self.matcher.countries.find(words[-1:]) else None

    def _outlet_in_run(self, words: list[Word], first: int, last: int) -> str | None:
        """The outlet a capitalised run names by its head ('... News Journal') or lead ('Voice of ...')."""
        if words[last].bare in _OUTLET_HEADS:
            return self.doc.text[words[first].start : words[last].end]
        for k in range(first, last - 1):
            if words[k].bare in _OUTLET_LEADS and words[k + 1].bare == "of":
                return self.doc.text[words[k].start : words[last].end]
        return None

    def _spaced(self, left: Word, right: Word) -> bool:
        """Only white space between two words of the article (offsets into the document)."""
        return self.doc.text[left.end : right.start].isspace()

    def _named_body_type(self, words: list[Word]) -> str | None:
        """The kind of a body no rule knows, by the head word of its name: 'Acme Capital', 'Seoul National
        University', 'Brockbank Holdings'."""
        for first, last in reversed(self._capitalized_runs(words)):
            if last > first and words[last].bare in _BODY_NAME_HEADS:
                return _POSSESSOR_TYPES.get(words[last].bare)
        return None

    def _capitalized_runs(self, words: list[Word]) -> list[tuple[int, int]]:
        runs: list[tuple[int, int]] = []
        i = 0
        while i < len(words):
            if words[i].capitalized:
                j = i
                while j + 1 < len(words) and self._spaced(words[j], words[j + 1]):
                    if words[j + 1].capitalized:
                        j += 1  # "... News Journal. The newspaper": a full stop ends the name
                    elif (
                        words[j + 1].bare == "of"
                        and j + 2 < len(words)
                        and words[j + 2].capitalized
                        and self._spaced(words[j + 1], words[j + 2])
                    ):
                        j += 2  # "Voice of Myanmar"
                    else:
                        break
                runs.append((i, j))
                i = j + 1
            else:
                i += 1
        return runs

    def _generic_source(self, words: list[Word], descriptor_words: list[Word], mention: Mention) -> Source:
        text = mention.text
        spelled_out = [self.acronyms[w.text] for w in words if w.text in self.acronyms]
        if spelled_out:
            long_form = spelled_out[-1]
            long_words = words_in(self.doc.text, long_form.start, long_form.end)
            expanded_outlet = self._unknown_outlet_named(long_words)
            if expanded_outlet is not None:
                return mention.source(expanded_outlet, type=SourceType.INDEPENDENT_MEDIA.value)
            described = self._describe_words(long_words)
            if described is not None and described[1] is not None:
                return self._entity_source(described[1], mention)  # "(NIS)" after "the National Intelligence Service"
            if described is not None:
                long_text = self.doc.text[long_form.start : long_form.end]
                return mention.source(long_text, type=described[0], country=described[2], organization=described[1])
        described_as = _POSSESSOR_TYPES.get(descriptor_words[-1].bare) if descriptor_words else None
        if described_as is not None:  # "The operator, National Express, said": a company, whatever its name spells
            return mention.source(text, type=described_as, country=self._country(words))
        outlet = self._unknown_outlet_named(words)
        if outlet is not None:
            return mention.source(outlet, type=SourceType.INDEPENDENT_MEDIA.value)
        phrase_hits = self.matcher.phrases.find(words)
        country_hits = self._country_hits(words)
        country = country_hits[0].value.code if country_hits else None
        # anonymity: an unnamed source or an official with no name and no institution
        anonymous = [h for h in phrase_hits if h.value.type == SourceType.ANONYMOUS.value]
        unnamed = [h for h in self.matcher.phrases.find(descriptor_words) if h.value.type == SourceType.ANONYMOUS.value]
        if any(w.bare in _UNNAMED_MARKERS for w in words):
            return mention.source(text, type=SourceType.ANONYMOUS.value, country=country)  # "unnamed officials"
        indefinite = words[0].bare in ("a", "an")
        # "a senior European diplomat", "one diplomat": deliberately unnamed (but "a diplomat" is a phrase of its own)
        unnamed_head = ((indefinite and len(words) > 2) or (words[0].bare == "one" and len(words) > 1)) and words[
            -1
        ].bare in _ANONYMOUS_HEADS
        if unnamed or unnamed_head or (anonymous and (country is None or indefinite)):
            return mention.source(text, type=SourceType.ANONYMOUS.value, country=country)
        named_body = self._named_body_type(words)
        if named_body is not None:  # "a spokesman for Brockbank Holdings" speaks for a company
            return mention.source(text, type=named_body, country=country)
        sources = [h for h in phrase_hits if h.value.role == "source" and h.value.type != SourceType.ANONYMOUS.value]
        if sources:
            info: PhraseInfo = sources[-1].value
            return mention.source(text, type=info.type, country=country if info.takes_country else None)
        if country_hits and len(country_hits) == 1 and self._only_country(words, country_hits[0]):
            return self._country_source(country_hits[0].value, mention)
        described = self._describe_words(words + descriptor_words)
        if described is not None:
            etype, organization, described_country = described
            return mention.source(text, type=etype, country=described_country, organization=organization)
        if anonymous:
            return mention.source(text, type=SourceType.ANONYMOUS.value, country=country)
        body = _POSSESSOR_TYPES.get(words[-1].bare)  # "the union said", "the automaker said"
        return mention.source(text, type=body, country=country)

    def _only_country(self, words: list[Word], hit: Hit[CountryInfo]) -> bool:
        rest = [w for i, w in enumerate(words) if not hit.first_word <= i <= hit.last_word and w.bare not in ("the",)]
        return not rest and hit.value.form in ("name", "capital")

    def _country_source(self, info: CountryInfo, mention: Mention) -> Source:
        country = self.matcher.ruleset.countries[info.code]
        if country.government is not None and country.government in self.matcher.ruleset.entities:
            source = self._entity_source(country.government, mention)
            return replace(source, name=mention.text)
        return mention.source(mention.text, type=SourceType.GOVERNMENT.value, country=info.code)


def _long_form(definition: re.Match[str]) -> Span:
    """The words an acronym stands for, from the start of their sentence ('… Wednesday. The National
    Intelligence Service (NIS)' defines NIS as the service, not as 'Wednesday. The …')."""
    words = definition.group(1)
    breaks = list(_SENTENCE_BREAK.finditer(words))
    start = definition.start(1) + (breaks[-1].end() if breaks else 0)
    return Span(start, definition.start(1) + len(words.rstrip()))


def _is_unnamed_person(source: Source) -> bool:
    """'a senior expert asking for anonymity', 'the minister': one person described, not named; 'he' may
    refer to them."""
    words = [w.bare for w in words_in(source.name)]
    described = words[:1] == ["the"] and len(words) <= 4  # "the minister said ... he added"
    return bool(words) and (words[0] in _INDEFINITE or described) and any(w in _UNNAMED_PERSON_HEADS for w in words[1:])


@cache
def _run_together_aliases(matcher: Matcher) -> dict[str, str]:
    """Names of several words as an article may write them in one ("38North"), to their entity."""
    out: dict[str, str] = {}
    for entity_id, entity in matcher.ruleset.entities.items():
        for alias in entity.alias_texts:
            parts = alias.text.split()
            joined = "".join(parts).lower()
            if len(parts) > 1 and len(joined) >= RUN_TOGETHER_MIN:
                out.setdefault(joined, entity_id)
    return out
