"""Broken rule files: each gives one located message, and `rules check` exits 2."""

from __future__ import annotations

import dataclasses
import textwrap
from pathlib import Path

import pytest

from srcflag.cli import main
from srcflag.ruleset import RuleError, check_rules, load_rules

GOOD_PARTY = """\
name: Example Party
type: political_party
country: XA
evidence:
  - claim: The party exists.
    url: https://example.org/party
    seen: 2026-01-02
reviewed: 2026-01-02
"""

GOOD_PAPER = """\
name: Example Daily
aliases:
  - ED Paper
nouns: [newspaper]
type: state_media
media_model: party_organ
country: XA
affiliations:
  - entity: xa/party
    relation: organ_of
    evidence:
      - claim: The paper is the party's organ.
        url: https://example.org/paper
        seen: 2026-01-02
evidence:
  - claim: The paper is run by the party.
    url: https://example.org/paper
    seen: 2026-01-02
reviewed: 2026-01-02
"""


def write_rules(root: Path, files: dict[str, str]) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    (root / "schema.json").write_text("{}", encoding="utf-8")
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")
    return root


def problems(root: Path) -> list[str]:
    ruleset, found = check_rules([root])
    assert (ruleset is None) == bool(found)
    return [d.format().replace(str(root) + "/", "") for d in found]


@pytest.fixture
def rules_dir(tmp_path: Path) -> Path:
    return tmp_path / "rules"


def test_valid_rules_load_into_frozen_entities(rules_dir: Path) -> None:
    write_rules(rules_dir, {"xa/party.yaml": GOOD_PARTY, "xa/paper.yaml": GOOD_PAPER})
    ruleset = load_rules([rules_dir], with_bundled=False)
    paper = ruleset.entities["xa/paper"]
    assert paper.name == "Example Daily"
    assert [a.text for a in paper.alias_texts] == ["Example Daily", "ED Paper"]
    assert ruleset.chain("xa/paper") == ("xa/paper", "xa/party")
    with pytest.raises(dataclasses.FrozenInstanceError):
        paper.name = "changed"  # type: ignore[misc]


def test_bad_yaml_is_located(rules_dir: Path) -> None:
    write_rules(rules_dir, {"xa/party.yaml": "name: [unclosed\ntype: government\n"})
    [message] = problems(rules_dir)
    assert message.startswith("xa/party.yaml:2:5: invalid YAML:")


def test_duplicate_key_names_both_places(rules_dir: Path) -> None:
    write_rules(rules_dir, {"xa/party.yaml": GOOD_PARTY + "name: Other\n"})
    assert problems(rules_dir) == ["xa/party.yaml:9:1: duplicate key 'name' (first defined at line 1)"]


def test_unknown_field_suggests_the_known_one(rules_dir: Path) -> None:
    write_rules(rules_dir, {"xa/party.yaml": GOOD_PARTY + "aliasses: [EP]\n"})
    assert problems(rules_dir) == ["xa/party.yaml:9:1: unknown field 'aliasses' (did you mean 'aliases'?) [aliasses]"]


def test_unknown_nested_field_is_located_at_its_key(rules_dir: Path) -> None:
    text = GOOD_PARTY.replace("    seen: 2026-01-02", "    seen: 2026-01-02\n    sene: 2026-01-02")
    write_rules(rules_dir, {"xa/party.yaml": text})
    assert problems(rules_dir) == ["xa/party.yaml:8:5: unknown field 'sene' (did you mean 'seen'?) [evidence[0].sene]"]


def test_wrong_type_names_the_expected_values(rules_dir: Path) -> None:
    write_rules(rules_dir, {"xa/party.yaml": GOOD_PARTY.replace("political_party", "party")})
    [message] = problems(rules_dir)
    assert message.startswith("xa/party.yaml:2:7: Input should be 'state_media', 'public_media'")
    assert message.endswith("[type]")


def test_wrong_date_is_located(rules_dir: Path) -> None:
    write_rules(rules_dir, {"xa/party.yaml": GOOD_PARTY.replace("reviewed: 2026-01-02", "reviewed: soon")})
    [message] = problems(rules_dir)
    assert message.startswith("xa/party.yaml:8:11: Input should be a valid date")


def test_missing_field_is_reported_on_the_mapping(rules_dir: Path) -> None:
    write_rules(rules_dir, {"xa/party.yaml": GOOD_PARTY.replace("reviewed: 2026-01-02\n", "")})
    assert problems(rules_dir) == ["xa/party.yaml:1:1: missing required field 'reviewed' [reviewed]"]


def test_media_without_media_model(rules_dir: Path) -> None:
    text = GOOD_PAPER.replace("media_model: party_organ\n", "")
    write_rules(rules_dir, {"xa/party.yaml": GOOD_PARTY, "xa/paper.yaml": text})
    assert problems(rules_dir) == ["xa/paper.yaml:1:1: a 'state_media' entity needs a media_model"]


def test_media_model_must_fit_type(rules_dir: Path) -> None:
    text = GOOD_PAPER.replace("media_model: party_organ", "media_model: independent")
    write_rules(rules_dir, {"xa/party.yaml": GOOD_PARTY, "xa/paper.yaml": text})
    [message] = problems(rules_dir)
    assert "media_model 'independent' does not fit type 'state_media'" in message


def test_entity_without_evidence(rules_dir: Path) -> None:
    text = GOOD_PARTY.split("evidence:")[0] + "reviewed: 2026-01-02\n"
    write_rules(rules_dir, {"xa/party.yaml": text})
    assert problems(rules_dir) == ["xa/party.yaml:1:1: evidence: at least one cited source is required"]


def test_dangling_affiliation(rules_dir: Path) -> None:
    write_rules(rules_dir, {"xa/paper.yaml": GOOD_PAPER, "xa/partie.yaml": GOOD_PARTY})
    assert problems(rules_dir) == [
        "xa/paper.yaml:9:13: affiliation points to unknown entity 'xa/party'"
        " (did you mean 'xa/partie'?) [affiliations[0].entity]"
    ]


def test_affiliation_cycle(rules_dir: Path) -> None:
    party = GOOD_PARTY.replace(
        "evidence:\n",
        "affiliations:\n  - entity: xa/paper\n    relation: controlled_by\n    evidence:\n"
        "      - {claim: c, url: 'https://example.org/x', seen: 2026-01-02}\nevidence:\n",
        1,
    )
    write_rules(rules_dir, {"xa/party.yaml": party, "xa/paper.yaml": GOOD_PAPER})
    assert problems(rules_dir) == [
        "xa/party.yaml:5:13: affiliation cycle: xa/paper -> xa/party -> xa/paper [affiliations[0].entity]"
    ]


def test_duplicate_id_in_one_layer(rules_dir: Path) -> None:
    write_rules(rules_dir, {"xa/party.yaml": GOOD_PARTY, "xa/party.yml": GOOD_PARTY})
    assert problems(rules_dir) == ["xa/party.yml:1:1: duplicate id 'xa/party': also defined in xa/party.yaml"]


def test_id_field_must_match_path(rules_dir: Path) -> None:
    write_rules(rules_dir, {"xa/party.yaml": "id: xa/partei\n" + GOOD_PARTY})
    assert problems(rules_dir) == [
        "xa/party.yaml:1:5: id 'xa/partei' does not match the file path, which gives 'xa/party' [id]"
    ]


def test_alias_collision_names_the_other_entity(rules_dir: Path) -> None:
    other = GOOD_PARTY.replace("name: Example Party", "name: Another Party\naliases: [ed paper]")
    write_rules(rules_dir, {"xa/party.yaml": GOOD_PARTY, "xa/paper.yaml": GOOD_PAPER, "xa/other.yaml": other})
    assert problems(rules_dir) == [
        "xa/paper.yaml:3:5: alias 'ED Paper' collides with 'ed paper' of xa/other (xa/other.yaml:2:11) [aliases[0]]"
    ]


def test_case_sensitive_aliases_of_different_case_do_not_collide(rules_dir: Path) -> None:
    one = GOOD_PARTY.replace("name: Example Party", "name: Example Party\naliases: [{text: EP, case_sensitive: true}]")
    two = GOOD_PARTY.replace("name: Example Party", "name: Other Party\naliases: [{text: Ep, case_sensitive: true}]")
    write_rules(rules_dir, {"xa/party.yaml": one, "xa/other.yaml": two})
    assert problems(rules_dir) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "base: &b {name: X}\nname: Y\n",
            "xa/party.yaml:1:7: YAML anchors (&b) are not allowed in rule files",
        ),
        (
            "name: !!python/object:os.system x\n",
            "xa/party.yaml:1:7: YAML tags (tag:yaml.org,2002:python/object:os.system) are not allowed in rule files",
        ),
        ("", "xa/party.yaml:1:1: a rule file holds exactly one YAML document, found no document"),
        ("- a\n- b\n", "xa/party.yaml:1:1: a rule file must be a YAML mapping of fields"),
    ],
)
def test_unsafe_or_malformed_yaml_is_refused(rules_dir: Path, text: str, expected: str) -> None:
    write_rules(rules_dir, {"xa/party.yaml": text})
    assert problems(rules_dir) == [expected]


def test_billion_laughs_is_refused_before_expansion(rules_dir: Path) -> None:
    lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    lines += [f"a{i}: &a{i} [" + ",".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, 10)]
    write_rules(rules_dir, {"xa/party.yaml": "\n".join(lines) + "\n"})
    [message] = problems(rules_dir)
    assert "YAML anchors (&a0) are not allowed" in message


def test_file_outside_country_folder(rules_dir: Path) -> None:
    write_rules(rules_dir, {"party.yaml": GOOD_PARTY, "Xa/party.yaml": GOOD_PARTY})
    found = problems(rules_dir)
    assert any("file path gives id 'party'" in m for m in found)
    assert any("file path gives id 'Xa/party'" in m for m in found)


def test_country_must_match_folder(rules_dir: Path) -> None:
    write_rules(rules_dir, {"xb/party.yaml": GOOD_PARTY})
    assert problems(rules_dir) == ["xb/party.yaml:3:10: country is 'XA', but a file in xb/ has country XB [country]"]


def test_all_errors_in_all_files_are_reported_together(rules_dir: Path) -> None:
    write_rules(
        rules_dir,
        {
            "xa/one.yaml": GOOD_PARTY + "colour: red\n",
            "xa/two.yaml": GOOD_PARTY.replace("Example Party", "Party Two") + "size: 3\n",
        },
    )
    assert len(problems(rules_dir)) == 2


def test_symlinked_rule_file_is_refused(rules_dir: Path, tmp_path: Path) -> None:
    write_rules(rules_dir, {"xa/party.yaml": GOOD_PARTY})
    outside = tmp_path / "secret.yaml"
    outside.write_text(GOOD_PARTY, encoding="utf-8")
    (rules_dir / "xa" / "leak.yaml").symlink_to(outside)
    assert problems(rules_dir) == ["xa/leak.yaml:1:1: symbolic links and files outside the rules folder are refused"]


def test_load_rules_raises_with_every_diagnostic(rules_dir: Path) -> None:
    write_rules(rules_dir, {"xa/party.yaml": GOOD_PARTY + "colour: red\n"})
    with pytest.raises(RuleError) as caught:
        load_rules([rules_dir], with_bundled=False)
    assert len(caught.value.diagnostics) == 1
    assert "unknown field 'colour'" in str(caught.value)


def test_rules_check_cli_exit_codes(rules_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_rules(rules_dir, {"xa/party.yaml": GOOD_PARTY})
    assert main(["rules", "check", "--no-bundled", str(rules_dir)]) == 0
    write_rules(rules_dir, {"xa/broken.yaml": "name: [\n"})
    assert main(["rules", "check", "--no-bundled", str(rules_dir)]) == 2
    out = capsys.readouterr().out
    assert "broken.yaml:2:1: invalid YAML" in out
