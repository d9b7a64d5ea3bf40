"""The compiled rule set, cached on disk and keyed by the content of the rule files.

Validating a few hundred YAML files costs more than a pre-commit hook may spend on start-up;
a pickle of the validated rule set and its matcher loads in milliseconds. The key covers every
rule file's id and bytes and srcflag's version, so any edit, addition or removal rebuilds it.
"""

from __future__ import annotations

import functools
import hashlib
import os
import pickle
import sys
import tempfile
from pathlib import Path
from typing import Any

CACHE_FORMAT = 1
KEEP = 8  # cached pickles of each kind kept
ENV_CACHE_DIR = "SRCFLAG_CACHE_DIR"  # empty: no cache


def cache_dir() -> Path | None:
    configured = os.environ.get(ENV_CACHE_DIR)
    if configured is not None:
        return Path(configured) if configured else None
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "srcflag"


@functools.cache
def _code_digest() -> bytes:
    """srcflag's own source: a pickle made by other code (another checkout, an edit) is not reused."""
    package = Path(__file__).resolve().parent.parent
    digest = hashlib.sha256()
    for module in sorted(package.rglob("*.py")):
        digest.update(module.read_bytes())
    return digest.digest()


def content_key(items: list[tuple[str, bytes]]) -> str:
    from srcflag.version import __version__

    digest = hashlib.sha256(f"{CACHE_FORMAT}\0{__version__}\0{sys.version_info[:2]}\0".encode())
    digest.update(_code_digest())
    for rule_id, data in items:
        digest.update(rule_id.encode() + b"\0" + hashlib.sha256(data).digest())
    return digest.hexdigest()


def _file_name(key: str) -> str:
    return f"{key}.pickle" if "-" in key else f"rules-{key}.pickle"


def load(key: str) -> Any | None:
    folder = cache_dir()
    if folder is None:
        return None
    try:
        with (folder / _file_name(key)).open("rb") as handle:
            return pickle.load(handle)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
        return None  # no cache yet, or one from another version: rebuild


def store(key: str, value: Any) -> None:
    folder = cache_dir()
    if folder is None:
        return
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".rules-", delete=False) as handle:
            pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(handle.name, folder / _file_name(key))
        _prune(folder, _file_name(key).split("-", 1)[0])
    except OSError:
        return  # a read-only home: srcflag still works, only slower to start


def _prune(folder: Path, kind: str) -> None:
    """Keep the newest few pickles of a kind: every edit of the rules or code makes a new one."""
    pickles = sorted(folder.glob(f"{kind}-*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
    for stale in pickles[KEEP:]:
        stale.unlink(missing_ok=True)
