"""Rule files: format, loading, validation and the loaded `RuleSet`."""

from srcflag.ruleset.diagnostics import Diagnostic, RuleError
from srcflag.ruleset.loader import bundled_rules_dir, check_rules, load_rules
from srcflag.ruleset.ruleset import RuleSet
from srcflag.ruleset.schema import Entity, MediaModel, Relation, SourceType

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
