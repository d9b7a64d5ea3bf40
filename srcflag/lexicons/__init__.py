"""Linguistic word lists shipped as data: cue verbs and small closed word classes."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any


def _read(name: str) -> dict[str, Any]:
    import yaml  # only when the parse is not cached

    text = resources.files(__package__).joinpath(name).read_text(encoding="utf-8")
    data = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    if not isinstance(data, dict):
        raise ValueError(f"lexicon {name}: expected a mapping")
    for key, value in data.items():
        items = value.values() if isinstance(value, dict) else value if isinstance(value, list) else [value]
        for item in items:
            entries = item if isinstance(item, list) else [item]
            if not all(isinstance(entry, str) for entry in entries):
                raise ValueError(f"lexicon {name}: every entry of '{key}' must be a string (quote yes/no/on/off)")
    return data


def _phrases(items: list[str]) -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(item.lower().split()) for item in items)


@dataclass(frozen=True)
class Lexicon:
    cue_lemma: dict[str, str]
    clause_only: frozenset[str]
    quote_only: frozenset[str]
    noun_like: frozenset[str]
    phrasal_cues: dict[str, str]
    prepositional_content: dict[str, frozenset[str]]
    adjunct_prepositions: frozenset[str]
    person_pronouns: frozenset[str]
    plural_pronouns: frozenset[str]
    thing_pronouns: frozenset[str]
    first_person: frozenset[str]
    relative_pronouns: frozenset[str]
    discourse_markers: frozenset[tuple[str, ...]]
    auxiliaries: frozenset[str]
    time_words: frozenset[str]
    naming_words: frozenset[tuple[str, ...]]
    abbreviations: frozenset[str]
    titles: frozenset[str]
    non_response: frozenset[tuple[str, ...]]
    non_person_heads: frozenset[str]
    plural_heads: frozenset[str]
    possessor_types: dict[str, str]  # "the union's president" speaks for an NGO, not a government
    body_noun_heads: dict[str, frozenset[str]]  # "the agency" may mean a "… Centre for …" no rule knows

    word_sets: dict[str, frozenset[str]]

    def lemma(self, word: str) -> str | None:
        return self.cue_lemma.get(word.lower())

    def word_set(self, name: str) -> frozenset[str]:
        """One of the small closed word classes listed in words.yaml."""
        return self.word_sets[name]


@cache
def common_words() -> frozenset[str]:
    """Everyday English words that an alias should not be, unless it is case-sensitive."""
    text = resources.files(__package__).joinpath("common_words.txt").read_text(encoding="utf-8")
    lines = (line for line in text.splitlines() if not line.startswith("#"))
    return frozenset(word for line in lines for word in line.split())


@cache
def lexicon() -> Lexicon:
    """The lexicons, parsed once per content (the parse is cached with the compiled rules)."""
    from srcflag.ruleset import cache as disk_cache

    names = ("cue_verbs.yaml", "words.yaml")
    key = "lexicon-" + disk_cache.content_key(
        [(name, resources.files(__package__).joinpath(name).read_bytes()) for name in names]
    )
    stored = disk_cache.load(key)
    if isinstance(stored, Lexicon):
        return stored
    parsed = _parse_lexicon()
    disk_cache.store(key, parsed)
    return parsed


def _parse_lexicon() -> Lexicon:
    cues = _read("cue_verbs.yaml")
    words = _read("words.yaml")
    lemma_of: dict[str, str] = {}
    for lemma, forms in cues["verbs"].items():
        for form in [lemma, *forms]:
            lemma_of.setdefault(form, lemma)
    pronouns = words["pronouns"]
    return Lexicon(
        cue_lemma=lemma_of,
        clause_only=frozenset(cues["clause_only"]),
        quote_only=frozenset(cues["quote_only"]),
        noun_like=frozenset(cues["noun_like"]),
        phrasal_cues=dict(cues["phrasal_cues"]),
        prepositional_content={k: frozenset(v) for k, v in cues["prepositional_content"].items()},
        adjunct_prepositions=frozenset(words["adjunct_prepositions"]),
        person_pronouns=frozenset(pronouns["person"]),
        plural_pronouns=frozenset(pronouns["plural"]),
        thing_pronouns=frozenset(pronouns["thing"]),
        first_person=frozenset(pronouns["first_person"]),
        relative_pronouns=frozenset(words["relative_pronouns"]),
        discourse_markers=_phrases(words["discourse_markers"]),
        auxiliaries=frozenset(words["auxiliaries"]),
        time_words=frozenset(words["time_words"]),
        naming_words=_phrases(words["naming_words"]),
        abbreviations=frozenset(words["abbreviations"]),
        titles=frozenset(words["titles"]),
        non_response=_phrases(words["non_response"]),
        non_person_heads=frozenset(words["non_person_heads"]),
        plural_heads=frozenset(words["plural_heads"]),
        possessor_types={noun: kind for kind, nouns in words["possessor_types"].items() for noun in nouns},
        body_noun_heads={noun: frozenset(heads) for noun, heads in words["body_noun_heads"].items()},
        word_sets={k: frozenset(v) for k, v in words.items() if isinstance(v, list)},
    )
