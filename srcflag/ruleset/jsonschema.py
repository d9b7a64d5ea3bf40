"""The JSON Schema of the rule format, generated from the models."""

from __future__ import annotations

import json
from typing import Any

from pydantic import TypeAdapter

from srcflag.ruleset.schema import FORMAT_VERSION, CountriesRule, Entity, PhrasesRule


def rule_schema() -> dict[str, Any]:
    """One schema accepting an entity file or a generic rule file."""
    adapter: TypeAdapter[Entity | CountriesRule | PhrasesRule] = TypeAdapter(Entity | CountriesRule | PhrasesRule)
    schema = adapter.json_schema(ref_template="#/$defs/{model}")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = f"srcflag rule file, format version {FORMAT_VERSION}"
    schema["description"] = (
        "One entity per file under rules/<country>/ or rules/intl/;"
        " country names and phrase groups under rules/generic/."
    )
    return schema


def rule_schema_text() -> str:
    return json.dumps(rule_schema(), indent=2, ensure_ascii=False, sort_keys=True) + "\n"
