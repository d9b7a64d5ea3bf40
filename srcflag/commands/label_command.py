"""`srcflag label`: label the statements of articles and print reports, streamed in input order."""

from __future__ import annotations

import argparse
import sys
from collections import deque
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

from srcflag.batch import Article, JsonLinesError, jsonl_articles, label_many
from srcflag.formats import FORMATS, SourceText, format_for, source_text
from srcflag.formats.relocate import to_file
from srcflag.inputs import InputError, read_article
from srcflag.report import Report
from srcflag.ruleset import RuleError, load_rules
from srcflag.ruleset.ruleset import RuleSet

PROGRESS_EVERY = 25


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
    parser.add_argument(
        "--turns",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="one statement per speaker's turn: a quotation broken by its attribution in one paragraph is one"
        " statement, and so are the fragments one verb quotes (the default); --no-turns reports each on its own",
    )
    parser.add_argument("--jobs", type=int, default=1, metavar="N", help="label in N processes (order is kept)")
    parser.add_argument(
        "--input-format",
        choices=(*FORMATS, "jsonl"),
        help="the articles' format (default: by extension: .md, .html, else text);"
        " jsonl: one JSON object per line, the article in --text-field",
    )
    parser.add_argument("--text-field", default="text", help="the JSON Lines field holding the text")
    parser.add_argument("--id-field", default="id", help="the JSON Lines field naming the article")
    parser.set_defaults(run=run)


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


class _Failures:
    def __init__(self) -> None:
        self.count = 0


def _articles(args: argparse.Namespace, failures: _Failures, sources: deque[SourceText | None]) -> Iterator[Article]:
    """The articles to label, in order; `sources` receives, for each, the Markdown or HTML it came from."""
    for path in args.paths or ["-"]:
        try:
            text = read_article(path)
        except InputError as exc:
            print(f"srcflag: {exc}", file=sys.stderr)
            failures.count += 1
            continue
        name = "<stdin>" if path == "-" else str(Path(path))
        if args.input_format == "jsonl":
            for article in jsonl_articles(
                text.splitlines(), text_field=args.text_field, id_field=args.id_field, source=name
            ):
                sources.append(None)
                yield article
            continue
        fmt = format_for(path, args.input_format)
        source = source_text(text, fmt) if fmt != "text" else None
        sources.append(source)
        yield Article(source.text if source is not None else text, None if path == "-" else name)


def _emit(report: Report, fmt: str, out: TextIO, first: bool) -> None:
    if fmt == "jsonl":
        out.write(report.to_json() + "\n")
    elif fmt == "json":
        out.write(("[\n" if first else ",\n") + report.to_json())
    else:
        text = format_text(report)
        if text:
            out.write(text + "\n")


def run(args: argparse.Namespace) -> int:
    if args.jobs < 1:
        print("srcflag: --jobs takes a whole number of 1 or more", file=sys.stderr)
        return 2
    try:
        ruleset: RuleSet | None = load_rules(args.rules) if args.rules else None
    except RuleError as exc:
        for problem in exc.diagnostics:
            print(problem.format(), file=sys.stderr)
        return 2
    failures = _Failures()
    progress = sys.stderr.isatty()
    out = sys.stdout
    done = 0
    try:
        sources: deque[SourceText | None] = deque()
        for report in label_many(_articles(args, failures, sources), ruleset, jobs=args.jobs, turns=args.turns):
            source = sources.popleft()  # reports come back in input order
            _emit(to_file(report, source) if source is not None else report, args.format, out, first=done == 0)
            done += 1
            if progress and done % PROGRESS_EVERY == 0:
                print(f"\rlabelled {done} articles", end="", file=sys.stderr, flush=True)
    except JsonLinesError as exc:
        print(f"srcflag: {exc}", file=sys.stderr)
        failures.count += 1
    if args.format == "json":
        out.write("[]\n" if done == 0 else "\n]\n")
    if progress and done >= PROGRESS_EVERY:
        print(f"\rlabelled {done} articles", file=sys.stderr)
    return 2 if failures.count else 0
