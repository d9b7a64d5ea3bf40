"""One statement per speaker's turn (the default; `turns=False`, `srcflag label --no-turns` split it)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from srcflag.batch import label_many
from srcflag.cli import main
from srcflag.label import label

BROKEN = '"The port is closed," the harbour master said. "It will reopen in May."'


def test_without_turns_a_quotation_broken_by_its_attribution_is_two_statements() -> None:
    assert [s.content.text for s in label(BROKEN, turns=False).statements] == [
        "The port is closed,",
        "It will reopen in May.",
    ]


def test_by_default_it_is_one_statement_spanning_both_quotations() -> None:
    [statement] = label(BROKEN).statements
    assert statement.content.text == 'The port is closed," the harbour master said. "It will reopen in May.'
    assert statement.content.text == BROKEN[statement.content.start : statement.content.end]
    assert (statement.content.line, statement.content.column) == (1, 2)
    assert statement.kind == "direct"
    assert statement.cue is not None and statement.cue.text == "said"
    assert statement.speaker is not None and statement.speaker.text == "the harbour master"


@pytest.mark.parametrize(
    "text",
    [
        '"Maybe," said Ana Lopez. "Not yet," said Ben Okafor.',  # two speakers
        '"The port is closed," the harbour master said.\n\n"It will reopen in May," he said.',  # two paragraphs
        'The harbour master called the closure "temporary." "It will reopen in May," he said.',  # a partial first
    ],
)
def test_turns_join_only_direct_quotations_of_one_speaker_in_one_paragraph(text: str) -> None:
    assert len(label(text).statements) == len(label(text, turns=False).statements) == 2


def test_the_choice_reaches_the_batch_workers_and_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert [len(r.statements) for r in label_many([BROKEN, BROKEN], jobs=2)] == [1, 1]
    assert [len(r.statements) for r in label_many([BROKEN, BROKEN], jobs=2, turns=False)] == [2, 2]
    article = tmp_path / "port.txt"
    article.write_text(BROKEN, encoding="utf-8")
    counts = []
    for flags in ([], ["--turns"], ["--no-turns"]):
        assert main(["label", *flags, "--format", "jsonl", str(article)]) == 0
        [line] = capsys.readouterr().out.splitlines()
        counts.append(len(json.loads(line)["statements"]))
    assert counts == [1, 1, 2]


def test_a_quotation_with_a_saying_verb_of_its_own_is_a_second_statement() -> None:
    text = '"We cannot afford this," the senator said, adding later, "The program costs a fortune."'
    contents = [s.content.text for s in label(text).statements]
    assert contents == ["We cannot afford this,", "The program costs a fortune."]
