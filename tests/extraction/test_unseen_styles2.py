"""Constructions from opinion pieces, live blogs, printed interviews and press-release
stories."""
from __future__ import annotations

from quotes.extraction import extract


def direct(result):
    return [q for q in result.quotes if q.kind != "indirect"]


def test_closing_dash_credit_names_the_speaker():
    text = ('A bakery chain will open ten shops, the firm said.\n\n'
            '"We are proud to bring fresh bread to every high street in the county." '
            '— Maria Lopez, Director of Retail\n\n'
            'The shops open in May.')
    q = direct(extract(text))[0]
    assert q.speaker == "Maria Lopez"
    assert q.speaker_type == "person"
    assert q.speaker_description == "Director of Retail"
