"""Eleventh round of styles: an investigative story built on leaked emails in curly
quotation marks ("according to emails reviewed by The Ledger", "wrote in a March 3 email",
"people familiar with the matter said", "one person briefed on ..., who spoke on condition of
anonymity because ...", then "the person said", a forwarded note after a colon, "did not
respond to requests for comment", a lawyer's statement and "the statement said"), a street
protest story in straight quotation marks (crowd chants and placards in quotation marks that
are nobody's speech, an organizer who "told the crowd", a police spokesman, counter-protesters,
council members, a teacher's quotation running over two paragraphs), a football press-conference
story in curly quotation marks ("the Portuguese told reporters", "The 52-year-old ... added:",
"said through a translator", "the Polish defender wrote in an Instagram post" interrupting his
quotation, a club statement, a supporters' trust), and an environment story in straight
quotation marks (a study "published Wednesday in the journal Nature", "the researchers wrote", a
lead author, an outside expert "who was not involved in the study" interrupted by "said in an
interview", a dash-led list of findings, an agency's statement, "a spokesman for" a named
authority). The articles (tests/fixtures/unseen11/) are invented, names included."""
from __future__ import annotations

from pathlib import Path

import pytest

from quotes.extraction import extract

from .invented import assert_article_holds

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "unseen11"

# Each row is a quote a correct extraction holds, written down by hand from the article
# before the extractor ran on it: (kind, start of the text, speaker, speaker type, speaker
# description, venue). Sixty-five rows; thirteen failed, eleven of which the extractor now
# holds (moved up, last in each list); the two left are in KNOWN_GAPS below.
# Rows revised after the run, as my mistakes, not the extractor's:
# - thirteen mixed rows had started at the reported clause ("the readings were", "her client
#   had", "it would review the findings", ...); earlier rounds start a mixed quote at its quoted
#   fragment ("not a close call", "followed the advice of counsel", ...), so they do here too
#   (one of them, "furious", still fails). Reported clauses without marks that share a
#   sentence with a quoted fragment ("and that waiting would leave families ...") are not
#   rows, as in earlier rounds;
# - "told the crowd" gives the venue "the crowd", as "told the council" gives "the council"
#   in round ten (written None, "unsure", before the run);
# - Bettina Vogl's row had venue None; "In a March 19 email, ..." names the medium as plainly
#   as "wrote in a March 3 email" does, so it is "a March 19 email" (the row fails either way).
# ("Asked whether he had lost the dressing room, Valença laughed." stays an indirect quote
# with no speaker, as in earlier rounds.)

EXPECTED = {
    "investigative.txt": [
        ("mixed", "hold off on anything public", "Randall Keefe", "person", None, None),
        ("mixed", "not a close call", "Simone Achterfeld", "person", None, None),
        ("direct", "I understand the concern", "Simone Achterfeld", "person", None, None),
        ("mixed", "as quickly as the science allowed", "Darnell Ruckert", "person", None, None),
        ("indirect", "the authority’s board was not told", "Two people familiar with the matter", "unnamed", None, None),
        ("direct", "Counsel agrees with our approach", "Randall Keefe", "person", None, None),
        ("mixed", "followed the advice of counsel", "Ana Prothero", "person", None, "a statement"),
        ("direct", "Mr. Keefe wanted the numbers", "the statement", "organisation", None, None),
        ("direct", "They knew in February", "Lorna Haverty", "person", None, None),
        ("direct", "If these emails are what", "Curtis Mabry", "person", None, None),
        ("direct", "somebody decided that a bad headline", "Curtis Mabry", "person", None, None),
        ("indirect", "the agency was reviewing", "Department of Environmental Quality", "organisation", None, None),
        ("mixed", "not speculate", "A department spokeswoman", "unnamed", None, "an email"),
        ("indirect", "Senior executives at the Coldbrook", "emails reviewed by The Ledger", "organisation", None, None),
        ("direct", "We cannot put out a number", "Randall Keefe", "person", None, "a March 3 email"),
        ("mixed", "not required to issue a public notice", "Bettina Vogl", "person", None, "a March 19 email"),
    ],
    "protest.txt": [
        ("direct", "They found $640 million", "Tamsin Okafor-Reyes", "person", None, "the crowd"),
        ("direct", "We have been asking for $40 million", "Tamsin Okafor-Reyes", "person", None, "the crowd"),
        ("indirect", "the march had been peaceful", "Leon Harwell", "person", None, None),
        ("direct", "We had a good working relationship", "Leon Harwell", "person", None, None),
        ("direct", "Everybody's acting like this money", "Gordon Pliskin", "person", None, None),
        ("direct", "That stadium is 3,000", "Gordon Pliskin", "person", None, None),
        ("direct", "I'm not against the Lancers", "Ines Valderrama", "person", None, None),
        ("direct", "But this deal asks", "Ines Valderrama", "person", None, None),
        ("mixed", "democracy in action", "Walter Dunleavy", "person", None, "a statement"),
        ("direct", "I respect everyone who came", "Walter Dunleavy", "person", None, None),
        ("mixed", "no plans to relocate", "A team spokesman", "unnamed", None, None),
        ("indirect", "they planned to pack the council chamber", "Organizers", "unnamed", None, None),
        ("direct", "When it rains, I move", "Rhiannon Castellucci", "person", None, None),
        ("direct", "So when somebody tells me", "Rhiannon Castellucci", "person", None, None),
    ],
    "football.txt": [
        ("mixed", "not for one second", "Rui Valença", "person", None, None),
        ("direct", "I spoke with the chairman", "Rui Valença", "person", None, None),
        ("direct", "Ask the players", "Rui Valença", "person", None, None),
        ("direct", "Football is not only about", "Rui Valença", "person", None, None),
        ("direct", "Danny knows what I think", "Rui Valença", "person", None, None),
        ("indirect", "striker Ollie Brannigan would be out", "Harrowgate United", "organisation", None, "a statement"),
        ("direct", "The club is working closely", "the statement", "organisation", None, None),
        ("direct", "It is difficult when you are new", "Haruto Saegusa", "person", None, None),
        ("mixed", "running out of patience", "Harrowgate Supporters’ Trust", "organisation", None, "a statement"),
        ("indirect", "he expected a difficult afternoon", "Gavin Threlkeld", "person", None, None),
        ("direct", "Rui’s a top coach", "Gavin Threlkeld", "person", None, None),
        ("direct", "We know this is not good enough", "Tomasz Wierzbicki", "person", None, "an Instagram post"),
        ("direct", "not for you and not for us", "Tomasz Wierzbicki", "person", None, "an Instagram post"),
        ("indirect", "the squad remained united", "Haruto Saegusa", "person", None, None),
        ("mixed", "suffering, but not broken", "Rui Valença", "person", None, None),
        ("direct", "In football, four defeats", "Rui Valença", "person", None, None),
        ("direct", "We do not need to buy", "Rui Valença", "person", None, None),
    ],
    "environment.txt": [
        ("indirect", "Glaciers in the southern Andes lost", "a study", "organisation", None, "the journal Nature"),
        ("direct", "Our earlier estimates were based", "Camila Ferreyra-Stone", "person", None, None),
        ("direct", "When you look at all of them", "Camila Ferreyra-Stone", "person", None, None),
        ("direct", "The acceleration is the part", "the researchers", "unnamed", None, None),
        ("indirect", "the team had been surprised", "Camila Ferreyra-Stone", "person", None, None),
        ("direct", "We kept looking for the error", "Camila Ferreyra-Stone", "person", None, None),
        ("mixed", "a careful and sobering piece", "Anselm Kroeger", "person", None, None),
        ("direct", "The methods are sound", "Anselm Kroeger", "person", None, "an interview"),
        ("direct", "but satellite records are short", "Anselm Kroeger", "person", None, "an interview"),
        ("mixed", "should end the argument", "Mireille Danjou", "person", None, None),
        ("mixed", "significant continued glacier loss", "National Water Directorate", "organisation", None, "a statement"),
        ("indirect", "the authority had not yet had time", "Patagonian Regional Water Authority", "organisation", None, None),
        ("indirect", "his members had already seen", "Teodoro Lillo", "person", None, None),
        ("direct", "The old people here say", "Teodoro Lillo", "person", None, None),
        ("indirect", "the next step was to install", "Camila Ferreyra-Stone", "person", None, None),
        ("direct", "We have the satellites", "Camila Ferreyra-Stone", "person", None, None),
    ],
}

KNOWN_GAPS = {
    "investigative.txt": [
        # a one-word quoted fragment in a that-less reported clause ("said several members were “furious” to learn ...") gives no quote at all
        ("mixed", "furious", "One person briefed on the board’s discussions", "unnamed", None, None),
        # "the person said" is not tied back to "One person briefed on the board’s discussions, who spoke on condition of anonymity ..."
        ("direct", "Nobody on that board saw", "One person briefed on the board’s discussions", "unnamed", None, None),
    ],
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_invented_article(name):
    assert_article_holds("unseen11", name, EXPECTED[name])


@pytest.mark.parametrize("name,row", [(name, row) for name, rows in sorted(KNOWN_GAPS.items()) for row in rows])
@pytest.mark.xfail(strict=True, reason="a known gap, described above the row")
def test_known_gap(name, row):
    assert_article_holds("unseen11", name, [row])


def _read(name):
    return extract((FIXTURES / name).read_text(encoding="utf-8"))


def test_investigative_entities():
    r = _read("investigative.txt")
    assert r.author == "Marguerite Ostrander"  # the first of two bylined writers
    assert {p.name for p in r.people} == {"Randall Keefe", "Simone Achterfeld", "Darnell Ruckert", "Bettina Vogl",
                                        "Howard Lisk", "Ana Prothero", "Lorna Haverty", "Curtis Mabry"}
    assert {"Coldbrook Water Authority", "Hallorann & Pike",
            "Department of Environmental Quality"} <= {o.name for o in r.organisations}
    # "did not respond to repeated requests for comment" and "declined to comment" quote nothing.
    assert not [q for q in r.quotes if "comment" in q.text]


# (Checked after the run, not written down before it.)
@pytest.mark.xfail(strict=True, reason='"according to a summary attached to one of the emails" gives the '
                                       'speaker "a summary attached", typed unnamed')
def test_investigative_a_summary_speaks_as_written():
    q = next(q for q in _read("investigative.txt").quotes if q.text.startswith("The retest, completed"))
    assert (q.speaker, q.speaker_type) == ("a summary attached to one of the emails", "organisation")


CHANTS_AND_SIGNS = ("Schools, not stadiums", "Fix the roofs", "My kid's classroom", "Eight arms", "Keep the Lancers",
                    "Jobs! Jobs!", "Shame!", "Go Lancers", "EXHIBIT A", "Whose city")


def test_protest_entities():
    r = _read("protest.txt")
    assert r.author == "Colette Wainwright"
    assert {"Tamsin Okafor-Reyes", "Leon Harwell", "Gordon Pliskin", "Ines Valderrama", "Walter Dunleavy",
            "Rhiannon Castellucci"} <= {p.name for p in r.people}
    assert {"Brackett Police Department", "City Council"} <= {o.name for o in r.organisations}
    # Chants and placards are no named person's speech.
    assert not [q for q in r.quotes if q.text.startswith(CHANTS_AND_SIGNS) and q.speaker_type == "person"]


@pytest.mark.xfail(strict=True, reason='the chant "Go Lancers!" (set off by dashes) becomes a person')
def test_protest_a_chant_is_nobody():
    assert "Go Lancers" not in {p.name for p in _read("protest.txt").people}


def test_protest_chanters_are_unnamed_groups():
    for q in _read("protest.txt").quotes:
        if q.text.startswith(CHANTS_AND_SIGNS) and q.speaker is not None:
            assert q.speaker_type == "unnamed", q.speaker
            assert not q.speaker.endswith((" a", " traded")), q.speaker


def test_football_entities():
    r = _read("football.txt")
    assert r.author == "Declan Moorcroft"
    assert {"Rui Valença", "Danny Farrant", "Tomasz Wierzbicki", "Ollie Brannigan", "Haruto Saegusa",
            "Gavin Threlkeld"} <= {p.name for p in r.people}
    assert {"Harrowgate United", "Castlemere Athletic",
            "Harrowgate Supporters’ Trust"} <= {o.name for o in r.organisations}


def test_football_a_nationality_is_nobody():
    assert "Portuguese" not in {p.name for p in _read("football.txt").people}


@pytest.mark.xfail(strict=True, reason='"the 19-year-old academy graduate Kieran Mossop" is not found as a person')
def test_football_a_name_after_an_age_and_role():
    assert "Kieran Mossop" in {p.name for p in _read("football.txt").people}


def test_environment_entities():
    r = _read("environment.txt")
    assert r.author == "Ingrid Vasquez-Holm"
    assert {p.name for p in r.people} == {"Camila Ferreyra-Stone", "Anselm Kroeger", "Mireille Danjou",
                                        "Teodoro Lillo"}
    assert {"Patagonian Institute for Cryosphere Research", "National Water Directorate",
            "Patagonian Regional Water Authority"} <= {o.name for o in r.organisations}
    # The dash-led list of findings is the article's summary, not anybody's quote.
    assert not [q for q in r.quotes if q.text.startswith(("The glaciers lost", "Glaciers ending", "Losses accelerated"))]
