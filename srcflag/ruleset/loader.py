"""Find, parse and validate rule files, collecting every problem with its location."""

from __future__ import annotations

import difflib
import functools
import os
import re
import types
import typing
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Union

from pydantic import BaseModel, TypeAdapter, ValidationError

from srcflag.normalize import normalize_name
from srcflag.ruleset import cache
from srcflag.ruleset.cache import content_key
from srcflag.ruleset.diagnostics import Diagnostic, RuleError, display_path
from srcflag.ruleset.ruleset import RuleSet
from srcflag.ruleset.schema import (
    CountriesRule,
    Country,
    Entity,
    GenericRule,
    PhraseGroup,
    PhrasesRule,
)
from srcflag.ruleset.yamldoc import LocatedDocument, Mark, Path_, YamlProblem, parse_located

RULE_SUFFIXES = (".yaml", ".yml")
ROOT_MARKER = "schema.json"
GENERIC_FOLDER = "generic"
INTL_FOLDER = "intl"
MAX_RULE_FILES = 20_000
_COUNTRY_FOLDER = re.compile(r"^[a-z]{2}$")
_ID_PART = re.compile(r"^[a-z0-9]+(?:[-_][a-z0-9]+)*$")


@functools.cache
def _generic_adapter() -> TypeAdapter[CountriesRule | PhrasesRule]:
    return TypeAdapter(GenericRule)


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


@dataclass
class _Loaded:
    file: RuleFile
    doc: LocatedDocument
    entity: Entity | None = None
    generic: CountriesRule | PhrasesRule | None = None


class _Collector:
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


def _walk(folder: Path, problems: _Collector) -> list[tuple[Path, str]]:
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


def _refused(candidate: Path, problems: _Collector) -> None:
    problems.add(display_path(candidate), Mark(1, 1), "symbolic links and files outside the rules folder are refused")


def _rule_id(relative: str) -> str:
    return os.path.splitext(relative)[0].replace(os.sep, "/")


def discover(paths: Sequence[Path], problems: _Collector) -> list[RuleFile]:
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


# --- mapping pydantic errors onto YAML positions -------------------------------------------


def _unwrap(annotation: Any) -> list[Any]:
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return _unwrap(typing.get_args(annotation)[0])
    if origin in (Union, types.UnionType, list, tuple, dict):
        return [inner for arg in typing.get_args(annotation) for inner in _unwrap(arg)]
    return [annotation]


def _model_at(model: type[BaseModel], path: Path_) -> type[BaseModel] | None:
    current: type[BaseModel] | None = model
    for part in path:
        if current is None or isinstance(part, int):
            continue
        field = current.model_fields.get(part)
        if field is None:
            return None
        models = [a for a in _unwrap(field.annotation) if isinstance(a, type) and issubclass(a, BaseModel)]
        current = models[0] if models else None
    return current


def _data_path(value: Any, loc: Iterable[int | str]) -> Path_:
    """The part of a pydantic `loc` that indexes into the data (drops union branch tags)."""
    out: list[str | int] = []
    current = value
    parts = list(loc)
    for position, part in enumerate(parts):
        if isinstance(current, dict) and isinstance(part, str):
            if part not in current and position < len(parts) - 1:
                continue  # a union's branch tag, not a field
            out.append(part)
            current = current.get(part)
        elif isinstance(current, list) and isinstance(part, int) and 0 <= part < len(current):
            out.append(part)
            current = current[part]
    return tuple(out)


def _dotted(path: Path_) -> str:
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text


def _message(error: Any, model: type[BaseModel], path: Path_) -> str:
    kind = error["type"]
    name = path[-1] if path else ""
    if kind == "extra_forbidden":
        parent = _model_at(model, path[:-1])
        known = list(parent.model_fields) if parent else []
        close = difflib.get_close_matches(str(name), known, n=1, cutoff=0.6)
        hint = f" (did you mean '{close[0]}'?)" if close else ""
        return f"unknown field '{name}'{hint}"
    if kind == "missing":
        return f"missing required field '{name}'"
    text = str(error["msg"])
    for prefix in ("Value error, ", "Assertion failed, "):
        text = text.removeprefix(prefix)
    if kind == "string_pattern_mismatch":
        text = text.replace("String should match pattern", "value does not have the expected form; pattern")
    return text


def _validation_diagnostics(
    exc: ValidationError, file: RuleFile, doc: LocatedDocument, model: type[BaseModel], out: _Collector
) -> None:
    seen: set[tuple[Path_, str]] = set()
    for error in exc.errors():
        path = _data_path(doc.value, error["loc"])
        message = _message(error, model, path)
        if (path, message) in seen:
            continue
        seen.add((path, message))
        mark = doc.locate(path, key=error["type"] in ("extra_forbidden", "missing"))
        if error["type"] == "missing":
            mark = doc.locate(path[:-1])
        out.add(file, mark, message, _dotted(path))


# --- one file ---------------------------------------------------------------------------------


def _read(file: RuleFile, out: _Collector) -> LocatedDocument | None:
    try:
        raw = file.path.read_bytes()
    except OSError as exc:
        out.add(file, Mark(1, 1), f"cannot read rule file: {exc.strerror or exc}")
        return None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        out.add(file, Mark(1, 1), f"not valid UTF-8 (byte {exc.start})")
        return None
    try:
        return parse_located(text)
    except YamlProblem as problem:
        out.add(file, problem.mark, problem.message)
        return None


def _check_id(file: RuleFile, doc: LocatedDocument, out: _Collector) -> bool:
    parts = file.rule_id.split("/")
    if len(parts) < 2 or not all(_ID_PART.match(p) for p in parts):
        out.add(
            file,
            Mark(1, 1),
            f"file path gives id '{file.rule_id}'; rule files live in a country folder and"
            " their names are lower-case words joined by '-' (e.g. kp/kcna.yaml)",
        )
        return False
    folder = parts[0]
    if folder not in (GENERIC_FOLDER, INTL_FOLDER) and not _COUNTRY_FOLDER.match(folder):
        out.add(file, Mark(1, 1), f"folder '{folder}' is not an ISO 3166-1 alpha-2 code, 'intl' or 'generic'")
        return False
    return True


def _load_one(file: RuleFile, out: _Collector) -> _Loaded | None:
    doc = _read(file, out)
    if doc is None:
        return None
    if not isinstance(doc.value, dict):
        out.add(file, doc.locate(()), "a rule file must be a YAML mapping of fields")
        return None
    if not _check_id(file, doc, out):
        return None
    loaded = _Loaded(file, doc)
    folder = file.rule_id.split("/")[0]
    try:
        if folder == GENERIC_FOLDER:
            loaded.generic = _generic_adapter().validate_python(doc.value)
        else:
            loaded.entity = Entity.model_validate(doc.value)
    except ValidationError as exc:
        model: type[BaseModel] = Entity
        if folder == GENERIC_FOLDER:
            model = CountriesRule if doc.value.get("kind") == "countries" else PhrasesRule
        _validation_diagnostics(exc, file, doc, model, out)
        return None
    entity = loaded.entity
    if entity is not None:
        if entity.id is not None and entity.id != file.rule_id:
            out.add(
                file,
                doc.locate(("id",)),
                f"id '{entity.id}' does not match the file path, which gives '{file.rule_id}'",
                "id",
            )
        expected = None if folder == INTL_FOLDER else folder.upper()
        if entity.country != expected:
            where = (
                "an intl/ entity has no country" if expected is None else f"a file in {folder}/ has country {expected}"
            )
            out.add(file, doc.locate(("country",)), f"country is {entity.country!r}, but {where}", "country")
    return loaded


# --- across files -----------------------------------------------------------------------------


def _check_references(entities: dict[str, _Loaded], out: _Collector) -> None:
    for rule_id, item in entities.items():
        assert item.entity is not None
        for i, aff in enumerate(item.entity.affiliations):
            if aff.entity not in entities:
                close = difflib.get_close_matches(aff.entity, list(entities), n=1)
                hint = f" (did you mean '{close[0]}'?)" if close else ""
                out.add(
                    item.file,
                    item.doc.locate(("affiliations", i, "entity")),
                    f"affiliation points to unknown entity '{aff.entity}'{hint}",
                    f"affiliations[{i}].entity",
                )
            elif aff.entity == rule_id:
                out.add(
                    item.file,
                    item.doc.locate(("affiliations", i, "entity")),
                    "an entity cannot be affiliated with itself",
                    f"affiliations[{i}].entity",
                )
        successor = item.entity.successor
        if successor is not None and successor not in entities:
            out.add(
                item.file,
                item.doc.locate(("successor",)),
                f"successor '{successor}' is not a known entity",
                "successor",
            )


def _check_cycles(entities: dict[str, _Loaded], out: _Collector) -> None:
    state: dict[str, int] = {}  # 1: on the current path, 2: done

    def visit(node: str, stack: list[str]) -> None:
        state[node] = 1
        item = entities[node]
        assert item.entity is not None
        for i, aff in enumerate(item.entity.affiliations):
            target = aff.entity
            if target not in entities or target == node:
                continue
            if state.get(target) == 1:
                cycle = " -> ".join([*stack[stack.index(target) :], node, target])
                out.add(
                    item.file,
                    item.doc.locate(("affiliations", i, "entity")),
                    f"affiliation cycle: {cycle}",
                    f"affiliations[{i}].entity",
                )
            elif target not in state:
                visit(target, [*stack, node])
        state[node] = 2

    for rule_id in sorted(entities):
        if rule_id not in state:
            visit(rule_id, [])


def _alias_positions(item: _Loaded) -> list[tuple[str, bool, Path_]]:
    assert item.entity is not None
    out: list[tuple[str, bool, Path_]] = [(item.entity.name, False, ("name",))]
    for i, alias in enumerate(item.entity.aliases):
        out.append((alias.text, alias.case_sensitive, ("aliases", i)))
    return out


def _check_alias_collisions(entities: dict[str, _Loaded], out: _Collector) -> None:
    owners: dict[str, tuple[str, str, bool, Mark]] = {}
    for rule_id in sorted(entities):
        item = entities[rule_id]
        for text, case_sensitive, path in _alias_positions(item):
            key = normalize_name(text)
            if not key:
                out.add(
                    item.file,
                    item.doc.locate(path),
                    f"alias '{text}' has no letters or digits",
                    _dotted(path),
                )
                continue
            previous = owners.get(key)
            if previous is None:
                owners[key] = (rule_id, text, case_sensitive, item.doc.locate(path))
                continue
            other_id, other_text, other_cs, other_mark = previous
            if other_id == rule_id:
                continue
            if case_sensitive and other_cs and text != other_text:
                continue
            other_file = entities[other_id].file.shown
            out.add(
                item.file,
                item.doc.locate(path),
                f"alias '{text}' collides with '{other_text}' of {other_id}"
                f" ({other_file}:{other_mark.line}:{other_mark.column})",
                _dotted(path),
            )


def _check_generic(
    generics: list[_Loaded], entities: dict[str, _Loaded], out: _Collector
) -> tuple[dict[str, Country], list[PhraseGroup]]:
    countries: dict[str, Country] = {}
    groups: list[PhraseGroup] = []
    names: dict[str, str] = {}
    for item in generics:
        rule = item.generic
        if isinstance(rule, PhrasesRule):
            groups.extend(rule.groups)
            continue
        assert isinstance(rule, CountriesRule)
        for i, country in enumerate(rule.countries):
            if country.code in countries:
                out.add(
                    item.file,
                    item.doc.locate(("countries", i, "code")),
                    f"country {country.code} is listed twice",
                    f"countries[{i}].code",
                )
            countries[country.code] = country
            if country.government is not None and country.government not in entities:
                out.add(
                    item.file,
                    item.doc.locate(("countries", i, "government")),
                    f"government '{country.government}' is not a known entity",
                    f"countries[{i}].government",
                )
            for field_name in ("names", "demonyms", "capitals"):
                for j, name in enumerate(getattr(country, field_name)):
                    key = normalize_name(name)
                    owner = names.setdefault(key, country.code)
                    if owner != country.code:
                        out.add(
                            item.file,
                            item.doc.locate(("countries", i, field_name, j)),
                            f"'{name}' of {country.code} is also a name of {owner}",
                            f"countries[{i}].{field_name}[{j}]",
                        )
    return countries, groups


def check_rules(paths: Sequence[Path]) -> tuple[RuleSet | None, list[Diagnostic]]:
    """Load the rule files under `paths`, later paths layered over earlier ones.

    Returns the rule set (None when there are errors) and every problem found.
    """
    out = _Collector()
    files = discover(paths, out)
    entities: dict[str, _Loaded] = {}
    generics: dict[str, _Loaded] = {}
    layer_of: dict[str, tuple[Path, RuleFile]] = {}
    contents: list[tuple[str, bytes]] = []
    read: set[Path] = set()
    for file in files:
        if file.path.resolve() in read:  # the same file reached through two given paths
            continue
        read.add(file.path.resolve())
        previous = layer_of.get(file.rule_id)
        if previous is not None and previous[0] == file.root:
            out.add(file, Mark(1, 1), f"duplicate id '{file.rule_id}': also defined in {previous[1].shown}")
            continue
        layer_of[file.rule_id] = (file.root, file)
        loaded = _load_one(file, out)
        if loaded is None:
            continue
        contents.append(_cache_item(file))
        target = generics if loaded.generic is not None else entities
        target[file.rule_id] = loaded
    _check_references(entities, out)
    _check_cycles(entities, out)
    _check_alias_collisions(entities, out)
    countries, groups = _check_generic(list(generics.values()), entities, out)
    if out.items:
        return None, sorted(out.items)
    ruleset = RuleSet(
        entities={k: v.entity for k, v in sorted(entities.items()) if v.entity},
        countries=dict(sorted(countries.items())),
        phrase_groups=tuple(groups),
        sources={k: v.file.shown for k, v in {**entities, **generics}.items()},
        paths={k: v.file.path for k, v in {**entities, **generics}.items()},
        fingerprint=content_key(contents),
    )
    return ruleset, []


def rule_paths(paths: Iterable[str | Path] | None, *, with_bundled: bool = True) -> list[Path]:
    """The folders to load: the bundled rules first (unless left out), then `paths` on top."""
    extra = [Path(p) for p in paths or ()]
    bundled = bundled_rules_dir()
    layers = [bundled] if with_bundled or not extra else []
    for path in extra:
        if path.resolve() != bundled.resolve():
            layers.append(path)
    return layers


def _cache_item(file: RuleFile) -> tuple[str, bytes]:
    # the path is part of the key: the cached rules carry the file locations their messages report
    return f"{file.rule_id}\0{os.path.abspath(file.path)}", file.path.read_bytes()


def _fingerprint(layers: list[Path]) -> str | None:
    """The cache key of the rule files under `layers`, or None when discovery finds problems."""
    out = _Collector()
    files = discover(layers, out)
    if out.items:
        return None
    try:
        return content_key([_cache_item(f) for f in files])
    except OSError:
        return None


def load_rules(paths: Iterable[str | Path] | None = None, *, with_bundled: bool = True) -> RuleSet:
    """Load and validate rules: the bundled set, with extra rule folders layered on top.

    Raises `RuleError` listing every problem, each with file, line and column. A rule set
    validated before, with the same files, comes from the on-disk cache.
    """
    from srcflag.matcher import Matcher, remember_matcher

    layers = rule_paths(paths, with_bundled=with_bundled)
    key = _fingerprint(layers)
    cached = cache.load(key) if key else None
    if isinstance(cached, tuple) and len(cached) == 2:
        stored, stored_matcher = cached
        if isinstance(stored, RuleSet) and isinstance(stored_matcher, Matcher):
            remember_matcher(stored_matcher)
            return stored
    ruleset, problems = check_rules(layers)
    if ruleset is None:
        raise RuleError(problems)
    matcher = Matcher(ruleset)
    remember_matcher(matcher)
    if key == ruleset.fingerprint:
        cache.store(key, (ruleset, matcher))
    return ruleset
