"""Tidying the descriptions the extractor gives people ("the Vermont senator", "a professor
of law at Yale") before they are shown or stored.

Descriptions are cut from running text at the next name, comma or quotation mark, and a
cut in the wrong place leaves something a reader sees as broken: "a senator from the"
(before "state of Vermont"), "the author of ''Destiny and Power" (before its closing
marks), "made a major change in its advertising plans" (a clause, not a description).
Each is mended where the fix is certain, and dropped otherwise: no description is better
than a broken one.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicons import WEEKDAYS

# Words a description cannot end with: it was cut before their object.
_DANGLING = frozenset(
    "at for of under with in on by to from the a an and or its his her their as about against "
    "between into after before who which that whose than like near over".split()
)
# Words a description cannot start with: a clause or a date, not a description.
_NOT_OPENING = frozenset(
    "whether which who whom that made said says told have has had was were is are will would "
    "could should did does do got took left became".split()
) | frozenset(WEEKDAYS)
_PAIRS = (("“", "”"), ("‘", "’"))
_MARKS_RE = re.compile("''|[\"“”]")
# An opening mark (after a space, before a capital) whose title runs to the end.
_TITLE_OPENED_RE = re.compile(r"(?:^|\s)(?:''|\"|“)[A-Z0-9][^'\"“”]*$")


# The same descriptions recur within and across articles ("President", "the senator"):
# the answer depends on the string alone.
@lru_cache(maxsize=8192)
def tidy_description(description: str | None) -> str | None:
    """`description` mended, or None when it cannot be shown as it is."""
    if not description:
        return None
    text = description.strip(" ,;:-—–")
    words = text.split()
    if not words or words[0].lower().strip("'\"“”") in _NOT_OPENING:
        return None
    if _MARKS_RE.search(text):
        text = _balance_marks(text)
        if text is None:
            return None
    words = text.split()
    while words and words[-1].lower() in _DANGLING:
        words.pop()
    text = " ".join(words).rstrip(" ,;:-—–")
    return text if any(w[:1].isalpha() and w.lower() not in _DANGLING for w in text.split()) else None


def _balance_marks(text: str) -> str | None:
    """Close a title left open at the end ("author of ''Destiny and Power"); None when a
    mark closes something the description does not hold ("Deal.'' A spokesman for") or
    the description is itself a quotation (opens with a mark)."""
    for opening, closing in (("''", "''"), ('"', '"')) + _PAIRS:
        if opening == closing:
            count = text.count(opening)
            unbalanced = count % 2 == 1
            opens_last = unbalanced and _TITLE_OPENED_RE.search(text) is not None
        else:
            if opening == "‘":
                continue  # ’ is also the apostrophe: no count to trust
            unbalanced = text.count(opening) != text.count(closing)
            opens_last = text.count(opening) > text.count(closing) and _TITLE_OPENED_RE.search(text) is not None
        if not unbalanced:
            continue
        if text.startswith(opening) or not opens_last:
            return None
        return text + closing
    return text
