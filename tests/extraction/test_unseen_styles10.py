"""Tenth round of styles: a US local crime story (police chief "said at a news conference",
"police said", "according to court records", a public defender "in a phone interview", a
victim's mother in an interrupted quote, a neighbor "who asked not to be named" then "the
woman"), a UN Security Council story in curly double quotation marks (foreign ministers
"speaking through an interpreter", "told the council", "a spokesman for" the
secretary-general, "the ministry said in a statement posted on its website", "told state
broadcaster X", "state media reported", "the Kremlin said"), an election-night results story
(a victory speech "told cheering supporters" running over two paragraphs, "in a concession
speech", a party chairman's statement, voters quoted in a dash list, "she joked"), and an
entertainment interview in curly quotation marks (a headline "‘quote’: Name on ...", "told
Variety in an interview", "he joked", quotes with "…", a quote interrupted by its
attribution, "the star said in an Instagram post", an unattributed quote after "Castellane
laughed"). The articles (tests/fixtures/unseen10/) are invented, names included."""
from __future__ import annotations

from pathlib import Path

import pytest

from quotes.extraction import extract

from .invented import assert_article_holds

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "unseen10"

# Each row is a quote a correct extraction holds, written down by hand from the article
# before the extractor ran on it: (kind, start of the text, speaker, speaker type, speaker
# description, venue). Eighteen rows failed then; fourteen were fixed in the extractor (a
# dateline after a two-line byline, "Prosecutor's Office", "state media", "told Variety in
# an interview", "11 p.m." ending a sentence, a headline quotation, ...), and a fifteenth
# ("soft on crime", moved up) later. The three left are in KNOWN_GAPS below. One row was
# revised after the run: the second half of a quotation interrupted by its attribution
# ("Ilse doesn’t move unless ...") shares the first half's venue, "Variety", as it does in
# earlier rounds.
EXPECTED = {
    "crime.txt": [
        ("indirect", "A 24-year-old Riverton man was charged", "police", "unnamed", None, None),
        ("indirect", "Derrick Tolliver was arrested late Sunday", "Lorraine Beckwith", "person", None, "a news conference"),
        ("direct", "This was not a random act", "Lorraine Beckwith", "person", None, None),
        ("indirect", "the two men had argued inside", "court records", "organisation", None, None),
        ("indirect", "they had not", "Lorraine Beckwith", "person", None, None),
        ("direct", "We're still looking for that gun", "Lorraine Beckwith", "person", None, None),
        ("indirect", "more than a dozen people had called", "Lorraine Beckwith", "person", None, None),
        ("indirect", "his client would plead not guilty", "Gregory Szabo", "person", None, None),
        ("direct", "My client is presumed innocent", "Gregory Szabo", "person", None, "a phone interview"),
        ("direct", "He was the kind of kid", "Angela Brantley", "person", None, None),
        ("direct", "who would give you his last dollar", "Angela Brantley", "person", None, None),
        ("indirect", "a detective had called the family", "Angela Brantley", "person", None, None),
        ("direct", "I don't want anybody saying", "Angela Brantley", "person", None, None),
        ("mixed", "four or five pops", "A neighbor", "unnamed", None, None),
        ("indirect", "he would ask the council next month", "Victor Ruane", "person", None, None),
        ("direct", "People on this street have been", "Victor Ruane", "person", None, None),
        ("indirect", "it intended to present the case", "Harmon County Prosecutor's Office", "organisation", None, "a statement"),
    ],
    "diplomacy.txt": [
        ("mixed", "holding an entire river hostage", "Aurelio Vascan", "person", None, None),
        ("direct", "We came to this chamber in good faith", "Aurelio Vascan", "person", None, "the council"),
        ("mixed", "in full compliance", "Katarzyna Oblenska", "person", None, None),
        ("direct", "The Talvenian delegation speaks", "Katarzyna Oblenska", "person", None, None),
        ("mixed", "unbalanced", "Gennady Volkhov", "person", None, "the council"),
        ("mixed", "dialogue without outside pressure", "Kremlin", "organisation", None, None),
        ("direct", "We would urge both governments", "Caroline Whitlock", "person", None, None),
        ("direct", "The secretary-general is deeply concerned", "Matthieu Ravel", "person", None, None),
        ("direct", "She has offered her good offices", "Matthieu Ravel", "person", None, None),
        ("indirect", "Solvang had spoken by phone", "Matthieu Ravel", "person", None, None),
        ("mixed", "a sovereign technical matter", "Dravonian Foreign Ministry", "organisation", None, "a statement"),
        ("mixed", "raise its readiness", "Oren Dascalu", "person", None, "RTV Talvenia"),
        ("direct", "Nobody wants a war over water", "Oren Dascalu", "person", None, None),
        ("indirect", "Prime Minister Stefan Horvik had convened", "Dravonian state media", "unnamed", None, None),
        ("mixed", "never accept ultimatums", "Stefan Horvik", "person", None, None),
        ("indirect", "the 1998 treaty was vague", "Nadia Khourev", "person", None, None),
        ("direct", "Both sides can read that treaty", "Nadia Khourev", "person", None, None),
    ],
    "election.txt": [
        ("direct", "Tonight, this city chose to believe", "Marisol Quintero-Hale", "person", None, None),
        ("direct", "For two years we were told", "Marisol Quintero-Hale", "person", None, None),
        ("direct", "Well, the young people came home", "Marisol Quintero-Hale", "person", None, None),
        ("indirect", "her first act as mayor would be", "Marisol Quintero-Hale", "person", None, None),
        ("direct", "We are going to find out", "Marisol Quintero-Hale", "person", None, None),
        ("mixed", "give her a fair shot", "Dwight Albers", "person", None, "a concession speech"),
        ("direct", "We ran a campaign we can be proud of", "Dwight Albers", "person", None, None),
        ("mixed", "run an honorable race", "Roy Kettering", "person", None, "a statement"),
        ("direct", "I've lived here 40 years", "Frank Delacroix", "person", None, None),
        ("direct", "She actually came to our tenants'", "Tanisha Worrell", "person", None, None),
        ("direct", "Honestly? I just want the buses", "Gabe Lindqvist", "person", None, None),
        ("indirect", "the campaign had knocked on more", "Devin Achterberg", "person", None, None),
        ("direct", "People kept telling us the polls", "Devin Achterberg", "person", None, None),
        ("indirect", "it would begin counting about 8,000", "Halloway County Board of Elections", "organisation", None, None),
        ("indirect", "she had not decided", "Marisol Quintero-Hale", "person", None, None),
        ("direct", "I'm going to sleep for about four hours", "Marisol Quintero-Hale", "person", None, None),
        ("mixed", "soft on crime", "Dwight Albers", "person", None, None),
    ],
    "celebrity.txt": [
        ("direct", "I had to learn to be still", "Noor Castellane", "person", None, None),
        ("direct", "I’m someone who fidgets", "Noor Castellane", "person", None, "Variety"),
        ("direct", "Ilse doesn’t move unless", "Noor Castellane", "person", None, "Variety"),
        ("mixed", "maybe forty times", "Elias Brandvold", "person", None, "a press screening in London"),
        ("direct", "She did something in that tape", "Elias Brandvold", "person", None, None),
        ("direct", "She listened", "Elias Brandvold", "person", None, None),
        ("direct", "I told her the island had Wi-Fi", "Elias Brandvold", "person", None, None),
        ("direct", "There was no Wi-Fi", "Noor Castellane", "person", None, None),
        ("indirect", "the isolation ended up shaping", "Noor Castellane", "person", None, None),
        ("direct", "The cold", "Noor Castellane", "person", None, None),
        ("direct", "was the least of it", "Noor Castellane", "person", None, None),
        ("indirect", "the two barely spoke off camera", "Theo Barraclough", "person", None, None),
        ("direct", "Noor was somewhere else", "Theo Barraclough", "person", None, None),
        ("direct", "Theo is one of my favorite people", "Noor Castellane", "person", None, None),
        ("direct", "Venice, you broke me", "Noor Castellane", "person", None, None),
        ("indirect", "it would expand the release", "Northlight Pictures", "organisation", None, None),
        ("direct", "Maybe", "Noor Castellane", "person", None, None),
    ],
}

# Rows a correct extraction holds that this one does not yet, with why. Strict: a row that
# starts to hold fails the test, so it moves up into EXPECTED.
KNOWN_GAPS = {
    "crime.txt": [
        # after "A neighbor who asked not to be named said ...", "She said" takes the last named woman (Angela Brantley)
        ("indirect", "the store had been the scene", "A neighbor", "unnamed", None, None),
        # "the woman said" is not tied back to the unnamed neighbor
        ("direct", "You hear things at night", "A neighbor", "unnamed", None, None),
    ],
    "celebrity.txt": [
        # "the star said" is not tied to the actress the story is about (no description of her says "star")
        ("mixed", "cried through the whole thing", "Noor Castellane", "person", None, "an Instagram post"),
    ],
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_invented_article(name):
    assert_article_holds("unseen10", name, EXPECTED[name])


@pytest.mark.parametrize("name,row", [(name, row) for name, rows in sorted(KNOWN_GAPS.items()) for row in rows])
@pytest.mark.xfail(strict=True, reason="a known gap, described above the row")
def test_known_gap(name, row):
    assert_article_holds("unseen10", name, [row])


def _read(name):
    return extract((FIXTURES / name).read_text(encoding="utf-8"))


def test_crime_entities():
    r = _read("crime.txt")
    assert r.author == "Dana Whitcombe"
    assert {p.name for p in r.people} == {"Derrick Tolliver", "Lorraine Beckwith", "Isaiah Brantley",
                                        "Gregory Szabo", "Angela Brantley", "Victor Ruane"}
    assert "Harmon County Prosecutor's Office" in {o.name for o in r.organisations}
    # ("Asked whether investigators had recovered the weapon, the chief said ..." stays an
    # indirect quote with no speaker: PolNeAR annotates such reporters' questions as
    # attributions, and dropping them cost indirect recall on train and dev.)


def test_diplomacy_entities():
    r = _read("diplomacy.txt")
    assert r.author == "Helena Marchetti"
    assert {"Aurelio Vascan", "Katarzyna Oblenska", "Gennady Volkhov", "Caroline Whitlock", "Ingrid Solvang",
            "Matthieu Ravel", "Oren Dascalu", "Stefan Horvik", "Nadia Khourev"} <= {p.name for p in r.people}
    assert {"Dravonian Foreign Ministry", "Geneva Institute for Peace Studies", "Kremlin",
            "RTV Talvenia"} <= {o.name for o in r.organisations}


@pytest.mark.xfail(strict=True, reason='invented countries ("Dravonia’s ambassador", "Talvenia says") read as people')
def test_diplomacy_countries_are_nobody():
    assert not {"Dravonia", "Talvenia", "Dravonian"} & {p.name for p in _read("diplomacy.txt").people}


def test_election_entities():
    r = _read("election.txt")
    assert r.author == "Trevor Mancuso"
    assert {p.name for p in r.people} == {"Marisol Quintero-Hale", "Dwight Albers", "Roy Kettering",
                                        "Frank Delacroix", "Tanisha Worrell", "Gabe Lindqvist",
                                        "Devin Achterberg"}
    assert "Halloway County Board of Elections" in {o.name for o in r.organisations}


@pytest.mark.xfail(strict=True, reason='"than any public poll had predicted and becoming ..." and "a charge '
                                       'she rejected throughout the race" give quotes')
def test_election_no_quotes_from_verbs_that_report_nothing():
    assert not [q for q in _read("election.txt").quotes if q.text.startswith(("and becoming", "throughout the race"))]


def test_celebrity_entities():
    r = _read("celebrity.txt")
    assert r.author == "Juliet Amberley"
    assert {"Noor Castellane", "Elias Brandvold", "Theo Barraclough"} <= {p.name for p in r.people}
    assert "Northlight Pictures" in {o.name for o in r.organisations}


@pytest.mark.xfail(strict=True, reason='"told Variety" and "Tabloid reports last month claimed" make people')
def test_celebrity_outlets_are_nobody():
    assert not {"Variety", "Tabloid"} & {p.name for p in _read("celebrity.txt").people}


@pytest.mark.xfail(strict=True, reason="the film title “The Long Light,” becomes a mixed quote")
def test_celebrity_a_film_title_is_no_quote():
    assert not [q for q in _read("celebrity.txt").quotes if q.text.startswith("The Long Light")]
