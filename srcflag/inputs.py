"""Reading articles: files or standard input, decoded strictly, refused with a located reason.

What srcflag refuses (exit status 2, one line naming the input and the problem):
  a missing file, a directory, an unreadable file, bytes that are not UTF-8 (with the offset of
  the first bad byte), UTF-16 or UTF-32 text (by its byte order mark), binary content (a NUL
  byte), and articles larger than the size limit (16 MiB by default).
What it labels: everything else, including empty files (a note on standard error), CRLF and
lone CR line ends (positions count them exactly), very long lines and stray quotation marks.
"""

from __future__ import annotations

import codecs
import sys
from pathlib import Path

MAX_ARTICLE_BYTES = 16 * 1024 * 1024
_BOMS = {
    codecs.BOM_UTF32_LE: "UTF-32",
    codecs.BOM_UTF32_BE: "UTF-32",
    codecs.BOM_UTF16_LE: "UTF-16",
    codecs.BOM_UTF16_BE: "UTF-16",
}


class InputError(Exception):
    """An article that cannot be read; the message names the file and what is wrong."""


def _size(count: int) -> str:
    return f"{count / (1024 * 1024):.1f} MiB"


def decode(data: bytes, name: str, *, max_bytes: int = MAX_ARTICLE_BYTES) -> str:
    if len(data) > max_bytes:
        raise InputError(f"{name}: {_size(len(data))} is larger than the {_size(max_bytes)} limit; split the article")
    for bom, encoding in _BOMS.items():  # UTF-32 marks first: they begin with the UTF-16 ones
        if data.startswith(bom):
            raise InputError(f"{name}: {encoding} text is not supported; save the article as UTF-8")
    nul = data.find(b"\x00")
    if nul != -1:
        raise InputError(f"{name}: binary file (NUL byte at offset {nul})")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"{name}: not valid UTF-8 (byte {exc.start}: {data[exc.start : exc.start + 1]!r})") from None
    if not text.strip():
        print(f"srcflag: {name}: empty article", file=sys.stderr)
    return text.removeprefix("\ufeff")


def _read_bytes(file: Path) -> bytes:
    return file.read_bytes()


def read_article(path: str, *, max_bytes: int = MAX_ARTICLE_BYTES) -> str:
    if path == "-":
        return decode(sys.stdin.buffer.read(max_bytes + 1), "<stdin>", max_bytes=max_bytes)
    file = Path(path)
    try:
        if file.is_dir():
            raise InputError(f"{path}: is a directory")
        size = file.stat().st_size
        if size > max_bytes:
            raise InputError(f"{path}: {_size(size)} is larger than the {_size(max_bytes)} limit; split the article")
        data = _read_bytes(file)
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    return decode(data, path, max_bytes=max_bytes)
