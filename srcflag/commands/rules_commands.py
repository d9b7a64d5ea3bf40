"""`srcflag rules ...`: check, schema and stats of rule files."""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from srcflag.ruleset.jsonschema import rule_schema_text
from srcflag.ruleset.loader import check_rules, rule_paths


def add_parser(commands: Any) -> None:
    rules = commands.add_parser("rules", help="check and inspect rule files")
    sub = rules.add_subparsers(dest="rules_command", required=True, parser_class=type(rules))

    check = sub.add_parser("check", help="validate rule files; exit 2 when any is invalid")
    check.add_argument(
        "paths", nargs="*", type=Path, help="rule files or folders (default: the bundled rules)"
    )
    check.add_argument(
        "--no-bundled", action="store_true", help="do not load the bundled rules under the given paths"
    )
    check.set_defaults(run=run_check)

    schema = sub.add_parser("schema", help="print the JSON Schema of the rule format")
    schema.set_defaults(run=run_schema)

    stats = sub.add_parser("stats", help="count entities by type, media model and country")
    stats.add_argument("paths", nargs="*", type=Path)
    stats.set_defaults(run=run_stats)


def run_check(args: argparse.Namespace) -> int:
    layers = rule_paths(args.paths, with_bundled=not args.no_bundled)
    ruleset, problems = check_rules(layers)
    for problem in problems:
        print(problem.format())
    if ruleset is None:
        print(f"{len(problems)} problem(s) found", file=sys.stderr)
        return 2
    print(
        f"{len(ruleset.entities)} entities, {len(ruleset.countries)} countries,"
        f" {len(ruleset.phrase_groups)} phrase groups: ok",
        file=sys.stderr,
    )
    return 0


def run_schema(args: argparse.Namespace) -> int:
    sys.stdout.write(rule_schema_text())
    return 0


def run_stats(args: argparse.Namespace) -> int:
    ruleset, problems = check_rules(rule_paths(args.paths))
    if ruleset is None:
        for problem in problems:
            print(problem.format(), file=sys.stderr)
        return 2
    entities = list(ruleset.entities.values())
    tables = {
        "type": Counter(e.type.value for e in entities),
        "media_model": Counter(e.media_model.value for e in entities if e.media_model),
        "country": Counter(e.country or "intl" for e in entities),
    }
    print(f"entities: {len(entities)}, countries: {len(tables['country'])}")
    for title, counts in tables.items():
        print(f"\n| {title} | entities |\n|---|---:|")
        for key, count in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
            print(f"| {key} | {count} |")
    return 0
