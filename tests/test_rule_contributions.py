"""Contributing rules: strict warnings, examples as tests, the clean corpus, `new` and `show`."""

from __future__ import annotations

import datetime as dt
import textwrap
from pathlib import Path

import pytest

from srcflag.cli import main
from srcflag.label import label
from srcflag.ruleset import load_rules
from srcflag.ruleset.strict import strict_warnings

PAPER = """\
name: Example Daily
aliases:
  - ED
  - Star
nouns: [newspaper]
type: state_media
media_model: state_controlled
country: XA
affiliations:
  - entity: kp/wpk
    relation: controlled_by
    evidence:
      - {claim: The party runs it., url: 'https://example.org/a', seen: 2026-01-02}
evidence:
  - {claim: The state runs it., url: 'https://example.org/b', seen: 2026-01-02}
reviewed: 2023-01-02
"""

EXAMPLES = """\
examples:
  match:
    - The harvest failed, the Example Daily reported.
    - Prices rose in March, a weather report said.
  no_match:
    - The Example Daily said the harvest failed.
"""


def rules_folder(tmp_path: Path, text: str) -> Path:
    folder = tmp_path / "rules"
    (folder / "xa").mkdir(parents=True)
    (folder / "schema.json").write_text("{}", encoding="utf-8")
    (folder / "xa" / "daily.yaml").write_text(textwrap.dedent(text), encoding="utf-8")
    return folder


def lines(capsys: pytest.CaptureFixture[str]) -> list[str]:
    captured = capsys.readouterr()
    return [line.split("rules/", 1)[-1] for line in (captured.out + captured.err).splitlines()]


def test_strict_warnings_are_located(tmp_path: Path) -> None:
    folder = rules_folder(tmp_path, PAPER)
    ruleset = load_rules([folder])
    # only this folder's file: the bundled rules' warnings depend on the pinned date (evidence
    # seen after it would be "in the future") and are `rules check --strict`'s concern
    found = [
        line
        for w in strict_warnings(ruleset, today=dt.date(2026, 11, 27))
        if (line := w.format().split("rules/", 1)[-1]).startswith("xa/")
    ]
    assert found == [
        "xa/daily.yaml:1:1: warning: needs at least 2 match and 1 no_match examples (has 0 and 0) [examples]",
        "xa/daily.yaml:3:5: warning: alias 'ED' has 2 characters: mark it case_sensitive: true [aliases[0]]",
        "xa/daily.yaml:4:5: warning: alias 'Star' is a common English word: mark it case_sensitive: true or"
        " drop it [aliases[1]]",
        "xa/daily.yaml:16:11: warning: reviewed 46 months ago (more than 18): check the facts again [reviewed]",
    ]


def test_evidence_from_the_future_is_a_warning(tmp_path: Path) -> None:
    future = PAPER.replace("example.org/b', seen: 2026-01-02", "example.org/b', seen: 2030-01-02")
    folder = rules_folder(tmp_path, future)
    found = strict_warnings(load_rules([folder]), today=dt.date(2026, 11, 27))
    assert any(w.message == "evidence seen on 2030-01-02, which is in the future" and w.line == 15 for w in found)


def test_check_reports_warnings_and_strict_fails_on_them(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = rules_folder(tmp_path, PAPER)
    assert main(["rules", "check", str(folder)]) == 0
    assert any("warning: alias 'ED'" in line for line in lines(capsys))
    assert main(["rules", "check", "--strict", str(folder)]) == 2
    assert any("which --strict makes errors" in line for line in lines(capsys))


def test_failing_examples_name_file_line_and_what_was_found(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = rules_folder(tmp_path, PAPER + EXAMPLES)
    assert main(["rules", "test", str(folder)]) == 1
    out = lines(capsys)
    assert "xa/daily.yaml:20:7: example does not resolve to xa/daily; found nothing [examples.match[1]]" in out
    assert (
        'xa/daily.yaml:22:7: no_match example resolves to xa/daily as speaker "The Example Daily"'
        " [examples.no_match[0]]" in out
    )
    assert out[-1] == "3 examples of 1 rules: 1 passed, 2 failed"


def test_bundled_rules_pass_strict_and_their_examples(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules", "check", "--strict"]) == 0
    assert main(["rules", "test"]) == 0
    assert lines(capsys)[-1].endswith(" 0 failed")


def test_every_bundled_rule_has_its_examples() -> None:
    for entity_id, entity in load_rules().entities.items():
        assert len(entity.examples.match) >= 2 and len(entity.examples.no_match) >= 1, entity_id


def test_clean_corpus_lists_unexpected_matches(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = tmp_path / "clean"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Rain is expected.\nThe KCNA Watch site and the KCNA archive.\n", encoding="utf-8")
    assert main(["rules", "test", "--corpus", str(corpus), "rules/kp/kcna.yaml"]) == 1
    assert any(
        line.endswith(
            "a.txt:2:29: 'KCNA' matches kp/kcna in a clean article; narrow the alias or add it to allowed-matches.yaml"
        )
        for line in lines(capsys)
    )
    (corpus / "allowed-matches.yaml").write_text(
        "- {file: a.txt, entity: kp/kcna, text: KCNA, why: the article is about the archive}\n",
        encoding="utf-8",
    )
    assert main(["rules", "test", "--corpus", str(corpus), "rules/kp/kcna.yaml"]) == 0


def test_project_clean_articles_have_no_unexpected_matches() -> None:
    assert main(["rules", "test", "--corpus", str(Path(__file__).parent / "fixtures" / "clean")]) == 0


def test_new_writes_a_template_that_checks(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = rules_folder(tmp_path, PAPER)
    assert main(["rules", "new", "xa/evening-star", "--rules-dir", str(folder)]) == 0
    written = (folder / "xa" / "evening-star.yaml").read_text(encoding="utf-8")
    assert written.startswith("# yaml-language-server: $schema=../schema.json\n")
    assert "name: Evening Star" in written and "country: XA" in written
    assert main(["rules", "check", str(folder)]) == 0
    assert main(["rules", "new", "xa/evening-star", "--rules-dir", str(folder)]) == 2
    assert main(["rules", "new", "Evening Star", "--rules-dir", str(folder)]) == 2
    err = lines(capsys)
    assert any("already exists" in line for line in err)
    assert any("is not COUNTRY/SLUG" in line for line in err)


def test_show_prints_the_chain_and_evidence(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules", "show", "kp/kcna"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("kp/kcna: Korean Central News Agency\n")
    assert "chain:     kp/kcna (Korean Central News Agency) -> kp/kcbc" in out
    assert "evidence:  KCNA is the state news agency of North Korea" in out
    assert main(["rules", "show", "kp/kcnaa"]) == 2
    assert "unknown entity 'kp/kcnaa' (did you mean 'kp/kcna'?)" in capsys.readouterr().err


BEACON = """\
name: The Beacon
aliases:
  - {text: The Beacon, case_sensitive: true}
nouns: [newspaper]
type: independent_media
media_model: independent
country: XA
evidence:
  - {claim: A private family owns it., url: 'https://example.org/c', seen: 2026-01-02}
reviewed: 2026-01-02
"""


def test_a_name_also_listed_as_a_case_sensitive_alias_matches_only_in_that_case(tmp_path: Path) -> None:
    ruleset = load_rules([rules_folder(tmp_path, BEACON)])
    named = label("The Beacon said the harvest had failed.", ruleset).statements[0]
    common = label("The beacon said the harvest had failed.", ruleset).statements[0]
    assert named.speaker is not None and named.speaker.entity == "xa/daily"
    assert common.speaker is not None and common.speaker.entity is None


HERALD_AGENCY = """\
name: Xanadu Herald Agency
aliases:
  - {text: XHA, case_sensitive: true, credit_only: true}
nouns: [agency]
type: independent_media
media_model: independent
country: XA
evidence:
  - {claim: Its member newspapers own it., url: 'https://example.org/x', seen: 2026-01-02}
reviewed: 2026-01-02
"""


def test_a_credit_only_alias_names_the_outlet_only_in_a_credit(tmp_path: Path) -> None:
    ruleset = load_rules([rules_folder(tmp_path, HERALD_AGENCY)])
    dated = label("PORT ROYAL, May 2 (XHA) -- The mayor said the bridge would reopen.", ruleset).statements[0]
    trailing = label("The mayor said the bridge would reopen. (XHA)", ruleset).statements[0]
    elsewhere = label("XHA officials said the bridge would reopen.", ruleset).statements[0]
    assert [c.entity for c in dated.channels] == [c.entity for c in trailing.channels] == ["xa/daily"]
    assert elsewhere.speaker is not None and elsewhere.speaker.entity is None and not elsewhere.channels
