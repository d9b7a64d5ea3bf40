"""The loaded rule set's records: what labelling reads, as plain frozen dataclasses.

The pydantic models of `schema` validate rule files and generate their JSON Schema; once a
file is valid its content is copied into these records. A cached rule set is made of them
only, so `srcflag check` loads it without importing pydantic (a third of a cold start).
Field names are those of the rule format.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from srcflag.ruleset.vocabulary import MEDIA_TYPES, EntityKind, MediaModel, Relation, SourceType, Status

if TYPE_CHECKING:
    from srcflag.ruleset import schema


@dataclass(frozen=True, slots=True)
class Evidence:
    claim: str
    url: str
    seen: dt.date


@dataclass(frozen=True, slots=True)
class Alias:
    text: str
    case_sensitive: bool = False
    credit_only: bool = False  # only as the outlet a dateline credits ('NEW DELHI, May 2 (PTI) --')


@dataclass(frozen=True, slots=True)
class Affiliation:
    entity: str
    relation: Relation
    since: str | None
    until: str | None
    evidence: tuple[Evidence, ...]

    @property
    def current(self) -> bool:
        return self.until is None


@dataclass(frozen=True, slots=True)
class Classification:
    type: SourceType
    media_model: MediaModel | None
    since: str | None
    until: str | None
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True, slots=True)
class Examples:
    match: tuple[str, ...] = ()
    no_match: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Entity:
    """One organisation, outlet or person that statements can be sourced to."""

    id: str | None
    name: str
    kind: EntityKind
    aliases: tuple[Alias, ...]
    nouns: tuple[str, ...]
    type: SourceType
    media_model: MediaModel | None
    country: str | None
    affiliations: tuple[Affiliation, ...]
    domains: tuple[str, ...]
    evidence: tuple[Evidence, ...]
    history: tuple[Classification, ...]
    disclosures: tuple[str, ...]
    reviewed: dt.date
    status: Status
    successor: str | None
    examples: Examples
    notes: str | None

    @property
    def alias_texts(self) -> tuple[Alias, ...]:
        """The name and every alias, as `Alias` records; a name also listed as a case-sensitive alias matches only
        in that case ("The Economist", not the economist who spoke)."""
        if any(alias.case_sensitive and alias.text == self.name for alias in self.aliases):
            return self.aliases
        return (Alias(self.name), *self.aliases)

    @property
    def is_media(self) -> bool:
        return self.type in MEDIA_TYPES


@dataclass(frozen=True, slots=True)
class Country:
    code: str
    names: tuple[str, ...]
    demonyms: tuple[str, ...] = ()
    capitals: tuple[str, ...] = ()
    government: str | None = None
    short_names: tuple[str, ...] = ()  # "the North": the country only where the article has named it


@dataclass(frozen=True, slots=True)
class PhraseGroup:
    type: SourceType
    phrases: tuple[str, ...]
    takes_country: bool = False
    role: Literal["source", "descriptor", "disclosure"] = "source"


def _evidence(items: list[schema.Evidence]) -> tuple[Evidence, ...]:
    return tuple(Evidence(e.claim, e.url, e.seen) for e in items)


def entity_record(rule: schema.Entity) -> Entity:
    return Entity(
        id=rule.id,
        name=rule.name,
        kind=rule.kind,
        aliases=tuple(Alias(a.text, a.case_sensitive, a.credit_only) for a in rule.aliases),
        nouns=tuple(rule.nouns),
        type=rule.type,
        media_model=rule.media_model,
        country=rule.country,
        affiliations=tuple(
            Affiliation(a.entity, a.relation, a.since, a.until, _evidence(a.evidence)) for a in rule.affiliations
        ),
        domains=tuple(rule.domains),
        evidence=_evidence(rule.evidence),
        history=tuple(
            Classification(c.type, c.media_model, c.since, c.until, _evidence(c.evidence)) for c in rule.history
        ),
        disclosures=tuple(rule.disclosures),
        reviewed=rule.reviewed,
        status=rule.status,
        successor=rule.successor,
        examples=Examples(tuple(rule.examples.match), tuple(rule.examples.no_match)),
        notes=rule.notes,
    )


def country_record(rule: schema.Country) -> Country:
    return Country(
        rule.code,
        tuple(rule.names),
        tuple(rule.demonyms),
        tuple(rule.capitals),
        rule.government,
        tuple(rule.short_names),
    )


def phrase_group_record(rule: schema.PhraseGroup) -> PhraseGroup:
    return PhraseGroup(rule.type, tuple(rule.phrases), rule.takes_country, rule.role)
