"""What resolution produces: the sources a statement names, and the words that name them."""

from __future__ import annotations

from dataclasses import dataclass, replace

from srcflag.ruleset.vocabulary import MEDIA_TYPES

MEDIA = frozenset(t.value for t in MEDIA_TYPES)


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
class Profile:
    name: str
    type: str | None = None
    entity: str | None = None
    organization: str | None = None
    country: str | None = None
