"""`srcflag label`: label the statements of articles (filled in with the labeller)."""

from __future__ import annotations

import argparse
from typing import Any


def add_parser(commands: Any) -> None:
    label = commands.add_parser("label", help="label every statement in articles")
    label.add_argument("paths", nargs="*")
    label.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    return 2
