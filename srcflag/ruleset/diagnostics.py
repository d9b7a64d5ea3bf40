"""Located problems found in rule files, collected rather than raised."""

from __future__ import annotations

import os
from dataclasses import dataclass
from enum import Enum
from pathlib import Path


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Mark:
    """A 1-based line and column in a file."""

    line: int
    column: int


@dataclass(frozen=True, order=True)
class Diagnostic:
    """One problem at one place: `path:line:col: message`. Lines and columns are 1-based."""

    path: str
    line: int
    column: int
    message: str
    field: str = ""
    severity: Severity = Severity.ERROR

    def format(self) -> str:
        where = f" [{self.field}]" if self.field else ""
        level = "" if self.severity is Severity.ERROR else f"{self.severity.value}: "
        return f"{self.path}:{self.line}:{self.column}: {level}{self.message}{where}"


class RuleError(Exception):
    """Raised by `load_rules` when rule files are invalid; carries every diagnostic."""

    def __init__(self, diagnostics: list[Diagnostic]) -> None:
        self.diagnostics = sorted(diagnostics)
        lines = "\n".join(d.format() for d in self.diagnostics[:20])
        more = len(self.diagnostics) - 20
        tail = f"\n... and {more} more" if more > 0 else ""
        super().__init__(f"{len(self.diagnostics)} problem(s) in rule files:\n{lines}{tail}")


def display_path(path: Path) -> str:
    """A path as people expect to see it: relative to the working directory when below it."""
    absolute = Path(os.path.abspath(path))  # not resolve(): a symbolic link is shown as itself
    try:
        return str(absolute.relative_to(Path(os.path.abspath(Path.cwd()))))
    except ValueError:
        return str(path)
