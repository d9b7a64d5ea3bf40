"""`srcflag check`: the pre-publication check over Markdown, HTML and text articles."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from srcflag.formats import FORMATS, format_for, source_text
from srcflag.inputs import InputError, read_article
from srcflag.lint.checks import Severity
from srcflag.lint.config import Config, ConfigError, find_config, load_config
from srcflag.lint.findings import Finding
from srcflag.ruleset import RuleError, RuleSet, load_rules

EXIT_OK, EXIT_FOUND, EXIT_ERROR = 0, 1, 2


def add_parser(commands: Any) -> None:
    check = commands.add_parser("check", help="check articles before publication")
    check.add_argument("paths", nargs="*", help="article files (.md, .html, .txt); '-' or none reads standard input")
    check.add_argument("--format", choices=("text", "json", "sarif", "github"), default="text")
    check.add_argument("--input-format", choices=FORMATS, help="the articles' format (default: by extension)")
    check.add_argument(
        "--config",
        type=Path,
        help="configuration file (default: the nearest .srcflag.toml"
        " or pyproject.toml with [tool.srcflag] above each article)",
    )
    check.add_argument("--rules", action="append", default=[], metavar="DIR", help="extra rule folder")
    check.add_argument("--select", help="only these checks (comma-separated codes or names)")
    check.add_argument("--ignore", help="skip these checks (comma-separated codes or names)")
    check.add_argument("--fail-level", choices=[s.value for s in Severity], help="lowest severity that fails")
    check.add_argument("--no-color", action="store_true", help="no colour even on a terminal")
    check.set_defaults(run=run)


def _config_for(args: argparse.Namespace, path: str, explicit: Config | None) -> Config:
    config = explicit if explicit is not None else find_config(Path(path).parent if path != "-" else Path.cwd())
    return config.with_overrides(select=_listed(args.select), ignore=_listed(args.ignore), fail_level=args.fail_level)


def _listed(option: str | None) -> list[str] | None:
    return [v.strip() for v in option.split(",") if v.strip()] if option else None


def run(args: argparse.Namespace) -> int:
    from srcflag.lint.engine import check_source
    from srcflag.lint.output import as_github, as_json, as_sarif, as_text

    try:
        explicit = load_config(args.config) if args.config else None
    except ConfigError as exc:
        print(f"srcflag: {exc}", file=sys.stderr)
        return EXIT_ERROR
    rulesets: dict[tuple[str, ...], RuleSet] = {}
    findings: list[Finding] = []
    failed = False
    fail_at = Severity.ERROR
    for path in args.paths or ["-"]:
        try:
            config = _config_for(args, path, explicit)
            folders = tuple(str(p) for p in config.rule_folders()) + tuple(args.rules)
            if folders not in rulesets:
                rulesets[folders] = load_rules(list(folders))
            text = read_article(path)
        except (ConfigError, ValueError) as exc:
            print(f"srcflag: {exc}", file=sys.stderr)
            return EXIT_ERROR
        except RuleError as exc:
            for problem in exc.diagnostics:
                print(problem.format(), file=sys.stderr)
            return EXIT_ERROR
        except InputError as exc:
            print(f"srcflag: {exc}", file=sys.stderr)
            failed = True
            continue
        shown = "<stdin>" if path == "-" else path
        fmt = format_for(shown, args.input_format)
        findings += check_source(shown, source_text(text, fmt), rulesets[folders], config)
        fail_at = config.fail_level
    if args.format == "text":
        output = as_text(findings, colour=sys.stdout.isatty() and not args.no_color)
    else:
        output = {"json": as_json, "sarif": as_sarif, "github": as_github}[args.format](findings)
    if output:
        print(output)
    if args.format == "text":
        counts = {s: sum(f.severity is s for f in findings) for s in Severity}
        print(
            f"{len(findings)} finding(s): {counts[Severity.ERROR]} error(s), {counts[Severity.WARNING]} warning(s),"
            f" {counts[Severity.INFO]} info",
            file=sys.stderr,
        )
    if failed:
        return EXIT_ERROR
    return EXIT_FOUND if any(f.severity.rank >= fail_at.rank for f in findings) else EXIT_OK
