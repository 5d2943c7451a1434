"""Eighth round of styles: a wire press release ("DAYTON, Ohio, Feb. 3, 2025 /PRNewswire/
--", "Inc.", "said Mayor Jeffrey Mims Jr. "...") and an obituary (family members, a past
interview, "Colleagues described her as ..."). The articles (tests/fixtures/unseen8/) are
invented, names included."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from quotes.extraction import extract

from .invented import assert_article_holds

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "unseen8"

# Each row is a quote a correct extraction holds, written down by hand from the article:
# (kind, start of the text, speaker, speaker type, speaker description, venue).
EXPECTED = {
    "release.txt": [
        ("indirect", "the opening of a 200,000-square-foot", "Halvorsen Robotics Inc", "organisation", None, None),
        ("direct", "Dayton has the workforce", "Ingrid Halvorsen", "person",
         "founder and chief executive officer of Halvorsen Robotics", None),
        ("indirect", "the plant would produce", "Halvorsen Robotics Inc", "organisation", None, None),
        ("direct", "We are thrilled", "Jeffrey Mims Jr.", "person", "Mayor", None),
        ("direct", "These are exactly the kind", "Jeffrey Mims Jr.", "person", "Mayor", None),
    ],
    "obit.txt": [
        ("indirect", "the cause was heart failure", "Miriam Albright-Cole", "person", None, None),
        ("direct", "The law was on our side", "Rosa Albright", "person", None, "The Chicago Tribune"),
        ("direct", "She would read every page", "Harold Kim", "person", None, None),
    ],
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_invented_article(name):
    assert_article_holds("unseen8", name, EXPECTED[name])


def test_invented_articles_entities():
    release = extract((FIXTURES / "release.txt").read_text(encoding="utf-8"))
    assert release.published == date(2025, 2, 3)
    assert release.publication == "PRNewswire"
    assert [o.name for o in release.organisations if "Halvorsen" in o.name] == ["Halvorsen Robotics Inc"]
    obit = extract((FIXTURES / "obit.txt").read_text(encoding="utf-8"))
    assert {p.name for p in obit.people} == {"Rosa Albright", "Miriam Albright-Cole", "Harold Kim"}
