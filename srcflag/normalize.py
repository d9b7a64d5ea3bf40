"""Name normalisation shared by rule validation and mention resolution.

Two spellings that normalise alike are the same name: case, diacritics,
apostrophe style, hyphens, dots in abbreviations, a leading "the" and a
trailing possessive do not tell names apart.
"""

from __future__ import annotations

import re
import unicodedata

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'"})
_DASHES = re.compile(r"[\u2010-\u2015\-]+")
_NON_WORD = re.compile(r"[^\w'&]+")
_POSSESSIVE = re.compile(r"'s?$")
_LEADING_ARTICLE = re.compile(r"^the\s+")


def fold(text: str) -> str:
    """Strip diacritics (NFKD, combining marks dropped) but keep non-Latin scripts intact."""
    decomposed = unicodedata.normalize("NFKD", text)
    kept = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", kept)


def normalize_name(text: str, *, case_sensitive: bool = False) -> str:
    """The comparison key of a name."""
    out = fold(text).translate(_APOSTROPHES)
    if not case_sensitive:
        out = out.lower()
    out = _DASHES.sub(" ", out)
    out = out.replace(".", "")
    out = _NON_WORD.sub(" ", out).strip()
    out = _POSSESSIVE.sub("", out).strip("' ")
    out = _LEADING_ARTICLE.sub("", out) if not case_sensitive else re.sub(r"^[Tt]he\s+", "", out)
    return " ".join(out.split())
