"""Speaker descriptions are mended or dropped, never shown broken. Invented sentences."""
from __future__ import annotations

import pytest

from quotes.extraction import extract
from quotes.extraction.descriptions import tidy_description


@pytest.mark.parametrize("written, shown", [
    ("a senator from the", "a senator"),  # cut before "state of Vermont"
    ("a former senior aide to", "a former senior aide"),
    ("the author of ''Harbour Lights", "the author of ''Harbour Lights''"),  # a title left open
    ("the author of “Harbour Lights", "the author of “Harbour Lights”"),
    ("the Vermont senator", "the Vermont senator"),
    ("a professor of law at Northfield University", "a professor of law at Northfield University"),
    ("Harbour Commissioner", "Harbour Commissioner"),
])
def test_a_description_cut_short_is_mended(written, shown):
    assert tidy_description(written) == shown


@pytest.mark.parametrize("written", [
    "made a major change in its advertising plans",  # a clause
    "whether it is the commissioner",
    "Wednesday for Supreme Court Justice",  # a date
    "Harbour Lights.'' A spokesman for",  # closes what it does not hold
    "''a real danger to the town",  # a quotation
    "the",
])
def test_a_description_that_cannot_be_mended_is_dropped(written):
    assert tidy_description(written) is None


@pytest.mark.parametrize("sentence, description", [
    ("Jane Roe, a senator from the state of Vermont, said the vote was close.\n", "a senator"),
    ("Jane Roe, an adviser with whom the mayor corresponded, said the vote was close.\n", "an adviser"),
    ("Jane Roe, the author of ''Harbour Lights,'' said the vote was close.\n", "the author of ''Harbour Lights''"),
])
def test_the_extractor_shows_no_description_cut_short(sentence, description):
    result = extract("Bridge vote\n\n" + sentence)
    assert [(p.name, p.descriptions) for p in result.people] == [("Jane Roe", (description,))]
    assert all(q.speaker_description in (None, description) for q in result.quotes)


def test_a_title_before_a_name_and_who_describes_the_name():
    text = ('Budget row\n\nMs Amberley was replying to the Opposition Leader, Tomas Reyk, who said the '
            'plan had "failed every test" and should be dropped.\n')
    [quote] = extract(text).quotes
    assert (quote.speaker, quote.speaker_description) == ("Tomas Reyk", "Opposition Leader")
