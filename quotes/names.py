"""Name normalisation shared by storage, search and deduplication.

Pure functions, no Django: "Sébastien Lecornu", "SEBASTIEN LECORNU" and
"Sebastien  Lecornu" all normalise to "sebastien lecornu".
"""
from __future__ import annotations

import re
import unicodedata

_NON_WORD = re.compile(r"[^\w\s-]+")
_SPACES = re.compile(r"\s+")


def strip_accents(value: str) -> str:
    decomposed = unicodedata.normalize("NFKD", value)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def normalize_name(value: str) -> str:
    """Case-, accent- and punctuation-insensitive key for a name."""
    value = strip_accents(value).casefold().replace("’", "'")
    value = _NON_WORD.sub(" ", value.replace("'", ""))
    return _SPACES.sub(" ", value).strip()


def normalize_text(value: str) -> str:
    """Case- and accent-insensitive form of free text, for search fallbacks."""
    return _SPACES.sub(" ", strip_accents(value).casefold()).strip()
