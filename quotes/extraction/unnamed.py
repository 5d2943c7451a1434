"""Speakers the article describes but does not name: "officials", "two aides familiar
with the plan", "the source", "Senate Republicans".

They are real attributions, and the extractor keeps them, but they are not people: the
app stores the description on the quote instead of creating a Person called "officials".
"""
from __future__ import annotations

from functools import lru_cache

from .lexicons import NAME_PARTICLES, PLURAL_SOURCES, ROLE_NOUNS

# Party and movement plurals: groups even when capitalised and qualified ("House Democrats").
GROUP_PLURALS = {"democrats", "republicans", "conservatives", "liberals", "progressives",
                 "socialists", "tories", "libertarians", "independents", "evangelicals"}
# A lowercase word, or the part before a hyphen, that may sit inside a name ("Jean de la
# Fontaine", "Abu Bakr al-Baghdadi").
_NAME_LOWERCASE = NAME_PARTICLES | {"al", "bin", "ibn", "y", "e", "and", "of"}


# Asked for every quote's speaker and every entity (~18,000 times over train), of ~4,000
# distinct names; the answer depends on the string alone.
@lru_cache(maxsize=16_384)
def is_unnamed_source(speaker: str) -> bool:
    """True when `speaker` is a description of someone rather than a name."""
    if is_description(speaker):
        return True
    words = _words(speaker)
    if not words:
        return False
    head = words[-1].lower()
    if head in GROUP_PLURALS:
        return True  # "Republicans", "Senate Democrats"
    # One capitalised word that is a plural source or a bare role ("Critics", "Editor"):
    # a sentence-initial description, not a surname.
    return len(words) == 1 and (head in PLURAL_SOURCES or head in ROLE_NOUNS)


def is_description(speaker: str) -> bool:
    """True when `speaker` is written as a description, not a name: "officials", "the
    company", "his campaign", "Two aides familiar with the plan" (but not "Democrats" or
    "Critics", which is_unnamed_source also counts as unnamed)."""
    words = _words(speaker)
    if not words:
        return False
    if words[0][:1].islower():
        return True  # "officials", "the source", "another New Hampshire Republican"
    # "Two aides familiar with the plan", "Some analysts", "The company"
    return any(w[:1].islower() and w.lower().split("-")[0] not in _NAME_LOWERCASE for w in words[1:])


def _words(speaker: str) -> list[str]:
    return [word for word in (w.strip(".,;:’'\"()") for w in speaker.split()) if word]
