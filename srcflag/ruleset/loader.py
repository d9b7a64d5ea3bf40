"""`load_rules`: the rule set from the on-disk cache, or validated afresh and cached."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from srcflag.ruleset import cache
from srcflag.ruleset.diagnostics import RuleError
from srcflag.ruleset.discovery import fingerprint, rule_paths
from srcflag.ruleset.ruleset import RuleSet


def load_rules(paths: Iterable[str | Path] | None = None, *, with_bundled: bool = True) -> RuleSet:
    """Load and validate rules: the bundled set, with extra rule folders layered on top.

    Raises `RuleError` listing every problem, each with file, line and column. A rule set
    validated before, with the same files, comes from the on-disk cache.
    """
    from srcflag.matcher import Matcher, remember_matcher

    layers = rule_paths(paths, with_bundled=with_bundled)
    key = fingerprint(layers)
    cached = cache.load(key) if key else None
    if isinstance(cached, tuple) and len(cached) == 2:
        stored, stored_matcher = cached
        if isinstance(stored, RuleSet) and isinstance(stored_matcher, Matcher):
            remember_matcher(stored_matcher)
            return stored
    from srcflag.ruleset.validation import check_rules  # pydantic and YAML: only on a cache miss

    ruleset, problems = check_rules(layers)
    if ruleset is None:
        raise RuleError(problems)
    matcher = Matcher(ruleset)
    remember_matcher(matcher)
    if key == ruleset.fingerprint:
        cache.store(key, (ruleset, matcher))
    return ruleset
