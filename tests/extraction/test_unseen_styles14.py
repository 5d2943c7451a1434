"""Fourteenth round of styles: a US appeals-court ruling in straight quotation marks (a judge
"who wrote for the majority" with a mixed fragment, the opinion quoted over two paragraphs
after "she wrote", "In a dissent, Judge X wrote that ...", "The court said", the attorney
general "said in a statement", a plaintiffs' lawyer, "Asked whether ..., Wrenfield said:", an
indirect quotation ending "according to <professor>", "A spokeswoman for the Oregon Elections
Division"), a tennis quarterfinal in curly quotation marks ("she told the on-court
interviewer", "the 22-year-old said", "the world No. 3 said", a loser "speaking through an
interpreter", the coach interrupted by "Halvorsen-Soto said", a quotation over two
paragraphs, "Asked whether ..., Kovalenko-Reyes laughed.", "The Women’s Tennis Association
said", a Chinese player "told reporters through an interpreter"), a smart-glasses keynote in
straight quotation marks (a chief executive who "told the audience", a bulleted feature list
with a quoted feature name that nobody says, "the company said in a press release", a product
manager interrupted by "Sorlie said", analysts, "she wrote in a note to clients", a privacy
lawyer over two paragraphs, "A Lumora spokeswoman"), and a music profile mixing curly and
straight quotation marks (present-tense "she says", song, album and book titles and lyrics in
quotation marks that are nobody's speech, "She calls it ...", a drummer, a label president, a
quotation over two paragraphs, "Harmonic Review called the album ..."). The articles
(tests/fixtures/unseen14/) are invented, names included."""
from __future__ import annotations

from pathlib import Path

import pytest

from quotes.extraction import extract

from .invented import assert_article_holds

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "unseen14"

# Each row is a quote a correct extraction holds, written down by hand from the article
# before the extractor ran on it: (kind, start of the text, speaker, speaker type, speaker
# description, venue). 73 rows; 11 failed when the round was written, four of which the
# extractor now holds (moved up, last in their lists); the seven left are in KNOWN_GAPS below.
# Rows revised after the run, as my mistakes, not the extractor's:
# - "told the audience of about 3,000 developers" and "told the on-court interviewer" had
#   venue None ("unsure"); round eleven gives "told the crowd" the venue "the crowd", as
#   "told the council" gives "the council" in round ten, so these are "the audience" and "the
#   on-court interviewer" (the tennis rows fail on their speaker either way).

EXPECTED = {
    "court.txt": [
        ("mixed", "burdens no one's speech more", "Marisol Etxeberria-Quan", "person", None, None),
        ("direct", "The First Amendment protects the", "Marisol Etxeberria-Quan", "person", None, None),
        ("direct", "It does not protect a pay", "Marisol Etxeberria-Quan", "person", None, None),
        ("direct", "Oregon documented that problem in", "Marisol Etxeberria-Quan", "person", None, None),
        ("mixed", "confused a regulation of fraud", "Raymond Oduya-Fairbanks", "person", None, None),
        ("direct", "Oregon already makes forging a", "Raymond Oduya-Fairbanks", "person", None, None),
        ("direct", "When a state has a direct", "Raymond Oduya-Fairbanks", "person", None, None),
        ("direct", "Today's decision confirms that Oregon", "Colleen Marchetti-Bright", "person", None, "a statement"),
        ("direct", "Voters deserve to know that", "Colleen Marchetti-Bright", "person", None, "a statement"),
        ("direct", "This ruling makes direct democracy", "Tobias Wrenfield", "person", None, None),
        ("direct", "Only the best-funded campaigns can", "Tobias Wrenfield", "person", None, None),
        ("indirect", "the coalition was weighing whether", "Tobias Wrenfield", "person", None, None),
        ("direct", "Other circuits have gone the", "Tobias Wrenfield", "person", None, None),
        ("indirect", "The ruling appears to conflict", "Anjali Rosenthal-Mbeki", "person", None, None),
        ("direct", "The split is real, and", "Anjali Rosenthal-Mbeki", "person", None, None),
        ("indirect", "the ruling would have no immediate", "Oregon Elections Division", "organisation", None, None),
        ("indirect", "the state had shown that per-signature", "U.S. Court of Appeals for the Ninth Circuit", "organisation", None, None),
        ("mixed", "more than sufficient", "U.S. Court of Appeals for the Ninth Circuit", "organisation", None, None),
    ],
    "tennis.txt": [
        ("indirect", "she had no regrets about her", "Élodie Marchand", "person", None, None),
        ("direct", "I played the right way", "Élodie Marchand", "person", None, None),
        ("direct", "She was simply better on", "Élodie Marchand", "person", None, None),
        ("indirect", "he had watched the final tiebreak", "Dmitri Halvorsen-Soto", "person", None, None),
        ("direct", "She is stubborn, and I", "Dmitri Halvorsen-Soto", "person", None, None),
        ("direct", "Six months ago she would", "Dmitri Halvorsen-Soto", "person", None, None),
        ("direct", "When she came to me", "Dmitri Halvorsen-Soto", "person", None, None),
        ("direct", "she had a big forehand", "Dmitri Halvorsen-Soto", "person", None, None),
        ("direct", "My mother drove me four", "Oksana Kovalenko-Reyes", "person", None, None),
        ("direct", "She never once complained", "Oksana Kovalenko-Reyes", "person", None, None),
        ("direct", "So when people ask me", "Oksana Kovalenko-Reyes", "person", None, None),
        ("direct", "Let me sleep first", "Oksana Kovalenko-Reyes", "person", None, None),
        ("indirect", "Marchand would stay at No. 3", "Women’s Tennis Association", "organisation", None, None),
        ("direct", "At 8-9 I just told", "Oksana Kovalenko-Reyes", "person", None, None),
        ("direct", "If I lose, I lose", "Oksana Kovalenko-Reyes", "person", None, None),
    ],
    "keynote.txt": [
        ("direct", "This is the product we", "Natalia Brandt-Okoye", "person", None, "the audience"),
        ("direct", "It's a computer you forget", "Natalia Brandt-Okoye", "person", None, "the audience"),
        ("mixed", "the hundreds of thousands", "Natalia Brandt-Okoye", "person", None, None),
        ("direct", "We spent two years just", "Kwabena Sorlie", "person", None, None),
        ("direct", "If glasses feel like a", "Kwabena Sorlie", "person", None, None),
        ("direct", "The captions run entirely on", "Kwabena Sorlie", "person", None, None),
        ("direct", "so nothing you hear leaves", "Kwabena Sorlie", "person", None, None),
        ("indirect", "the price undercut the nearest", "Dana Whitcombe-Ruiz", "person", None, None),
        ("direct", "Lumora has done the hard", "Dana Whitcombe-Ruiz", "person", None, "a note to clients"),
        ("direct", "The open question is whether", "Dana Whitcombe-Ruiz", "person", None, "a note to clients"),
        ("indirect", "the battery claim would matter", "Ravi Castellano", "person", None, None),
        ("indirect", "a small recording light was", "Imogen Achterberg-Lowe", "person", None, None),
        ("direct", "A light the size of", "Imogen Achterberg-Lowe", "person", None, None),
        ("direct", "The person across the table", "Imogen Achterberg-Lowe", "person", None, None),
        ("direct", "We have seen this movie", "Imogen Achterberg-Lowe", "person", None, None),
        ("direct", "Not at launch", "Natalia Brandt-Okoye", "person", None, None),
    ],
    "profile.txt": [
        ("direct", "I was so tired of", "Wren Halloway-Diaz", "person", None, None),
        ("direct", "Every record before this one", "Wren Halloway-Diaz", "person", None, None),
        ("mixed", "a record about staying", "Wren Halloway-Diaz", "person", None, None),
        ("indirect", "she plans to tour small theatres", "Wren Halloway-Diaz", "person", None, None),
        ("direct", "The thing nobody tells you", "Wren Halloway-Diaz", "person", None, None),
        ("direct", "is that the second album", "Wren Halloway-Diaz", "person", None, None),
        ("indirect", "the band recorded the album live", "Theo Nakashima-Bell", "person", None, None),
        ("direct", "She’ll rewrite a bridge forty", "Theo Nakashima-Bell", "person", None, None),
        ("direct", "Forty. I’ve counted", "Theo Nakashima-Bell", "person", None, None),
        ("indirect", "the label pressed 20,000 vinyl", "Rosalind Achebe-Marsh", "person", None, None),
        ("direct", "We didn't ask for a", "Rosalind Achebe-Marsh", "person", None, None),
        ("direct", "Wren doesn't do singles", "Rosalind Achebe-Marsh", "person", None, None),
        ("direct", "I wrote it in about", "Wren Halloway-Diaz", "person", None, None),
        ("direct", "I didn't play it for", "Wren Halloway-Diaz", "person", None, None),
        ("direct", "When I finally played it", "Wren Halloway-Diaz", "person", None, None),
        ("mixed", "the bravest record of her", "Harmonic Review", "organisation", None, None),
        ("direct", "I used to read every", "Wren Halloway-Diaz", "person", None, None),
    ],
}

KNOWN_GAPS = {
    "tennis.txt": [
        # "she told the on-court interviewer" in the first quotation: "she" goes to Marchand, the last woman named, not the lead's subject; no venue
        ("direct", "I don’t think I’ve ever", "Oksana Kovalenko-Reyes", "person", None, "the on-court interviewer"),
        # second sentence of the same quotation: same wrong "she" (Marchand) and no venue
        ("direct", "My legs stopped working in", "Oksana Kovalenko-Reyes", "person", None, "the on-court interviewer"),
        # "Sun, the 14th seed, ... told reporters through an interpreter": "Sun Meiling" is taken as an organisation and the speaker is the bare "Sun"
        ("mixed", "nothing to lose", "Sun Meiling", "person", None, None),
    ],
    "keynote.txt": [
        # "the company said in a press release": "the company" is not resolved to Lumora (round twelve gives "Quillnest")
        ("indirect", "The glasses, called Lumora Sight", "Lumora", "organisation", None, "a press release"),
        # "Brandt-Okoye said preorders would open ... and that ... in “the hundreds of thousands”": only the mixed fragment is kept, the indirect clause is lost
        ("indirect", "preorders would open immediately", "Natalia Brandt-Okoye", "person", None, None),
        # "In the press release, the company said": "the company" is not resolved to Lumora
        ("indirect", "all captions were processed on", "Lumora", "organisation", None, "the press release"),
        # "A Lumora spokeswoman said": the speaker becomes the product "Lumora Sight", taken as a person
        ("indirect", "the company had consulted privacy", "A Lumora spokeswoman", "unnamed", None, None),
    ],
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_invented_article(name):
    assert_article_holds("unseen14", name, EXPECTED[name])


@pytest.mark.parametrize("name,row", [(name, row) for name, rows in sorted(KNOWN_GAPS.items()) for row in rows])
@pytest.mark.xfail(strict=True, reason="a known gap, described above the row")
def test_known_gap(name, row):
    assert_article_holds("unseen14", name, [row])


def _read(name):
    return extract((FIXTURES / name).read_text(encoding="utf-8"))


def test_court_entities():
    r = _read("court.txt")
    assert r.author == "Harriet Lindqvist-Oyelaran"
    assert {"Marisol Etxeberria-Quan", "Raymond Oduya-Fairbanks", "Colleen Marchetti-Bright", "Tobias Wrenfield",
            "Anjali Rosenthal-Mbeki"} <= {p.name for p in r.people}
    assert {"Oregon Elections Division", "Willamette University"} <= {o.name for o in r.organisations}
    # "Asked whether the group expected the justices to take up the case, ..." — nobody's speech.
    q = next(q for q in r.quotes if q.text.startswith("whether the group expected"))
    assert q.speaker is None


def test_court_the_court_is_named_in_full():
    assert "U.S. Court of Appeals for the Ninth Circuit" in {o.name for o in _read("court.txt").organisations}


# (Checked after the run, not written down before it.)
@pytest.mark.xfail(strict=True, reason='"led by Oregonians for Open Ballots" makes "Open Ballots" a person, and the '
                                       'plaintiffs\' argument is given to it')
def test_court_the_coalition_is_no_person():
    r = _read("court.txt")
    assert "Open Ballots" not in {p.name for p in r.people}
    assert "Oregonians for Open Ballots" in {o.name for o in r.organisations}


def test_tennis_entities():
    r = _read("tennis.txt")
    assert r.author == "Priya Anand-Castell"
    assert {"Oksana Kovalenko-Reyes", "Élodie Marchand", "Dmitri Halvorsen-Soto"} <= {p.name for p in r.people}
    assert "Women’s Tennis Association" in {o.name for o in r.organisations}
    # "Asked whether she now believed she could win the title, Kovalenko-Reyes laughed." — nobody's speech.
    q = next(q for q in r.quotes if q.text.startswith("whether she now believed"))
    assert q.speaker is None


@pytest.mark.xfail(strict=True, reason='"Sun Meiling of China" is an organisation, not a person')
def test_tennis_sun_meiling_is_a_person():
    r = _read("tennis.txt")
    assert "Sun Meiling" in {p.name for p in r.people}
    assert "Sun Meiling" not in {o.name for o in r.organisations}


# (Checked after the run, not written down before it.)
@pytest.mark.xfail(strict=True, reason='"against the American Jordyn Pratt-Lacasse" makes "American Jordyn '
                                       'Pratt-Lacasse" an organisation')
def test_tennis_a_nationality_and_a_name_is_no_organisation():
    assert "American Jordyn Pratt-Lacasse" not in {o.name for o in _read("tennis.txt").organisations}


def test_keynote_entities():
    r = _read("keynote.txt")
    assert r.author == "Gareth Osei-Lundqvist"
    assert {"Natalia Brandt-Okoye", "Kwabena Sorlie", "Dana Whitcombe-Ruiz", "Ravi Castellano",
            "Imogen Achterberg-Lowe"} <= {p.name for p in r.people}
    assert {"Brightline Securities", "Meridian Research", "Digital Rights Alliance"} <= {
        o.name for o in r.organisations}
    q = next(q for q in r.quotes if q.text.startswith("whether Lumora would let"))
    assert q.speaker is None


def test_keynote_the_feature_list_is_nobodys_speech():
    # '- "Live Captions," which transcribes ...' is a feature's name in a bulleted list.
    r = _read("keynote.txt")
    people = {p.name for p in r.people}
    assert not [q for q in r.quotes if q.text.startswith("Live Captions") and q.speaker in people]


@pytest.mark.xfail(strict=True, reason='"Lumora" is no organisation and the product "Lumora Sight" is a person')
def test_keynote_lumora_is_the_organisation():
    r = _read("keynote.txt")
    assert "Lumora" in {o.name for o in r.organisations}
    assert "Lumora Sight" not in {p.name for p in r.people}


def test_profile_entities():
    r = _read("profile.txt")
    assert r.author == "Celeste Marnier-Obi"
    assert {"Wren Halloway-Diaz", "Theo Nakashima-Bell", "Rosalind Achebe-Marsh"} <= {p.name for p in r.people}
    assert {"Tallgrass Records", "Harmonic Review"} <= {o.name for o in r.organisations}


def test_profile_titles_are_nobodys_speech():
    r = _read("profile.txt")
    for title in ("Paper Moon, Tin Roof", "Salt in the Well", "The Drowning Season", "Ghost Light"):
        assert not [q for q in r.quotes if q.text.startswith(title) and q.speaker], title


@pytest.mark.xfail(strict=True, reason="the chorus quoted after a dash is given to Halloway-Diaz as a direct quote")
def test_profile_the_chorus_is_nobodys_speech():
    q = [q for q in _read("profile.txt").quotes if q.text.startswith("I kept the porch light burning")]
    assert not q or q[0].speaker_type != "person"


@pytest.mark.xfail(strict=True, reason='"On it she sings “...”": a sung lyric is taken as her direct quote')
def test_profile_a_sung_lyric_is_nobodys_speech():
    q = [q for q in _read("profile.txt").quotes if q.text.startswith("you left the radio on")]
    assert not q or q[0].speaker_type != "person"


# (Checked after the run, not written down before it.)
@pytest.mark.xfail(strict=True, reason='the novel\'s title "The Drowning Season" is taken as an organisation')
def test_profile_a_book_title_is_no_organisation():
    assert "Drowning Season" not in {o.name for o in _read("profile.txt").organisations}


# (Checked after the run, not written down before it.)
def test_profile_a_number_is_no_speaker():
    assert not [q for q in _read("profile.txt").quotes if q.speaker and q.speaker.startswith("000")]
