"""What words about a source make of it: the body, role or country they name."""

from __future__ import annotations

from itertools import takewhile

from srcflag.attribution.words import DETERMINERS, NAME_LINKS
from srcflag.document import Word, words_in
from srcflag.lexicons import lexicon
from srcflag.matcher import Hit, PhraseInfo
from srcflag.resolve.outlets import OutletReader
from srcflag.resolve.sources import Source
from srcflag.resolve.words import (
    BODY_KIND_NOUNS,
    BODY_KINDS,
    BODY_NAME_HEADS,
    BODY_NOUN_HEADS,
    CENTRES,
    DELEGATES,
    FEMALE_NAMES,
    GOVERNMENT_BODY_HEADS,
    MALE_NAMES,
    MEDIA_NOUNS,
    NON_PERSON_HEADS,
    NOUN_REACH,
    ORGANISATION_ROLES,
    OUTLET_HEADS,
    POLICY_NAME_WORDS,
    POSSESSOR_TYPES,
    SPOKESPERSON_WORDS,
    TITLES_AND_ROLES,
    UNDECIDED_BODIES,
)
from srcflag.ruleset.vocabulary import EntityKind, SourceType

JOURNAL_KINDS = lexicon().word_set("journal_kinds")
MARKET_ROLES = lexicon().word_set("market_roles")
APPOSITIVE_ADJECTIVES = 2  # words between an appositive's article and its kind ('a liberal think tank')
UNKNOWN_BODY_WORDS = 6  # words after 'a spokesperson for' searched for a person's name


APPOSITIVE_NOUN_REACH = 60  # characters after a name read for its appositive ('NetChoice, a trade group')
APPOSITIVE_NOUN_WORDS = 4  # words of that appositive up to its noun
WORKPLACE_PREPOSITIONS = frozenset({"at", "with", "of", "from", "for"})  # where someone works
COMMON_BODY_NAME_WORDS = 3  # words between 'head of the' and the body's noun ('the local teachers union')


class DescriptionReader(OutletReader):
    """What words about a source make of it."""

    def _describe(self, text: str) -> tuple[str, str | None, str | None] | None:
        """The type (and organisation, country) a role phrase gives: 'researcher at RAND'."""
        words = words_in(text)
        return self._describe_words(words, self.matcher.find_entities(words, text), country_is_state=False)

    @staticmethod
    def _national_delegate(words: list[Word], body: SourceType, country: str | None) -> bool:
        """ "China's UN ambassador", "Iran's envoy to the IAEA": a state's delegate, not the organisation's."""
        return body is SourceType.INTERGOVERNMENTAL and country is not None and any(w.bare in DELEGATES for w in words)

    def _role_type(self, words: list[Word]) -> str | None:
        """The type of the last role phrase ('spokesman', 'researcher'), or of the body a common noun names as
        its holder ("the union's president" is no government official)."""
        media_head = any(w.bare in OUTLET_HEADS or w.bare in MEDIA_NOUNS for w in words)
        roles = [
            h
            for h in self.matcher.phrases.find(words)
            if h.value.type != SourceType.ANONYMOUS.value
            and (h.value.role != "disclosure" or media_head)  # "state-backed associations" are no media
            and not _in_body_name(words, h)
        ]
        led = _led_common_body(words)
        if led is not None:
            return led  # "president of the Teamsters union" leads a union, not a government
        if not roles:
            return self._owner_of_role(words)
        if media_head and any(h.value.type == SourceType.STATE_MEDIA.value for h in roles):
            return SourceType.STATE_MEDIA.value  # "the official newspaper of the party" is the party's medium
        role = roles[-1].value.type
        after = roles[-1].last_word + 1
        owned = self._owner_of_role(words[after:])
        if owned is not None:
            return owned  # "the company and the city's transportation director"
        speaks_for = (
            words[roles[-1].last_word].bare in SPOKESPERSON_WORDS
            and after + 1 < len(words)
            and words[after].bare in ("for", "of", "at")
        )
        if speaks_for and self._unknown_body_at(words, after + 1):
            return None  # "a spokesperson for Pfizer": whom they speak for decides, and no rule knows it
        if speaks_for and words[after + 1].bare in DETERMINERS and after + 2 < len(words):
            body = POSSESSOR_TYPES.get(words[-1].bare) if words[-1].bare not in UNDECIDED_BODIES else None
            if body is not None:
                return body  # "a spokesman for his publisher", "a spokeswoman for the union"
        if (
            words[roles[-1].last_word].bare in MARKET_ROLES
            and after + 1 < len(words)
            and words[after].bare in ("at", "with")
            and self._unknown_body_at(words, after + 1)
        ):
            # "an analyst at Bernstein", "economists at Capital Economics": a body whose name says no kind; a
            # think tank's or a university's would ("Institute", "Center", "University"), so most likely a bank or
            # a firm
            return SourceType.COMPANY.value
        owner = words[roles[-1].first_word - 1] if roles[-1].first_word > 0 else None
        # "a Microsoft spokesperson" (but "Conservative Party spokesman": the phrase names the kind of body)
        spokes = words[roles[-1].last_word].bare in ("spokesman", "spokeswoman", "spokesperson")
        spokes = spokes and roles[-1].first_word == roles[-1].last_word
        if owner is not None and spokes and self._unknown_owner(owner):
            return None  # "a Microsoft spokesperson": whom they speak for decides, and no rule knows it
        if owner is not None and owner.lower.endswith("'s") and not owner.capitalized:
            return POSSESSOR_TYPES.get(owner.bare, role)  # "the ministry's spokesman" stays government
        if owner is not None and not owner.capitalized and owner.bare in POSSESSOR_TYPES:
            return POSSESSOR_TYPES[owner.bare]  # "union leader Tom Reyes" leads a union, not a government
        return role

    @staticmethod
    def _owner_of_role(words: list[Word]) -> str | None:
        """'the city's transportation director': a role no phrase lists, held in a body a common noun names."""
        if not words or words[-1].bare not in ORGANISATION_ROLES:
            return None
        owner = next((w for w in words if w.lower.endswith("'s") and not w.capitalized), None)
        if owner is None or owner.bare in UNDECIDED_BODIES:
            return None  # "the campaign's national director"
        return POSSESSOR_TYPES.get(owner.bare)

    def _unknown_owner(self, word: Word) -> bool:
        """A capitalised word before a role that names a body no rule knows: no article, country, title, or name
        the article or the rules give a person ('a Microsoft spokesperson', not 'Clinton spokesman')."""
        bare = word.bare.rstrip(".")
        names = (FEMALE_NAMES, MALE_NAMES, lexicon().titles, self.matcher.surnames, self.by_token)
        return (
            word.capitalized
            and bare not in DETERMINERS
            and bare not in lexicon().non_person_heads  # "State spokesman", "Party officials": a body's own word
            and word.text not in self.acronyms  # "GSA spokeswoman": the article spells the body out
            and not any(bare in known for known in names)
            and not self._country_hits([word])
            and not self.matcher.entities.find([word])
            and not self.matcher.phrases.find([word])
        )

    def _unknown_body_at(self, words: list[Word], first: int) -> bool:
        """A capitalised name from `first` to the phrase's end ('for Pfizer', not 'for Democratic candidate
        [name]') that no rule knows and that is no person: no title, given name or name the article gives anyone."""
        name = words[first:]
        if not name[0].capitalized or not all(w.capitalized or w.bare in NAME_LINKS for w in name):
            return False
        titles, surnames = lexicon().titles, self.matcher.surnames
        for word in name[:UNKNOWN_BODY_WORDS]:
            bare = word.bare.rstrip(".")
            if any(bare in names for names in (FEMALE_NAMES, MALE_NAMES, titles, surnames, self.by_token)):
                return False
        return not self.matcher.entities.find(name) and not self._country_hits(name)

    def _describe_words(
        self, words: list[Word], hits: list[Hit[str]] | None = None, *, country_is_state: bool = True
    ) -> tuple[str, str | None, str | None] | None:
        """The type (and organisation, country) that words about a source give: the organisation they name,
        else their role, else (when `country_is_state`) the government of a country they name."""
        if not words:
            return None
        if hits is None:
            hits = [
                h for h in self.matcher.entities.find(words) if not self.matcher.modifies_name(h, words, self.doc.text)
            ]
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

    def _named_body_type(self, words: list[Word]) -> str | None:
        """The kind of a body no rule knows, by the head word of its name: 'Acme Capital', 'Seoul National
        University', 'Brockbank Holdings'."""
        for first, last in reversed(self._capitalized_runs(words)):
            if self._names_a_journal(words, first, last):
                return SourceType.ACADEMIC.value
            kind = None
            if words[last].bare not in DETERMINERS:
                kind = self._kind_named_after(words, last + 1) or self._kind_in_appositive(words, last + 1)
            if kind is not None:
                return kind  # "the Resolution Foundation think tank": the words after the name say what it is
            kind = _kind_named_before(words, first)
            if kind is not None:
                return kind  # "a managing director at consultancy Teneo"
            if last > first and words[last].bare in BODY_NAME_HEADS:
                return POSSESSOR_TYPES.get(words[last].bare)
            lead = self._led_body_type(words, first, last)
            if lead is not None:
                return lead  # "the Society for Acute Medicine", "the American Federation of Teachers"
            # "the Congressional Budget Office", "the Texas Department of Transportation": a public body
            heads = [k for k in range(first, last + 1) if words[k].bare in GOVERNMENT_BODY_HEADS]
            if any((k == last and k > first) or (k < last and words[k + 1].bare == "of") for k in heads):
                return SourceType.GOVERNMENT.value
            opening = first + 1 if words[first].bare == "the" and first < last else first
            if words[opening].bare in GOVERNMENT_BODY_HEADS and last + 2 < len(words) and words[last + 1].bare == "for":
                return SourceType.GOVERNMENT.value  # "the Office for National Statistics"
            if last > opening and words[opening].bare == "national" and words[last].bare == "service":
                return SourceType.GOVERNMENT.value  # "the National Weather Service", "the National Health Service"
        return None

    @staticmethod
    def _names_a_journal(words: list[Word], first: int, last: int) -> bool:
        """'the journal Nature', 'the Lancet medical journal': a scholarly journal, where scholars publish."""
        after = [w.bare for w in words[last + 1 : last + 3]]
        return (first > 0 and words[first - 1].bare == "journal") or (
            after[:1] == ["journal"] or (after[1:] == ["journal"] and after[0] in JOURNAL_KINDS)
        )

    def _kind_in_appositive(self, words: list[Word], at: int) -> str | None:
        """'the Washington Center for Equitable Growth, a liberal think tank': the kind an appositive after the
        name gives, past its article and a few adjectives."""
        if at >= len(words) or words[at].bare not in ("a", "an"):
            return None
        for k in range(at + 1, min(len(words), at + 1 + APPOSITIVE_ADJECTIVES + 1)):
            kind = self._kind_named_after(words, k)
            if kind is not None or words[k].capitalized:
                return kind
        return None

    def _kind_named_after(self, words: list[Word], at: int) -> str | None:
        """The type of a body-kind phrase right after a name ('think tank', 'charity'), if there is one."""
        if at >= len(words) or words[at].capitalized:
            return None
        phrases = self.matcher.phrases
        stop = min(len(words), at + phrases.longest)  # a phrase that starts at `at` ends before this
        hit = next((h for h in phrases.find(words, at, stop) if h.first_word == at), None)
        if hit is None or hit.value.role != "descriptor" or words[hit.last_word].bare not in BODY_KIND_NOUNS:
            return None
        return hit.value.type

    @staticmethod
    def _led_body_type(words: list[Word], first: int, last: int) -> str | None:
        """A name in which a word for a non-state body comes before 'of' or 'for' ('the Society for Acute
        Medicine', 'the Royal College of Nursing', 'the American Federation of Teachers'): the kind of body that
        word names. 'Institute of' is left out: it also leads universities ('Massachusetts Institute of
        Technology')."""
        for k in range(first, min(last + 1, len(words) - 2)):
            kind = BODY_KINDS.get(words[k].bare)
            link = words[k + 1].bare
            owned = k > 0 and words[k - 1].lower.endswith("'s")  # "the University of Virginia's Center for"
            if words[k].bare in CENTRES and link in ("of", "for") and words[k + 2].capitalized and not owned:
                # "the Center for Reproductive Rights" campaigns; "the Centre for Policy Studies" researches policy
                name = takewhile(lambda w: w.capitalized or w.bare in NAME_LINKS, words[k + 2 :])
                policy = any(w.bare in POLICY_NAME_WORDS for w in name)
                return SourceType.THINK_TANK.value if policy else SourceType.NGO.value
            if kind is None or link not in ("of", "for") or not words[k + 2].capitalized:
                continue
            if link == "of" and words[k].bare == "institute":
                return None
            if words[k].bare == "college" and k > 0 and words[k - 1].bare == "royal":
                return SourceType.NGO.value  # "the Royal College of Nursing": a professional body, no university
            return kind
        return None

    def _body_before(self, at: int) -> tuple[str, str | None, str | None] | None:
        """The body that last spoke before `at` in its paragraph (a source that is no person, with a type)."""
        since = self._paragraph_start(at)
        for source in reversed(self.history):
            if since <= source.start < at and not source.person and source.type is not None:
                return source.type, source.organization or source.entity, source.country
        return None

    def _unknown_body_spoke(self, noun: str, at: int) -> Source | None:
        """The latest body no rule knows that spoke before `at` and that `noun` may call so: 'the agency' for the
        European Centre for Disease Prevention and Control, 'the group' for the Free Speech Coalition."""
        heads = BODY_NOUN_HEADS.get(noun)
        if heads is None:
            return None
        for source in reversed(self.history[-NOUN_REACH:]):
            if source.start >= at or source.person or source.entity is not None or source.is_media:
                continue
            named = words_in(source.name)
            capitalised = {w.bare for w in named if w.capitalized}
            # "the Free Speech Coalition", "Turkey's central bank", "NetChoice, a trade group"
            if capitalised & heads or (named and named[-1].bare == noun) or self._described_as(source, noun):
                return source
        return None

    def _described_as(self, source: Source, noun: str) -> bool:
        """'NetChoice, a trade group whose members include …': the appositive after the name calls the body so."""
        if not self.doc.text.startswith(",", source.end):
            return False
        after = [w.bare for w in words_in(self.doc.text, source.end + 1, source.end + APPOSITIVE_NOUN_REACH)]
        return bool(after) and after[0] in ("a", "an") and noun in after[1:APPOSITIVE_NOUN_WORDS]

    def _referred_body(self, words: list[Word], at: int) -> tuple[str, str | None, str | None] | None:
        """The body 'the group's' or 'the agency's' refers to: the latest entity named before `at` that an
        article may call so."""
        recent = [hit.value for hit in self._hits_before(at, NOUN_REACH)]
        # "Chatham House said … Its director, Paul Johnson, said", "Its president, Dr Adrian Boyle,"
        if (len(words) > 1 and words[0].bare in ("its", "their")) or _its_role(words):
            return self._body_before(at)
        for k in range(len(words) - 1):
            if words[k].bare != "the" or not words[k + 1].lower.endswith("'s"):
                continue
            entity_id = self.matcher.entity_by_noun(words[k + 1].bare, recent)
            if entity_id is not None:
                entity = self.matcher.ruleset.entities[entity_id]
                return entity.type.value, entity_id, entity.country
            body = self._unknown_body_spoke(words[k + 1].bare, at)
            if body is not None and body.type is not None:  # "Jot Condie, the group's president" after the association
                return body.type, body.organization, body.country
        return None


def _in_body_name(words: list[Word], hit: Hit[PhraseInfo]) -> bool:
    """'the Justice Action Center', 'the Detective Agency': a role word inside a capitalised name that a body's
    head word ends, which names the body, not the speaker's role."""
    if hit.value.role != "descriptor" or words[hit.last_word].bare in BODY_KIND_NOUNS:
        return False  # a body's own name ("the Senate Armed Services Committee", "Suffolk University") says whose it is
    if not all(w.capitalized for w in words[hit.first_word : hit.last_word + 1]):
        return False
    for word in words[hit.last_word + 1 :]:
        if not word.capitalized:
            return False
        if word.bare in NON_PERSON_HEADS:
            return True
    return False


def _its_role(words: list[Word]) -> bool:
    """'Its president' anywhere in the words about a person, after a title ('Dr Adrian Boyle')."""
    return any(
        w.bare in ("its", "their") and k + 1 < len(words) and words[k + 1].bare in TITLES_AND_ROLES
        for k, w in enumerate(words)
    )


def _led_common_body(words: list[Word]) -> str | None:
    """'head of the CGT union', 'president of the nurses' association': a role at the head of a body that a
    common noun ends, whose kind that noun gives. Not a public body's: 'chair of the advisory council' may sit on
    no government's."""
    body = words[-1] if len(words) >= 4 else None
    if body is None or body.capitalized or body.bare in UNDECIDED_BODIES:
        return None
    kind = POSSESSOR_TYPES.get(body.bare)
    if kind is None or kind == SourceType.GOVERNMENT.value:
        return None
    for k in range(len(words) - 3):
        if words[k].bare in ORGANISATION_ROLES and words[k + 1].bare in ("of", "at") and words[k + 2].bare == "the":
            between = words[k + 3 : -1]
            if len(between) <= COMMON_BODY_NAME_WORDS and not any(w.bare in ORGANISATION_ROLES for w in between):
                return kind
    return None


def _kind_named_before(words: list[Word], first: int) -> str | None:
    """'at consultancy Teneo', 'with charity Oxfam': a lower-case noun for a kind of body right before a name no
    rule knows, after the preposition that places someone there. Not a public body's noun: 'the council' opens
    many names."""
    k = first - 1
    if k < 1 or words[k].capitalized or words[k - 1].bare not in WORKPLACE_PREPOSITIONS:
        return None
    kind = POSSESSOR_TYPES.get(words[k].bare)
    if kind is None or kind == SourceType.GOVERNMENT.value or words[k].bare in UNDECIDED_BODIES:
        return None
    return kind
