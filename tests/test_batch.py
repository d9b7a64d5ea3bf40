"""Many articles: order kept across processes, JSON Lines input, cheap pickling, dask."""

from __future__ import annotations

import io
import json
import pickle
import sys
from pathlib import Path
from typing import Any

import pytest

import srcflag
from srcflag.batch import Article, JsonLinesError, jsonl_articles, label_many
from srcflag.cli import main
from srcflag.matcher import matcher_for

TEXTS = [f'"We will finish bridge number {i} this year," the mayor of town {i} said.' for i in range(40)]


def test_reports_come_back_in_input_order_across_processes() -> None:
    serial = [r.to_dict() for r in label_many(TEXTS)]
    parallel = [r.to_dict() for r in label_many(TEXTS, jobs=2, chunk_size=3)]
    assert parallel == serial
    assert [r["statements"][0]["content"]["text"] for r in serial][:2] == [
        "We will finish bridge number 0 this year,",
        "We will finish bridge number 1 this year,",
    ]


def test_articles_keep_their_names() -> None:
    [report] = label_many([Article("The plan failed, KCNA said.", "a.txt")])
    assert report.path == "a.txt"


def test_rule_set_and_matcher_pickle_cheaply() -> None:
    ruleset = srcflag.load_rules()
    data = pickle.dumps((ruleset, matcher_for(ruleset)))
    assert len(data) < 5_000_000
    restored, matcher = pickle.loads(data)
    assert restored.entities.keys() == ruleset.entities.keys()
    assert matcher.entities.lookup("KCNA") == "kp/kcna"


def test_json_lines_records_and_located_errors() -> None:
    lines = ['{"id": "x", "text": "It rained, officials said."}', "", '{"text": "Nothing."}']
    articles = list(jsonl_articles(lines, source="in.jsonl"))
    assert [a.path for a in articles] == ["x", "in.jsonl:3"]
    with pytest.raises(JsonLinesError, match=r"^in.jsonl:2:1: expected an object with a string field 'body'$"):
        list(jsonl_articles(['{"body": "a"}', '{"text": "b"}'], text_field="body", source="in.jsonl"))
    with pytest.raises(JsonLinesError, match=r"^in.jsonl:1:2: not valid JSON"):
        list(jsonl_articles(["{oops"], source="in.jsonl"))


def test_label_cli_streams_jsonl_input_with_jobs(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    records = "\n".join(json.dumps({"id": f"n{i}", "body": t}) for i, t in enumerate(TEXTS[:6]))
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(records.encode())))
    code = main(["label", "--input-format", "jsonl", "--text-field", "body", "--jobs", "2", "--format", "jsonl"])
    out = capsys.readouterr().out.splitlines()
    assert code == 0
    assert [json.loads(line)["path"] for line in out] == [f"n{i}" for i in range(6)]


def test_label_cli_json_is_one_array(capsys: pytest.CaptureFixture[str], tmp_path: pytest.TempPathFactory) -> None:
    assert main(["label", "--format", "json", "examples/article.txt", "examples/article.txt"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 2


def test_bad_json_lines_exit_2(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b'{"text": "ok, she said."}\n[1, 2]\n')))
    assert main(["label", "--input-format", "jsonl", "--format", "jsonl"]) == 2
    captured = capsys.readouterr()
    assert len(captured.out.splitlines()) == 1
    assert "srcflag: <stdin>:2:1: expected an object with a string field 'text'" in captured.err


def test_dask_bag_and_column_on_a_local_cluster() -> None:
    dask_bag = pytest.importorskip("dask.bag")
    dd = pytest.importorskip("dask.dataframe")
    distributed = pytest.importorskip("distributed")
    pandas = pytest.importorskip("pandas")
    from srcflag.dask import label_bag, label_column

    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
    with cluster, distributed.Client(cluster):
        reports = label_bag(dask_bag.from_sequence(TEXTS[:8], npartitions=4)).compute()
        frame = dd.from_pandas(pandas.DataFrame({"text": TEXTS[:6]}), npartitions=3)
        column = label_column(frame["text"]).compute()
    assert [r["statements"][0]["content"]["text"] for r in reports] == [
        f"We will finish bridge number {i} this year," for i in range(8)
    ]
    assert [json.loads(value)["statements"][0]["speaker"]["text"] for value in column] == [
        f"the mayor of town {i}" for i in range(6)
    ]


HTML_ARTICLE = """<html><head><script>var s = "said KCNA";</script></head><body>
<p><strong>Q:</strong> Will the talks resume?</p>
<p>North Korea&#8217;s Rodong Sinmun wrote that the South was &ldquo;begging for dialogue.&rdquo;</p>
</body></html>
"""

MARKDOWN_ARTICLE = """---
title: "said nobody in the front matter"
---
# Talks

The plan failed, KCNA said on `Monday "said the code"`.

```
"This is code," said nobody.
```
"""


@pytest.mark.parametrize(("name", "article"), [("story.html", HTML_ARTICLE), ("story.md", MARKDOWN_ARTICLE)])
def test_label_cli_labels_the_prose_of_markdown_and_html_with_file_offsets(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, name: str, article: str
) -> None:
    path = tmp_path / name
    path.write_text(article, encoding="utf-8")
    assert main(["label", "--format", "jsonl", str(path)]) == 0
    [report] = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    statements = report["statements"]
    assert len(statements) == 1  # no question, no script, no front matter, no code
    content = statements[0]["content"]
    assert article[content["start"] : content["end"]] == content["text"]
    speaker = statements[0]["speaker"]
    assert speaker["name"] in ("Rodong Sinmun", "Korean Central News Agency")
    assert article[speaker["start"] : speaker["end"]] == speaker["text"]
    line = article.count("\n", 0, content["start"]) + 1
    assert content["line"] == line


def _label_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, article: str, name: str = "story.md"
) -> list[dict[str, Any]]:
    """The statements `srcflag label` reports for a file `name` (Markdown by default) holding `article`."""
    path = tmp_path / name
    path.write_text(article, encoding="utf-8")
    assert main(["label", "--format", "jsonl", str(path)]) == 0
    [report] = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    statements: list[dict[str, Any]] = report["statements"]
    return statements


def test_bold_speaker_labels_in_a_markdown_interview_are_turns(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    article = (
        "# Interview: the harbour master\n\n"
        "**Q: Why was the ferry late?**\n\n"
        "**Ruiz:** The dredging took longer than planned.\n\n"
        "**Ruiz:** It will run every day from *December*.\n"
    )
    statements = _label_file(capsys, tmp_path, article)
    turns = [(s["speaker"]["text"], s["content"]["text"]) for s in statements]
    assert turns == [
        ("Ruiz", "The dredging took longer than planned."),
        ("Ruiz", "It will run every day from *December*."),
    ]


def test_a_bold_dateline_in_markdown_is_no_speaker(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    article = (
        "**LAGOS** — Nigeria's finance minister, Wale Edun, defended the budget on Tuesday, saying the country "
        '"cannot keep borrowing to pay salaries".\n'
    )
    statements = _label_file(capsys, tmp_path, article)
    [statement] = statements
    assert statement["speaker"]["name"] == "Wale Edun"


def test_a_name_set_in_emphasis_is_named_without_the_markup_gap(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    article = "According to the *Daily Harbour*, the ferry will run every day from May.\n"
    [statement] = _label_file(capsys, tmp_path, article)
    assert "  " not in statement["speaker"]["name"]


def test_a_described_label_in_a_markdown_list_speaks_its_quotation(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    article = (
        "# Reactions\n\n"
        '- **Ana Ruiz**, mayor of Vigo: "We will rebuild the harbour."\n'
        '- **Tomas Lind**, UK energy secretary, said the deal was "a step forward".\n'
    )
    statements = _label_file(capsys, tmp_path, article)
    said = [(s["speaker"]["name"], s["content"]["text"], s["source_type"]) for s in statements]
    assert said == [
        ("Ana Ruiz", "We will rebuild the harbour.", "government"),
        ("Tomas Lind", "a step forward", "government"),
    ]


def test_an_html_inline_quotation_and_a_cited_blockquote(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    article = (
        "<html><body>"
        "<p>The mayor, <strong>Ana Ruiz</strong>, called the decision <q>long overdue</q>.</p>"
        "<blockquote><p>&ldquo;We have waited three months for this.&rdquo;</p><cite>Marta Souto, a hotel owner</cite>"
        "</blockquote></body></html>\n"
    )
    statements = _label_file(capsys, tmp_path, article, "ferry.html")
    said = [(s["kind"], s["speaker"]["name"], s["content"]["text"]) for s in statements]
    assert said == [
        ("partial", "Ana Ruiz", "long overdue"),
        ("direct", "Marta Souto", "We have waited three months for this."),
    ]


def test_an_inline_cite_is_part_of_its_sentence(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    article = "<p>According to <cite>The Guardian</cite>, the port will reopen in May.</p>\n"
    [statement] = _label_file(capsys, tmp_path, article, "port.html")
    assert statement["speaker"]["name"] == "The Guardian"
