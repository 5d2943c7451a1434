"""Sixteenth round of styles: a defence story in mixed curly and straight quotation marks
("Pentagon press secretary Maj. Gen. X told reporters at a briefing", "A senior defense
official, speaking on condition of anonymity ..., said" then "the official said", a general who
"told the Senate Armed Services Committee ... that" with two mixed fragments, a senator by
"she said", "NATO said in a statement that ... and that the alliance “...”", "The Marevian
Defence Ministry said on Telegram" then "the ministry said", an analyst whose "she said"
interrupts a quotation), an aviation-incident story ("according to the Boise Fire Department",
an airline's statement with two mixed fragments then "the airline said", "the pilot told air
traffic control, according to a recording", "the controller replied", "said on X", an NTSB
investigator interrupted by her attribution, passengers by full name then by first name, a
quotation with single marks inside, a pilots' union and its captain), a labour-strike story (a
union president quoted over two paragraphs, the company's statement, a plant manager who "said
in a memo to employees" then "he wrote", striking workers with ages and job titles, one
interrupted by "said X, 52, a press operator on the second shift,", a federal mediator, a
governor who "wrote on X", "Asked whether ..., a Ridgeway spokeswoman said"), and a present-tense
farm feature (a farmer quoted over two paragraphs with "he says", "he says" interrupting a
quotation, his daughter by first name, an extension agent, a grain analyst in the past tense,
the farmer by bare surname after his daughter is introduced). The articles
(tests/fixtures/unseen16/) are invented, names included."""
from __future__ import annotations

from pathlib import Path

import pytest

from quotes.extraction import extract

from .invented import assert_article_holds

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "unseen16"

# Each row is a quote a correct extraction holds, written down by hand from the article
# before the extractor ran on it: (kind, start of the text, speaker, speaker type, speaker
# description, venue). 70 rows; 13 failed when the round was written, two of them my mistake
# (below); of the other 11, seven the extractor now holds (moved up, last in their lists)
# and four are in KNOWN_GAPS below.
# Rows revised after the run, as my mistakes, not the extractor's:
# - The press secretary's two quotations ("told reporters at a briefing") had venue None;
#   round thirteen gives "an evening briefing" for "told reporters at an evening briefing",
#   so these are "a briefing" (as the extractor gives).

EXPECTED = {
    "defense.txt": [
        ('direct', 'The secretary has been clear', 'Dana Whitcombe-Reyes', 'person', None, 'a briefing'),
        ('direct', 'These are defensive systems', 'Dana Whitcombe-Reyes', 'person', None, 'a briefing'),
        ('indirect', 'the batteries, drawn from units', 'Dana Whitcombe-Reyes', 'person', None, None),
        ('indirect', 'the decision was accelerated after', 'A senior defense official', 'unnamed', None, None),
        ('direct', 'We can intercept what comes', 'Marcus Adeyemi-Holt', 'person', None, None),
        ('direct', 'What worries me is the', 'Marcus Adeyemi-Holt', 'person', None, None),
        ('direct', 'We are shooting million-dollar missiles', 'Ruth Calloway-Marsh', 'person', None, None),
        ('direct', 'That is not a strategy', 'Ruth Calloway-Marsh', 'person', None, None),
        ('mixed', 'will not be intimidated', 'NATO', 'organisation', None, 'a statement'),
        ('indirect', 'its forces had shot down', 'Marevian Defence Ministry', 'organisation', None, 'Telegram'),
        ('direct', 'Air-defence units worked through the', 'Marevian Defence Ministry', 'organisation', None, None),
        ('direct', 'Two batteries is a signal', 'Priya Natarajan-Cole', 'person', None, None),
        ('direct', 'Patriots are the right tool', 'Priya Natarajan-Cole', 'person', None, None),
        ('direct', 'but for drones you want', 'Priya Natarajan-Cole', 'person', None, None),
        ('direct', 'That got everybody’s attention', 'A senior defense official', 'unnamed', None, None),
        ('direct', 'It was a cheap drone', 'A senior defense official', 'unnamed', None, None),
        ('mixed', 'a deliberate probing of our', 'Marcus Adeyemi-Holt', 'person', None, 'the Senate Armed Services Committee'),
        ('mixed', 'stretched thinner than I would', 'Marcus Adeyemi-Holt', 'person', None, 'the Senate Armed Services Committee'),
    ],
    "aviation.txt": [
        ('indirect', 'Three people were treated for', 'Boise Fire Department', 'organisation', None, None),
        ('direct', 'Cascadia twenty-two eighty-one, roger', 'the controller', 'unnamed', None, None),
        ('indirect', 'it was sending a team', 'National Transportation Safety Board', 'organisation', None, 'X'),
        ('indirect', 'it would also investigate', 'Federal Aviation Administration', 'organisation', None, None),
        ('indirect', 'the engine had been removed', 'Lauren Pakulski-Dean', 'person', None, None),
        ('direct', 'The engine', 'Lauren Pakulski-Dean', 'person', None, None),
        ('direct', 'is the obvious starting point', 'Lauren Pakulski-Dean', 'person', None, None),
        ('direct', 'There was this orange glow', 'Danielle Ferro-Watkins', 'person', None, None),
        ('direct', 'My daughter kept asking if', 'Danielle Ferro-Watkins', 'person', None, None),
        ('mixed', 'unbelievably calm', 'Haruto Benning-Alvarez', 'person', None, None),
        ('direct', 'They were shouting', 'Haruto Benning-Alvarez', 'person', None, None),
        ('indirect', 'the crew had landed the jet', 'Air Line Pilots Association', 'organisation', None, None),
        ('direct', 'These pilots turned a very', 'Reuben Osei-Harlan', 'person', None, None),
        ('direct', 'Every one of those passengers', 'Reuben Osei-Harlan', 'person', None, None),
        ('mixed', 'followed their training and returned', 'Cascadia Air', 'organisation', None, 'a statement'),
        ('direct', 'We are grateful to our', 'Cascadia Air', 'organisation', None, None),
        ('indirect', 'the aircraft had passed a scheduled', 'Cascadia Air', 'organisation', None, None),
    ],
    "strike.txt": [
        ('direct', 'This is not about a', 'Dwayne Okoro-Fitzgerald', 'person', None, None),
        ('direct', "It's about a company that", 'Dwayne Okoro-Fitzgerald', 'person', None, None),
        ('direct', 'We waited in 2020', 'Dwayne Okoro-Fitzgerald', 'person', None, None),
        ('mixed', 'fair, competitive and final', 'Ridgeway Appliance', 'organisation', None, 'a statement'),
        ('indirect', 'the company would keep the plant', 'Gary Lindqvist-Moore', 'person', None, 'a memo'),
        ('direct', 'Our doors remain open to', 'Gary Lindqvist-Moore', 'person', None, None),
        ('direct', 'No one will be penalized', 'Gary Lindqvist-Moore', 'person', None, None),
        ('direct', 'I love this job', 'Teresa Vukovic-Hale', 'person', None, None),
        ('direct', "but love doesn't pay for", 'Teresa Vukovic-Hale', 'person', None, None),
        ('indirect', 'she had worked at the plant', 'Teresa Vukovic-Hale', 'person', None, None),
        ('indirect', 'he had taken a second job', 'Marcus Tillery', 'person', None, None),
        ('direct', 'My wife is due in', 'Marcus Tillery', 'person', None, None),
        ('indirect', 'both sides had agreed to meet', 'Alan Brookfield-Osei', 'person', None, None),
        ('direct', 'There is a deal here', 'Alan Brookfield-Osei', 'person', None, None),
        ('indirect', 'she had spoken to leaders', 'Andrea Lachance-Beaumont', 'person', None, 'X'),
        ('mixed', 'to get back to the table', 'Andrea Lachance-Beaumont', 'person', None, 'X'),
        ('indirect', 'the issue would be discussed on', 'a Ridgeway spokeswoman', 'unnamed', None, None),
        ('direct', 'When Ridgeway sneezes, this whole', 'Hector Ballantyne-Ruiz', 'person', None, None),
    ],
    "farm.txt": [
        ('direct', 'My great-grandfather broke this ground', 'Walter Henneman-Pruitt', 'person', None, None),
        ('direct', 'He came through the thirties', 'Walter Henneman-Pruitt', 'person', None, None),
        ('direct', "But I'm 67 now", 'Walter Henneman-Pruitt', 'person', None, None),
        ('direct', 'The land', 'Walter Henneman-Pruitt', 'person', None, None),
        ('direct', "doesn't care what the Board", 'Walter Henneman-Pruitt', 'person', None, None),
        ('direct', 'People thought I was crazy', 'Kaylee Henneman-Pruitt', 'person', None, None),
        ('indirect', 'the numbers frighten her more than', 'Kaylee Henneman-Pruitt', 'person', None, None),
        ('indirect', 'she gets calls every week', 'Rosa Quintanilla-Dorn', 'person', None, None),
        ('direct', 'The ones who are hurting', 'Rosa Quintanilla-Dorn', 'person', None, None),
        ('direct', "There's a lot of wheat", 'Brent Yoshida-Kellerman', 'person', None, None),
        ('indirect', 'prices were unlikely to recover much', 'Brent Yoshida-Kellerman', 'person', None, None),
        ('direct', 'Dad doesn’t talk about selling', 'Kaylee Henneman-Pruitt', 'person', None, None),
        ('direct', 'Every farmer talks about next', 'Walter Henneman-Pruitt', 'person', None, None),
    ],
}

KNOWN_GAPS = {
    "defense.txt": [
        # "NATO said in a statement that allied aircraft had intercepted ... and that the alliance “...”": only the quoted fragment is kept, the first that-clause is not found
        ('indirect', 'allied aircraft had intercepted 14', 'NATO', 'organisation', None, 'a statement'),
    ],
    "aviation.txt": [
        # "said in a statement that the Embraer 175, operating as ..., “experienced ...”": the fragment after the appositive's comma is taken as a direct quotation, and Cascadia Air is typed person
        ('mixed', 'experienced an engine malfunction shortly', 'Cascadia Air', 'organisation', None, 'a statement'),
        # "the pilot told air traffic control, according to a recording posted by LiveATC.net": the speaker becomes "a recording" (no venue), not "the pilot"
        ('direct', 'Mayday, mayday, Cascadia twenty-two', 'the pilot', 'unnamed', None, 'air traffic control'),
    ],
    "farm.txt": [
        # "He says last year's wheat crop made 19 bushels ...": a that-less clause opening with "last year's" is not found (it is read as a time phrase; "He says the wheat crop ..." is found)
        ('indirect', "last year's wheat crop made 19", 'Walter Henneman-Pruitt', 'person', None, None),
    ],
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_invented_article(name):
    assert_article_holds("unseen16", name, EXPECTED[name])


@pytest.mark.parametrize("name,row", [(name, row) for name, rows in sorted(KNOWN_GAPS.items()) for row in rows])
@pytest.mark.xfail(strict=True, reason="a known gap, described above the row")
def test_known_gap(name, row):
    assert_article_holds("unseen16", name, [row])


def _read(name):
    return extract((FIXTURES / name).read_text(encoding="utf-8"))


def test_defense_entities():
    r = _read("defense.txt")
    assert r.author == "Rachel Okonkwo-Brandt"
    assert {"Dana Whitcombe-Reyes", "Marcus Adeyemi-Holt", "Ruth Calloway-Marsh", "Priya Natarajan-Cole"} <= {
        p.name for p in r.people}
    assert {"NATO", "Marevian Defence Ministry", "Atlantic Security Institute", "Senate Armed Services Committee",
            "U.S. European Command"} <= {o.name for o in r.organisations}
    # "Telegram" is where the ministry spoke, nobody in the story.
    assert "Telegram" not in {p.name for p in r.people} | {o.name for o in r.organisations}


# (Checked after the run, not written down before it.)
@pytest.mark.xfail(strict=True, reason='"the commander of U.S. European Command" is cut at "U." to "the commander of U"')
def test_defense_a_description_is_not_cut_at_an_abbreviation():
    q = next(q for q in _read("defense.txt").quotes if q.text.startswith("We can intercept what comes"))
    assert q.speaker_description != "the commander of U"


# (Checked after the run, not written down before it.)
@pytest.mark.xfail(strict=True, reason='"The Pentagon did not say how long ..." becomes an indirect quotation of the Pentagon')
def test_defense_not_saying_is_no_quotation():
    assert not [q for q in _read("defense.txt").quotes if q.text.startswith("how long the batteries")]


def test_aviation_entities():
    r = _read("aviation.txt")
    assert r.author == "Tomas Lindgren-Achebe"
    assert {"Danielle Ferro-Watkins", "Haruto Benning-Alvarez", "Lauren Pakulski-Dean", "Reuben Osei-Harlan"} <= {
        p.name for p in r.people}
    assert {"National Transportation Safety Board", "Federal Aviation Administration", "Air Line Pilots Association",
            "Boise Fire Department"} <= {o.name for o in r.organisations}
    # "Danielle said" / "Haruto said": first names, no new people.
    assert not {"Danielle", "Haruto"} & {p.name for p in r.people}


def test_aviation_the_airline_is_an_organisation():
    r = _read("aviation.txt")
    assert "Cascadia Air" in {o.name for o in r.organisations}
    assert "Cascadia Air" not in {p.name for p in r.people}


# (Checked after the run, not written down before it.)
@pytest.mark.xfail(strict=True, reason='"a nurse from Spokane" makes the city "Spokane" an organisation')
def test_aviation_a_home_town_is_no_organisation():
    assert "Spokane" not in {o.name for o in _read("aviation.txt").organisations}


# (Checked after the run, not written down before it.)
@pytest.mark.xfail(strict=True, reason='"A preliminary NTSB report is expected within 30 days." becomes an indirect quotation '
                                       'of the NTSB')
def test_aviation_an_expected_report_is_no_quotation():
    assert not [q for q in _read("aviation.txt").quotes if q.text.startswith("is expected within 30 days")]


def test_strike_entities():
    r = _read("strike.txt")
    assert r.author == "Noor Castellanos-Reid"
    assert {"Dwayne Okoro-Fitzgerald", "Gary Lindqvist-Moore", "Teresa Vukovic-Hale", "Marcus Tillery",
            "Alan Brookfield-Osei", "Andrea Lachance-Beaumont", "Hector Ballantyne-Ruiz"} <= {p.name for p in r.people}
    assert {"Ridgeway Appliance", "Federal Mediation and Conciliation Service"} <= {o.name for o in r.organisations}
    # "Asked whether the company would consider ending the two-tier system, ..." — nobody's speech.
    q = next(q for q in r.quotes if q.text.startswith("whether the company would consider"))
    assert q.speaker is None


@pytest.mark.xfail(strict=True, reason='"Local 417 of the International Brotherhood of Fabricators" gives the organisations '
                                       '"Local" and "International Brotherhood", cut at the number and at "of"')
def test_strike_the_union_is_named_in_full():
    orgs = {o.name for o in _read("strike.txt").organisations}
    assert "International Brotherhood of Fabricators" in orgs
    assert "Local" not in orgs


def test_farm_entities():
    r = _read("farm.txt")
    assert r.author == "Claire Montague-Ebert"
    assert {"Walter Henneman-Pruitt", "Kaylee Henneman-Pruitt", "Rosa Quintanilla-Dorn", "Brent Yoshida-Kellerman"} <= {
        p.name for p in r.people}
    assert "Prairie Commodity Advisors" in {o.name for o in r.organisations}
    assert "Kaylee" not in {p.name for p in r.people}


@pytest.mark.xfail(strict=True, reason='"Kansas State University Research and Extension" is cut at "and" (and the agent\'s '
                                       'description at "Kansas")')
def test_farm_the_extension_service_is_named_in_full():
    assert "Kansas State University Research and Extension" in {o.name for o in _read("farm.txt").organisations}
