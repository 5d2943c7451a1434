"""Sixth round of styles: a UK story in single quotation marks, an Indian wire story (PTI
style: "NEW DELHI:", "Union Agriculture Minister", "told PTI"), and a council story with
quotes interrupted by their attribution and a dashed list of reactions. The articles
(tests/fixtures/unseen6/) are invented, names included."""
from __future__ import annotations

from pathlib import Path

import pytest

from quotes.extraction import extract

from .invented import assert_article_holds

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "unseen6"

# Each row is a quote a correct extraction holds, written down by hand from the article:
# (kind, start of the text, speaker, speaker type, speaker description, venue).
# Known gaps are listed after each table and not asserted.
EXPECTED = {
    "uk_single.txt": [
        ("direct", "a kick in the teeth for commuters", "campaigners", "unnamed", None, None),
        ("mixed", "the biggest modernisation", "Helen Marsh", "person", "transport secretary", None),
        ("direct", "Nobody likes paying more", "Helen Marsh", "person", None, "the BBC"),
        ("mixed", "lost touch", "Owen Pryce", "person", "Labour's shadow transport secretary", None),
        ("direct", "This is another tax on getting to work", "Owen Pryce", "person", None, None),
        ("direct", "Season ticket holders", "Sarah Bell", "person", None, None),
        ("mixed", "reinvested in the railway", "Rail Delivery Group", "organisation", None, "a statement"),
        # Gap: the fragment "a kick in the teeth ..." is kind direct, not mixed.
    ],
    "india_pti.txt": [
        ("indirect", "The Centre will set up 100 new cold storage", "Rajiv Menon", "person",
         "Union Agriculture Minister", None),
        ("indirect", "the units would be built", "Rajiv Menon", "person", None, "a farmers' meet in Lucknow"),
        ("direct", "Our farmers lose nearly a fifth", "Rajiv Menon", "person", None, None),
        ("mixed", "similar promises in every budget", "Kavita Rao", "person", "Opposition leader", "PTI"),
        ("indirect", "the first 20 units would be ready", "An official of the ministry", "unnamed", None, None),
        # Gap: "criticised the announcement" gives a two-word indirect quote.
    ],
    "interrupted.txt": [
        ("direct", "This is not about bikes", "Lucia Ferraro", "person", "council member", None),
        ("direct", "It is about whether a child", "Lucia Ferraro", "person", None, None),
        ("direct", "The plan,", "Dev Anand", "person", "council member", None),
        ("direct", "was rushed through", "Dev Anand", "person", None, None),
        ("direct", "We'll lose our parking", "Frank Dileo", "person", None, None),
        ("direct", "Half my customers", "Mina Cho", "person", None, None),
        ("direct", "I just want the construction", "Pat Quinn", "person", "florist", None),
        ("mixed", "a long overdue step", "Joanne Tate", "person", "Mayor", None),
        # Gaps: the interrupted quote is two quotes, not one; Mina Cho is "owner", not
        # "cafe owner".
    ],
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_invented_article(name):
    assert_article_holds("unseen6", name, EXPECTED[name])


def test_invented_articles_entities():
    india = extract((FIXTURES / "india_pti.txt").read_text(encoding="utf-8"))
    assert {p.name for p in india.people} == {"Rajiv Menon", "Kavita Rao"}  # no "Lucknow"
    assert "Union Agriculture" not in [o.name for o in india.organisations]
    # "states would be asked to provide land": a passive "asked" reports nobody's words.
    assert not [q for q in india.quotes if q.text.startswith("to provide land")]
    uk = extract((FIXTURES / "uk_single.txt").read_text(encoding="utf-8"))
    assert {o.name for o in uk.organisations} >= {"Department for Transport", "Rail Delivery Group"}
