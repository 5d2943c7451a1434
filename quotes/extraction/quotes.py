"""Quotation-mark pairing, and telling direct quotes from mixed ones and scare quotes.

Double quotation marks (straight, curly, guillemets) open a quotation everywhere. Single
marks are apostrophes far more often than quotes, and inside a double quotation they mark a
nested quote, which is part of the outer quote, not one of its own; but many British and
Australian outlets quote with them ('We are devastated,' she said; PM says 'no turning
back'). So a single mark counts only where it can be a quotation mark at all, an opening
one at a word start (after the paragraph start, a space, a dash or a bracket) and a closing
one at a word end (before a space, punctuation or the paragraph end), never an apostrophe
inside a word (don't), an elision ('em, rock 'n' roll, '90s, and in a text with curly
openers every ’ at a word start) or, when a plainer closer follows, a plural possessive
(the workers' union). Whether such pairs are quotations is decided for the whole text
(add_single_quotes): always in a text whose body has no double quotation marks or quotes
mainly with single marks (where a double quotation inside a single one is nested in it);
otherwise only in a paragraph without double quotations, and only when the closing mark
follows the quote's own , . ? ! or a reporting verb is near. A single-marked quotation left
open goes on only into a paragraph that opens with a mark again (British style). In a text
without '' digraphs only: there a single mark is the nested quote of a '' quotation.
Two apostrophes in a row (''...'') and two backticks (``...'') are the double quotation
marks of typewriter-era archives (NYT wire text): they count as one double mark.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicons import CUE_RE

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
        if ch == "”" and open_at < 0 and _opens_word(text, pos, start, end):
            # A closer typed as an opener ('”Fear. I am afraid ...” ― Ana Ruiz'): nothing
            # is open and a word follows it, at the paragraph start or after a space.
            open_at, open_len = pos, size
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


def _opens_word(text: str, pos: int, start: int, end: int) -> bool:
    """Does the mark at `pos` stand before a word, at the paragraph start or after a space?"""
    return (pos == start or text[pos - 1] in " \t") and pos + 1 < end and text[pos + 1].isalnum()


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


def is_title_like(text: str, span: Span, final_stop: bool = False) -> bool:
    """A quoted name or title ("Saturday Night Live"): every word capitalised, no verb-ish
    punctuation, short. With `final_stop`, a comma or full stop the writer put inside the
    closing mark ("on “Meet the Press.”") is allowed."""
    inner = text[span.start:span.end]
    if final_stop:
        inner = inner.rstrip(".,")
    # (At most nine pieces: a ninth word already rules a title out, and splitting a long
    # quotation whole cost more than the rest of the test.)
    words = inner.split(None, 8)
    if len(words) > 8 or any(c in inner for c in ".!?"):
        return False
    content = [w for w in words if w.lower() not in _TITLE_SMALL_WORDS]
    return bool(content) and all(w[:1].isupper() or not w[:1].isalpha() for w in content)


def ends_like_speech(text: str, span: Span) -> bool:
    """Quoted text ending in , . ! ? (inside the marks) reads as speech, not a phrase."""
    return text[span.end - 1] in ",.!?…—-" if span.end > span.start else False


# --- single quotation marks -------------------------------------------------------------
SINGLE_RE = re.compile(r"['‘’]")
_OPEN_AFTER = frozenset(" \t([{“\"«„—–-/:")  # what may stand before an opening single mark
_CLOSE_BEFORE = frozenset(",;:.!?)]}…—–-”»")  # what may follow a closing single mark
_STRONG_BEFORE = frozenset(",.!?…—")  # '...,' she said: speech ends inside the marks
# Elisions that put a mark at a word start: 'em, rock 'n' roll, 'tis, 'til, '90s, '08.
_ELISION_RE = re.compile(r"(?:em|n|tis|twas|til|cos|cause|bout|\d\d?s?)(?![^\W_])", re.IGNORECASE)
_CUE_WINDOW = 60
# Words that do not follow a possessive: 'the struggle continues' and ... closes a quote.
_NOT_POSSESSED = frozenset({
    "and", "or", "but", "nor", "to", "of", "in", "on", "at", "for", "with", "by", "from",
    "as", "than", "that", "which", "who", "is", "are", "was", "were", "be", "has", "have",
    "had", "will", "would", "can", "could", "should", "may", "might", "must", "the", "a",
    "an", "this", "these", "those", "it", "he", "she", "they", "we", "his", "her", "their",
    "its", "if", "when", "while", "because", "after", "before", "about", "into", "over",
    "said", "says", "told", "added"})
_LOWER_WORD_RE = re.compile(r"[a-z]*")


def _single_marks(text: str, start: int, end: int, curly: bool) -> list[tuple[int, int, bool]]:
    """The single marks of text[start:end] that may open or close a quotation, as (offset,
    kind, strong): kind 1 opens (at a word start), 2 closes (at a word end), 3 closes but
    looks like a plural possessive (the workers’ union). Apostrophes inside words (don’t),
    elisions ('em, ’90s) and, in a text with curly ‘ openers, every ’ at a word start (an
    elision by typography) are left out."""
    out: list[tuple[int, int, bool]] = []
    for m in SINGLE_RE.finditer(text, start, end):
        pos = m.start()
        ch = m.group()
        before = text[pos - 1] if pos > start else " "
        after = text[pos + 1] if pos + 1 < end else " "
        if (before in _OPEN_AFTER or before.isspace()) and not after.isspace() \
                and (after not in _CLOSE_BEFORE or after == "…") and after not in "'‘’":
            if (ch == "’" and curly) or _ELISION_RE.match(text, pos + 1, end):
                continue
            out.append((pos, 1, False))
        elif ch != "‘" and not before.isspace() and before not in "([{“«„‘'" \
                and (after.isspace() or after in _CLOSE_BEFORE):
            possessive = before in "sS" and after.isspace() and pos + 2 < end \
                and text[pos + 2].islower() \
                and _LOWER_WORD_RE.match(text, pos + 2, end).group() not in _NOT_POSSESSED
            if before.isalpha() and pos - 2 >= start and text[pos - 2] in "'‘’":
                continue  # the second mark of rock 'n' roll
            out.append((pos, 3 if possessive else 2, before in _STRONG_BEFORE))
    return out


def pair_single_marks(text: str, start: int, end: int, paragraph: int,
                      curly: bool, run_on: bool = True) -> list[tuple[Span, bool]]:
    """Pair the single marks of one paragraph, left to right: each opening mark takes a
    closing mark before the next opening mark, preferring one after , . ! ? (the quote's
    own punctuation) and passing over a plural possessive when a plainer closer follows.
    The last opening mark, with no mark after it, stays open when it opens the paragraph or
    a sentence or follows a colon or comma (a quote that may go on in the next paragraph:
    add_single_quotes decides), even past plural possessives; `run_on=False` closes every
    quote in its paragraph. Returns (span, strong) pairs; `strong` says the closer
    follows the quote's final punctuation."""
    marks = _single_marks(text, start, end, curly)
    out: list[tuple[Span, bool]] = []
    n = len(marks)
    i = 0
    while i < n:
        if marks[i][1] != 1:
            i += 1
            continue
        j = i + 1
        while j < n and marks[j][1] != 1:
            j += 1
        closers = marks[i + 1:j]
        spans: list[Span] = []
        if closers and run_on and j == n and all(c[1] == 3 for c in closers) \
                and _opens_speech(text, start, marks[i][0]):
            # 'The workers' union will ... : a possessive, the quote goes on (if the next
            # paragraph opens with a mark; else add_single_quotes pairs again without this).
            _add(spans, text, marks[i][0], end, paragraph, False, 1, 0)
            strong = False
        elif closers:
            pick = next((c for c in closers if c[2]), None)
            if pick is None:
                pick = next((c for c in closers if c[1] == 2), closers[0])
            _add(spans, text, marks[i][0], pick[0], paragraph, True)
            strong = pick[2]
        elif j == n and run_on and _opens_speech(text, start, marks[i][0]):
            _add(spans, text, marks[i][0], end, paragraph, False, 1, 0)
            strong = False
        if spans:
            out.append((spans[0], strong))
        i = j
    return out


def _opens_speech(text: str, start: int, pos: int) -> bool:
    """The mark at `pos` opens the paragraph, follows a colon or comma (she said: '...) or
    opens a sentence."""
    k = pos - 1
    while k >= start and text[k] in " \t":
        k -= 1
    return k < start or text[k] in ":,.?!…"


def add_single_quotes(text: str, paragraphs: list, paired: list[list[Span]]) -> None:
    """Add the quotations marked with single marks to `paired` (each paragraph's double-mark
    spans, from pair_marks), in place, where the text uses single marks as quotation marks.

    A text uses them so when its body has no double quotation marks, or when more of its
    single-mark quotations end in their own punctuation ('...,' she said) than it has
    double-mark quotations outside those (a double one inside them is nested): there every single-mark pair outside a double quotation is a
    quotation, and a double quotation inside one is nested in it. Elsewhere (double marks
    are the text's quotation marks) a single-mark pair counts only in a paragraph without
    double quotations, and only when it ends in its own punctuation or a reporting verb
    stands near it (PM says 'no turning back'); single marks inside a double quotation are
    nested. A single-mark quotation left open at the end of a paragraph counts only when the
    next paragraph opens with a single mark (how a quotation goes on over paragraphs). One
    scan over the single marks of the body."""
    if "'" not in text and "‘" not in text and "’" not in text:
        return
    curly = "‘" in text
    found = [pair_single_marks(text, p.start, p.end, p.index, curly) for p in paragraphs]
    for k, p in enumerate(paragraphs):
        # A quotation left open goes on in the next paragraph, which opens with a mark again.
        if found[k] and not found[k][-1][0].closed and not (
                k + 1 < len(found) and found[k + 1]
                and found[k + 1][0][0].open == paragraphs[k + 1].start):
            found[k] = pair_single_marks(text, p.start, p.end, p.index, curly, run_on=False)
    doubles = strong = 0
    for spans, singles in zip(paired, found):
        doubles += len(spans)
        if singles and spans:
            singles[:] = _outermost(spans, singles)
            doubles -= _nested_doubles(spans, singles)
        strong += sum(1 for _, ok in singles if ok)
    single_primary = doubles == 0 or strong > doubles
    for k, (p, spans, singles) in enumerate(zip(paragraphs, paired, found)):
        if not singles:
            continue
        if spans and not single_primary:
            continue
        if not spans:
            kept = [s for s, ok in singles if single_primary or ok
                    or CUE_RE.search(text, max(p.start, s.open - _CUE_WINDOW), s.open)
                    or CUE_RE.search(text, s.after, min(p.end, s.after + _CUE_WINDOW))]
            if kept:
                paired[k] = kept
            continue
        # Both kinds in one paragraph of a single-mark text: the outer quotation wins.
        paired[k] = _merge_outer(spans, [s for s, _ in singles])


def _outermost(doubles: list[Span], singles: list[tuple[Span, bool]]) -> list[tuple[Span, bool]]:
    """The single-mark pairs not nested in (or crossing) a double quotation: both lists are
    in text order and the doubles do not overlap, so one merge-like walk will do."""
    out = []
    j = 0
    for s, ok in singles:
        while j < len(doubles) and doubles[j].after <= s.open:
            j += 1
        if j < len(doubles) and doubles[j].open < s.after and not (
                s.open < doubles[j].open and doubles[j].after <= s.after):
            continue  # inside or across a double quotation
        out.append((s, ok))
    return out


def _nested_doubles(doubles: list[Span], singles: list[tuple[Span, bool]]) -> int:
    """How many double quotations lie inside a single-mark pair that ends in its own
    punctuation (‘He told me "go away",’ she said): those are nested quotes."""
    n = j = 0
    for d in doubles:
        while j < len(singles) and singles[j][0].after <= d.open:
            j += 1
        if j < len(singles) and singles[j][1] and singles[j][0].open < d.open \
                and d.after <= singles[j][0].after:
            n += 1
    return n


def _merge_outer(doubles: list[Span], singles: list[Span]) -> list[Span]:
    """Spans of both kinds in text order, dropping any that opens inside an earlier one."""
    out: list[Span] = []
    reach = -1
    for s in sorted(doubles + singles, key=lambda x: x.open):
        if s.open < reach:
            continue
        out.append(s)
        reach = s.after
    return out
