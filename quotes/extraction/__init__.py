"""Quote extraction: article text in, plain data out. No Django import anywhere here.

    from quotes.extraction import extract
    result = extract(text, published=date(2025, 3, 11))
"""
from __future__ import annotations

from datetime import date

from .model import Entity, Extraction, Quote

__all__ = ["Entity", "Extraction", "Quote", "extract"]


def extract(text: str, *, published: date | None = None) -> Extraction:
    """Extract quotes, speakers, people and organisations from article text."""
    return Extraction(published=published)
