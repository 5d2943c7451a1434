"""Seventh round of styles: an international summit story (European, Brazilian, Turkish,
Chinese, Saudi and Dutch names), a timestamped live blog with an "Updated 14:32 GMT, 12
October 2025" line, and a Q:/A: interview. The articles (tests/fixtures/unseen7/) are
invented, names included."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from quotes.extraction import extract

from .invented import assert_article_holds

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "unseen7"

# Each row is a quote a correct extraction holds, written down by hand from the article:
# (kind, start of the text, speaker, speaker type, speaker description, venue).
# Known gaps are listed after each table and not asserted.
EXPECTED = {
    "intl.txt": [
        ("mixed", "at least a third", "Ursula von der Leyen", "person", "European Commission President", None),
        ("direct", "For the first time", "Luiz Inácio Lula da Silva", "person", None, None),
        ("mixed", "written by the few", "Recep Tayyip Erdoğan", "person", "Turkish President", None),
        ("mixed", "consider participating", "Ding Weiguo", "person", "Chinese Vice Premier", None),
        ("mixed", "singled out", "Abdulaziz bin Salman", "person", "Saudi Energy Minister", "the meeting"),
        ("direct", "We will not sign a blank cheque", "Maarten de Vries", "person", "Dutch Prime Minister", None),
        ("indirect", "the talks could run into Saturday", "A senior EU diplomat", "unnamed", None, None),
    ],
    "liveblog.txt": [
        ("direct", "Conditions will get worse", "Olu Adeyemi", "person", "chief forecaster", "a briefing"),
        ("indirect", "140 flights had been cancelled", "SkyGate", "organisation", None, None),
        ("indirect", "about 85,000 homes are without power", "Northgrid", "organisation", None, None),
        ("direct", "Please stay home if you can", "Leila Haddad", "person", "Transport Minister", "X"),
        ("direct", "a wall of water", "Residents in Portmore", "unnamed", None, None),
        ("direct", "I've lived here forty years", "Agnes Byrne", "person", None, None),
    ],
    "qa.txt": [
        ("direct", "On Tuesday evening, from a neighbour", "Tomas Berglund", "person", "Mayor", None),
        ("direct", "If they did, it never reached us", "Tomas Berglund", "person", "Mayor", None),
        ("mixed", "sent to all municipal contacts on file", "Karin Lund", "person", None, "a statement"),
    ],
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_invented_article(name):
    assert_article_holds("unseen7", name, EXPECTED[name])


def test_invented_articles_entities():
    summit = extract((FIXTURES / "intl.txt").read_text(encoding="utf-8"))
    assert "Saudi Energy" not in [o.name for o in summit.organisations]
    blog = extract((FIXTURES / "liveblog.txt").read_text(encoding="utf-8"))
    assert blog.published == date(2025, 10, 12)
    assert "Portmore" not in [p.name for p in blog.people]
    # "said 140 flights had been cancelled and urged passengers ...": the second verb's
    # words are not part of the first's.
    assert [q.text for q in blog.quotes if q.speaker == "SkyGate"][0] == "140 flights had been cancelled"
    qa = extract((FIXTURES / "qa.txt").read_text(encoding="utf-8"))
    # The questions are the interviewer's: no quote starts with "Q:" or is given to the mayor.
    assert not [q for q in qa.quotes if q.text.startswith("When did you") or (q.speaker or "").startswith("Q:")]
