"""srcflag: label every quoted or reported statement in a news article with the type of its source."""

from srcflag.label import label
from srcflag.report import Report, Statement
from srcflag.ruleset import Entity, RuleError, RuleSet, SourceType, load_rules
from srcflag.version import __version__

__all__ = [
    "Entity",
    "Report",
    "RuleError",
    "RuleSet",
    "SourceType",
    "Statement",
    "__version__",
    "label",
    "load_rules",
]
