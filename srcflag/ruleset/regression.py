"""Run every alias over clean articles: a match that nobody expected is an alias that is too loose."""

from __future__ import annotations

from pathlib import Path

import yaml

from srcflag.document import Document, words_in
from srcflag.matcher import matcher_for
from srcflag.ruleset.diagnostics import Diagnostic, display_path
from srcflag.ruleset.ruleset import RuleSet

ALLOWED_FILE = "allowed-matches.yaml"
ARTICLE_SUFFIXES = (".txt", ".md")


def _allowed(folder: Path) -> set[tuple[str, str, str]]:
    path = folder / ALLOWED_FILE
    if not path.is_file():
        return set()
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    return {(str(item["file"]), str(item["entity"]), str(item["text"])) for item in data}


def unexpected_matches(ruleset: RuleSet, folder: Path) -> list[Diagnostic]:
    """Entity mentions in the articles of `folder` that its allow-list does not name."""
    allowed = _allowed(folder)
    matcher = matcher_for(ruleset)
    out: list[Diagnostic] = []
    for article in sorted(p for p in folder.iterdir() if p.suffix in ARTICLE_SUFFIXES):
        text = article.read_text(encoding="utf-8")
        doc = Document.from_text(text)
        for hit in matcher.find_entities(words_in(text), text):
            words = text[hit.start : hit.end]
            if (article.name, hit.value, words) in allowed:
                continue
            line, column = doc.line_column(hit.start)
            out.append(
                Diagnostic(
                    display_path(article),
                    line,
                    column,
                    f"'{words}' matches {hit.value} in a clean article; narrow the alias or add it to {ALLOWED_FILE}",
                )
            )
    return out
