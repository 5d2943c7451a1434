"""Venues and dates of attributions."""
from __future__ import annotations

from datetime import date

from quotes.extraction import extract
from quotes.extraction.when_where import resolve


def test_venue_and_date_on_television():
    text = ('Speaking on Public Senat TV on Feb 12, Jane Doe stated: '
            '"Defending Europe alone is difficult."')
    q = extract(text, published=date(2025, 3, 11)).quotes[0]
    assert q.venue == "Public Senat TV"
    assert q.when == "Feb 12"
    assert q.said_on == date(2025, 2, 12)


def test_weekday_resolves_to_the_day_on_or_before_publication():
    assert resolve("Tuesday", date(2025, 3, 13)) == date(2025, 3, 11)
    assert resolve("Tuesday", date(2025, 3, 11)) == date(2025, 3, 11)


def test_month_day_after_publication_is_last_year():
    assert resolve("Dec 30", date(2025, 1, 5)) == date(2024, 12, 30)


def test_no_published_date_means_no_said_on():
    text = 'Jane Doe said on Tuesday: "We will not back down on this."'
    q = extract(text).quotes[0]
    assert q.when == "Tuesday"
    assert q.said_on is None


def test_told_the_gathering_is_a_venue():
    text = '"Europe must act now and act together," he told the gathering.'
    assert extract(text).quotes[0].venue == "the gathering"


def test_told_a_broadcaster_or_newspaper_is_a_venue():
    text = ('"We will keep fighting for this," Jane Doe told Sky News on Friday. '
            '"We are not leaving," John Smith told the Daily Herald.')
    assert [q.venue for q in extract(text).quotes] == ["Sky News", "the Daily Herald"]


def test_told_a_person_is_no_venue():
    text = '"We will keep fighting for this," Jane Doe told John Smith.'
    assert extract(text).quotes[0].venue is None


def test_addressing_an_event_gives_the_venue_with_its_place():
    text = ("Jane Doe spoke. Addressing a regional farming summit in Lyon, she said the "
            "subsidies would be cut next year.")
    [q] = extract(text).quotes
    assert q.venue == "a regional farming summit in Lyon"


def test_sentence_initial_in_a_statement_is_the_venue():
    text = "In a short statement, Senator Jane Doe said the vote had been rigged from the start."
    [q] = extract(text).quotes
    assert q.venue == "a short statement"


def test_told_the_committee_is_a_venue_dated_by_its_sitting():
    text = ("Pool to close\n"
            "The parks committee met on Thursday evening to discuss the budget for next year.\n"
            "\"This pool taught my kids to swim,\" one father, Sam Okoro, told the committee.")
    [q] = extract(text, published=date(2024, 3, 8)).quotes
    assert (q.venue, q.when, q.said_on) == ("the committee", "Thursday evening", date(2024, 3, 7))


def test_a_date_inside_reported_speech_is_not_when_it_was_said():
    text = "The mayor, Ruth Okafor, said on Monday that the council would vote on the plan on Thursday."
    [q] = extract(text, published=date(2025, 3, 12)).quotes
    assert q.kind == "indirect" and "Thursday" in q.text
    assert q.when == "Monday" and q.said_on == date(2025, 3, 10)

    undated = extract("Ruth Okafor said the council would vote on the plan on Thursday.").quotes
    assert [q.when for q in undated] == [None]


def test_a_sentence_opening_at_an_event_gives_the_venue():
    text = 'At a rally in Iowa on Monday, Jane Doe said: "We will win this state."'
    [q] = extract(text).quotes
    assert q.speaker == "Jane Doe" and q.venue == "a rally" and q.when == "Monday"


def test_a_programme_of_a_channel_with_a_number_and_a_lower_case_title_is_the_venue():
    text = 'Coalition talks\n\n« Il n\'y aura pas de dissolution », Claire Vautrin told France 5\'s C à vous programme.\n'
    [quote] = extract(text).quotes
    assert quote.venue == "France 5's C à vous programme"


def test_opposition_leader_is_the_description_not_leader():
    [quote] = extract('Coalition talks\n\n"The minister is in denial," said opposition leader Marc Delorme.\n').quotes
    assert quote.speaker_description == "opposition leader"


def test_a_date_line_under_the_headline_is_the_publication_date():
    text = ("Painkiller linked to stroke risk\n\nBy Priya Raman, Health Reporter\nMarch 4, 2025\n\n"
            '"The increase in risk is small," Dr. Ingrid Solberg said on Wednesday.\n')
    result = extract(text)
    assert result.published == date(2025, 3, 4)
    [quote] = result.quotes
    assert (quote.when, quote.said_on) == ("Wednesday", date(2025, 2, 26))  # the Wednesday before
    assert extract(text, published=date(2025, 3, 6)).published == date(2025, 3, 6)  # given wins
    for line in ("Updated: 4 March 2025 10:42 GMT", "2025-03-04", "Tuesday, March 4, 2025"):
        assert extract(text.replace("March 4, 2025", line)).published == date(2025, 3, 4), line


def test_a_date_inside_the_story_is_no_publication_date():
    text = ('Timeline\n\nThe council met twice.\n\nOne\n\nTwo\n\nThree\n\nMarch 4, 2025\n\n'
            '"We voted," Jane Roe said.\n')
    assert extract(text).published is None


def test_a_programme_in_quotation_marks_is_the_venue_not_a_quote():
    text = '"It is nonsense," Ada Quell said by telephone on KTV\'s "Morning Round Table."\n'
    quotes = extract(text).quotes
    assert [(q.text, q.venue) for q in quotes] == [("It is nonsense,", "KTV's Morning Round Table")]
    text = '"We will win," Ada Quell told “Wake Up With Lena” on Monday.\n'
    assert [(q.text, q.venue) for q in extract(text).quotes] == [("We will win,", "Wake Up With Lena")]
    # Words said to someone are no programme, even in capitals at the start.
    text = 'Ada Quell told "anyone who would listen" that she would win.\n'
    assert [q.venue for q in extract(text).quotes] == [None]


def test_an_event_with_a_plural_possessive_is_a_venue():
    text = "Farms\n\nSpeaking at a farmers' meet in Varnpur, Menon said the units would be built soon.\n"
    assert extract(text).quotes[0].venue == "a farmers' meet in Varnpur"
