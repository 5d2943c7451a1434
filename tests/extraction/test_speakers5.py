"""Speaker rules added in session 11, each on sentences written for the test."""
from quotes.extraction import extract


def _direct(text):
    return [q for q in extract(text).quotes if q.kind in ("direct", "mixed")]


def test_a_role_noun_vouches_for_a_name_that_holds_a_month_abbreviation():
    text = ('Papers\n\n"Many of his ideas are far from convincing," columnist Ai Jun wrote in the paper. '
            '"He should be rejected."\n')
    assert {q.speaker for q in _direct(text)} == {"Ai Jun"}


def test_a_possessors_role_in_apposition_after_a_fronted_phrase_is_the_subject():
    text = ('Data\n\nMarta Quell is running for governor.\n\nIn early October, Quell\'s state director, '
            'Tom Ashby, reached out to the firm, writing in an email: "We want to use this at once."\n')
    [quote] = _direct(text)
    assert quote.speaker == "Tom Ashby"
    assert quote.speaker_description == "Quell's state director"


def test_a_topic_before_the_comma_is_not_the_writer():
    text = ('Letter\n\nSenator Ruth Abelard and the activist Colm Brennan met last week.\n\n'
            'Abelard, Brennan wrote "has shown real courage on this and deserves our votes."\n')
    [quote] = _direct(text)
    assert quote.speaker == "Colm Brennan"


def test_a_role_known_as_a_name_is_that_name():
    text = ('Raid\n\nAccording to the officer in charge that night, the film is wrong.\n\n'
            '"There never was an order to wait," said the station chief known as Gareth, '
            'speaking for the first time.\n')
    [quote] = _direct(text)
    assert (quote.speaker, quote.speaker_description) == ("Gareth", "the station chief")
    other = '"We left at once," said a former guard identified only as Mira.\n'
    assert _direct("Raid\n\n" + other)[0].speaker == "Mira"
