"""Reading articles: files or standard input, decoded strictly, with located errors."""

from __future__ import annotations

import sys
from pathlib import Path

MAX_ARTICLE_BYTES = 64 * 1024 * 1024


class InputError(Exception):
    """An article that cannot be read; the message names the file and what is wrong."""


def decode(data: bytes, name: str) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(f"{name}: UTF-16 text is not supported; save the article as UTF-8")
    nul = data.find(b"\x00")
    if nul != -1:
        raise InputError(f"{name}: binary file (NUL byte at offset {nul})")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"{name}: not valid UTF-8 (byte {exc.start}: {data[exc.start : exc.start + 1]!r})") from None
    return text.removeprefix("\ufeff")


def read_article(path: str) -> str:
    if path == "-":
        return decode(sys.stdin.buffer.read(), "<stdin>")
    file = Path(path)
    if file.is_dir():
        raise InputError(f"{path}: is a directory")
    try:
        size = file.stat().st_size
        if size > MAX_ARTICLE_BYTES:
            raise InputError(f"{path}: larger than {MAX_ARTICLE_BYTES // (1024 * 1024)} MiB")
        data = file.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    return decode(data, path)
