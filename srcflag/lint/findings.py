"""One finding: a check that fired at a place in a file."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from srcflag.lint.checks import Severity


class Finding(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

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

    def format(self) -> str:
        return f"{self.path}:{self.line}:{self.column}: {self.code} {self.message}"
