"""The loaded, validated rule set: entities by id plus the generic phrase data."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from srcflag.ruleset.records import Country, Entity, PhraseGroup
from srcflag.ruleset.vocabulary import CONTROL_RELATIONS

if TYPE_CHECKING:
    from srcflag.report import Report


@dataclass(frozen=True)
class RuleSet:
    """Entities by id, countries by code, phrase groups; read-only once loaded.

    Plain dictionaries typed as read-only mappings, so a rule set pickles cheaply (to the
    on-disk cache, or to the workers of a batch run).
    """

    entities: Mapping[str, Entity]
    countries: Mapping[str, Country] = field(default_factory=dict)
    phrase_groups: tuple[PhraseGroup, ...] = ()
    sources: Mapping[str, str] = field(default_factory=dict)
    paths: Mapping[str, Path] = field(default_factory=dict)
    fingerprint: str = ""

    def chain(self, entity_id: str) -> tuple[str, ...]:
        """The entity and its controllers, following current control edges upward."""
        out = [entity_id]
        current = self.entities.get(entity_id)
        while current is not None:
            parent = next(
                (
                    a.entity
                    for a in current.affiliations
                    if a.relation in CONTROL_RELATIONS and a.current and a.entity not in out
                ),
                None,
            )
            if parent is None:
                break
            out.append(parent)
            current = self.entities.get(parent)
        return tuple(out)

    def label(self, text: str) -> Report:
        from srcflag.label import label

        return label(text, ruleset=self)
