"""Finding rule files: the folders to load, each file's root and id, and their cache key.

Kept apart from validation so that a rule set served from the cache needs neither YAML nor
pydantic.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from srcflag.ruleset.cache import content_key
from srcflag.ruleset.diagnostics import Diagnostic, Mark, display_path

RULE_SUFFIXES = (".yaml", ".yml")
ROOT_MARKER = "schema.json"
MAX_RULE_FILES = 20_000


def bundled_rules_dir() -> Path:
    """The rules shipped with srcflag: inside the installed package, or the source checkout's."""
    package_dir = Path(__file__).resolve().parent.parent
    installed = package_dir / "bundled_rules"
    if installed.is_dir():
        return installed
    return package_dir.parent / "rules"


@dataclass(frozen=True)
class RuleFile:
    path: Path
    root: Path
    rule_id: str

    @property
    def shown(self) -> str:
        return display_path(self.path)


class Problems:
    """Diagnostics collected while finding and validating rule files."""

    def __init__(self) -> None:
        self.items: list[Diagnostic] = []

    def add(self, file: RuleFile | str, mark: Mark, message: str, field: str = "") -> None:
        shown = file.shown if isinstance(file, RuleFile) else file
        self.items.append(Diagnostic(shown, mark.line, mark.column, message, field))


def find_root(path: Path) -> Path:
    """The rules root of `path`: the nearest folder holding `schema.json`, else a guess."""
    start = path if path.is_dir() else path.parent
    for candidate in (start, *start.parents):
        if (candidate / ROOT_MARKER).is_file():
            return candidate
    return start if path.is_dir() else start.parent


def _walk(folder: Path, problems: Problems) -> list[tuple[Path, str]]:
    """Rule files below `folder` with their path relative to it, in order.

    Linked folders are reported and never followed (no loops, no escapes); linked files are
    left for `discover` to refuse.
    """
    found: list[tuple[Path, str]] = []
    for current, folders, files in os.walk(folder, followlinks=False):
        below = os.path.relpath(current, folder)
        for name in sorted(folders):
            if os.path.islink(os.path.join(current, name)):
                problems.add(
                    display_path(Path(current) / name),
                    Mark(1, 1),
                    "symbolic links and files outside the rules folder are refused",
                )
        for name in files:
            if os.path.splitext(name)[1] in RULE_SUFFIXES:
                relative = name if below == "." else f"{below}{os.sep}{name}"
                found.append((Path(current, name), relative))
    return sorted(found)


def _refused(candidate: Path, problems: Problems) -> None:
    problems.add(display_path(candidate), Mark(1, 1), "symbolic links and files outside the rules folder are refused")


def _rule_id(relative: str) -> str:
    return os.path.splitext(relative)[0].replace(os.sep, "/")


def discover(paths: Sequence[Path], problems: Problems) -> list[RuleFile]:
    """Every rule file under `paths`, with its root and id; refusals go to `problems`."""
    found: list[RuleFile] = []
    for given in paths:
        if not given.exists():
            problems.add(display_path(given), Mark(1, 1), "no such file or directory")
            continue
        root = find_root(given).resolve()
        if given.is_dir():
            base = given.resolve()
            if not base.is_relative_to(root):
                _refused(given, problems)
                continue
            # below a folder that is not a link, only linked files can lead elsewhere: no resolve() per file
            prefix = base.relative_to(root).as_posix()
            for candidate, relative in _walk(given, problems):
                if len(found) >= MAX_RULE_FILES:
                    problems.add(display_path(given), Mark(1, 1), f"more than {MAX_RULE_FILES} rule files")
                    return found
                if os.path.islink(candidate):
                    _refused(candidate, problems)
                    continue
                rule_id = _rule_id(relative) if prefix == "." else f"{prefix}/{_rule_id(relative)}"
                found.append(RuleFile(candidate, root, rule_id))
            continue
        resolved = given.resolve()
        if given.is_symlink() or not resolved.is_relative_to(root):
            _refused(given, problems)
            continue
        if given.suffix not in RULE_SUFFIXES or not given.is_file():
            problems.add(display_path(given), Mark(1, 1), "not a .yaml rule file")
            continue
        found.append(RuleFile(given, root, resolved.relative_to(root).with_suffix("").as_posix()))
    return found


def rule_paths(paths: Iterable[str | Path] | None, *, with_bundled: bool = True) -> list[Path]:
    """The folders to load: the bundled rules first (unless left out), then `paths` on top."""
    extra = [Path(p) for p in paths or ()]
    bundled = bundled_rules_dir()
    layers = [bundled] if with_bundled or not extra else []
    for path in extra:
        if path.resolve() != bundled.resolve():
            layers.append(path)
    return layers


def cache_item(file: RuleFile) -> tuple[str, bytes]:
    # the path is part of the key: the cached rules carry the file locations their messages report
    return f"{file.rule_id}\0{os.path.abspath(file.path)}", file.path.read_bytes()


def fingerprint(layers: list[Path]) -> str | None:
    """The cache key of the rule files under `layers`, or None when discovery finds problems."""
    out = Problems()
    files = discover(layers, out)
    if out.items:
        return None
    try:
        return content_key([cache_item(f) for f in files])
    except OSError:
        return None
