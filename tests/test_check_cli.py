"""`srcflag check` end to end: formats, checks, suppressions, configuration, outputs, exit codes."""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from srcflag.cli import main

FIXTURES = Path(__file__).parent / "fixtures" / "check"
SHARED_SCHEMA = Path(__file__).resolve().parents[2] / "shared" / "reference" / "sarif-schema-2.1.0.json"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["check", "--no-color", *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def codes_at(out: str) -> list[str]:
    """'path:line:col: CODE' for each finding line of text output."""
    return [":".join(line.split(":")[1:3]) + " " + line.split(": ", 1)[1].split(" ")[0] for line in out.splitlines()]


def test_disclosed_markdown_passes(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, str(FIXTURES / "disclosed.md"))
    assert code == 0
    assert codes_at(out) == ["8:73 SF002", "10:4 SF002", "12:70 SF002"]


def test_every_check_fires_on_the_undisclosed_article(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, str(FIXTURES / "undisclosed.md"))
    assert code == 1
    assert codes_at(out) == [
        "3:2 SF003",
        "5:5 SF001",
        "5:53 SF002",
        "7:2 SF002",
        "7:48 SF001",
        "9:1 SF004",
        "11:1 SF005",
    ]
    assert (
        "'Korean Central News Agency' is state media of North Korea, controlled by Korean Central Broadcasting" in out
    )
    assert "'The Pyongyang Evening Courier' is cited as a source, but no rule knows this outlet" in out
    assert err.strip() == "7 finding(s): 2 error(s), 1 warning(s), 4 info"


def test_markdown_code_links_and_front_matter_are_not_prose(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "--format", "json", str(FIXTURES / "disclosed.md"))
    texts = (FIXTURES / "disclosed.md").read_text(encoding="utf-8")
    for finding in json.loads(out):
        quoted = texts[finding["start"] : finding["end"]]
        assert "code" not in quoted and "kcna.kp" not in quoted and "title" not in quoted


def test_html_visible_text_only_with_entities(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--format", "json", str(FIXTURES / "article.html"))
    assert code == 1
    findings = json.loads(out)
    html = (FIXTURES / "article.html").read_text(encoding="utf-8")
    assert [f["code"] for f in findings] == ["SF001", "SF002", "SF002"]
    assert html[findings[0]["start"] : findings[0]["end"]] == "Korean Central News Agency"
    assert (findings[0]["line"], findings[0]["column"]) == (8, 8)
    assert html[findings[2]["start"] : findings[2]["end"]] == "Kim&rsquo;s engineers &amp; scientists celebrated"


def test_plain_text(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, str(FIXTURES / "article.txt"))
    assert code == 1 and codes_at(out) == ["3:5 SF001", "3:53 SF002"]


def test_suppressions_and_unused_ones(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, str(FIXTURES / "suppressed.md"))
    assert code == 0
    assert codes_at(out) == ["7:53 SF002", "10:1 SF900"]
    assert "srcflag-ignore-next silences no finding" in out


def test_input_format_override_and_standard_input(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    text = (FIXTURES / "undisclosed.md").read_text(encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode("utf-8"))))
    code, out, _ = run(capsys, "--input-format", "markdown", "-")
    assert code == 1
    assert out.splitlines()[0].startswith("<stdin>:3:2: SF003")


def test_a_generic_media_phrase_is_no_unknown_outlet(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    article = tmp_path / "story.md"
    article.write_text(
        "Bahrain's state media said the vote was fair. The Gulf Daily Herald said the turnout was high.\n",
        encoding="utf-8",
    )
    _, out, _ = run(capsys, "--select", "SF005", str(article))
    assert [line.split(": ", 1)[1].split(" ")[0] for line in out.splitlines() if ": SF" in line] == ["SF005"]
    assert "Gulf Daily Herald" in out and "state media'" not in out


def test_select_ignore_and_fail_level(capsys: pytest.CaptureFixture[str]) -> None:
    path = str(FIXTURES / "undisclosed.md")
    _, out, _ = run(capsys, "--select", "SF004,unknown-outlet", path)
    assert [c.split()[1] for c in codes_at(out)] == ["SF004", "SF005"]
    code, out, _ = run(capsys, "--ignore", "SF001", path)
    assert code == 0 and "SF001" not in out
    code, _, _ = run(capsys, "--ignore", "SF001", "--fail-level", "warning", path)
    assert code == 1


def test_config_in_pyproject_is_found_by_walking_up(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[tool.srcflag]\nignore = ["anonymous-source"]\nfail-level = "info"\n'
        '[tool.srcflag.severity]\nSF001 = "warning"\n',
        encoding="utf-8",
    )
    nested = tmp_path / "articles" / "2026"
    nested.mkdir(parents=True)
    shutil.copy(FIXTURES / "undisclosed.md", nested / "story.md")
    code, out, _ = run(capsys, "--format", "json", str(nested / "story.md"))
    findings = json.loads(out)
    assert code == 1  # fail-level info: anything fails
    assert "SF004" not in {f["code"] for f in findings}
    assert {f["severity"] for f in findings if f["code"] == "SF001"} == {"warning"}


def test_srcflag_toml_and_extra_rule_folders(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rules = tmp_path / "local-rules" / "xa"
    rules.mkdir(parents=True)
    (tmp_path / "local-rules" / "schema.json").write_text("{}", encoding="utf-8")
    (rules / "evening-courier.yaml").write_text(
        "name: Pyongyang Evening Courier\ntype: state_media\nmedia_model: state_controlled\ncountry: XA\n"
        "evidence:\n  - {claim: c, url: 'https://example.org', seen: 2026-01-01}\nreviewed: 2026-01-01\n",
        encoding="utf-8",
    )
    (tmp_path / ".srcflag.toml").write_text('rules = ["local-rules"]\nselect = ["SF005", "SF001"]\n', encoding="utf-8")
    shutil.copy(FIXTURES / "undisclosed.md", tmp_path / "story.md")
    _, out, _ = run(capsys, str(tmp_path / "story.md"))
    assert "SF005" not in out  # the folder's rule now knows the outlet
    assert "'Pyongyang Evening Courier' is state media" in out


@pytest.mark.parametrize(
    ("config", "message"),
    [
        ("[tool.srcflag]\nignored = []\n", "unknown key 'ignored' (did you mean 'ignore'?)"),
        ('[tool.srcflag]\nselect = ["SF01"]\n', "unknown check 'SF01'"),
        (
            '[tool.srcflag]\nfail-level = "fatal"\n',
            "fail-level: expected one of 'info', 'warning', 'error', not 'fatal'",
        ),
        ("[tool.srcflag\n", "invalid TOML"),
        ('[tool.srcflag]\nselect = "SF001"\n', "[tool.srcflag] select: expected a list of strings, not 'SF001'"),
        ('[tool.srcflag.severity]\nSF09 = "error"\n', "[tool.srcflag] severity: unknown check 'SF09'"),
        ('[tool.srcflag.severity]\nSF001 = "loud"\n', "severity.SF001: expected one of 'info', 'warning', 'error'"),
    ],
)
def test_bad_configuration_exits_2_with_a_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], config: str, message: str
) -> None:
    (tmp_path / "pyproject.toml").write_text(config, encoding="utf-8")
    shutil.copy(FIXTURES / "article.txt", tmp_path / "story.txt")
    code, _, err = run(capsys, str(tmp_path / "story.txt"))
    assert code == 2
    assert message in err and "pyproject.toml" in err
    assert "Traceback" not in err


def test_missing_file_exits_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(capsys, str(tmp_path / "nowhere.md"))
    assert code == 2 and "nowhere.md: no such file" in err


def test_json_output_is_one_array_of_findings(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "--format", "json", str(FIXTURES / "undisclosed.md"))
    findings = json.loads(out)
    assert findings[0] == {
        "path": str(FIXTURES / "undisclosed.md"),
        "code": "SF003",
        "name": "unattributed-quotation",
        "severity": "warning",
        "message": findings[0]["message"],
        "line": 3,
        "column": 2,
        "end_line": 3,
        "end_column": 65,
        "start": findings[0]["start"],
        "end": findings[0]["end"],
    }


def test_github_annotations(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "--format", "github", str(FIXTURES / "article.txt"))
    first = out.splitlines()[0]
    assert first.startswith("::error file=")
    assert ",line=3,col=5,endLine=3,endColumn=31,title=SF001 undisclosed-state-media::" in first


def test_sarif_output(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "--format", "sarif", str(FIXTURES / "undisclosed.md"))
    sarif = json.loads(out)
    run_ = sarif["runs"][0]
    assert sarif["version"] == "2.1.0" and run_["columnKind"] == "unicodeCodePoints"
    assert [r["id"] for r in run_["tool"]["driver"]["rules"]][:5] == [
        "SF001",
        "SF002",
        "SF003",
        "SF004",
        "SF005",
    ]
    result = run_["results"][1]
    assert result["ruleId"] == "SF001" and result["level"] == "error"
    assert result["locations"][0]["physicalLocation"]["region"] == {
        "startLine": 5,
        "startColumn": 5,
        "endLine": 5,
        "endColumn": 31,
    }


@pytest.mark.skipif(not SHARED_SCHEMA.is_file(), reason="../shared/reference is not beside the project")
def test_sarif_validates_against_the_sarif_schema(capsys: pytest.CaptureFixture[str]) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(SHARED_SCHEMA.read_text(encoding="utf-8"))
    for fixture in sorted(FIXTURES.iterdir()):
        _, out, _ = run(capsys, "--format", "sarif", str(fixture))
        jsonschema.validate(json.loads(out), schema)


@pytest.mark.skipif(
    shutil.which("pre-commit") is None or shutil.which("git") is None, reason="needs pre-commit and git"
)
def test_pre_commit_hook_runs_through_try_repo(tmp_path: Path) -> None:
    project = Path(__file__).resolve().parents[1]
    articles = tmp_path / "newsroom"
    articles.mkdir()
    env = {
        **os.environ,
        "PRE_COMMIT_HOME": str(tmp_path / "cache"),
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@example.org",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@example.org",
    }
    subprocess.run(["git", "init", "-q"], cwd=articles, check=True, env=env)
    shutil.copy(FIXTURES / "undisclosed.md", articles / "story.md")
    subprocess.run(["git", "add", "story.md"], cwd=articles, check=True, env=env)
    proc = subprocess.run(
        ["pre-commit", "try-repo", str(project), "srcflag", "--files", "story.md"],
        cwd=articles,
        capture_output=True,
        text=True,
        env=env,
        timeout=900,
    )
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "story.md:5:5: SF001 'Korean Central News Agency' is state media" in proc.stdout


@pytest.mark.parametrize(
    ("description", "disclosed"),
    [
        ("the Rodong Sinmun, the main newspaper of the ruling Workers' Party,", True),
        ("the ruling party's newspaper Rodong Sinmun", True),
        ("the Rodong Sinmun, the main newspaper of the North's ruling Workers' Party,", True),
        ("the Rodong Sinmun", False),
        ("the Global Times, a nationalist tabloid run by the Chinese Communist Party's official People's Daily,", True),
        ("the Global Times, a tabloid published by the ruling Communist Party's People's Daily,", True),
        ("the pro-government Daily Sabah", True),
        ("the North's Uriminzokkiri propaganda website", True),
        ("Daily Sabah, a newspaper in Istanbul,", False),
    ],
)
def test_a_party_organ_described_as_the_ruling_partys_newspaper_is_disclosed(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, description: str, disclosed: bool
) -> None:
    article = tmp_path / "organ.md"
    article.write_text(f'In a commentary, {description} accused Seoul of "dancing to the tune" of Washington.\n')
    _, out, _ = run(capsys, str(article))
    assert ("SF001" in out) is not disclosed


def test_a_markdown_link_as_the_source_of_a_report_is_read_as_its_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "launch.md"
    article.write_text(
        "The country fired a missile on Sunday, according to [KCNA](https://kcna.kp), the state news agency.\n",
        encoding="utf-8",
    )
    code = main(["label", "--format", "json", str(article)])
    [report] = json.loads(capsys.readouterr().out)
    [statement] = report["statements"]
    assert code == 0
    assert statement["content"]["text"] == "The country fired a missile on Sunday"
    assert statement["source_type"] == "state_media"


def test_a_photo_credit_is_no_channel_of_the_story(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "talks.html"
    article.write_text(
        "<html><body><p>The ministry said it regretted the response.</p>"
        "<figure><figcaption>The minister, in a file photo. (KCNA via Reuters)</figcaption></figure></body></html>",
        encoding="utf-8",
    )
    main(["label", "--format", "json", str(article)])
    [report] = json.loads(capsys.readouterr().out)
    assert [statement["channels"] for statement in report["statements"]] == [[]]


def test_a_journalist_at_an_unknown_outlet_is_no_unknown_outlet(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    article = tmp_path / "port.txt"
    article.write_text('"The port will reopen," said John Smith, a reporter at the Coast Courier.\n', encoding="utf-8")
    _, out, _ = run(capsys, "--select", "SF005", str(article))
    assert "SF005" not in out


def test_an_anonymous_source_is_named_by_the_words_the_finding_points_at(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    article = tmp_path / "launch.txt"
    article.write_text(
        "The Joint Chiefs of Staff (JCS) said it detected the launch. "
        '"We are ready," a JCS official told reporters on condition of anonymity.\n',
        encoding="utf-8",
    )
    _, out, _ = run(capsys, "--select", "SF004", str(article))
    assert "anonymous source 'a JCS official' for 'We are ready,'" in out
