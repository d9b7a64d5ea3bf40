"""The words of the rule format: source types, media models, relations, statuses.

Plain enums, apart from the pydantic models of `schema`, so that labelling with a cached rule
set never imports the validation machinery.
"""

from __future__ import annotations

from enum import Enum


class SourceType(str, Enum):
    """The `source_type` vocabulary of the annotation guideline."""

    STATE_MEDIA = "state_media"
    PUBLIC_MEDIA = "public_media"
    INDEPENDENT_MEDIA = "independent_media"
    GOVERNMENT = "government"
    POLITICAL_PARTY = "political_party"
    INTERGOVERNMENTAL = "intergovernmental"
    THINK_TANK = "think_tank"
    ACADEMIC = "academic"
    NGO = "ngo"
    COMPANY = "company"
    INDIVIDUAL = "individual"
    ANONYMOUS = "anonymous"
    UNATTRIBUTED = "unattributed"


class MediaModel(str, Enum):
    STATE_CONTROLLED = "state_controlled"
    PARTY_ORGAN = "party_organ"
    CAPTURED_PUBLIC = "captured_public"
    CAPTURED_PRIVATE = "captured_private"
    STATE_FUNDED_INDEPENDENT = "state_funded_independent"
    INDEPENDENT_PUBLIC_SERVICE = "independent_public_service"
    INDEPENDENT = "independent"


MEDIA_TYPES: dict[SourceType, frozenset[MediaModel]] = {
    SourceType.STATE_MEDIA: frozenset(
        {
            MediaModel.STATE_CONTROLLED,
            MediaModel.PARTY_ORGAN,
            MediaModel.CAPTURED_PUBLIC,
            MediaModel.CAPTURED_PRIVATE,
        }
    ),
    SourceType.PUBLIC_MEDIA: frozenset({MediaModel.STATE_FUNDED_INDEPENDENT, MediaModel.INDEPENDENT_PUBLIC_SERVICE}),
    SourceType.INDEPENDENT_MEDIA: frozenset({MediaModel.INDEPENDENT}),
}


class Relation(str, Enum):
    ORGAN_OF = "organ_of"
    OWNED_BY = "owned_by"
    CONTROLLED_BY = "controlled_by"
    FUNDED_BY = "funded_by"
    PART_OF = "part_of"
    MEMBER_OF = "member_of"
    LEADER_OF = "leader_of"


# Edges that carry editorial or institutional control: the label's chain follows these.
CONTROL_RELATIONS = frozenset(
    {
        Relation.ORGAN_OF,
        Relation.CONTROLLED_BY,
        Relation.OWNED_BY,
        Relation.PART_OF,
        Relation.FUNDED_BY,
    }
)


class EntityKind(str, Enum):
    ORGANIZATION = "organization"
    PERSON = "person"


class Status(str, Enum):
    ACTIVE = "active"
    CLOSED = "closed"
    RENAMED = "renamed"
