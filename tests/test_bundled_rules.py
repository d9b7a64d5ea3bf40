"""The rules shipped with srcflag: valid, complete enough, and in sync with the schema."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import pytest
import yaml

from srcflag.cli import main
from srcflag.ruleset import bundled_rules_dir, load_rules
from srcflag.ruleset.jsonschema import rule_schema
from srcflag.ruleset.schema import MEDIA_TYPES

SEED_ENTITIES = [
    "kp/kcna",
    "kp/rodong-sinmun",
    "kp/wpk",
    "kp/wpk-central-committee",
    "kp/government",
    "kp/kim-jong-un",
    "kr/nis",
    "us/rand",
    "intl/nato",
    "us/the-national-interest",
    "us/newsweek",
]


@pytest.fixture(scope="module")
def ruleset():  # type: ignore[no-untyped-def]
    return load_rules()


def test_bundled_rules_load_with_enough_entities(ruleset) -> None:  # type: ignore[no-untyped-def]
    assert len(ruleset.entities) >= 60
    for entity_id in SEED_ENTITIES:
        assert entity_id in ruleset.entities, entity_id


def test_every_media_classification_and_affiliation_is_cited(ruleset) -> None:  # type: ignore[no-untyped-def]
    for entity_id, entity in ruleset.entities.items():
        assert entity.evidence, entity_id
        if entity.type in MEDIA_TYPES:
            assert entity.media_model is not None, entity_id
        for affiliation in entity.affiliations:
            assert affiliation.evidence, (entity_id, affiliation.entity)


def test_kcna_chain_reaches_the_party(ruleset) -> None:  # type: ignore[no-untyped-def]
    chain = ruleset.chain("kp/kcna")
    assert chain[0] == "kp/kcna"
    assert "kp/wpk" in chain


def test_committed_schema_matches_the_models() -> None:
    committed = json.loads((bundled_rules_dir() / "schema.json").read_text(encoding="utf-8"))
    assert committed == rule_schema(), "run: srcflag rules schema > rules/schema.json"


def test_rules_check_on_bundled_rules_exits_zero(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules", "check"]) == 0
    assert "ok" in capsys.readouterr().err


def test_rules_stats_prints_tables(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules", "stats"]) == 0
    out = capsys.readouterr().out
    assert "| type | entities |" in out and "| state_media |" in out


def test_extra_rule_folder_is_layered_over_the_bundled_rules(tmp_path: Path) -> None:
    folder = tmp_path / "local"
    (folder / "xa").mkdir(parents=True)
    (folder / "schema.json").write_text("{}", encoding="utf-8")
    (folder / "xa" / "daily.yaml").write_text(
        "name: Example Daily\ntype: state_media\nmedia_model: state_controlled\ncountry: XA\n"
        "affiliations:\n  - entity: kp/wpk\n    relation: controlled_by\n    evidence:\n"
        "      - {claim: c, url: 'https://example.org', seen: 2026-01-01}\n"
        "evidence:\n  - {claim: c, url: 'https://example.org', seen: 2026-01-01}\nreviewed: 2026-01-01\n",
        encoding="utf-8",
    )
    layered = load_rules([folder])
    assert "xa/daily" in layered.entities and "kp/kcna" in layered.entities
    assert layered.chain("xa/daily")[:2] == ("xa/daily", "kp/wpk")


@pytest.mark.parametrize("name", ["words.yaml", "cue_verbs.yaml"])
def test_lexicon_files_have_no_repeated_keys(name: str) -> None:
    """A repeated key would silently replace the earlier list: two word classes under one name."""
    text = resources.files("srcflag.lexicons").joinpath(name).read_text(encoding="utf-8")
    root = yaml.compose(text)
    assert isinstance(root, yaml.MappingNode)
    keys = [key.value for key, _ in root.value]
    assert sorted({k for k in keys if keys.count(k) > 1}) == []
