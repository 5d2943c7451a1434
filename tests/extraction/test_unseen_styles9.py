"""Ninth round of styles: a UK Commons debate report in curly single quotation marks ("told
MPs", "told the Commons", "Mr Ashworth", "Sir Geoffrey said", "the shadow chancellor"), a
US wildfire report with many officials (fire chief, sheriff, "authorities said", "a
spokeswoman for the utility said in an email", residents by full name then surname), a
present-tense magazine profile in curly double quotation marks ("she says", pronoun chains
across paragraphs, quotes interrupted by their attribution, a quote running over two
paragraphs), and a tech business story with an organisation speaking ("the company said in
a statement", "declined to comment", "according to a filing", "analysts at X wrote in a note
to clients", "told Reuters", "said on a conference call"). The articles
(tests/fixtures/unseen9/) are invented, names included."""
from __future__ import annotations

from pathlib import Path

import pytest

from quotes.extraction import extract

from .invented import assert_article_holds

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "unseen9"

# Each row is a quote a correct extraction holds, written down by hand from the article:
# (kind, start of the text, speaker, speaker type, speaker description, venue).
# Eight rows failed when the round was written: five were fixed in the extractor, three were
# rewritten to the project's conventions (marked below, with the reason). The Brandt & Keller
# row changed with them once the extractor knew "X & Y" as a firm.
EXPECTED = {
    "commons.txt": [
        # (Description unchecked: the apposition "The chancellor" and the entity's "chancellor"
        # are the article's words either way.)
        ("mixed", "restore a basic sense of fairness", "Daniel Ashworth", "person", None, None),
        ("indirect", "the existing relief cost the Treasury", "Daniel Ashworth", "person", None, "the Commons"),
        ("direct", "We are spending more on subsidising", "Daniel Ashworth", "person", None, None),
        ("direct", "No government that’s serious", "Daniel Ashworth", "person", None, None),
        ("mixed", "stealth tax on aspiration", "Priya Castellano", "person", "shadow chancellor", None),
        ("direct", "The chancellor says this is about fairness", "Priya Castellano", "person", None, None),
        ("direct", "It is about filling a hole", "Priya Castellano", "person", None, None),
        ("indirect", "the manifesto had committed only", "Daniel Ashworth", "person", None, None),
        ("direct", "The right honourable gentleman", "Priya Castellano", "person", None, None),
        ("indirect", "his party would table an amendment", "Callum Reid", "person", None, None),
        ("direct", "We’ve already got consultants", "Callum Reid", "person", None, None),
        ("direct", "This will make the waiting lists", "Callum Reid", "person", None, None),
        ("indirect", "the change had been announced", "Geoffrey Pellew", "person", None, None),
        ("direct", "I have sat on that committee", "Geoffrey Pellew", "person", None, None),
        ("direct", "Schemes will need months", "Geoffrey Pellew", "person", None, None),
        ("indirect", "she had received more than 300 emails", "Rosie Tennant", "person", None, None),
        ("direct", "These are not people who think", "Rosie Tennant", "person", None, None),
        ("mixed", "listen carefully", "Tom Eddison", "person", None, "BBC Radio 4’s Today programme"),
        ("direct", "We’re not going to be blown", "Tom Eddison", "person", None, None),
        ("indirect", "the cap would raise about £3bn", "Institute for Fiscal Studies", "organisation", None, "a briefing note"),
        ("mixed", "full confidence", "A Downing Street spokesman", "unnamed", None, None),
        ("mixed", "fight it line by line", "Priya Castellano", "person", None, None),
    ],
    "wildfire.txt": [
        ("indirect", "A fast-moving wildfire pushed", "authorities", "unnamed", None, None),
        ("direct", "This fire was moving faster", "Ramona Whitfield", "person", "Eldon County Fire Chief", "an evening briefing"),
        ("indirect", "crews had been stretched thin", "Ramona Whitfield", "person", None, None),
        ("direct", "I'm not going to stand up here", "Ramona Whitfield", "person", None, None),
        ("direct", "We haven't", "Ramona Whitfield", "person", None, None),
        ("indirect", "two people were unaccounted for", "Dale Prosser", "person", "Eldon County Sheriff", None),
        ("direct", "If you got an evacuation order", "Dale Prosser", "person", None, None),
        ("indirect", "the cause of the fire was under", "Authorities", "unnamed", None, None),
        ("mixed", "cooperating fully", "A spokeswoman for the utility", "unnamed", None, "an email"),
        ("indirect", "she grabbed her two dogs", "Teresa Vance", "person", None, None),
        ("direct", "I looked in my rearview mirror", "Teresa Vance", "person", None, None),
        ("direct", "You think you're going to be", "Jorge Aldana", "person", None, None),
        ("indirect", "donations of blankets", "Sharon Pike", "person", None, None),
        ("direct", "People are showing up", "Sharon Pike", "person", None, None),
        ("direct", "We're looking at humidity", "Ben Carrow", "person", None, None),
        ("indirect", "he had asked the governor", "Howard Liang", "person", None, None),
    ],
    "profile.txt": [
        ("direct", "Look at the light", "Odile Fenwick", "person", None, None),
        ("direct", "You don’t need a big window", "Odile Fenwick", "person", None, None),
        ("direct", "People think the pencil", "Odile Fenwick", "person", None, None),
        ("direct", "It isn’t", "Odile Fenwick", "person", None, None),
        ("indirect", "the experience taught her", "Odile Fenwick", "person", None, None),
        ("direct", "We had one wardrobe", "Odile Fenwick", "person", None, None),
        ("direct", "I never", "Odile Fenwick", "person", None, None),
        ("direct", "looked back", "Odile Fenwick", "person", None, None),
        ("direct", "We were broke", "Anders Kjeldsen", "person", None, None),
        ("direct", "Odile would turn down", "Anders Kjeldsen", "person", None, None),
        ("indirect", "Fenwick is the only architect", "Anders Kjeldsen", "person", None, None),
        ("direct", "She climbs the scaffolding", "Anders Kjeldsen", "person", None, None),
        ("direct", "There’s a risk of fetishising", "Marguerite Osei", "person", None, None),
        ("direct", "A beautifully arranged", "Marguerite Osei", "person", None, None),
        ("direct", "Nobody should be forced", "Odile Fenwick", "person", None, None),
        ("direct", "That would be a failure", "Odile Fenwick", "person", None, None),
        ("direct", "What they want is permission", "Odile Fenwick", "person", None, None),
        ("direct", "Now that", "Odile Fenwick", "person", None, None),
        ("direct", "is a good building", "Odile Fenwick", "person", None, None),
    ],
    "tech.txt": [
        ("indirect", "some of its largest cloud customers", "Vantrell Semiconductor", "organisation", None, None),
        ("indirect", "it now expected full-year revenue", "Vantrell Semiconductor", "organisation", None, "a statement"),
        # (Written "a conference call with analysts" before the run, changed to the extractor's
        # "a conference call" then; the extractor now keeps who was on the call.)
        ("direct", "We are seeing customers digest", "Nadia Ferreira", "person", "Chief Executive",
         "a conference call with analysts"),
        ("indirect", "Vantrell would cut about 6%", "Nadia Ferreira", "person", None, None),
        ("indirect", "Engineering teams would be largely spared", "Nadia Ferreira", "person", None, None),
        ("indirect", "gross margins would fall", "Martin Achebe", "person", "Chief Financial Officer", None),
        ("direct", "We'll protect R&D", "Martin Achebe", "person", None, None),
        # (Written as Vantrell speaking in a filing; the article does not say whose filing it
        # is, and a document named as the source speaks as written, as "the statement said"
        # does everywhere.)
        ("indirect", "Vantrell expects to record", "a filing with the Securities and Exchange Commission", "organisation", None, None),
        # (Written as "Analysts at Brandt & Keller", unnamed; a group at a named organisation
        # is that organisation everywhere, as in "officials at the Pentagon said".)
        ("mixed", "worse than feared", "Brandt & Keller", "organisation", None, "a note to clients"),
        ("indirect", "the layoffs suggested management", "Kevin Osterhout", "person", "an analyst at Harlan Securities", None),
        ("direct", "You don't cut 900 people", "Kevin Osterhout", "person", None, None),
        ("direct", "We're not going to chase revenue", "Nadia Ferreira", "person", None, "Reuters"),
        # (Written as "A spokesperson for Veridian", unnamed; a spokesperson for a named
        # organisation speaks as that organisation everywhere.)
        ("indirect", "the company does not discuss supplier", "Veridian", "organisation", None, None),
        ("indirect", "they are scrutinizing the returns", "Several large cloud providers", "unnamed", None, None),
        ("indirect", "it would provide more detail", "Vantrell Semiconductor", "organisation", None, None),
    ],
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_invented_article(name):
    assert_article_holds("unseen9", name, EXPECTED[name])


def _read(name):
    return extract((FIXTURES / name).read_text(encoding="utf-8"))


def test_commons_entities():
    r = _read("commons.txt")
    assert r.author == "Harriet Lomax"
    assert {p.name for p in r.people} == {"Daniel Ashworth", "Priya Castellano", "Callum Reid",
                                        "Geoffrey Pellew", "Rosie Tennant", "Tom Eddison"}


def test_wildfire_entities():
    r = _read("wildfire.txt")
    assert r.author == "Marcus Delgado"
    # The dateline's place is nobody; "Power" ends a utility's name.
    assert {p.name for p in r.people} == {"Ramona Whitfield", "Dale Prosser", "Teresa Vance", "Jorge Aldana",
                                        "Sharon Pike", "Ben Carrow", "Howard Liang"}
    assert "Pacific Ridge Power" in {o.name for o in r.organisations}


def test_profile_entities():
    r = _read("profile.txt")
    assert r.author == "Theo Marchbanks"
    assert {p.name for p in r.people} == {"Odile Fenwick", "Anders Kjeldsen", "Marguerite Osei"}


def test_tech_entities():
    r = _read("tech.txt")
    assert r.author == "Priyanka Dass"
    # "Veridian Cloud, which ... according to regulatory filings, declined to comment": no quote.
    assert not [q for q in r.quotes if q.text.startswith("declined to comment")]
    assert {p.name for p in r.people} == {"Nadia Ferreira", "Martin Achebe", "Kevin Osterhout"}
    assert "Brandt & Keller" in {o.name for o in r.organisations}
