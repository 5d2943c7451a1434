"""Quotation-mark pairing, and telling direct quotes from mixed ones and scare quotes.

Only double quotation marks (straight, curly, guillemets) open a quotation. Single marks
are left alone: they are apostrophes far more often than quotes, and inside a double
quotation they mark a nested quote, which is part of the outer quote, not one of its own.
Two apostrophes in a row (''...'') and two backticks (``...'') are the double quotation
marks of typewriter-era archives (NYT wire text): they count as one double mark.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

OPENERS = {"“", "«", "„", "``"}
CLOSERS = {"”", "»"}
MARK_RE = re.compile(r"''|``|[\"“”«»„]")
SIMPLE_MARK_RE = re.compile(r"[\"“”«»„]")  # for the common text without '' digraphs
WORD_RE = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")


@dataclass(slots=True)
class Span:
    """One quotation: `open`/`close` are the marks' offsets, `start`/`end` the inner text."""

    open: int
    close: int  # offset of the closing mark, or the paragraph end if never closed
    start: int
    end: int
    paragraph: int
    closed: bool = True
    continued: bool = False  # a quote left open at the end of the previous paragraph
    words: int = 0
    after: int = 0  # offset just after the closing mark (marks may be two characters long)


def pair_marks(text: str, start: int, end: int, paragraph: int,
               digraphs: bool = True) -> list[Span]:
    """Pair the quotation marks of one paragraph, left to right, in one pass.

    `digraphs=False` says the text has no '' or `` marks, so a simpler scan will do."""
    spans: list[Span] = []
    mark_re = MARK_RE if digraphs else SIMPLE_MARK_RE
    open_at = -1
    open_len = 1
    for m in mark_re.finditer(text, start, end):
        ch = m.group()
        pos = m.start()
        size = m.end() - pos
        if ch == "“" and open_at >= 0 and pos > start and text[pos - 1] in ",.!?" \
                and (pos + 1 >= end or text[pos + 1] in " \t"):
            # A typo'd closer ('... here,“ said Jim Clyburn'): an opener cannot follow
            # the quote's final punctuation and precede a space.
            _add(spans, text, open_at, pos, paragraph, True, open_len, 1)
            open_at = -1
            continue
        if ch in OPENERS:
            if open_at >= 0:
                # An opener inside an open quote: the earlier quote was never closed.
                _add(spans, text, open_at, pos, paragraph, False, open_len, 0)
            open_at, open_len = pos, size
        elif ch in CLOSERS:
            if open_at >= 0:
                _add(spans, text, open_at, pos, paragraph, True, open_len, size)
                open_at = -1
        else:  # straight mark: decide by context, then by state
            before = text[pos - 1] if pos > start else " "
            after = text[pos + size] if pos + size < end else " "
            if open_at < 0:
                if after.isspace() and not before.isspace() and spans:
                    continue  # a stray closing mark
                open_at, open_len = pos, size
            else:
                if before.isspace() and not after.isspace() and not after in ",.;:!?":
                    # Looks like an opener: the previous quote had no closing mark.
                    _add(spans, text, open_at, pos, paragraph, False, open_len, 0)
                    open_at, open_len = pos, size
                else:
                    _add(spans, text, open_at, pos, paragraph, True, open_len, size)
                    open_at = -1
    if open_at >= 0:
        _add(spans, text, open_at, end, paragraph, False, open_len, 0)
    return spans


def _add(spans: list[Span], text: str, open_at: int, close_at: int, paragraph: int,
         closed: bool, open_len: int = 1, close_len: int = 1) -> None:
    s, e = open_at + open_len, close_at
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if e <= s:
        return
    words = len(WORD_RE.findall(text, s, e)) if e - s < 400 else (e - s) // 5
    spans.append(Span(open=open_at, close=close_at, start=s, end=e, paragraph=paragraph,
                      closed=closed, words=words, after=close_at + max(close_len, 1)))


_TITLE_SMALL_WORDS = frozenset({"of", "the", "a", "an", "and", "in", "on", "for", "to", "at", "with", "or"})


def is_title_like(text: str, span: Span) -> bool:
    """A quoted name or title ("Saturday Night Live"): every word capitalised, no verb-ish
    punctuation, short."""
    inner = text[span.start:span.end]
    words = inner.split()
    if len(words) > 8 or any(c in inner for c in ".!?"):
        return False
    content = [w for w in words if w.lower() not in _TITLE_SMALL_WORDS]
    return bool(content) and all(w[:1].isupper() or not w[:1].isalpha() for w in content)


def ends_like_speech(text: str, span: Span) -> bool:
    """Quoted text ending in , . ! ? (inside the marks) reads as speech, not a phrase."""
    return text[span.end - 1] in ",.!?…—-" if span.end > span.start else False
