"""Configuration of `srcflag check`: `[tool.srcflag]` in pyproject.toml, or `.srcflag.toml`."""

from __future__ import annotations

import difflib
import sys
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from srcflag.lint.checks import CHECKS, Severity, lookup

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

CONFIG_FILES = (".srcflag.toml", "pyproject.toml")


class ConfigError(Exception):
    """A configuration file that cannot be used; the message names the file and the key."""


def _codes(values: list[str]) -> list[str]:
    out = []
    for value in values:
        check = lookup(value)
        if check is None:
            names = [c.code for c in CHECKS] + [c.name for c in CHECKS]
            close = difflib.get_close_matches(value, names, n=1)
            hint = f" (did you mean '{close[0]}'?)" if close else ""
            raise ValueError(f"unknown check '{value}'{hint}")
        out.append(check.code)
    return out


class Config(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    select: list[str] | None = Field(default=None, description="checks to run (codes or names); all by default")
    ignore: list[str] = Field(default_factory=list, description="checks not to run")
    severity: dict[str, Severity] = Field(default_factory=dict, description="severity by check")
    rules: list[str] = Field(default_factory=list, description="rule folders, relative to the config file")
    fail_level: Severity = Field(default=Severity.ERROR, alias="fail-level")
    source: Path | None = Field(default=None, exclude=True)

    @field_validator("select", "ignore")
    @classmethod
    def _known_checks(cls, value: list[str] | None) -> list[str] | None:
        return None if value is None else _codes(value)

    @field_validator("severity")
    @classmethod
    def _known_severities(cls, value: dict[str, Severity]) -> dict[str, Severity]:
        return dict(zip(_codes(list(value)), value.values(), strict=True))

    def enabled(self, code: str) -> bool:
        return (self.select is None or code in self.select) and code not in self.ignore

    def severity_of(self, code: str, default: Severity) -> Severity:
        return self.severity.get(code, default)

    def rule_folders(self) -> list[Path]:
        base = self.source.parent if self.source is not None else Path.cwd()
        return [base / folder for folder in self.rules]


def _table(path: Path) -> dict[str, Any] | None:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror}") from None
    if path.name == "pyproject.toml":
        tool = data.get("tool")
        table = tool.get("srcflag") if isinstance(tool, dict) else None
        return dict(table) if isinstance(table, dict) else None
    return dict(data)


def load_config(path: Path) -> Config:
    table = _table(path)
    if table is None:
        raise ConfigError(f"{path}: no [tool.srcflag] table")
    where = "[tool.srcflag]" if path.name == "pyproject.toml" else "top level"
    try:
        config = Config.model_validate(table)
    except ValidationError as exc:
        problems = []
        for error in exc.errors():
            key = ".".join(str(p) for p in error["loc"])
            message = str(error["msg"]).removeprefix("Value error, ")
            if error["type"] == "extra_forbidden":
                known = ["select", "ignore", "severity", "rules", "fail-level"]
                close = difflib.get_close_matches(key, known, n=1)
                message = f"unknown key '{key}'" + (f" (did you mean '{close[0]}'?)" if close else "")
                key = ""
            problems.append(f"{path}: {where}{' ' + key if key else ''}: {message}")
        raise ConfigError("\n".join(problems)) from None
    return config.model_copy(update={"source": path})


def find_config(start: Path) -> Config:
    """The nearest configuration above `start` (a file's folder), or the defaults."""
    folder = start.resolve()
    for candidate in (folder, *folder.parents):
        for name in CONFIG_FILES:
            path = candidate / name
            if path.is_file() and _table(path) is not None:
                return load_config(path)
    return Config()
