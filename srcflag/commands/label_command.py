"""`srcflag label`: label the statements of articles and print reports."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from srcflag.inputs import InputError, read_article
from srcflag.label import label
from srcflag.report import Report
from srcflag.ruleset import RuleError, load_rules
from srcflag.ruleset.ruleset import RuleSet


def add_parser(commands: Any) -> None:
    parser = commands.add_parser("label", help="label every statement in articles")
    parser.add_argument("paths", nargs="*", help="article files; '-' or none reads standard input")
    parser.add_argument("--format", choices=("text", "json", "jsonl"), default="text")
    parser.add_argument(
        "--rules",
        action="append",
        default=[],
        metavar="DIR",
        help="extra rule folder layered over the bundled rules (repeatable)",
    )
    parser.set_defaults(run=run)


def _ruleset(folders: list[str]) -> RuleSet | None:
    return load_rules(folders) if folders else None


def format_text(report: Report) -> str:
    lines = []
    for st in report.statements:
        speaker = st.speaker.name if st.speaker else "(no speaker)"
        via = f" via {', '.join(c.name for c in st.channels)}" if st.channels else ""
        snippet = st.content.text if len(st.content.text) <= 70 else st.content.text[:67] + "..."
        lines.append(
            f"{report.path or '-'}:{st.content.line}:{st.content.column}: {st.source_type:<17} "
            f"{st.kind:<8} {speaker}{via}: {snippet!r}"
        )
        lines.append(f"    {st.explain()}")
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    try:
        ruleset = _ruleset(args.rules)
    except RuleError as exc:
        for problem in exc.diagnostics:
            print(problem.format(), file=sys.stderr)
        return 2
    paths = args.paths or ["-"]
    reports: list[Report] = []
    failed = False
    for path in paths:
        try:
            text = read_article(path)
        except InputError as exc:
            print(f"srcflag: {exc}", file=sys.stderr)
            failed = True
            continue
        report = label(text, ruleset=ruleset, path=None if path == "-" else str(Path(path)))
        if args.format == "jsonl":
            print(report.model_dump_json())
        elif args.format == "text":
            print(format_text(report))
        reports.append(report)
    if args.format == "json":
        print(json.dumps([r.model_dump(mode="json") for r in reports], ensure_ascii=False, indent=1))
    return 2 if failed else 0
