"""The on-disk cache of compiled rules: reused when nothing changed, rebuilt on any edit, bounded."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from srcflag.ruleset import cache, load_rules

PARTY = """\
name: {name}
type: political_party
country: XA
evidence:
  - {{claim: c, url: 'https://example.org', seen: 2026-01-01}}
reviewed: 2026-01-01
"""


@pytest.fixture
def rules_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "rules" / "xa"
    folder.mkdir(parents=True)
    (tmp_path / "rules" / "schema.json").write_text("{}", encoding="utf-8")
    (folder / "party.yaml").write_text(PARTY.format(name="First Party"), encoding="utf-8")
    return tmp_path / "rules"


def test_an_edit_is_never_hidden_by_the_cache(rules_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(cache.ENV_CACHE_DIR, str(tmp_path / "cache"))
    assert load_rules([rules_dir], with_bundled=False).entities["xa/party"].name == "First Party"
    assert load_rules([rules_dir], with_bundled=False).entities["xa/party"].name == "First Party"
    assert len(list((tmp_path / "cache").glob("rules-*.pickle"))) == 1
    (rules_dir / "xa" / "party.yaml").write_text(PARTY.format(name="Second Party"), encoding="utf-8")
    assert load_rules([rules_dir], with_bundled=False).entities["xa/party"].name == "Second Party"


def test_an_empty_cache_setting_disables_it(rules_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(cache.ENV_CACHE_DIR, "")
    assert cache.cache_dir() is None
    assert load_rules([rules_dir], with_bundled=False).entities["xa/party"].name == "First Party"


def test_old_pickles_are_pruned(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(cache.ENV_CACHE_DIR, str(tmp_path))
    for index in range(cache.KEEP + 5):
        cache.store(f"{index:064x}", {"n": index})
    assert len(list(tmp_path.glob("rules-*.pickle"))) == cache.KEEP
    assert cache.load(f"{cache.KEEP + 4:064x}") == {"n": cache.KEEP + 4}


def test_the_same_rules_in_two_places_report_their_own_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(cache.ENV_CACHE_DIR, str(tmp_path / "cache"))
    folders = []
    for place in ("first", "second"):
        folder = tmp_path / place / "rules"
        (folder / "xa").mkdir(parents=True)
        (folder / "schema.json").write_text("{}", encoding="utf-8")
        (folder / "xa" / "party.yaml").write_text(PARTY.format(name="First Party"), encoding="utf-8")
        folders.append(folder)
    for place, folder in zip(("first", "second"), folders, strict=True):
        source = str(load_rules([folder], with_bundled=False).sources["xa/party"])
        assert f"{place}/rules/xa/party.yaml" in source.replace("\\", "/")


def test_a_check_from_the_cache_imports_no_validation_machinery(tmp_path: Path) -> None:
    # the cold start of the pre-commit hook: the cached rule set is plain records, so neither
    # pydantic nor PyYAML (nor multiprocessing, for one job) is imported to check an article
    article = tmp_path / "story.md"
    article.write_text("Pyongyang said the test succeeded, KCNA reported.\n", encoding="utf-8")
    script = (
        "import sys\n"
        "from srcflag.cli import main\n"
        f"code = main(['check', {str(article)!r}])\n"
        "heavy = sorted({'pydantic', 'yaml', 'multiprocessing'} & {m.split('.')[0] for m in sys.modules})\n"
        "print(code, heavy)\n"
    )
    env = {**os.environ, "SRCFLAG_CACHE_DIR": str(tmp_path / "cache")}
    first = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, check=True)
    assert "pydantic" in first.stdout  # a cold cache validates the rule files
    second = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, check=True)
    assert second.stdout.strip().endswith("[]"), second.stdout + second.stderr
