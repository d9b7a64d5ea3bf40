"""Safe YAML reading that remembers where every value came from.

Rule files come from strangers' pull requests, so only plain YAML is accepted:
no tags, no anchors or aliases (no billion-laughs expansion), no duplicate keys,
and a size limit. Values are built by hand from the node tree so each one can
be traced back to its line and column.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Union

import yaml

from srcflag.ruleset.diagnostics import Mark

MAX_RULE_FILE_BYTES = 256 * 1024
# libyaml's parser when PyYAML was built with it: the same safe grammar, many times faster
_Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

Value = Union[None, bool, int, float, str, list["Value"], dict[str, "Value"]]  # noqa: UP007
Path_ = tuple[str | int, ...]

_PLAIN_TAGS = {
    "tag:yaml.org,2002:str",
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null",
    "tag:yaml.org,2002:timestamp",
    "tag:yaml.org,2002:seq",
    "tag:yaml.org,2002:map",
}


class YamlProblem(Exception):
    def __init__(self, message: str, mark: Mark) -> None:
        super().__init__(message)
        self.message = message
        self.mark = mark


@dataclass
class LocatedDocument:
    """A parsed document and the position of each value and mapping key, by field path."""

    value: Value
    values: dict[Path_, Mark] = field(default_factory=dict)
    keys: dict[Path_, Mark] = field(default_factory=dict)

    def locate(self, path: Path_, *, key: bool = False) -> Mark:
        """The mark of `path`, or of its nearest located ancestor."""
        probe = tuple(path)
        while True:
            if key and probe in self.keys:
                return self.keys[probe]
            if probe in self.values:
                return self.values[probe]
            if not probe:
                return Mark(1, 1)
            probe = probe[:-1]


def _mark(node_mark: Any) -> Mark:
    if node_mark is None:
        return Mark(1, 1)
    return Mark(node_mark.line + 1, node_mark.column + 1)


def _refuse_anchors_and_tags(text: str) -> None:
    for event in yaml.parse(text, Loader=_Loader):
        if isinstance(event, yaml.AliasEvent):
            raise YamlProblem(
                "YAML aliases (*name) are not allowed in rule files; write the value out",
                _mark(event.start_mark),
            )
        anchor = getattr(event, "anchor", None)
        if anchor is not None:
            raise YamlProblem(
                f"YAML anchors (&{anchor}) are not allowed in rule files",
                _mark(event.start_mark),
            )
        tag = getattr(event, "tag", None)
        implicit = getattr(event, "implicit", True)
        explicit = tag is not None and ((isinstance(implicit, tuple) and not any(implicit)) or implicit is False)
        if explicit and tag not in ("!", None):
            raise YamlProblem(f"YAML tags ({tag}) are not allowed in rule files", _mark(event.start_mark))


_CONSTRUCTOR = yaml.constructor.SafeConstructor()


def _scalar(node: yaml.ScalarNode) -> Value:
    if node.tag not in _PLAIN_TAGS:
        raise YamlProblem(f"YAML tag {node.tag} is not allowed", _mark(node.start_mark))
    if node.tag in ("tag:yaml.org,2002:str", "tag:yaml.org,2002:timestamp"):
        return str(node.value)
    value = _CONSTRUCTOR.construct_object(node)
    _CONSTRUCTOR.constructed_objects.clear()
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    return str(node.value)


def _build(node: yaml.Node, path: Path_, doc: LocatedDocument) -> Value:
    doc.values[path] = _mark(node.start_mark)
    if isinstance(node, yaml.ScalarNode):
        return _scalar(node)
    if isinstance(node, yaml.SequenceNode):
        return [_build(item, (*path, i), doc) for i, item in enumerate(node.value)]
    if isinstance(node, yaml.MappingNode):
        out: dict[str, Value] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                raise YamlProblem("mapping keys must be plain strings", _mark(key_node.start_mark))
            if key_node.tag == "tag:yaml.org,2002:merge":
                raise YamlProblem("YAML merge keys (<<) are not allowed", _mark(key_node.start_mark))
            key = str(key_node.value)
            key_path = (*path, key)
            if key in out:
                first = doc.keys[key_path]
                raise YamlProblem(
                    f"duplicate key '{key}' (first defined at line {first.line})",
                    _mark(key_node.start_mark),
                )
            doc.keys[key_path] = _mark(key_node.start_mark)
            out[key] = _build(value_node, key_path, doc)
        return out
    raise YamlProblem("unsupported YAML node", _mark(node.start_mark))


def parse_located(text: str) -> LocatedDocument:
    """Parse one YAML document from `text`; raise `YamlProblem` with a position on refusal."""
    if len(text.encode("utf-8")) > MAX_RULE_FILE_BYTES:
        raise YamlProblem(f"rule file is larger than {MAX_RULE_FILE_BYTES // 1024} KiB", Mark(1, 1))
    try:
        _refuse_anchors_and_tags(text)
        nodes = list(yaml.compose_all(text, Loader=_Loader))
    except yaml.MarkedYAMLError as exc:
        mark = _mark(exc.problem_mark or exc.context_mark)
        problem = exc.problem or "invalid YAML"
        context = f" {exc.context}" if exc.context else ""
        raise YamlProblem(f"invalid YAML: {problem}{context}", mark) from None
    except yaml.YAMLError as exc:
        raise YamlProblem(f"invalid YAML: {exc}", Mark(1, 1)) from None
    if len(nodes) != 1:
        found = "no document" if not nodes else f"{len(nodes)} documents"
        raise YamlProblem(f"a rule file holds exactly one YAML document, found {found}", Mark(1, 1))
    doc = LocatedDocument(value=None)
    doc.value = _build(nodes[0], (), doc)
    return doc
