"""Time grows linearly with article length.

A slice taken from offset 0 for every name that starts a paragraph once made extraction
quadratic in the article's length; ten times the text must take about ten times as long.
"""
from __future__ import annotations

import time

from quotes.extraction import extract

PARAGRAPH = "Jane Doe spoke.\n"  # a name at the start of every paragraph


def _seconds(paragraphs: int) -> float:
    text = PARAGRAPH * paragraphs
    best = float("inf")
    for _ in range(2):
        started = time.perf_counter()
        extract(text)
        best = min(best, time.perf_counter() - started)
    return best


def test_ten_times_the_text_takes_about_ten_times_as_long():
    small, large = _seconds(2_000), _seconds(20_000)
    # Linear measures about 11x here; the quadratic slice measured about 30x.
    assert large / small < 20
