"""One finding: a check that fired at a place in a file."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from srcflag.lint.checks import Severity
from srcflag.report import record_dict


@dataclass(frozen=True, slots=True)
class Finding:
    path: str
    code: str
    name: str
    severity: Severity
    message: str
    line: int
    column: int
    end_line: int
    end_column: int
    start: int  # offsets into the file's text
    end: int

    def to_dict(self) -> dict[str, Any]:
        return record_dict(self) | {"severity": self.severity.value}

    def format(self) -> str:
        return f"{self.path}:{self.line}:{self.column}: {self.code} {self.message}"
