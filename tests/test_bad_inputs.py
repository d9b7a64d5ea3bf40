"""The catalogue of bad inputs: each is refused with its exact message and exit 2, or labelled."""

from __future__ import annotations

import codecs
import hashlib
import json
from pathlib import Path

import pytest

from srcflag.cli import main
from srcflag.inputs import MAX_ARTICLE_BYTES

COMMANDS = [["label", "--format", "jsonl"], ["check", "--format", "json", "--no-color"]]


def run(capsys: pytest.CaptureFixture[str], command: list[str], path: Path | str) -> tuple[int, str, str]:
    code = main([*command, str(path)])
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    return code, captured.out, captured.err


REFUSED = [
    ("invalid-utf8.txt", b"Kim said \xff the plan failed.", "not valid UTF-8 (byte 9: b'\\xff')"),
    (
        "utf16.txt",
        codecs.BOM_UTF16_LE + "Kim said.".encode("utf-16-le"),
        "UTF-16 text is not supported; save the article as UTF-8",
    ),
    (
        "utf32.txt",
        codecs.BOM_UTF32_LE + "Kim said.".encode("utf-32-le"),
        "UTF-32 text is not supported; save the article as UTF-8",
    ),
    ("nul.txt", b"Kim said\x00 hello.", "binary file (NUL byte at offset 8)"),
    ("image.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file (NUL byte at offset 8)"),
]


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize(("name", "data", "message"), REFUSED)
def test_refused_bytes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: list[str], name: str, data: bytes, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    code, _, err = run(capsys, command, path)
    assert code == 2
    assert f"srcflag: {path}: {message}" in err


@pytest.mark.parametrize("command", COMMANDS)
def test_directory_missing_and_unreadable(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert run(capsys, command, tmp_path)[0] == 2
    code, _, err = run(capsys, command, tmp_path / "gone.txt")
    assert code == 2 and f"srcflag: {tmp_path / 'gone.txt'}: no such file" in err
    locked = tmp_path / "locked.txt"
    locked.write_text("Kim said so.", encoding="utf-8")

    def denied(file: Path) -> bytes:
        raise PermissionError(13, "Permission denied")

    # root reads any file whatever its mode, so the refusal is simulated at the read itself
    monkeypatch.setattr("srcflag.inputs._read_bytes", denied)
    code, _, err = run(capsys, command, locked)
    assert code == 2 and f"srcflag: {locked}: permission denied" in err


def test_directory_message(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, ["label"], tmp_path)
    assert code == 2 and err.strip() == f"srcflag: {tmp_path}: is a directory"


def test_article_over_the_size_limit(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "huge.txt"
    path.write_bytes(b"a" * (50 * 1024 * 1024))
    code, _, err = run(capsys, ["label"], path)
    assert code == 2
    limit = MAX_ARTICLE_BYTES // (1024 * 1024)
    assert err.strip() == f"srcflag: {path}: 50.0 MiB is larger than the {limit}.0 MiB limit; split the article"


def test_empty_file_is_labelled_with_a_note(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    code, out, err = run(capsys, ["label", "--format", "jsonl"], path)
    assert code == 0
    assert json.loads(out)["statements"] == []
    assert err.strip() == f"srcflag: {path}: empty article"


@pytest.mark.parametrize("newline", ["\r\n", "\r", "\n"])
def test_line_ends_keep_exact_positions(tmp_path: Path, capsys: pytest.CaptureFixture[str], newline: str) -> None:
    text = newline.join(["Heading", "", 'The mayor said "the bridge will open in May," on Friday.'])
    path = tmp_path / "article.txt"
    path.write_bytes(text.encode("utf-8"))
    code, out, _ = run(capsys, ["label", "--format", "jsonl"], path)
    [statement] = json.loads(out)["statements"]
    content = statement["content"]
    assert code == 0
    assert text[content["start"] : content["end"]] == content["text"] == "the bridge will open in May,"
    assert (content["line"], content["column"]) == (3, 17)


def test_one_long_line_and_stray_quotes_are_labelled(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "long.txt"
    line = ("The weather was mild and calm. " * 170_000)[:5_000_000]  # one 5 MB line
    path.write_text(line + '"' * 100_000 + " The end.", encoding="utf-8")
    code, out, _ = run(capsys, ["label", "--format", "jsonl"], path)
    assert code == 0 and json.loads(out)["statements"] == []


def test_check_never_writes_to_the_files_it_reads(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fixtures = Path(__file__).parent / "fixtures" / "check"
    before = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in fixtures.iterdir()}
    main(["check", "--format", "sarif", *map(str, sorted(fixtures.iterdir()))])
    capsys.readouterr()
    after = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in fixtures.iterdir()}
    assert after == before


def test_a_symbolic_link_loop_in_rules_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rules = tmp_path / "rules"
    (rules / "xa").mkdir(parents=True)
    (rules / "schema.json").write_text("{}", encoding="utf-8")
    (rules / "xa" / "again").symlink_to(rules)
    assert main(["rules", "check", "--no-bundled", str(rules)]) == 2
    out = capsys.readouterr().out
    assert out.strip().endswith("xa/again:1:1: symbolic links and files outside the rules folder are refused")


def test_oversized_rule_file_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rules = tmp_path / "rules"
    (rules / "xa").mkdir(parents=True)
    (rules / "schema.json").write_text("{}", encoding="utf-8")
    (rules / "xa" / "big.yaml").write_text("notes: '" + "x" * 300_000 + "'\n", encoding="utf-8")
    assert main(["rules", "check", "--no-bundled", str(rules)]) == 2
    assert "big.yaml:1:1: rule file is larger than 256 KiB" in capsys.readouterr().out
