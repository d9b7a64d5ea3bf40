"""The `srcflag` command line: argument parsing and dispatch, nothing else."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import NoReturn

from srcflag.commands import check_command, label_command, rules_commands
from srcflag.version import __version__

EXIT_OK = 0
EXIT_FOUND = 1
EXIT_USAGE = 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="srcflag", description=__doc__)
    parser.add_argument("--version", action="version", version=f"srcflag {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    label_command.add_parser(commands)
    check_command.add_parser(commands)
    rules_commands.add_parser(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        code: int = args.run(args)
    except KeyboardInterrupt:
        print("srcflag: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
    return code
