"""Rule files: format, loading, validation and the loaded `RuleSet`."""

from typing import TYPE_CHECKING, Any

from srcflag.ruleset.diagnostics import Diagnostic, RuleError
from srcflag.ruleset.discovery import bundled_rules_dir
from srcflag.ruleset.loader import load_rules
from srcflag.ruleset.records import Entity
from srcflag.ruleset.ruleset import RuleSet
from srcflag.ruleset.vocabulary import MediaModel, Relation, SourceType

__all__ = [
    "Diagnostic",
    "Entity",
    "MediaModel",
    "Relation",
    "RuleError",
    "RuleSet",
    "SourceType",
    "bundled_rules_dir",
    "check_rules",
    "load_rules",
]


if TYPE_CHECKING:
    from srcflag.ruleset.validation import check_rules


def __getattr__(name: str) -> Any:
    # validation imports pydantic and YAML; a rule set from the cache needs neither
    if name == "check_rules":
        from srcflag.ruleset.validation import check_rules

        return check_rules
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
