"""Fifth round of styles: a local TV crash report with a "By ... | Published ..." byline, a
company earnings story, an Australian state politics story (honorifics without a full
stop, "the Premier, Louise Carmody,"), and a science story with a journal and an outside
expert. The articles (tests/fixtures/unseen5/) are invented, names included."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from quotes.extraction import extract

from .invented import assert_article_holds

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "unseen5"

# Each row is a quote a correct extraction holds, written down by hand from the article:
# (kind, start of the text, speaker, speaker type, speaker description, venue).
# Known gaps are listed after each table and not asserted.
EXPECTED = {
    "local_tv.txt": [
        ("direct", "It sounded like a bomb went off", "Rosa Delgado", "person", None, None),
        ("indirect", "both injured customers were conscious", "Rosa Delgado", "person", None, None),
        ("indirect", "the driver was cooperating", "Aaron Whitfield", "person", "Millbrook Police Chief", None),
        ("direct", "At this point there's nothing", "Aaron Whitfield", "person", "Millbrook Police Chief", "WKBN"),
        ("indirect", "one patient was in stable condition", "Kendra Lyle", "person",
         "spokeswoman for Millbrook General Hospital", None),
        ("indirect", "the structure appeared sound", "Paul Nakamura", "person", None, None),
        # Gaps: Nakamura is described as "inspector", not "City building inspector"; the
        # driver's account is attributed to the police news release that reports it.
    ],
    "earnings.txt": [
        ("mixed", "taking longer to sign", "Priya Raman", "person", "Chief executive", "a conference call"),
        ("direct", "We are not seeing cancellations", "Priya Raman", "person", "Chief executive", None),
        ("indirect", "revenue for the quarter rose", "Lumora Systems", "organisation", None, "a regulatory filing"),
        ("direct", "The guidance cut is modest", "Jonah Pell", "person", "an analyst at Harwick Securities",
         "a note to clients"),
        ("indirect", "the company would slow hiring", "Owen Marsh", "person", "Finance chief", None),
        ("indirect", "Lumora still expected", "Owen Marsh", "person", None, None),
    ],
    "australia.txt": [
        ("mixed", "deserve a full term", "Louise Carmody", "person", None, None),
        ("mixed", "lost control of the budget", "Daniel Foyle", "person", "Opposition Leader", None),
        ("direct", "The Premier is hiding", "Daniel Foyle", "person", None, None),
        ("mixed", "disappointing but manageable", "Hamish Loder", "person", "Treasurer", "ABC Radio Hobart"),
        ("mixed", "at this stage", "Tessa Vraniak", "person", "Independent MP", None),
        ("direct", "That is not on the table", "Louise Carmody", "person", None, None),
        # Gap: "Asked whether ..." is a speakerless indirect quote (PolNeAR annotates such
        # questions, so it stays).
    ],
    "science.txt": [
        ("indirect", "Researchers have coaxed", "a study", "organisation", None, "the journal Plant Frontiers"),
        ("direct", "These seeds were essentially waiting", "Miriam Haddad", "person",
         "the study's senior author", None),
        ("mixed", "remarkable but not entirely surprising", "Karl Engström", "person", "Botanist", None),
        ("indirect", "the sprouted plants would need years", "Karl Engström", "person", None, None),
        ("direct", "Germination is the easy part", "Karl Engström", "person", None, None),
        ("indirect", "the group now hoped", "Miriam Haddad", "person", None, None),
    ],
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_invented_article(name):
    assert_article_holds("unseen5", name, EXPECTED[name])


def test_invented_articles_entities():
    local = extract((FIXTURES / "local_tv.txt").read_text(encoding="utf-8"))
    assert local.author == "Dana Ortiz"
    assert local.published == date(2025, 3, 12)
    australia = extract((FIXTURES / "australia.txt").read_text(encoding="utf-8"))
    assert [o.name for o in australia.organisations] == ["ABC Radio Hobart"]  # no "Independent"
    science = extract((FIXTURES / "science.txt").read_text(encoding="utf-8"))
    assert {p.name for p in science.people} == {"Miriam Haddad", "Karl Engström"}
