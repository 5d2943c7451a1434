"""Property-based: on any text, extract never raises and offsets always slice the text."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from quotes.extraction import extract

PIECES = st.sampled_from([
    '"', "“", "”", "'", "‘", "’", "«", "»", " said ", " told reporters ", "he", "She",
    "Jane Doe", "Mr. Smith", ", ", ". ", ":", "\n", "\n\n", "the president", "according to ",
    "We will win", "- ", "WASHINGTON (AP) — ", "on Feb 12", "that ", "Sen.", "(", ")", "…",
    # single marks as quotes and as apostrophes
    " ‘", "’ ", ",’ ", ".’", " '", "' ", ",' ", "workers’ ", "don’t", "’90s", " ’n’ ", "'em",
])
TEXTS = st.one_of(
    st.text(max_size=300),
    st.lists(st.one_of(PIECES, st.text(max_size=12)), max_size=60).map("".join),
)


@settings(max_examples=200, deadline=None)
@given(TEXTS)
def test_extract_never_raises_and_offsets_slice(text):
    result = extract(text)
    for q in result.quotes:
        assert 0 <= q.start <= q.end <= len(text)
        assert text[q.start:q.end] == q.text
        assert q.kind in ("direct", "mixed", "indirect")
