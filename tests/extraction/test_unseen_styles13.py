"""Thirteenth round of styles: an Irish regional story in curly quotation marks ("the
Taoiseach, Pádraig Ó Súilleabháin", "Cllr Siobhán Ní Bhriain", "the Fianna Fáil councillor
said", "told RTÉ’s Morning Ireland", "A Garda spokesman", "Sinn Féin TD Colm Mac Lochlainn",
names with Mac/Mc/O’/Ó/Ní, a quotation over two paragraphs, "MacDiarmada said" interrupting
his quotation, "Asked whether ..., the Taoiseach said:"), a US merger story in straight
quotation marks (two chief executives "said in a joint statement", "On a call with analysts",
"told analysts", "people familiar with the talks", "one of the people said", an antitrust
professor "who was not involved in the deal" over two paragraphs, "the companies said", a union
local president, "A Crestmark spokeswoman"), a hurricane-evacuation story in curly quotation
marks (a governor who "told reporters at an evening briefing" over two paragraphs, officials
introduced with full titles in a semicolon list, "she said," interrupting a quotation, "the
National Hurricane Center said in its 4 p.m. advisory", FEMA and its administrator, residents
introduced by occupation and age then "he said"/"she said"), and a parish-closure story in
straight quotation marks ("said during Sunday's homily", "the bishop said" over two paragraphs,
a verse of scripture painted above the altar that nobody in the story speaks, "the Diocese of
Greyhaven said", "the statement said", "A diocesan spokeswoman", "Nwachukwu said" interrupting
his quotation). The articles (tests/fixtures/unseen13/) are invented, names included."""
from __future__ import annotations

from pathlib import Path

import pytest

from quotes.extraction import extract

from .invented import assert_article_holds

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "unseen13"

# Each row is a quote a correct extraction holds, written down by hand from the article
# before the extractor ran on it: (kind, start of the text, speaker, speaker type, speaker
# description, venue). Seventy-four rows; thirteen failed when the round was written, ten of
# which the extractor now holds (moved up, last in each list); the three left are in
# KNOWN_GAPS below.
# Rows revised after the run, as my mistakes, not the extractor's:
# - "A Garda spokesman said", "A Crestmark spokeswoman said" and "A diocesan spokeswoman said"
#   had the organisation as speaker; earlier rounds keep an unnamed spokesperson who is not "a
#   spokesman for <named organisation>" as the unnamed phrase ("A Downing Street spokesman",
#   "A department spokeswoman", round nine and eleven), so these are the phrase, type "unnamed"
#   (the Garda spokesman's second quotation, after "the spokesman said", is "the spokesman");
# - "told analysts" and "told parishioners" had the venue "analysts" / "parishioners"; a bare
#   plural audience is no venue, as "told reporters" gives none in round ten (None).
# The joint statement of the two chief executives is checked below, not as a row.

EXPECTED = {
    "ireland.txt": [
        ("direct", "Nobody is pretending this is", "Pádraig Ó Súilleabháin", "person", None, None),
        ("direct", "But I won’t stand here", "Pádraig Ó Súilleabháin", "person", None, None),
        ("mixed", "gutted but not surprised", "Siobhán Ní Bhriain", "person", None, None),
        ("direct", "It is a question of sequencing", "Eoin MacDiarmada", "person", None, None),
        ("direct", "and the housing emergency has", "Eoin MacDiarmada", "person", None, None),
        ("indirect", "his department would review the scheme", "Eoin MacDiarmada", "person", None, None),
        ("indirect", "there had been 14 serious collisions", "A Garda spokesman", "unnamed", None, None),
        # (Was "the spokesman", as written; the extractor now ties it to the spokesman just introduced.)
        ("direct", "Speed and congestion are a", "A Garda spokesman", "unnamed", None, None),
        ("direct", "We were told in 2019", "Declan McInerney", "person", None, None),
        ("direct", "We are not asking for a favour", "Declan McInerney", "person", None, None),
        ("indirect", "she had stopped believing the road", "Máire O’Donoghue", "person", None, None),
        ("direct", "I’ve been waiting on this since", "Máire O’Donoghue", "person", None, None),
        ("mixed", "continue to engage constructively", "Galway County Council", "organisation", None, "a statement"),
        ("direct", "I’m not going to put a date", "Pádraig Ó Súilleabháin", "person", None, None),
        ("direct", "The project is paused, not", "Eoin MacDiarmada", "person", None, "RTÉ’s Morning Ireland"),
        ("indirect", "councillors from all parties would travel", "Siobhán Ní Bhriain", "person", None, None),
        ("direct", "We’ve had three ministers come", "Siobhán Ní Bhriain", "person", None, None),
        ("direct", "Not one of them came back", "Siobhán Ní Bhriain", "person", None, None),
    ],
    "merger.txt": [
        ("direct", "We're not buying Crestmark to", "Janet Okafor-Lindgren", "person", None, None),
        ("direct", "We're buying it because its", "Janet Okafor-Lindgren", "person", None, None),
        ("mixed", "a range of alternatives", "Paul Brennan-Wyatt", "person", None, None),
        ("indirect", "The deal had been in the works", "people familiar with the talks", "unnamed", None, None),
        ("indirect", "Harlow first approached Crestmark in March", "one of the people", "unnamed", None, None),
        ("direct", "The Federal Trade Commission has", "Miriam Castellanos-Frey", "person", None, None),
        ("direct", "I'd expect a second request", "Miriam Castellanos-Frey", "person", None, None),
        ("direct", "Whether it ultimately gets blocked", "Miriam Castellanos-Frey", "person", None, None),
        ("direct", "Every time one of these deals", "Terrence Oduya", "person", None, None),
        ("direct", "We want it in writing", "Terrence Oduya", "person", None, None),
        ("mixed", "no plans", "Janet Okafor-Lindgren", "person", None, "the call"),
        ("direct", "I'm not going to make promises", "Janet Okafor-Lindgren", "person", None, None),
        ("indirect", "the company would hold town-hall", "A Crestmark spokeswoman", "unnamed", None, None),
        ("indirect", "the companies expected to find $600 million", "Janet Okafor-Lindgren", "person", None,
         "a call with analysts"),
    ],
    "hurricane.txt": [
        ("direct", "If you are in Terrebonne", "Lorraine Fontenot-Becnel", "person", None, "an evening briefing"),
        ("direct", "This is not a storm you", "Lorraine Fontenot-Becnel", "person", None, "an evening briefing"),
        ("direct", "I know people are tired", "Lorraine Fontenot-Becnel", "person", None, "an evening briefing"),
        ("indirect", "contraflow would begin on Interstate", "Marcus Thibodeaux", "person", None, None),
        ("direct", "Fill your tank tonight", "Marcus Thibodeaux", "person", None, None),
        ("direct", "Once contraflow starts", "Marcus Thibodeaux", "person", None, None),
        ("indirect", "11 hospitals and 27 nursing homes", "Renée Aucoin", "person", None, None),
        ("direct", "We learned some hard lessons", "Renée Aucoin", "person", None, None),
        ("direct", "and we are not going to", "Renée Aucoin", "person", None, None),
        ("indirect", "the state had opened 14 shelters", "Gerald Pitre", "person", None, None),
        ("mixed", "leaning forward", "Harold Wexley-Boone", "person", None, "a statement"),
        ("indirect", "about 40 percent of Terrebonne’s", "Clifton Naquin", "person", None, None),
        ("indirect", "officials were working with Texas", "Lorraine Fontenot-Becnel", "person", None, None),
        ("direct", "We have room, and we", "Lorraine Fontenot-Becnel", "person", None, None),
        ("indirect", "she had spoken with the president", "Lorraine Fontenot-Becnel", "person", None, None),
        ("direct", "We’ve got a long couple", "Lorraine Fontenot-Becnel", "person", None, None),
        ("indirect", "Delphine was moving north-northwest", "National Hurricane Center", "organisation", None,
         "its 4 p.m. advisory"),
        ("indirect", "it had positioned food, water", "Federal Emergency Management Agency", "organisation", None,
         None),
        ("direct", "My daddy never left", "Dale Arceneaux", "person", None, None),
        ("direct", "Somebody’s got to be here", "Dale Arceneaux", "person", None, None),
        ("direct", "After Ida we were in", "Tasha Guidry", "person", None, None),
    ],
    "parish.txt": [
        ("direct", "I did not come here", "Anselm Kowalczyk", "person", None, None),
        ("direct", "You deserved to hear it", "Anselm Kowalczyk", "person", None, None),
        ("direct", "The Church is not these walls", "Anselm Kowalczyk", "person", None, None),
        ("direct", "The Church is you, and", "Anselm Kowalczyk", "person", None, None),
        ("direct", "Wherever you go from here", "Anselm Kowalczyk", "person", None, None),
        ("direct", "My grandparents were married here", "Eileen Costa-Murphy", "person", None, None),
        ("direct", "Where am I supposed to", "Eileen Costa-Murphy", "person", None, None),
        ("indirect", "parishioners had raised more than", "Frank DeMello", "person", None, None),
        ("direct", "We did everything they asked", "Frank DeMello", "person", None, None),
        ("direct", "We filled the collection basket", "Frank DeMello", "person", None, None),
        ("direct", "No parish closure is easy", "the statement", "organisation", None, None),
        ("mixed", "carry every one of your names", "Daniel Nwachukwu", "person", None, None),
        ("direct", "I have baptized your children", "Daniel Nwachukwu", "person", None, None),
        ("direct", "and I will pray for this", "Daniel Nwachukwu", "person", None, None),
        ("indirect", "no decision had yet been made", "A diocesan spokeswoman", "unnamed", None, None),
        ("indirect", "he would not rule it out", "Anselm Kowalczyk", "person", None, None),
        ("direct", "I have learned never to say", "Anselm Kowalczyk", "person", None, None),
        ("indirect", "she would attend the final Mass", "Eileen Costa-Murphy", "person", None, None),
        ("mixed", "made with great sorrow", "Diocese of Greyhaven", "organisation", None, "a statement"),
    ],
}

KNOWN_GAPS = {
    "ireland.txt": [
        # "Sinn Féin TD Colm Mac Lochlainn accused the Coalition of treating the west with
        # “utter contempt”": no quote at all; "accused ... of" is no reporting verb and the
        # name with a spaced "Mac" is not found as a person
        ("mixed", "utter contempt", "Colm Mac Lochlainn", "person", None, None),
    ],
    "parish.txt": [
        # "and that parishioners would be “warmly welcomed”": the second mixed fragment after
        # "and that" gives no quote
        ("mixed", "warmly welcomed", "Diocese of Greyhaven", "organisation", None, "a statement"),
    ],
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_invented_article(name):
    assert_article_holds("unseen13", name, EXPECTED[name])


@pytest.mark.parametrize("name,row", [(name, row) for name, rows in sorted(KNOWN_GAPS.items()) for row in rows])
@pytest.mark.xfail(strict=True, reason="a known gap, described above the row")
def test_known_gap(name, row):
    assert_article_holds("unseen13", name, [row])


def _read(name):
    return extract((FIXTURES / name).read_text(encoding="utf-8"))


def test_ireland_entities():
    r = _read("ireland.txt")
    assert {"Pádraig Ó Súilleabháin", "Siobhán Ní Bhriain", "Eoin MacDiarmada", "Declan McInerney",
            "Máire O’Donoghue"} <= {p.name for p in r.people}
    assert {"Galway County Council", "Galway Chamber"} <= {o.name for o in r.organisations}
    # "Asked whether ..., the Taoiseach said:" — the question is nobody's speech.
    q = next(q for q in r.quotes if q.text.startswith("whether the ring road would be built"))
    assert q.speaker is None


@pytest.mark.xfail(strict=True, reason='the byline "By Áine Mac Giolla Phádraig" gives no author')
def test_ireland_author():
    assert _read("ireland.txt").author == "Áine Mac Giolla Phádraig"


@pytest.mark.xfail(strict=True, reason='"Colm Mac Lochlainn" is no person, and "Cllr Ní Bhriain" is a second '
                                       'person "Ní Bhriain"')
def test_ireland_people():
    assert {p.name for p in _read("ireland.txt").people} == {
        "Pádraig Ó Súilleabháin", "Siobhán Ní Bhriain", "Eoin MacDiarmada", "Declan McInerney",
        "Colm Mac Lochlainn", "Máire O’Donoghue"}


def test_merger_entities():
    r = _read("merger.txt")
    assert r.author == "Daniel Whitford-Ames"
    assert {"Janet Okafor-Lindgren", "Paul Brennan-Wyatt", "Miriam Castellanos-Frey",
            "Terrence Oduya"} <= {p.name for p in r.people}
    assert {"Harlow Foods", "Crestmark Brands", "Federal Trade Commission", "Georgetown University"} <= {
        o.name for o in r.organisations}
    q = next(q for q in r.quotes if q.text.startswith("whether that commitment extended"))
    assert q.speaker is None


@pytest.mark.xfail(strict=True, reason='"X and Y said in a joint statement" after the quotation gives no speaker')
def test_merger_joint_statement_has_a_speaker():
    q = next(q for q in _read("merger.txt").quotes if q.text.startswith("This is a combination"))
    assert q.speaker in {"Janet Okafor-Lindgren", "Paul Brennan-Wyatt"}


def test_hurricane_entities():
    r = _read("hurricane.txt")
    assert r.author == "Rosemary Tillotson-Vance"
    assert {"Lorraine Fontenot-Becnel", "Marcus Thibodeaux", "Renée Aucoin", "Gerald Pitre", "Harold Wexley-Boone",
            "Dale Arceneaux", "Tasha Guidry", "Clifton Naquin"} <= {p.name for p in r.people}
    assert {"Louisiana State Police", "National Hurricane Center", "Federal Emergency Management Agency"} <= {
        o.name for o in r.organisations}
    q = next(q for q in r.quotes if q.text.startswith("whether the state had enough shelter"))
    assert q.speaker is None


# (Checked after the run, not written down before it.)
def test_hurricane_a_storm_is_no_person():
    assert "Hurricane Delphine" not in {p.name for p in _read("hurricane.txt").people}


# (Checked after the run, not written down before it.)
@pytest.mark.xfail(strict=True, reason='"FEMA Administrator Harold Wexley-Boone" makes "FEMA Administrator" an '
                                       'organisation')
def test_hurricane_a_title_is_no_organisation():
    assert "FEMA Administrator" not in {o.name for o in _read("hurricane.txt").organisations}


# (Checked after the run, not written down before it.)
def test_hurricane_second_fragment_keeps_the_speaker():
    q = next(q for q in _read("hurricane.txt").quotes if q.text.startswith("listen to your local officials"))
    assert q.speaker == "Harold Wexley-Boone"


def test_parish_entities():
    r = _read("parish.txt")
    assert r.author == "Thomas Okonjo-Harrow"
    assert {"Anselm Kowalczyk", "Eileen Costa-Murphy", "Frank DeMello", "Daniel Nwachukwu"} <= {
        p.name for p in r.people}
    # "Asked whether the diocese would consider ..." — nobody's speech.
    q = next(q for q in r.quotes if q.text.startswith("whether the diocese would consider"))
    assert q.speaker is None


def test_parish_scripture_is_nobodys_speech():
    r = _read("parish.txt")
    people = {p.name for p in r.people}
    q = next(q for q in r.quotes if q.text.startswith("For where two or three are gathered"))
    assert q.speaker not in people and q.speaker_type != "person"


def test_parish_the_diocese_is_an_organisation():
    r = _read("parish.txt")
    assert "Diocese of Greyhaven" in {o.name for o in r.organisations}
    assert "Greyhaven" not in {p.name for p in r.people}
