"""srcflag: label every quoted or reported statement in a news article with the type of its source."""

from srcflag.ruleset import Entity, RuleError, RuleSet, SourceType, load_rules

__version__ = "0.1.0"

__all__ = ["Entity", "RuleError", "RuleSet", "SourceType", "__version__", "load_rules"]
