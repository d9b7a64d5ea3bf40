"""Labelling many articles: in order, streamed, across processes.

    from srcflag.batch import label_many
    for report in label_many(texts, jobs=4):     # reports come back in input order
        ...

The rule set is sent to each worker once (it pickles cheaply); each worker compiles its
matcher once. For archives beyond one machine see `srcflag.dask`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from srcflag.label import bundled_ruleset, label
from srcflag.report import Report
from srcflag.ruleset.ruleset import RuleSet

DEFAULT_CHUNK = 16
_WORKER_RULES: RuleSet | None = None
_WORKER_TURNS = False


@dataclass(frozen=True)
class Article:
    """One article to label: its text and the name its report carries."""

    text: str
    path: str | None = None


def _init_worker(ruleset: RuleSet, turns: bool) -> None:
    global _WORKER_RULES, _WORKER_TURNS
    _WORKER_RULES, _WORKER_TURNS = ruleset, turns


def _label_one(article: Article) -> Report:
    return label(article.text, ruleset=_WORKER_RULES, path=article.path, turns=_WORKER_TURNS)


def label_many(
    articles: Iterable[str | Article],
    ruleset: RuleSet | None = None,
    *,
    jobs: int = 1,
    chunk_size: int = DEFAULT_CHUNK,
    turns: bool = True,
) -> Iterator[Report]:
    """Label every article, yielding reports in input order as they are ready (`turns` as in `label`)."""
    rules = ruleset if ruleset is not None else bundled_ruleset()
    items = (a if isinstance(a, Article) else Article(a) for a in articles)
    if jobs <= 1:
        for article in items:
            yield label(article.text, ruleset=rules, path=article.path, turns=turns)
        return
    import multiprocessing  # only for several jobs: a single-job run starts faster without it

    with multiprocessing.get_context().Pool(jobs, initializer=_init_worker, initargs=(rules, turns)) as pool:
        yield from pool.imap(_label_one, items, chunksize=chunk_size)


class JsonLinesError(ValueError):
    """A JSON Lines record that cannot be labelled; says which line and what was expected."""


def jsonl_articles(
    lines: Iterable[str], *, text_field: str = "text", id_field: str | None = "id", source: str = "<stdin>"
) -> Iterator[Article]:
    """Articles from JSON Lines: one object a line with the text in `text_field`."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise JsonLinesError(f"{source}:{number}:{exc.colno}: not valid JSON: {exc.msg}") from None
        if not isinstance(record, dict) or not isinstance(record.get(text_field), str):
            raise JsonLinesError(f"{source}:{number}:1: expected an object with a string field '{text_field}'")
        name = record.get(id_field) if id_field else None
        yield Article(record[text_field], str(name) if name is not None else f"{source}:{number}")
