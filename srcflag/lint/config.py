"""Configuration of `srcflag check`: `[tool.srcflag]` in pyproject.toml, or `.srcflag.toml`."""

from __future__ import annotations

import difflib
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from srcflag.lint.checks import CHECKS, Severity, lookup

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

CONFIG_FILES = (".srcflag.toml", "pyproject.toml")


class ConfigError(Exception):
    """A configuration file that cannot be used; the message names the file and the key."""


KEYS = ("select", "ignore", "severity", "rules", "fail-level")


class _Invalid(ValueError):
    """A value of one key that cannot be used; `key` names it as the file spells it."""

    def __init__(self, key: str, message: str) -> None:
        super().__init__(message)
        self.key = key


def _codes(values: Sequence[str]) -> tuple[str, ...]:
    out = []
    for value in values:
        check = lookup(value)
        if check is None:
            names = [c.code for c in CHECKS] + [c.name for c in CHECKS]
            close = difflib.get_close_matches(value, names, n=1)
            hint = f" (did you mean '{close[0]}'?)" if close else ""
            raise ValueError(f"unknown check '{value}'{hint}")
        out.append(check.code)
    return tuple(out)


def _severity(key: str, value: object) -> Severity:
    if isinstance(value, str) and value in {s.value for s in Severity}:
        return Severity(value)
    allowed = ", ".join(f"'{s.value}'" for s in Severity)
    raise _Invalid(key, f"expected one of {allowed}, not {value!r}")


def _strings(key: str, value: object) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise _Invalid(key, f"expected a list of strings, not {value!r}")
    return value


def _codes_of(key: str, value: object) -> tuple[str, ...]:
    try:
        return _codes(_strings(key, value))
    except _Invalid:
        raise
    except ValueError as exc:
        raise _Invalid(key, str(exc)) from None


@dataclass(frozen=True)
class Config:
    """Which checks run, at what severity, with which extra rule folders."""

    select: tuple[str, ...] | None = None  # checks to run (codes); all by default
    ignore: tuple[str, ...] = ()
    severity: Mapping[str, Severity] = field(default_factory=dict)  # severity by check code
    rules: tuple[str, ...] = ()  # rule folders, relative to the config file
    fail_level: Severity = Severity.ERROR
    source: Path | None = None

    @classmethod
    def from_table(cls, table: Mapping[str, object], source: Path | None = None) -> Config:
        """A configuration from its TOML table; raises `ValueError` naming the key at fault."""
        for key in table:
            if key not in KEYS:
                close = difflib.get_close_matches(key, KEYS, n=1)
                raise _Invalid("", f"unknown key '{key}'" + (f" (did you mean '{close[0]}'?)" if close else ""))
        severity = table.get("severity", {})
        if not isinstance(severity, dict):
            raise _Invalid("severity", f"expected a table of check = severity, not {severity!r}")
        select = table.get("select")
        return cls(
            select=None if select is None else _codes_of("select", select),
            ignore=_codes_of("ignore", table.get("ignore", [])),
            severity={
                code: _severity(f"severity.{name}", level)
                for code, (name, level) in zip(_codes_of("severity", list(severity)), severity.items(), strict=True)
            },
            rules=tuple(_strings("rules", table.get("rules", []))),
            fail_level=_severity("fail-level", table.get("fail-level", Severity.ERROR.value)),
            source=source,
        )

    def with_overrides(
        self, select: Sequence[str] | None = None, ignore: Sequence[str] | None = None, fail_level: str | None = None
    ) -> Config:
        """This configuration with command-line options on top; raises `ValueError` for unknown checks."""
        return replace(
            self,
            select=_codes(select) if select else self.select,
            ignore=_codes(ignore) if ignore else self.ignore,
            fail_level=Severity(fail_level) if fail_level else self.fail_level,
        )

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
        return Config.from_table(table, source=path)
    except _Invalid as exc:
        raise ConfigError(f"{path}: {where}{' ' + exc.key if exc.key else ''}: {exc}") from None


def find_config(start: Path) -> Config:
    """The nearest configuration above `start` (a file's folder), or the defaults."""
    folder = start.resolve()
    for candidate in (folder, *folder.parents):
        for name in CONFIG_FILES:
            path = candidate / name
            if path.is_file() and _table(path) is not None:
                return load_config(path)
    return Config()
