"""`srcflag rules ...`: check, test, new, show, schema and stats of rule files."""

from __future__ import annotations

import argparse
import difflib
import os
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from srcflag.ruleset.diagnostics import Diagnostic
from srcflag.ruleset.discovery import ROOT_MARKER, find_root, rule_paths
from srcflag.ruleset.ruleset import RuleSet

EXIT_OK, EXIT_FAILED, EXIT_INVALID = 0, 1, 2
_NEW_ID = re.compile(r"^(?:[a-z]{2}|intl)/[a-z0-9]+(?:-[a-z0-9]+)*$")


def add_parser(commands: Any) -> None:
    rules = commands.add_parser("rules", help="check, test and inspect rule files")
    sub = rules.add_subparsers(dest="rules_command", required=True, parser_class=type(rules))

    check = sub.add_parser("check", help="validate rule files; exit 2 when any is invalid")
    check.add_argument("paths", nargs="*", type=Path, help="rule files or folders (default: the bundled rules)")
    check.add_argument("--no-bundled", action="store_true", help="do not load the bundled rules under the paths")
    check.add_argument("--strict", action="store_true", help="warnings (old reviews, loose aliases, ...) fail too")
    check.set_defaults(run=run_check)

    test = sub.add_parser("test", help="run each rule's examples; exit 1 when one fails")
    test.add_argument("paths", nargs="*", type=Path, help="rule files or folders (default: the bundled rules)")
    test.add_argument(
        "--corpus",
        type=Path,
        action="append",
        default=[],
        help="folder of clean articles in which no alias may match unexpectedly (repeatable)",
    )
    test.set_defaults(run=run_test)

    new = sub.add_parser("new", help="write a commented template for a new rule")
    new.add_argument("rule_id", metavar="COUNTRY/SLUG", help="e.g. kp/minju-joson or intl/who")
    new.add_argument("--rules-dir", type=Path, default=Path("rules"), help="the rules folder (default: ./rules)")
    new.set_defaults(run=run_new)

    show = sub.add_parser("show", help="print an entity with its aliases, evidence and affiliation chain")
    show.add_argument("rule_id", metavar="ID")
    show.add_argument("--rules", type=Path, action="append", default=[], metavar="DIR")
    show.set_defaults(run=run_show)

    schema = sub.add_parser("schema", help="print the JSON Schema of the rule format")
    schema.set_defaults(run=run_schema)

    stats = sub.add_parser("stats", help="count entities by type, media model and country")
    stats.add_argument("paths", nargs="*", type=Path)
    stats.set_defaults(run=run_stats)


def _print(problems: list[Diagnostic]) -> None:
    for problem in problems:
        print(problem.format())


def _load(paths: list[Path], *, with_bundled: bool = True) -> RuleSet | None:
    from srcflag.ruleset.validation import check_rules

    ruleset, problems = check_rules(rule_paths(paths, with_bundled=with_bundled))
    if ruleset is None:
        _print(problems)
        print(f"{len(problems)} problem(s) found", file=sys.stderr)
    return ruleset


def run_check(args: argparse.Namespace) -> int:
    from srcflag.ruleset.validation import check_rules

    ruleset, problems = check_rules(rule_paths(args.paths, with_bundled=not args.no_bundled))
    if ruleset is None:
        _print(problems)
        print(f"{len(problems)} problem(s) found", file=sys.stderr)
        return EXIT_INVALID
    from srcflag.ruleset.strict import strict_warnings

    warnings = [w for w in strict_warnings(ruleset) if _selected(w.path, args.paths)]
    _print(warnings)
    summary = (
        f"{len(ruleset.entities)} entities, {len(ruleset.countries)} countries,"
        f" {len(ruleset.phrase_groups)} phrase groups"
    )
    if warnings and args.strict:
        print(f"{summary}: {len(warnings)} warning(s), which --strict makes errors", file=sys.stderr)
        return EXIT_INVALID
    print(f"{summary}: ok" + (f" ({len(warnings)} warning(s))" if warnings else ""), file=sys.stderr)
    return EXIT_OK


def _selected(shown: str, paths: list[Path]) -> bool:
    """True when a file (as shown) lies under one of `paths`, or no paths were given."""
    if not paths:
        return True
    target = Path(shown).resolve()
    return any(target == p.resolve() or p.resolve() in target.parents for p in paths)


def run_test(args: argparse.Namespace) -> int:
    ruleset = _load(args.paths)
    if ruleset is None:
        return EXIT_INVALID
    from srcflag.ruleset.examples import test_examples
    from srcflag.ruleset.regression import unexpected_matches

    chosen = [i for i, path in ruleset.paths.items() if i in ruleset.entities and _selected(str(path), args.paths)]
    run, failures = test_examples(ruleset, sorted(chosen))
    for folder in args.corpus:
        if not folder.is_dir():
            print(f"srcflag: {folder}: not a folder of articles", file=sys.stderr)
            return EXIT_INVALID
        failures += unexpected_matches(ruleset, folder)
    _print(failures)
    verdict = f"{run} examples of {len(chosen)} rules: {run - len(failures)} passed, {len(failures)} failed"
    print(verdict, file=sys.stderr)
    return EXIT_FAILED if failures else EXIT_OK


def run_new(args: argparse.Namespace) -> int:
    from srcflag.ruleset.template import rule_template

    rule_id: str = args.rule_id
    if not _NEW_ID.match(rule_id):
        print(
            f"srcflag: '{rule_id}' is not COUNTRY/SLUG: a lower-case ISO 3166-1 alpha-2 code or 'intl',"
            " a slash, and lower-case words joined by '-' (e.g. kp/minju-joson)",
            file=sys.stderr,
        )
        return EXIT_INVALID
    target = args.rules_dir / f"{rule_id}.yaml"
    if target.exists():
        print(f"srcflag: {target} already exists; edit it instead", file=sys.stderr)
        return EXIT_INVALID
    root = find_root(args.rules_dir) if args.rules_dir.exists() else args.rules_dir
    schema = "../schema.json" if (root / ROOT_MARKER).is_file() or not args.rules_dir.exists() else ROOT_MARKER
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{target.name}.partial")
    partial.write_text(rule_template(rule_id, schema), encoding="utf-8")
    os.replace(partial, target)  # an interrupted run leaves no half-written rule
    print(f"wrote {target}: fill it in, then run srcflag rules check --strict {target}", file=sys.stderr)
    return EXIT_OK


def run_show(args: argparse.Namespace) -> int:
    ruleset = _load(args.rules)
    if ruleset is None:
        return EXIT_INVALID
    entity = ruleset.entities.get(args.rule_id)
    if entity is None:
        close = difflib.get_close_matches(args.rule_id, list(ruleset.entities), n=1)
        hint = f" (did you mean '{close[0]}'?)" if close else ""
        print(f"srcflag: unknown entity '{args.rule_id}'{hint}", file=sys.stderr)
        return EXIT_INVALID
    kind = entity.type.value + (f" ({entity.media_model.value})" if entity.media_model else "")
    lines = [
        f"{args.rule_id}: {entity.name}",
        f"  type:      {kind}",
        f"  country:   {entity.country or 'intl'}",
        f"  status:    {entity.status.value}",
        f"  file:      {ruleset.sources.get(args.rule_id, '?')}",
    ]
    aliases = ", ".join(a.text + (" [case-sensitive]" if a.case_sensitive else "") for a in entity.aliases)
    lines.append(f"  aliases:   {aliases or '-'}")
    if entity.domains:
        lines.append(f"  domains:   {', '.join(entity.domains)}")
    chain = ruleset.chain(args.rule_id)
    lines.append("  chain:     " + " -> ".join(f"{i} ({ruleset.entities[i].name})" for i in chain))
    for affiliation in entity.affiliations:
        dates = (
            f" {affiliation.since or '?'}..{affiliation.until or ''}" if affiliation.since or affiliation.until else ""
        )
        lines.append(f"  {affiliation.relation.value} {affiliation.entity}{dates}")
        lines += [f"      evidence: {e.claim} <{e.url}> (seen {e.seen})" for e in affiliation.evidence]
    lines += [f"  evidence:  {e.claim} <{e.url}> (seen {e.seen})" for e in entity.evidence]
    for past in entity.history:
        model = f" ({past.media_model.value})" if past.media_model else ""
        lines.append(f"  history:   {past.type.value}{model} {past.since or '?'}..{past.until or ''}")
    lines.append(f"  reviewed:  {entity.reviewed}")
    print("\n".join(lines))
    return EXIT_OK


def run_schema(args: argparse.Namespace) -> int:
    from srcflag.ruleset.jsonschema import rule_schema_text

    sys.stdout.write(rule_schema_text())
    return EXIT_OK


def run_stats(args: argparse.Namespace) -> int:
    ruleset = _load(args.paths)
    if ruleset is None:
        return EXIT_INVALID
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
    return EXIT_OK
