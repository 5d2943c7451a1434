"""Constructions common outside US political news: British honorifics without periods,
company speakers, question-and-answer leads, broadcast venues."""
from __future__ import annotations

from quotes.extraction import extract


def direct(result):
    return [q for q in result.quotes if q.kind != "indirect"]


def test_inverted_verb_before_honorific_without_period():
    text = ('Coffee may protect the liver, a survey found.\n\n'
            '"The effect was larger than we expected," said Dr Nadia Kerr, the survey\'s '
            'lead author.')
    q = direct(extract(text))[0]
    assert q.speaker == "Nadia Kerr"
    assert q.speaker_description == "the survey's lead author"


def test_honorific_alone_is_no_description():
    text = ('The trial opened on Monday.\n\n'
            'Mr Owen Pryce told the jury: "The evidence will show a pattern of deceit."\n\n'
            '"It was planned for months," Mr Pryce said.')
    result = extract(text)
    qs = direct(result)
    assert [q.speaker for q in qs] == ["Owen Pryce", "Owen Pryce"]
    assert all(q.speaker_description is None for q in qs)
    person = next(p for p in result.people if p.name == "Owen Pryce")
    assert "Mr" not in person.descriptions


def test_abbreviated_title_alone_is_no_description():
    text = ('Sen. Lena Ward spoke at the rally.\n\n'
            '"We will win this fight," Ward said.')
    q = direct(extract(text))[0]
    assert q.speaker == "Lena Ward"
    assert q.speaker_description != "Sen."


def test_pronoun_after_a_newly_introduced_subject():
    # The home manager spoke last, but the away manager is brought in as the subject of the
    # paragraph before "he said".
    text = ('The hosts won 2-1 on Saturday.\n\n'
            '"I am so proud of the players," said home manager Tom Ellery.\n\n'
            'Away manager Victor Osei was furious with the referee after the match.\n\n'
            '"It was never a penalty and everyone could see it," he said.')
    qs = direct(extract(text))
    assert qs[0].speaker == "Tom Ellery"
    assert qs[1].speaker == "Victor Osei"
