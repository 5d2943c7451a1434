"""Twelfth round of styles: a US congressional hearing story in curly quotation marks (senators
questioning a chief executive: "said Sen. X, the chairwoman of ...", "Y replied", "pressed him
on", "shot back", "the Ohio Democrat said", "asked Sen. X of Oregon", a written statement
submitted to the committee, "The ranking member, Sen. X of Wyoming, ... called the delay ...",
"Asked whether ...", a quotation over two paragraphs, "the chairwoman said" interrupting her
quotation), a school-board meeting story in straight quotation marks (public comment from
parents named with ages and neighbourhoods, "told the board", a superintendent interrupted by
"Whitcombe said", a board member who "voted no" and "said in an interview after the meeting", a
teachers' union statement, a shouted "Shame!"), a story built on social-media posts in curly
quotation marks ("wrote on X, formerly Twitter", "In a post on X that he later deleted",
"replied to a user", "said in the video" after "In a TikTok video", "posted on Instagram ...
with the caption", "wrote on Reddit", "cautioned in a thread on Bluesky", "one user replied",
"the company said in a blog post", "The blog post said", nested single marks), and an
AFP-style Asia wire in straight quotation marks ("said in a notice posted online", "State news
agency Xinhua reported", "Xinhua quoted ... as saying", "said Li, 54, a farmer who gave only
his surname", "said through an interpreter", "said Wang, a 33-year-old delivery driver,"
interrupting his quotation, "told AFP" over two paragraphs, "A spokeswoman for", "told a
regular briefing", "Forecasters at", "one firefighter told CCTV"). The articles
(tests/fixtures/unseen12/) are invented, names included."""
from __future__ import annotations

from pathlib import Path

import pytest

from quotes.extraction import extract

from .invented import assert_article_holds

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "unseen12"

# Each row is a quote a correct extraction holds, written down by hand from the article
# before the extractor ran on it: (kind, start of the text, speaker, speaker type, speaker
# description, venue). Seventy-seven rows; fifteen failed when the round was written, twelve
# of which the extractor now holds (moved up, last in each list); the three left are in
# KNOWN_GAPS below.
# Rows revised after the run, as my mistakes, not the extractor's:
# - Martin Delacroix-Hale's "I want to say directly" had the venue "his opening remarks";
#   opening remarks are the occasion, not a medium, and I was unsure (None, as the extractor
#   gives);
# - "In a post on X that he later deleted, Osterhout wrote" had the venue "a post on X", and
#   "cautioned in a thread on Bluesky" had "a thread on Bluesky"; round seven gives "X" for
#   "wrote on X", so these are "X" and "Bluesky" (as the extractor gives).
# ("Asked whether Veridian would compensate families ..." stays an indirect quote with no
# speaker, as in earlier rounds.)

EXPECTED = {
    "hearing.txt": [
        ("direct", "You knew in October. You told", "Rosalind Achebe-Cole", "person", None, None),
        ("mixed", "responsibly at every stage", "Martin Delacroix-Hale", "person", None, "the panel"),
        ("direct", "I want to say directly", "Martin Delacroix-Hale", "person", None, None),
        ("direct", "Nineteen weeks", "Tobias Renfield", "person", None, None),
        ("direct", "Senator, it isn’t as simple", "Martin Delacroix-Hale", "person", None, None),
        ("direct", "You’re under oath", "Tobias Renfield", "person", None, None),
        ("direct", "Did anyone at Veridian lose", "Marcus Ellery", "person", None, None),
        ("direct", "I’m not interested in a show trial", "Gerald Voss", "person", None, None),
        ("direct", "If the FDA’s rules let", "Gerald Voss", "person", None, None),
        ("mixed", "looking at every option", "Martin Delacroix-Hale", "person", None, None),
        ("direct", "Every time, they told me", "Lauren Tisdale", "person", None, None),
        ("direct", "We will be sending a letter", "Rosalind Achebe-Cole", "person", None, None),
        ("direct", "and we will be asking", "Rosalind Achebe-Cole", "person", None, None),
        ("mixed", "identified a potential software anomaly", "Veridian Medical", "organisation", None, "a written statement"),
        ("mixed", "impossible to defend", "Gerald Voss", "person", None, None),
        ("mixed", "reviewing the timeline", "Food and Drug Administration", "organisation", None, "a statement"),
        ("mixed", "continue to cooperate fully", "Veridian Medical", "organisation", None, None),
    ],
    "schoolboard.txt": [
        ("direct", "This school is the only thing", "Marisol Duarte", "person", None, None),
        ("direct", "You're taking it away", "Marisol Duarte", "person", None, None),
        ("indirect", "he had attended Linwood himself", "Ray Okonkwo-Baines", "person", None, "the board"),
        ("direct", "My grandson would have been", "Ray Okonkwo-Baines", "person", None, None),
        ("direct", "When they closed Fremont", "Tanya Bellweather", "person", None, None),
        ("direct", "So forgive me if I don't", "Tanya Bellweather", "person", None, None),
        ("indirect", "the district faces an $8.2 million", "Alana Whitcombe", "person", None, None),
        ("direct", "Nobody up here wanted", "Alana Whitcombe", "person", None, None),
        ("indirect", "Linwood students would be split", "Alana Whitcombe", "person", None, None),
        ("direct", "I hear the pain in this room", "Alana Whitcombe", "person", None, None),
        ("direct", "and I am not going to pretend", "Alana Whitcombe", "person", None, None),
        ("indirect", "the district had never seriously studied", "Victor Salgado", "person", None, "an interview"),
        ("direct", "We were given one option", "Victor Salgado", "person", None, None),
        ("mixed", "rushed from start to finish", "Jocelyn Pratt-Lowe", "person", None, None),
        ("mixed", "listened carefully", "Howard Kessling", "person", None, None),
        ("direct", "This is the hardest vote", "Howard Kessling", "person", None, None),
        ("direct", "Our members at Linwood", "the statement", "organisation", None, None),
        ("direct", "They think this is over", "Marisol Duarte", "person", None, None),
        ("mixed", "deeply disappointed", "Marston Education Association", "organisation", None, "a statement"),
    ],
    "social.txt": [
        ("direct", "Read section 9.2", "Imogen Ashcroft-Bell", "person", None, "a second post"),
        ("direct", "Then ask yourself", "Imogen Ashcroft-Bell", "person", None, "a second post"),
        ("mixed", "standard boilerplate", "Devin Osterhout", "person", None, "X"),
        ("direct", "I hear you", "Devin Osterhout", "person", None, None),
        ("direct", "We’re reviewing the terms", "Devin Osterhout", "person", None, None),
        ("direct", "I’ve recommended Quillnest", "Marcus Oyelaran", "person", None, "the video"),
        ("mixed", "for every lecture since first year", "Priyanka Deshmukh-Rao", "person", None, "Reddit"),
        ("direct", "I don’t want to leave", "Priyanka Deshmukh-Rao", "person", None, None),
        ("direct", "Too late, already bought", "one user", "unnamed", None, None),
        ("indirect", "the promise had yet to be written", "Eliza Brandvold", "person", None, "Bluesky"),
        ("direct", "A blog post isn’t a contract", "Eliza Brandvold", "person", None, None),
        ("indirect", "the revised terms would be published", "The blog post", "organisation", None, None),
        ("direct", "We should have explained", "Devin Osterhout", "person", None, None),
        ("direct", "but honestly, we should never", "Devin Osterhout", "person", None, None),
        ("indirect", "the episode showed how quickly", "Hannah Ruiz-Petrov", "person", None, None),
        ("direct", "Five years ago this would", "Hannah Ruiz-Petrov", "person", None, "an interview"),
        ("direct", "We got this wrong", "Quillnest", "organisation", None, "a blog post"),
        ("direct", "Your notes are yours", "Quillnest", "organisation", None, "a blog post"),
        ("mixed", "every draft I’ve kept there", "Imogen Ashcroft-Bell", "person", None, "X"),
    ],
    "asiawire.txt": [
        ("indirect", "water levels on parts of", "Xinhua", "organisation", None, None),
        ("direct", "We have not had proper rain", "Li", "person", None, None),
        ("direct", "My father farmed here", "Li", "person", None, None),
        ("indirect", "villagers had been queueing", "Zhang Guilan", "person", None, None),
        ("direct", "The young people have gone", "Zhang Guilan", "person", None, None),
        ("direct", "At night it is like an oven", "Wang", "person", None, None),
        ("direct", "so we bring mats", "Wang", "person", None, None),
        ("indirect", "the crisis exposed the risks", "Chen Yiwen", "person", None, None),
        ("direct", "Sichuan built its economy", "Chen Yiwen", "person", None, "AFP"),
        ("direct", "Other provinces that depend", "Chen Yiwen", "person", None, "AFP"),
        ("indirect", "the utility had brought in", "Sichuan Grid Company", "organisation", None, None),
        ("mixed", "temporary and controllable", "Zhou Jianming", "person", None, "a regular briefing"),
        ("direct", "China has the ability", "Zhou Jianming", "person", None, None),
        ("indirect", "temperatures were expected to remain", "National Climate Center", "organisation", None, None),
        ("direct", "We have been fighting", "one firefighter", "unnamed", None, "CCTV"),
        ("direct", "The power supply situation is", "Sichuan Provincial Department of Economy and Information Technology", "organisation", None, "a notice"),
        ("mixed", "give way to residential use", "Sichuan Provincial Department of Economy and Information Technology", "organisation", None, "a notice"),
        ("mixed", "monitoring the situation closely", "Kessler Automotive", "organisation", None, "a statement"),
        # (Written with venue None, to say it must not be "Luo Qiang"; "X quoted Y as saying"
        # gives X as the venue, as "the statement quoted him as saying" does in round one.)
        ("mixed", "spare no effort", "Luo Qiang", "person", None, "Xinhua"),
    ],
}

KNOWN_GAPS = {
    "hearing.txt": [
        # "Renfield shot back. “...,” the Ohio Democrat said.": the party-and-state description
        # stays the unnamed "the Ohio Democrat" (the article never gives Renfield's state; only
        # the adjacent "Renfield shot back" ties it to him)
        ("direct", "That’s the whole problem", "Tobias Renfield", "person", None, None),
        # the same
        ("direct", "Nobody at this company wanted", "Tobias Renfield", "person", None, None),
        # "said no one had been dismissed but that two senior engineers had been “reassigned.”":
        # a one-word fragment after a that-less clause and "but that" gives no quote at all
        ("mixed", "reassigned", "Martin Delacroix-Hale", "person", None, None),
    ],
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_invented_article(name):
    assert_article_holds("unseen12", name, EXPECTED[name])


@pytest.mark.parametrize("name,row", [(name, row) for name, rows in sorted(KNOWN_GAPS.items()) for row in rows])
@pytest.mark.xfail(strict=True, reason="a known gap, described above the row")
def test_known_gap(name, row):
    assert_article_holds("unseen12", name, [row])


def _read(name):
    return extract((FIXTURES / name).read_text(encoding="utf-8"))


def test_hearing_entities():
    r = _read("hearing.txt")
    assert r.author == "Harriet Lindqvist"
    assert {p.name for p in r.people} == {"Rosalind Achebe-Cole", "Martin Delacroix-Hale", "Tobias Renfield",
                                        "Marcus Ellery", "Gerald Voss", "Lauren Tisdale"}
    assert {"Veridian Medical", "Food and Drug Administration"} <= {o.name for o in r.organisations}
    # The senator's question "Asked whether ..." is nobody's speech.
    q = next(q for q in r.quotes if q.text.startswith("whether Veridian would compensate"))
    assert q.speaker is None


# (Checked after the run, not written down before it.)
@pytest.mark.xfail(strict=True, reason='"the Ohio Democrat said" makes "Ohio Democrat" an organisation')
def test_hearing_a_party_and_state_is_no_organisation():
    assert "Ohio Democrat" not in {o.name for o in _read("hearing.txt").organisations}


# (Checked after the run, not written down before it.)
@pytest.mark.xfail(strict=True, reason='"told senators she had called Veridian’s customer line four times" gives '
                                       'the text "Veridian’s customer line four times"')
def test_hearing_told_senators_keeps_the_whole_clause():
    q = next(q for q in _read("hearing.txt").quotes if q.speaker == "Lauren Tisdale" and q.kind == "indirect")
    assert q.text.startswith("she had called")


# (Checked after the run, not written down before it.)
@pytest.mark.xfail(strict=True, reason='"its engineers had needed time to confirm the cause of the malfunction" '
                                       'gives a second indirect quote, "the cause of the malfunction"')
def test_hearing_confirm_is_no_second_report():
    assert not [q for q in _read("hearing.txt").quotes if q.text.startswith("the cause of the malfunction")]


def test_schoolboard_entities():
    r = _read("schoolboard.txt")
    assert r.author == "Jenna Korhonen"
    assert {p.name for p in r.people} == {"Marisol Duarte", "Ray Okonkwo-Baines", "Tanya Bellweather",
                                        "Alana Whitcombe", "Victor Salgado", "Jocelyn Pratt-Lowe", "Howard Kessling"}
    assert {"Marston Unified School District", "Marston Education Association"} <= {o.name for o in r.organisations}
    # The shout from the audience is no named person's.
    assert not [q for q in r.quotes if q.text.startswith("Shame") and q.speaker_type == "person"]


# (Checked after the run, not written down before it.)
@pytest.mark.xfail(strict=True, reason='the neighbourhoods in "of Eastgate" and "from Hollis Park" become organisations')
def test_schoolboard_neighbourhoods_are_no_organisations():
    assert not {"Eastgate", "Hollis Park"} & {o.name for o in _read("schoolboard.txt").organisations}


def test_social_entities():
    r = _read("social.txt")
    assert r.author == "Sofia Marchetti-Lund"
    people = {p.name for p in r.people}
    assert {"Imogen Ashcroft-Bell", "Devin Osterhout", "Marcus Oyelaran", "Noor Halvorsen", "Priyanka Deshmukh-Rao",
            "Eliza Brandvold", "Hannah Ruiz-Petrov"} <= people
    assert not people & {"@marcusmakesnotes", "marcusmakesnotes", "X", "TikTok", "Instagram", "Reddit", "Bluesky"}
    assert {"Brightline Research", "AppTally"} <= {o.name for o in r.organisations}


def test_social_the_app_is_an_organisation():
    r = _read("social.txt")
    assert "Quillnest" in {o.name for o in r.organisations}
    assert "Quillnest" not in {p.name for p in r.people}


# (Checked after the run, not written down before it.)
@pytest.mark.xfail(strict=True, reason='"In a follow-up post on Thursday, Osterhout struck a more contrite note." '
                                       'gives an indirect quote "In a follow-up post on Thursday"')
def test_social_a_venue_phrase_is_no_quote():
    assert not [q for q in _read("social.txt").quotes if q.text.startswith("In a follow-up post")]


# (Checked after the run, not written down before it.)
def test_social_no_speaker_has_no_type():
    assert not [q for q in _read("social.txt").quotes if q.speaker is None and q.speaker_type is not None]


def test_asiawire_entities():
    r = _read("asiawire.txt")
    assert r.author is None  # an AFP story without a byline
    people = {p.name for p in r.people}
    assert {"Luo Qiang", "Zhang Guilan", "Chen Yiwen", "Zhou Jianming", "Li", "Wang"} <= people
    assert {"Xinhua", "Sichuan Grid Company", "Pearl River Institute for Climate Studies"} <= {
        o.name for o in r.organisations}


def test_asiawire_a_company_is_an_organisation():
    assert "Kessler Automotive" in {o.name for o in _read("asiawire.txt").organisations}


# (Checked after the run, not written down before it.)
def test_asiawire_a_department_name_with_and():
    r = _read("asiawire.txt")
    assert "Sichuan Provincial Department of Economy and Information Technology" in {o.name for o in r.organisations}
    assert "Information Technology" not in {p.name for p in r.people}


# (Checked after the run, not written down before it.)
def test_asiawire_a_declined_question_is_not_the_previous_paragraphs():
    assert not [q for q in _read("asiawire.txt").quotes
                if q.text.startswith("when normal supply") and q.speaker == "Kessler Automotive"]
