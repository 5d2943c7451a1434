"""Fifteenth round of styles: a South African political story in mixed curly and straight
quotation marks (a minister who "told Parliament" with a mixed fragment, an opposition
party's spokesperson named in full after the party's initials, "The party said in a
statement", "It called ...", a mayor who "told 702", "A spokesperson for the Gauteng Bulk
Water Board", township residents, one interrupted by "Sibusiso Ndlovu, a taxi driver, said
of his two sons", a quotation over two paragraphs, "Asked whether ..., X said only that ..."),
a local housing story ("according to city data", "according to court records", a housing
director who "told the council", a tenant-union organiser interrupted by her attribution and
quoted over two paragraphs, a landlord association's statement, its president in single
quotation marks, a developer's "emailed statement" then "the company said", "A spokesman for
the Columbus Metropolitan Housing Authority"), a retraction story (a journal "said in a
notice", "The journal said", its editor, the senior author who "wrote in a response", an
image sleuth quoted over two paragraphs, an anonymous peer reviewer then "the reviewer said",
"A Northgate University spokeswoman said in an email" then "she wrote", "Asked whether ...",
"The Committee on Publication Ethics, an industry body, has said"), and a present-tense
restaurant feature ("says Chef X" after the quotation, "she says" interrupting a quotation, a
quotation over two paragraphs, diners by first name only, menu items in quotation marks
that nobody says, a regional guide that "called" the restaurant "..."). The articles
(tests/fixtures/unseen15/) are invented, names included."""
from __future__ import annotations

from pathlib import Path

import pytest

from quotes.extraction import extract

from .invented import assert_article_holds

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "unseen15"

# Each row is a quote a correct extraction holds, written down by hand from the article
# before the extractor ran on it: (kind, start of the text, speaker, speaker type, speaker
# description, venue). 63 rows; 15 failed when the round was written, one of them my mistake
# (below); of the other 14, five the extractor now holds (moved up, last in their lists) and
# nine are in KNOWN_GAPS below.
# Rows revised after the run, as my mistakes, not the extractor's:
# - "A Northgate University spokeswoman said in an email" and her "she wrote" had the speaker
#   "Northgate University" (organisation); round fourteen keeps "A Lumora spokeswoman" as an
#   unnamed phrase (only "a spokeswoman for <org>" is the organisation), so these are "A
#   Northgate University spokeswoman" (unnamed). The first now passes; the second fails on
#   its speaker either way.

EXPECTED = {
    "water.txt": [
        ("mixed", "years of neglect", "Sipho Makhathini-Venter", "person", None, "Parliament"),
        ("direct", "We cannot keep sending tankers", "Sipho Makhathini-Venter", "person", None, None),
        ("indirect", "the department would deploy 40", "Sipho Makhathini-Venter", "person", None, None),
        ("mixed", "a sticking plaster on a", "United Civic Movement", "organisation", None, None),
        ("indirect", "the utility had kept supplying", "Gauteng Bulk Water Board", "organisation", None, None),
        ("direct", "We wake up at four", "Nomsa Mabuza", "person", None, None),
        ("direct", "The schools sent them home", "Sibusiso Ndlovu", "person", None, None),
        ("direct", "because the toilets don't flush", "Sibusiso Ndlovu", "person", None, None),
        ("indirect", "the committee had written to", "Zanele Dube-Matthews", "person", None, None),
        ("direct", "Every letter, we got the", "Zanele Dube-Matthews", "person", None, None),
        ("direct", "If the water is not back", "Zanele Dube-Matthews", "person", None, None),
        ("mixed", "at an advanced stage", "Bongani Ferreira-Ntuli", "person", None, None),
        ("direct", "The minister is blaming the", "Lerato Khumalo-Pillay", "person", None, None),
    ],
    "housing.txt": [
        ("indirect", "the city had permitted more than", "Denise Albright-Kaur", "person", None, "the council"),
        ("direct", "We are not building our", "Denise Albright-Kaur", "person", None, None),
        ("indirect", "Eviction filings in Franklin County", "court records", "organisation", None, None),
        ("indirect", "the cap was modeled on a", "Tobias Reinholt-Mensah", "person", None, None),
        ("direct", "Nobody on this council wants", "Tobias Reinholt-Mensah", "person", None, None),
        ("direct", "The cap isn’t radical", "Jasmine Okafor-Lindqvist", "person", None, None),
        ("direct", "it’s the floor. Landlords have", "Jasmine Okafor-Lindqvist", "person", None, None),
        ("direct", "What we hear every week", "Jasmine Okafor-Lindqvist", "person", None, None),
        ("indirect", "her rent rose from $940", "Rosa Delgado", "person", None, None),
        ("direct", "I did the math on", "Rosa Delgado", "person", None, None),
        ("indirect", "a cap would push smaller landlords", "Central Ohio Apartment Association", "organisation", None, "a statement"),
        ("direct", "Rent control has been tried", "Gregory Pham-Whitaker", "person", None, None),
        ("direct", "Columbus should be cutting permit", "Gregory Pham-Whitaker", "person", None, None),
        ("mixed", "reassess the timeline", "Brickline Development", "organisation", None, "an emailed statement"),
        ("indirect", "its waiting list for housing vouchers", "Columbus Metropolitan Housing Authority", "organisation", None, None),
        ("indirect", "The median asking rent for a", "city data", "organisation", None, None),
        ("direct", "Capital goes where it is", "Brickline Development", "organisation", None, None),
    ],
    "retraction.txt": [
        ("indirect", "the decision followed eight months", "Helena Vasquez-Thornbury", "person", None, None),
        ("direct", "We don’t take this step", "Helena Vasquez-Thornbury", "person", None, None),
        ("direct", "The central finding has been", "Arjun Malhotra-Fenwick", "person", None, None),
        ("direct", "Once you see it, you", "Miriam Oyelowo-Stark", "person", None, None),
        ("direct", "I don't know why it", "Miriam Oyelowo-Stark", "person", None, None),
        ("indirect", "the university had opened a research", "A Northgate University spokeswoman", "unnamed", None, "an email"),
        ("mixed", "look at everything again, line", "Arjun Malhotra-Fenwick", "person", None, None),
        ("indirect", "the journal would now require", "Helena Vasquez-Thornbury", "person", None, None),
        ("direct", "It is more work for", "Helena Vasquez-Thornbury", "person", None, None),
        ("indirect", "journals should not wait for", "Committee on Publication Ethics", "organisation", None, None),
        ("mixed", "the reliability of the central", "Neurobiology Letters", "organisation", None, "a notice"),
    ],
    "restaurant.txt": [
        ("direct", "People ask me why the", "Inês Carvalho-Whitby", "person", None, None),
        ("direct", "The first year", "Inês Carvalho-Whitby", "person", None, None),
        ("direct", "I cooked what I thought", "Inês Carvalho-Whitby", "person", None, None),
        ("direct", "My grandmother never measured anything", "Inês Carvalho-Whitby", "person", None, None),
        ("direct", "So every version on this", "Inês Carvalho-Whitby", "person", None, None),
        ("indirect", "the restaurant buys most of its", "Tomás Ferreira-Lund", "person", None, None),
        ("direct", "Half of these producers don't", "Tomás Ferreira-Lund", "person", None, None),
        ("direct", "We planned the whole trip", "Hannah", "person", None, None),
        ("direct", "I'd have liked one more", "Callum", "person", None, None),
        ("direct", "but I say that everywhere", "Callum", "person", None, None),
        ("indirect", "he first came for a birthday", "Rui", "person", None, None),
        ("indirect", "the attention has not changed how", "Inês Carvalho-Whitby", "person", None, None),
        ("direct", "A review is nice for", "Inês Carvalho-Whitby", "person", None, None),
    ],
}

KNOWN_GAPS = {
    "water.txt": [
        # "The party said in a statement that ...": the speaker is the bare "The party", not resolved to United Civic Movement
        ("indirect", "it would table a motion", "United Civic Movement", "organisation", None, "a statement"),
        # "told 702 on Wednesday morning that the city had inherited ...": the indirect quotation after "told 702 ... that" is not found
        ("indirect", "the city had inherited a reservoir", "Bongani Ferreira-Ntuli", "person", None, "702"),
        # '"We are not hiding from this," Ferreira-Ntuli told 702.': a radio station named by number is no venue (venue None)
        ("direct", "We are not hiding from", "Bongani Ferreira-Ntuli", "person", None, "702"),
    ],
    "retraction.txt": [
        # "The journal said an investigation had found ...": the speaker is the bare "The journal" (unnamed), not resolved to Neurobiology Letters
        ("indirect", "an investigation had found that", "Neurobiology Letters", "organisation", None, None),
        # "Malhotra-Fenwick wrote in a response published alongside the notice that the duplications were “...”": no venue
        ("mixed", "an honest labelling error", "Arjun Malhotra-Fenwick", "person", None, "a response"),
        # "One of the paper's original peer reviewers, who spoke on the condition of anonymity ..., said the images ...": the indirect quotation after the long appositive is not found
        ("indirect", "the images had not been raised", "One of the paper's original peer reviewers", "unnamed", None, None),
        # '“...,” the reviewer said.': the speaker stays "the reviewer", not the peer reviewer introduced just before
        ("direct", "Honestly, we were looking at", "One of the paper's original peer reviewers", "unnamed", None, None),
        # '“The university takes all concerns ...,” she wrote.' right after the spokeswoman: "she" goes to Miriam Oyelowo-Stark, the last woman named
        ("direct", "The university takes all concerns", "A Northgate University spokeswoman", "unnamed", None, None),
    ],
    "restaurant.txt": [
        # "The Guia Gastronómico do Norte ... called Casa Alecrim “...”": the guide is cut at "do" to "Guia Gastronómico"
        ("mixed", "the most honest cooking in", "Guia Gastronómico do Norte", "organisation", None, None),
    ],
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_invented_article(name):
    assert_article_holds("unseen15", name, EXPECTED[name])


@pytest.mark.parametrize("name,row", [(name, row) for name, rows in sorted(KNOWN_GAPS.items()) for row in rows])
@pytest.mark.xfail(strict=True, reason="a known gap, described above the row")
def test_known_gap(name, row):
    assert_article_holds("unseen15", name, [row])


def _read(name):
    return extract((FIXTURES / name).read_text(encoding="utf-8"))


def test_water_entities():
    r = _read("water.txt")
    assert r.author == "Nomvula Reddy-Sithole"
    assert {"Sipho Makhathini-Venter", "Lerato Khumalo-Pillay", "Bongani Ferreira-Ntuli", "Nomsa Mabuza",
            "Sibusiso Ndlovu", "Zanele Dube-Matthews"} <= {p.name for p in r.people}
    assert {"United Civic Movement", "Gauteng Bulk Water Board", "Mahlatsi Residents Committee",
            "Special Investigating Unit"} <= {o.name for o in r.organisations}
    # "told 702": a radio station, no person.
    assert "702" not in {p.name for p in r.people}
    # "Asked whether the city could promise water by the weekend, ..." — nobody's speech.
    q = next(q for q in r.quotes if q.text.startswith("whether the city could promise"))
    assert q.speaker is None


# (Checked after the run, not written down before it.)
@pytest.mark.xfail(strict=True, reason='"The United Civic Movement ... rejected his account." makes "his account" an '
                                       'indirect quotation of the party')
def test_water_rejecting_an_account_is_no_quotation():
    assert not [q for q in _read("water.txt").quotes if q.text.startswith("his account")]


def test_housing_entities():
    r = _read("housing.txt")
    assert r.author == "Marcus Feldman-Osei"
    assert {"Denise Albright-Kaur", "Tobias Reinholt-Mensah", "Jasmine Okafor-Lindqvist", "Rosa Delgado",
            "Gregory Pham-Whitaker"} <= {p.name for p in r.people}
    assert {"Columbus Tenants Union", "Central Ohio Apartment Association", "Brickline Development",
            "Columbus Metropolitan Housing Authority"} <= {o.name for o in r.organisations}


# (Checked after the run, not written down before it.)
def test_housing_the_department_is_named_in_full():
    r = _read("housing.txt")
    assert "Department of Housing and Neighborhoods" in {o.name for o in r.organisations}
    assert "Neighborhoods" not in {p.name for p in r.people}


# (Checked after the run, not written down before it.)
@pytest.mark.xfail(strict=True, reason='the title in "Council Member Tobias Reinholt-Mensah" becomes the organisation '
                                       '"Council Member"')
def test_housing_a_title_is_no_organisation():
    assert "Council Member" not in {o.name for o in _read("housing.txt").organisations}


def test_retraction_entities():
    r = _read("retraction.txt")
    assert r.author == "Corinne Abernathy-Vale"
    assert {"Helena Vasquez-Thornbury", "Arjun Malhotra-Fenwick", "Miriam Oyelowo-Stark"} <= {p.name for p in r.people}
    assert "Northgate University" in {o.name for o in r.organisations}
    # "Asked whether the laboratory planned to correct other papers ..." — nobody's speech.
    q = next(q for q in r.quotes if q.text.startswith("whether the laboratory planned"))
    assert q.speaker is None


def test_retraction_the_journal_is_an_organisation():
    r = _read("retraction.txt")
    assert "Neurobiology Letters" in {o.name for o in r.organisations}
    assert "Neurobiology Letters" not in {p.name for p in r.people}


def test_retraction_the_committee_is_named_in_full():
    r = _read("retraction.txt")
    assert "Committee on Publication Ethics" in {o.name for o in r.organisations}
    assert "Publication Ethics" not in {p.name for p in r.people}


def test_restaurant_entities():
    r = _read("restaurant.txt")
    assert r.author == "Elena Mirkovic-Hale"
    people = {p.name for p in r.people}
    assert {"Inês Carvalho-Whitby", "Tomás Ferreira-Lund", "Hannah", "Callum", "Rui"} <= people
    # "says Chef Inês Carvalho-Whitby": the title is no part of the name.
    assert not [n for n in people if n.startswith("Chef")]


def test_restaurant_menu_items_are_nobodys_speech():
    # 'It is listed as "Bacalhau, Second Draft," ...' and 'Another course, "The Fisherman's Breakfast," ...'
    r = _read("restaurant.txt")
    for item in ("Bacalhau, Second Draft", "The Fisherman's Breakfast"):
        assert not [q for q in r.quotes if q.text.startswith(item) and q.speaker], item


@pytest.mark.xfail(strict=True, reason='"Guia Gastronómico do Norte" is cut at "do" to "Guia Gastronómico"')
def test_restaurant_the_guide_is_named_in_full():
    assert "Guia Gastronómico do Norte" in {o.name for o in _read("restaurant.txt").organisations}


# (Checked after the run, not written down before it.)
def test_restaurant_the_restaurant_is_no_person():
    assert "Casa Alecrim" not in {p.name for p in _read("restaurant.txt").people}
