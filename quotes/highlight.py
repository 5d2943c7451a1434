"""Cut an article body into paragraphs of plain and quoted segments for display.

Templates render the segments with auto-escaping, so highlighting never builds HTML
from article text.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

_SENTENCE_END = re.compile(r"[.!?:;…][\"'”’)\]]*\s*$")
HEADING_MAX_CHARS = 90


@dataclass(slots=True)
class Segment:
    text: str
    quote: object | None = None  # the Quote this text belongs to, if any
    first: bool = True  # first piece of its quote (a quote may run over paragraphs)
    last: bool = True


@dataclass(slots=True)
class Paragraph:
    index: int
    start: int
    end: int
    is_heading: bool
    segments: list[Segment] = field(default_factory=list)

    @property
    def has_quote(self) -> bool:
        return any(s.quote is not None for s in self.segments)


def split_paragraphs(body: str) -> list[Paragraph]:
    paragraphs, offset = [], 0
    for line in body.split("\n"):
        stripped = line.strip()
        if stripped:
            start = offset + line.index(stripped[0])
            paragraphs.append(
                Paragraph(
                    index=len(paragraphs),
                    start=start,
                    end=start + len(stripped),
                    is_heading=len(stripped) <= HEADING_MAX_CHARS and not _SENTENCE_END.search(stripped),
                )
            )
        offset += len(line) + 1
    return paragraphs


def highlight(body: str, quotes: Iterable, *, only: Iterable[int] | None = None) -> list[Paragraph]:
    """Paragraphs of `body` with quote spans cut out as their own segments.

    `quotes` need `start` and `end`; overlapping spans are clipped so text shows once.
    `only` limits the output to those paragraph indexes (a quote's context).
    """
    spans = sorted(((q.start, q.end, q) for q in quotes if 0 <= q.start < q.end <= len(body)), key=lambda s: s[:2])
    wanted = set(only) if only is not None else None
    result = []
    cursor = 0  # index into spans; paragraphs and spans are both in body order
    for paragraph in split_paragraphs(body):
        while cursor < len(spans) and spans[cursor][1] <= paragraph.start:
            cursor += 1
        if wanted is not None and paragraph.index not in wanted:
            continue
        position = paragraph.start
        for span_start, span_end, quote in spans[cursor:]:
            if span_start >= paragraph.end:
                break
            start, end = span_start, span_end
            start, end = max(start, position), min(end, paragraph.end)
            if start >= end:
                continue
            if start > position:
                paragraph.segments.append(Segment(body[position:start]))
            paragraph.segments.append(
                Segment(body[start:end], quote, first=start == span_start, last=end == span_end)
            )
            position = end
        if position < paragraph.end:
            paragraph.segments.append(Segment(body[position : paragraph.end]))
        result.append(paragraph)
    return result


def paragraph_indexes(body: str, start: int, end: int) -> list[int]:
    """Indexes of the paragraphs a span touches."""
    return [p.index for p in split_paragraphs(body) if p.start < end and start < p.end]
