"""What pronouns, role words and referring nouns point back to."""

from __future__ import annotations

import bisect
from dataclasses import replace
from itertools import takewhile

from srcflag.document import Span, Word, words_in
from srcflag.lexicons import common_words, lexicon
from srcflag.resolve.people import PeopleReader
from srcflag.resolve.sources import MEDIA, Mention, Source
from srcflag.resolve.words import (
    ACRONYM_LETTERS,
    COLLECTIVE_DEMONYM_ENDINGS,
    DEPUTY_WORDS,
    DIPLOMATIC_TITLES,
    FEMALE_NAMES,
    FEMALE_WORDS,
    FOREIGN_SERVICE_ROLES,
    HEAD_ENDERS,
    HEAD_OF,
    HELD_CALLINGS,
    HONORIFICS,
    INDEFINITE,
    MALE_NAMES,
    MALE_WORDS,
    NOUN_REACH,
    PART_WORDS,
    PERSONAL_NOUNS,
    POSSESSOR_TYPES,
    PRONOUN_REACH,
    REFERRING_NOUNS,
    SPEAKER_SALIENCE,
    TITLE_REACH,
    TITLES_AND_ROLES,
    UNNAMED_PERSON_HEADS,
)
from srcflag.ruleset.vocabulary import EntityKind, SourceType


class AnaphoraReader(PeopleReader):
    """What pronouns, role words and referring nouns point back to."""

    def _previous_person(
        self,
        at: int,
        prefer_type: str | None = None,
        country: str | None = None,
        gender: str | None = None,
        role: str | None = None,
    ) -> Source | None:
        """The person a pronoun or role word refers to: the latest speaker or named person before `at` (of the
        pronoun's `gender`, when the article lets one tell)."""
        self._people()
        recent = self.history[-PRONOUN_REACH:]
        speakers = [s for s in recent if s.start < at and ((s.person and s.name[:1].isupper()) or is_unnamed_person(s))]
        upto = bisect.bisect_left(self.person_mentions, (at, 0, ""))
        mentions = [m for m in self.person_mentions[max(0, upto - PRONOUN_REACH) : upto] if m[1] <= at]
        # a pronoun more often continues the current speaker than a person merely mentioned since
        candidates: list[tuple[int, Source | tuple[int, int, str]]] = [
            (s.start + SPEAKER_SALIENCE, s) for s in speakers
        ]
        # unless that person is a sentence's subject ("Reyes disagreed. He said ...")
        candidates += [(m[0] + (SPEAKER_SALIENCE if self._subject_at(m[0]) else 0), m) for m in mentions]
        # people the rules know, named but not yet quoted ("Kim Jong Un inspected a factory. He said ...")
        for hit in self._hits_before(at, PRONOUN_REACH):
            if self.matcher.ruleset.entities[hit.value].kind is EntityKind.PERSON and hit.end <= at:
                named = self._entity_source(hit.value, self._mention(hit.start, hit.end))
                candidates.append((hit.start + (SPEAKER_SALIENCE if self._subject_at(hit.start) else 0), named))
        candidates.sort(key=lambda c: c[0])
        chosen: Source | None = None
        for _, candidate in reversed(candidates):
            source = candidate if isinstance(candidate, Source) else self._mention_source(candidate)
            if source is None:
                continue
            if country is not None and source.country not in (None, country):
                continue  # "the Belarusian leader" is not Russia's foreign minister
            if gender is not None and gender_of(source) not in (None, gender):
                continue  # "she said" after "Carlos Ruiz disputed that" means someone else
            if role is not None and not self._titled_as(source, role):
                continue  # "the crown prince" is not the president named since
            if prefer_type is None or source.type == prefer_type:
                return source
            if chosen is None:
                chosen = source
        return chosen

    def _interviewee(self, intro: Span) -> Source | None:
        """The person an interview's introduction presents: one its headline names, else the first one opening a
        sentence ('Mara Lindqvist, Sweden's former envoy, spoke to …'), else the first one named."""
        self._people()
        named: list[tuple[int, Source | tuple[int, int, str]]] = [
            (m[0], m) for m in self.person_mentions if intro.start <= m[0] and m[1] <= intro.end
        ]
        for hit in self.entity_hits:
            person = self.matcher.ruleset.entities[hit.value].kind is EntityKind.PERSON
            if person and intro.start <= hit.start and hit.end <= intro.end:
                named.append((hit.start, self._entity_source(hit.value, self._mention(hit.start, hit.end))))
        named.sort(key=lambda n: n[0])
        headline = self.doc.paragraphs[0] if len(self.doc.paragraphs) > 1 else None
        in_headline = [n for n in named if headline is not None and n[0] < headline.end]
        opening = [n for n in named if self._opens_sentence(n[0])]
        for _, candidate in in_headline[:1] + opening[:1] + named[:1]:
            source = candidate if isinstance(candidate, Source) else self._mention_source(candidate)
            if source is not None:
                return source
        return None

    def _mention_source(self, mention: tuple[int, int, str]) -> Source | None:
        """The person a name the article mentions stands for (a person the rules know, or one of its own)."""
        start, end, _ = mention
        words = self._words_between(start, end)
        hits = self.matcher.find_entities(words, self.doc.text)
        named = self._mention(start, end)
        person = self._named_person(words, hits, [], named)
        if person is None and hits:
            return self._entity_source(hits[-1].value, named)
        return person

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

    def _previous_group(self, before: int) -> Source | None:
        """The last plural source before `before`, or one counted ('Two Harbour Bank economists'): whom 'one of
        them' is one of."""
        for source in reversed(self.history):
            if source.start >= before or source.entity is not None:
                continue
            words = words_in(source.text)
            if self._is_plural(source) or (words and words[0].bare in PART_WORDS and words[0].bare != "one"):
                return source
        return None

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
        for hit in reversed(self._hits_before(at, NOUN_REACH)):
            named = self.words[hit.first_word : hit.last_word + 1] if hit.last_word < len(self.words) else []
            if len(named) > len(words) and [w.bare for w in named[: len(words)]] == [w.bare for w in words]:
                return hit.value
        return None

    def _acronym_of_mentioned(self, words: list[Word], at: int) -> str | None:
        """'the JCS' after "South Korea's Joint Chiefs of Staff said": an acronym of the capitalised words of an
        entity the article quoted just before."""
        acronym = words[-1].text if words and words[-1].text.isupper() else ""
        if not ACRONYM_LETTERS[0] <= len(acronym) <= ACRONYM_LETTERS[1] or not acronym.isalpha():
            return None
        for source in reversed(self.history[-NOUN_REACH:]):
            if source.entity is None or source.start >= at:
                continue
            initials = "".join(w.text[0] for w in words_in(source.text) if w.capitalized)
            if initials == acronym or (len(acronym) >= 3 and initials.endswith(acronym)):
                return source.entity
        return None

    def _role_anaphor(self, words: list[Word], lows: list[str]) -> str | None:
        """'the scholar', 'the Belarusian leader': the type their role word gives, or ''."""
        if lows[0] != "the" or not 2 <= len(lows) <= 4:
            return None
        if any(w.capitalized for w in words[1:]) and self.matcher.countries.find(words[1:]) == []:
            return None
        whole = self.matcher.phrases.lookup(" ".join(w.text for w in words[1:]))
        if len(words) > 3 and whole is not None and whole.role == "descriptor" and whole.type not in MEDIA:
            return whole.type  # "the head of state": a role of several words
        tail = self.matcher.phrases.lookup(" ".join(w.text for w in words[-2:])) or self.matcher.phrases.lookup(
            words[-1].text
        )
        if tail is None or tail.role != "descriptor" or lows[-1] in REFERRING_NOUNS or tail.type in MEDIA:
            return None
        if self.matcher.nouns.get(lows[-1]):
            return None  # "the agency", "the newspaper": an entity noun, resolved against entities
        body_head = words[-1].bare in lexicon().non_person_heads and words[-1].bare not in TITLES_AND_ROLES
        if words[-1].bare in POSSESSOR_TYPES or body_head:
            return None  # "the automaker", "the union": a body, never the last person who spoke (but "the minister")
        return tail.type

    def _personal_anaphor(self, words: list[Word], lows: list[str]) -> bool:
        """'the German', 'the Portuguese coach', 'the veteran striker': a person the article named, by nationality
        or a calling no body holds (the sports and culture pages' way of not repeating a name)."""
        if lows[0] != "the" or not 2 <= len(lows) <= 3:
            return False
        nationality = words[1].capitalized and self._demonym(words[1])
        if len(lows) == 2:
            return nationality and not lows[1].endswith(COLLECTIVE_DEMONYM_ENDINGS)  # "the French": a nation
        if lows[2] not in PERSONAL_NOUNS or words[1].lower.endswith("'s"):
            return False  # "the bureau's director" is the bureau's
        return nationality or (not words[1].capitalized and lows[2] not in HELD_CALLINGS)  # "the campaign manager"

    def _demonym(self, word: Word) -> bool:
        country = self.matcher.countries.lookup(word.text)
        return country is not None and country.form == "demonym" and not word.bare.endswith("s")

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

    def _may_hold(self, person: Source, role: str, role_type: str) -> bool:
        """Whether the person could be 'the <role>' (a role of `role_type`, '' when it gives none): their title says
        so, or the article gives none that contradicts it ('the governor' is not 'Kremlin spokesman Dmitry
        Peskov')."""
        stated = self._titles(person)
        if role == "diplomat" and self._in_foreign_service(person):
            return True  # "Foreign Ministry Spokeswoman Maria Zakharova ... the diplomat told a briefing"
        if stated:
            return _holds(set(stated), role)
        if role in JUDICIAL_ROLES:
            return False  # "the justice" is someone the article titled so, never a politician it did not
        # with no title at all, only someone the rules or the article describe ('Adam Schiff urged … The governor
        # promised …' are two people), as something the role can be ('a historian at the university' is no mayor)
        described = person.type not in (None, SourceType.INDIVIDUAL.value)
        return person.entity is not None or (described and _kindred(role_type, person.type))

    def _titles(self, person: Source) -> list[str]:
        """The titles and roles the article gives a person where it names them."""
        named = {w.bare for w in words_in(person.name)}
        words = [w.bare for w in words_in(person.text) if not w.capitalized or w.bare not in named]
        words += reversed(self._title_before(person.start))  # "Iranian President Masoud Pezeshkian" is no crown prince
        # a deputy's title is not the office it deputises: a vice president is 'vice', no president
        deputy = [k > 0 and words[k - 1] in DEPUTY_WORDS for k in range(len(words))]
        return [words[k - 1] if deputy[k] else w for k, w in enumerate(words) if w in TITLES_AND_ROLES]

    def _in_foreign_service(self, person: Source) -> bool:
        """An ambassador or envoy, or a minister or spokesperson of a foreign ministry, by the words that title them."""
        words = {w.bare for w in words_in(person.text)} | set(self._title_before(person.start))
        return bool(words & DIPLOMATIC_TITLES) or ("foreign" in words and bool(words & FOREIGN_SERVICE_ROLES))

    def _titled_as(self, person: Source, role: str) -> bool:
        """The article titles the person with `role` ('the head of state' for a president)."""
        return _holds(set(self._titles(person)), role)

    def _title_before(self, start: int) -> list[str]:
        """The words right before a name that may title it ('Saudi Crown Prince' before 'Mohammed bin Salman')."""
        out: list[str] = []
        for word in reversed(words_in(self.doc.text, max(0, start - TITLE_REACH), start)):
            if self.doc.text[word.end : start].strip() or not (word.capitalized or word.bare in TITLES_AND_ROLES):
                break  # punctuation, or a word that is no title, ends the title
            out.append(word.bare)
            start = word.start
        return out

    def _unnamed_with_head(self, head: str, at: int) -> Source | None:
        """The last unnamed speaker described with the same head noun, unless a named person spoke since."""
        for source in reversed(self.history[-PRONOUN_REACH:]):
            if source.start >= at or source.entity is not None:
                continue
            words = words_in(source.text)
            if not words:
                continue
            # "A senior diplomat", "A source in the security service", "an official familiar with the talks"
            core = list(takewhile(lambda w: w.bare not in HEAD_ENDERS, words))
            if words[0].bare in ("a", "an", "one", "another") and core and core[-1].bare == head:
                return source
            if source.person and source.name[:1].isupper():
                return None  # "Nasser Kanaani said ... the diplomat said": a named person spoke since
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


def is_unnamed_person(source: Source) -> bool:
    """'a senior expert asking for anonymity', 'the minister': one person described, not named; 'he' may
    refer to them."""
    words = [w.bare for w in words_in(source.name)]
    described = words[:1] == ["the"] and len(words) <= 4  # "the minister said ... he added"
    return bool(words) and (words[0] in INDEFINITE or described) and any(w in UNNAMED_PERSON_HEADS for w in words[1:])


def gender_of(source: Source) -> str | None:
    """'female' or 'male' when a source's words say so (a given name, a title, a pronoun), else None."""
    name = words_in(source.name)
    # lower-case words and honorifics only: "Choe Son Hui" has no son in it
    words = [w.bare for w in (*words_in(source.text), *name) if not w.capitalized or w.bare.rstrip(".") in HONORIFICS]
    given = name[0].bare if name else ""
    female = any(w in FEMALE_WORDS for w in words) or given in FEMALE_NAMES
    male = any(w in MALE_WORDS for w in words) or given in MALE_NAMES
    if female == male:
        return None
    return "female" if female else "male"


def _holds(titles: set[str], role: str) -> bool:
    """Whether these titles hold `role`: the role itself, or an office that heads what it names ('state')."""
    return role in titles or bool(HEAD_OF.get(role, frozenset()) & titles)


# kinds of source a role may be held in across: a think tank's scholar, a party's senator
JUDICIAL_ROLES = frozenset({"justice", "judge", "magistrate"})
_KINDRED = (
    frozenset({SourceType.ACADEMIC.value, SourceType.THINK_TANK.value}),
    frozenset({SourceType.GOVERNMENT.value, SourceType.POLITICAL_PARTY.value}),
)


def _kindred(role_type: str, person_type: str | None) -> bool:
    """Whether someone described as `person_type` may hold a role of `role_type`."""
    if not role_type or role_type == person_type:
        return True
    return any(role_type in kin and person_type in kin for kin in _KINDRED)
