"""Parse and validate rule files, collecting every problem with its location."""

from __future__ import annotations

import difflib
import functools
import re
import types
import typing
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Union

from pydantic import BaseModel, TypeAdapter, ValidationError

from srcflag.normalize import normalize_name
from srcflag.ruleset.cache import content_key
from srcflag.ruleset.diagnostics import Diagnostic, Mark
from srcflag.ruleset.discovery import Problems, RuleFile, cache_item, discover
from srcflag.ruleset.records import country_record, entity_record, phrase_group_record
from srcflag.ruleset.ruleset import RuleSet
from srcflag.ruleset.schema import (
    CountriesRule,
    Country,
    Entity,
    GenericRule,
    PhraseGroup,
    PhrasesRule,
)
from srcflag.ruleset.yamldoc import LocatedDocument, Path_, YamlProblem, parse_located

GENERIC_FOLDER = "generic"
INTL_FOLDER = "intl"
_COUNTRY_FOLDER = re.compile(r"^[a-z]{2}$")
_ID_PART = re.compile(r"^[a-z0-9]+(?:[-_][a-z0-9]+)*$")


@functools.cache
def _generic_adapter() -> TypeAdapter[CountriesRule | PhrasesRule]:
    return TypeAdapter(GenericRule)


@dataclass
class _Loaded:
    file: RuleFile
    doc: LocatedDocument
    entity: Entity | None = None
    generic: CountriesRule | PhrasesRule | None = None


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
    exc: ValidationError, file: RuleFile, doc: LocatedDocument, model: type[BaseModel], out: Problems
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


def _read(file: RuleFile, out: Problems) -> LocatedDocument | None:
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


def _check_id(file: RuleFile, doc: LocatedDocument, out: Problems) -> bool:
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


def _load_one(file: RuleFile, out: Problems) -> _Loaded | None:
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


def _check_references(entities: dict[str, _Loaded], out: Problems) -> None:
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


def _check_cycles(entities: dict[str, _Loaded], out: Problems) -> None:
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


def _check_alias_collisions(entities: dict[str, _Loaded], out: Problems) -> None:
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
    generics: list[_Loaded], entities: dict[str, _Loaded], out: Problems
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
    out = Problems()
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
        contents.append(cache_item(file))
        target = generics if loaded.generic is not None else entities
        target[file.rule_id] = loaded
    _check_references(entities, out)
    _check_cycles(entities, out)
    _check_alias_collisions(entities, out)
    countries, groups = _check_generic(list(generics.values()), entities, out)
    if out.items:
        return None, sorted(out.items)
    ruleset = RuleSet(
        entities={k: entity_record(v.entity) for k, v in sorted(entities.items()) if v.entity},
        countries={code: country_record(country) for code, country in sorted(countries.items())},
        phrase_groups=tuple(phrase_group_record(group) for group in groups),
        sources={k: v.file.shown for k, v in {**entities, **generics}.items()},
        paths={k: v.file.path for k, v in {**entities, **generics}.items()},
        fingerprint=content_key(contents),
    )
    return ruleset, []
