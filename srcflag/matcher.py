"""Compiled phrase lookup: entity aliases, country names and generic phrases.

Phrases are keyed by their normalised word sequence, so matching a text costs one
dictionary probe per word and n-gram length, whatever the number of rules. Short
all-capital aliases (RT, TASS, NIS) match only in capitals.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Generic, TypeVar

from rapidfuzz import fuzz, process

from srcflag.document import Word, is_possessive, word_key, words_in
from srcflag.lexicons import common_words, lexicon
from srcflag.ruleset.records import PhraseGroup
from srcflag.ruleset.ruleset import RuleSet

T = TypeVar("T")

FUZZY_CANDIDATES = 5  # best near misses looked at
FUZZY_CUTOFF = 90.0
FUZZY_MIN_LENGTH = 10


def _keyed_words(text: str, case_sensitive: bool) -> list[tuple[str, bool]]:
    """A phrase's words as (key, possessive), without a leading "the" or words that key to nothing."""
    words = words_in(text.replace("-", " ").replace("‐", " "))
    keyed = [(word_key(w.text, case_sensitive), is_possessive(w)) for w in words]
    if keyed and keyed[0][0].lower() == "the":
        keyed = keyed[1:]
    return [(key, possessive) for key, possessive in keyed if key]


@lru_cache(maxsize=65536)
def phrase_key(text: str, case_sensitive: bool = False) -> tuple[str, ...]:
    """The comparison key of a phrase: its normalised words, without a leading "the"."""
    return tuple(key for key, _ in _keyed_words(text, case_sensitive))


def possessive_positions(phrase: str) -> frozenset[int]:
    """The positions, in the phrase's key, of words with a possessive ending ("People's Daily": {0})."""
    return frozenset(i for i, (_, possessive) in enumerate(_keyed_words(phrase, False)) if possessive)


@dataclass(frozen=True)
class Hit(Generic[T]):
    start: int
    end: int
    value: T
    first_word: int
    last_word: int


@dataclass
class PhraseIndex(Generic[T]):
    """Normalised word sequences to values; case-sensitive keys kept apart."""

    folded: dict[tuple[str, ...], T] = field(default_factory=dict)
    exact: dict[tuple[str, ...], T] = field(default_factory=dict)
    longest: int = 0
    # the longest phrase that starts with a word (lower case): most words start none, and are passed at once
    starts: dict[str, int] = field(default_factory=dict)
    # where a phrase has a possessive inside it ("People's Daily"): one elsewhere ends a phrase, so "the party's
    # official newspaper" is no "party official"
    possessives: dict[tuple[str, ...], frozenset[int]] = field(default_factory=dict)

    def add(self, phrase: str, value: T, *, case_sensitive: bool = False, exact_if_common: bool = False) -> None:
        stripped = phrase.strip()
        short_caps = len(stripped) <= 4 and stripped.isupper()
        common = exact_if_common and all(k.lower() in common_words() for k in phrase_key(stripped))
        exact = case_sensitive or short_caps or common
        key = phrase_key(stripped, exact)
        if not key:
            return
        target = self.exact if exact else self.folded
        target.setdefault(key, value)
        inner = possessive_positions(stripped)
        if inner:
            self.possessives[tuple(k.lower() for k in key)] = inner
        self.longest = max(self.longest, len(key))
        first = key[0].lower()
        self.starts[first] = max(self.starts.get(first, 0), len(key))

    def find(self, words: list[Word], start: int = 0, end: int | None = None) -> list[Hit[T]]:
        """Leftmost-longest, non-overlapping hits within words[start:end]."""
        stop = len(words) if end is None else end
        out: list[Hit[T]] = []
        starts, exact, folded = self.starts, self.exact, self.folded
        i = start
        while i < stop:
            longest = starts.get(words[i].key, 0)  # most words start no phrase: one probe and on
            found: Hit[T] | None = None
            for n in range(min(longest, stop - i), 0, -1):
                run = words[i : i + n]
                value = exact.get(tuple(word_key(w.text, True) for w in run)) if exact else None
                if value is None:
                    value = folded.get(tuple(w.key for w in run))
                if value is not None and self._possessives_fit(run):
                    found = Hit(words[i].start, words[i + n - 1].end, value, i, i + n - 1)
                    break
            if found is not None:
                out.append(found)
                i = found.last_word + 1
            else:
                i += 1
        return out

    def _possessives_fit(self, run: list[Word]) -> bool:
        inside = [k for k, w in enumerate(run[:-1]) if is_possessive(w)]
        return not inside or set(inside) <= self.possessives.get(tuple(w.key for w in run), frozenset())

    def lookup(self, text: str) -> T | None:
        key = phrase_key(text, True)
        value = self.exact.get(key)
        if value is None:
            value = self.folded.get(tuple(k.lower() for k in key))
        return value


@dataclass(frozen=True)
class PhraseInfo:
    type: str
    role: str
    takes_country: bool


@dataclass(frozen=True)
class CountryInfo:
    code: str
    form: str  # name, demonym or capital


class Matcher:
    """Everything the labeller looks up in rules, compiled once per rule set."""

    def __init__(self, ruleset: RuleSet) -> None:
        self.ruleset = ruleset
        self.entities: PhraseIndex[str] = PhraseIndex()
        self.countries: PhraseIndex[CountryInfo] = PhraseIndex()
        self.short_countries: PhraseIndex[CountryInfo] = PhraseIndex()  # "the North", where the article names it
        self.phrases: PhraseIndex[PhraseInfo] = PhraseIndex()
        self.disclosures: PhraseIndex[PhraseInfo] = PhraseIndex()  # words that say an outlet is state media
        self.nouns: dict[str, list[str]] = {}
        self.surnames: dict[str, str | None] = {}
        self.credit_aliases: dict[tuple[str, ...], str] = {}
        self._fuzzy_keys: list[str] = []
        self._fuzzy_ids: list[str] = []
        for entity_id, entity in ruleset.entities.items():
            for alias in entity.alias_texts:
                if alias.credit_only:
                    self.credit_aliases[phrase_key(alias.text, alias.case_sensitive)] = entity_id
                    continue
                self.entities.add(alias.text, entity_id, case_sensitive=alias.case_sensitive, exact_if_common=True)
                key = " ".join(phrase_key(alias.text))
                if len(key) >= FUZZY_MIN_LENGTH and not alias.case_sensitive:
                    self._fuzzy_keys.append(key)
                    self._fuzzy_ids.append(entity_id)
            for noun in entity.nouns:
                self.nouns.setdefault(" ".join(phrase_key(noun)), []).append(entity_id)
            if entity.kind.value == "person":
                parts = phrase_key(entity.name)
                # family names come last in "Bruce Bennett" and first in "Kim Jong Un"
                for key in {parts[0], parts[-1]} if len(parts) > 1 else set():
                    self.surnames[key] = None if key in self.surnames else entity_id
        # capitals and country names in lower case: "RIYADH:" opening a story is a dateline, not a speaker
        self.places = frozenset(
            place.lower() for country in ruleset.countries.values() for place in (*country.names, *country.capitals)
        )
        for code, country in ruleset.countries.items():
            for name in country.names:
                self.countries.add(name, CountryInfo(code, "name"))
            for demonym in country.demonyms:
                self.countries.add(demonym, CountryInfo(code, "demonym"))
            for capital in country.capitals:
                self.countries.add(capital, CountryInfo(code, "capital"))
            for short_name in country.short_names:
                self.short_countries.add(short_name, CountryInfo(code, "name"))
        for group in ruleset.phrase_groups:
            self._add_group(group)

    def _add_group(self, group: PhraseGroup) -> None:
        info = PhraseInfo(group.type.value, group.role, group.takes_country)
        for phrase in group.phrases:
            self.phrases.add(phrase, info)
            if group.type.value == "state_media" and group.role in ("disclosure", "source"):
                self.disclosures.add(phrase, info)

    def credited_entity(self, outlet: str) -> str | None:
        """The entity a dateline's credit names by an alias kept for credits only ('(PTI)')."""
        return self.credit_aliases.get(phrase_key(outlet, True)) or self.credit_aliases.get(phrase_key(outlet))

    def find_entities(self, words: list[Word], text: str) -> list[Hit[str]]:
        """Entity aliases in `words` (offsets into `text`), except inside a longer proper name:
        "Michael Bloomberg" is not Bloomberg, the "Chatham House Rule" is not Chatham House."""
        return [hit for hit in self.entities.find(words) if not self._inside_longer_name(hit, words, text)]

    @staticmethod
    def modifies_name(hit: Hit[str], words: list[Word], text: str) -> bool:
        """'the Kremlin-controlled Channel One', 'Kremlin-backed media': the entity only describes what follows."""
        if hit.last_word + 2 >= len(words):
            return False
        after, head = words[hit.last_word + 1], words[hit.last_word + 2]
        hyphen = text[words[hit.last_word].end : after.start] == "-"
        return hyphen and not after.capitalized and after.lower.endswith("ed") and text[after.end : head.start] == " "

    def _inside_longer_name(self, hit: Hit[str], words: list[Word], text: str) -> bool:
        allowed = lexicon().word_set("alias_followers")
        if self.modifies_name(hit, words, text):
            return True
        if hit.last_word + 1 < len(words):
            after = words[hit.last_word + 1]
            gap = text[words[hit.last_word].end : after.start]
            unit = after.bare in allowed or after.bare in lexicon().titles or after.bare in lexicon().non_person_heads
            if gap == " " and after.capitalized and not unit and not words[hit.last_word].lower.endswith("'s"):
                return True  # "the Chatham House Rule"; but "the KPA General Staff" is the KPA's
        if hit.first_word > 0:
            before = words[hit.first_word - 1]
            gap = text[before.end : words[hit.first_word].start]
            sentence_start = text[max(0, before.start - 2) : before.start].strip() in (
                "",
                ".",
                "!",
                "?",
                '"',
                "“",
            )
            free = (
                before.bare in lexicon().titles
                or before.lower.endswith(("'s", "'"))
                or self.countries.lookup(before.text) is not None
                or self.phrases.lookup(before.text) is not None
                or before.bare in lexicon().word_set("not_names")
            )
            if gap == " " and before.capitalized and not sentence_start and not free:
                return True
        return False

    def fuzzy_entity(self, text: str) -> str | None:
        """A near-miss spelling of a long alias ("Korean Central News Agncy")."""
        key = " ".join(phrase_key(text))
        if len(key) < FUZZY_MIN_LENGTH or not self._fuzzy_keys:
            return None
        words = len(key.split())
        for candidate, _, index in process.extract(
            key, self._fuzzy_keys, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF, limit=FUZZY_CANDIDATES
        ):
            # a misspelling keeps the words; "Democratic Party" is no near miss of "US Democratic Party"
            if len(candidate.split()) == words:
                return self._fuzzy_ids[index]
        return None

    def entity_by_noun(self, noun: str, candidates: Iterable[str]) -> str | None:
        """The most recent of `candidates` (newest last) that an article could call `noun`."""
        owners = set(self.nouns.get(" ".join(phrase_key(noun)), ()))
        for entity_id in reversed(list(candidates)):
            if entity_id in owners:
                return entity_id
        return None


_CACHE: dict[str, Matcher] = {}


def remember_matcher(matcher: Matcher) -> None:
    _CACHE[matcher.ruleset.fingerprint or str(id(matcher.ruleset))] = matcher


def matcher_for(ruleset: RuleSet) -> Matcher:
    """One compiled matcher per rule set content."""
    key = ruleset.fingerprint or str(id(ruleset))
    found = _CACHE.get(key)
    if found is None:
        found = Matcher(ruleset)
        _CACHE[key] = found
    return found
