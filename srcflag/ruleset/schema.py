"""The rule format, version 1, as typed and frozen pydantic models.

One YAML file holds one `Entity`; files under `generic/` hold a `GenericRule`
(country names and demonyms, or descriptor phrases). The JSON Schema that
editors and `srcflag rules schema` use is generated from these models.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    field_validator,
    model_validator,
)

from srcflag.ruleset.vocabulary import (
    CONTROL_RELATIONS,
    MEDIA_TYPES,
    EntityKind,
    MediaModel,
    Relation,
    SourceType,
    Status,
)

__all__ = [
    "CONTROL_RELATIONS",
    "MEDIA_TYPES",
    "Affiliation",
    "Alias",
    "Classification",
    "CountriesRule",
    "Country",
    "Entity",
    "EntityKind",
    "Evidence",
    "Examples",
    "GenericRule",
    "MediaModel",
    "PhraseGroup",
    "PhrasesRule",
    "Relation",
    "SourceType",
    "Status",
]

FORMAT_VERSION = 1

EntityId = Annotated[
    str,
    StringConstraints(pattern=r"^[a-z0-9]+(?:[-_][a-z0-9]+)*(?:/[a-z0-9]+(?:[-_][a-z0-9]+)*)+$"),
]
CountryCode = Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}$")]
PartialDate = Annotated[str, StringConstraints(pattern=r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")]
NonEmpty = Annotated[str, StringConstraints(min_length=1, strip_whitespace=True)]
Domain = Annotated[
    str,
    StringConstraints(pattern=r"^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,}$"),
]
HttpUrl = Annotated[str, StringConstraints(pattern=r"^https?://[^\s/$.?#][^\s]*$")]


class Strict(BaseModel):
    # validators are built on first validation: a rule set from the cache never needs them
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class Evidence(Strict):
    """A public source that backs a claim made by the rule."""

    claim: NonEmpty = Field(description="What the source shows, in one sentence.")
    url: HttpUrl
    seen: dt.date = Field(description="The date the source was read (YYYY-MM-DD).")


def _alias_schema_accepts_string(schema: dict[str, Any]) -> None:
    as_object = dict(schema)
    schema.clear()
    schema["anyOf"] = [{"type": "string", "minLength": 1}, as_object]


class Alias(Strict):
    """Another name of the entity; a plain string in YAML is an alias with default options."""

    model_config = ConfigDict(json_schema_extra=_alias_schema_accepts_string)

    text: NonEmpty
    case_sensitive: bool = Field(
        default=False,
        description="Match only with this exact case (for short abbreviations).",
    )
    credit_only: bool = Field(
        default=False,
        description=(
            "Match only as the outlet credited in a dateline ('NEW DELHI, May 2 (PTI) --'): an abbreviation "
            "that elsewhere names something else."
        ),
    )

    @model_validator(mode="before")
    @classmethod
    def _from_plain_string(cls, value: object) -> object:
        return {"text": value} if isinstance(value, str) else value


class Affiliation(Strict):
    entity: EntityId = Field(description="Id of the entity this one is affiliated with.")
    relation: Relation
    since: PartialDate | None = None
    until: PartialDate | None = None
    evidence: list[Evidence] = Field(min_length=1)

    @model_validator(mode="after")
    def _dates_in_order(self) -> Affiliation:
        if self.since and self.until and self.until < self.since:
            raise ValueError(f"until ({self.until}) is before since ({self.since})")
        return self

    @property
    def current(self) -> bool:
        return self.until is None


class Classification(Strict):
    """A past or dated classification, for outlets whose status changed."""

    type: SourceType
    media_model: MediaModel | None = None
    since: PartialDate | None = None
    until: PartialDate | None = None
    evidence: list[Evidence] = Field(min_length=1)


class Examples(Strict):
    match: list[NonEmpty] = Field(default_factory=list)
    no_match: list[NonEmpty] = Field(default_factory=list)


class Entity(Strict):
    """One organisation, outlet or person that statements can be sourced to."""

    id: EntityId | None = Field(default=None, description="Optional; when given it must equal the file's path id.")
    name: NonEmpty
    kind: EntityKind = EntityKind.ORGANIZATION
    aliases: list[Alias] = Field(default_factory=list)
    nouns: list[NonEmpty] = Field(
        default_factory=list,
        description='Common nouns an article uses to refer back to it ("the agency").',
    )
    type: SourceType
    media_model: MediaModel | None = None
    country: CountryCode | None = None
    affiliations: list[Affiliation] = Field(default_factory=list)
    domains: list[Domain] = Field(default_factory=list)
    evidence: list[Evidence] = Field(default_factory=list)
    history: list[Classification] = Field(default_factory=list)
    disclosures: list[NonEmpty] = Field(
        default_factory=list,
        description="Phrases that tell the reader what the outlet is (e.g. 'Kremlin-funded').",
    )
    reviewed: dt.date
    status: Status = Status.ACTIVE
    successor: EntityId | None = None
    examples: Examples = Field(default_factory=Examples)
    notes: str | None = None

    @field_validator("type")
    @classmethod
    def _not_a_statement_only_type(cls, value: SourceType) -> SourceType:
        if value in (SourceType.ANONYMOUS, SourceType.UNATTRIBUTED):
            raise ValueError(f"'{value.value}' describes statements, not entities")
        return value

    @model_validator(mode="after")
    def _consistent(self) -> Entity:
        allowed = MEDIA_TYPES.get(self.type)
        if allowed is None and self.media_model is not None:
            raise ValueError(f"media_model is only for media types, not '{self.type.value}'")
        if allowed is not None:
            if self.media_model is None:
                raise ValueError(f"a '{self.type.value}' entity needs a media_model")
            if self.media_model not in allowed:
                names = ", ".join(sorted(m.value for m in allowed))
                raise ValueError(
                    f"media_model '{self.media_model.value}' does not fit type"
                    f" '{self.type.value}' (expected one of: {names})"
                )
        if not self.evidence:
            raise ValueError("evidence: at least one cited source is required")
        if (self.status is Status.RENAMED) != (self.successor is not None):
            raise ValueError("a successor is given exactly when status is 'renamed'")
        return self

    @property
    def alias_texts(self) -> tuple[Alias, ...]:
        """The name and every alias, as `Alias` records; a name also listed as a case-sensitive alias matches only
        in that case ("The Economist", not the economist who spoke)."""
        if any(alias.case_sensitive and alias.text == self.name for alias in self.aliases):
            return tuple(self.aliases)
        return (Alias(text=self.name), *self.aliases)

    @property
    def is_media(self) -> bool:
        return self.type in MEDIA_TYPES


class Country(Strict):
    code: CountryCode
    names: list[NonEmpty] = Field(min_length=1, description="The first is the common name.")
    demonyms: list[NonEmpty] = Field(default_factory=list)
    capitals: list[NonEmpty] = Field(
        default_factory=list,
        description="Seats of government used as metonyms ('Pyongyang said').",
    )
    government: EntityId | None = Field(
        default=None, description="The entity that a bare mention of the country stands for."
    )
    short_names: list[NonEmpty] = Field(
        default_factory=list,
        description="Names that mean the country only in an article that has named it ('the North').",
    )


class CountriesRule(Strict):
    kind: Literal["countries"]
    description: str | None = None
    countries: list[Country] = Field(min_length=1)


class PhraseGroup(Strict):
    type: SourceType
    phrases: list[NonEmpty] = Field(min_length=1)
    takes_country: bool = Field(
        default=False,
        description="The phrase takes its country from an adjacent demonym or country name.",
    )
    role: Literal["source", "descriptor", "disclosure"] = Field(
        default="source",
        description=(
            "source: the phrase names a source by itself ('state media');"
            " descriptor: it describes a source named beside it ('researcher');"
            " disclosure: it tells the reader what an outlet is ('state-run')."
        ),
    )


class PhrasesRule(Strict):
    kind: Literal["phrases"]
    description: str | None = None
    groups: list[PhraseGroup] = Field(min_length=1)
    evidence: list[Evidence] = Field(default_factory=list)
    examples: Examples = Field(default_factory=Examples)


GenericRule = Annotated[CountriesRule | PhrasesRule, Field(discriminator="kind")]
