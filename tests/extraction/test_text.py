"""Layout: headlines, subheadings, datelines, bylines."""
from __future__ import annotations

from quotes.extraction import extract


def test_headline_line_becomes_title_and_is_not_a_sentence():
    text = ('Senate passes the budget bill\n'
            '"We did our job tonight," said Jane Doe.')
    result = extract(text)
    assert result.title == "Senate passes the budget bill"
    assert all(q.paragraph == 1 for q in result.quotes)


def test_full_sentence_first_line_is_not_a_title():
    text = ("The Senate passed the budget bill late on Tuesday after a long debate.\n"
            '"We did our job tonight," said Jane Doe.')
    assert extract(text).title is None


def test_dateline_is_skipped():
    text = 'WASHINGTON (AP) — "We did our job tonight," said Jane Doe.'
    q = extract(text).quotes[0]
    assert q.speaker == "Jane Doe"
    assert q.text == "We did our job tonight,"


def test_subheading_is_not_a_quote_or_sentence():
    text = ('Jane Doe spoke on Monday.\n'
            '"Challenges ahead"\n'
            '"We will face hard choices this year," she said.')
    quotes = extract(text).quotes
    assert [q.text for q in quotes] == ["We will face hard choices this year,"]


def test_byline_gives_publication():
    text = ('"We did our job tonight," said Jane Doe.\n'
            'The writer is a freelance journalist for China Daily.')
    assert extract(text).publication == "China Daily"


def test_by_line_gives_author():
    text = ('Budget passes\n'
            'By John Smith\n'
            '"We did our job tonight," said Jane Doe.')
    assert extract(text).author == "John Smith"


def test_dateline_agency_is_the_publication_when_none_is_given():
    from quotes.extraction import extract
    text = ("Port strike ends after talks\n"
            "OSLO (AFP) — Dock workers went back to work on Friday after a week-long strike.\n"
            "The union said the deal would raise wages by five percent next year.")
    assert extract(text).publication == "AFP"
    plain = text.replace(" (AFP)", "")
    assert extract(plain).publication is None


def test_dateline_with_a_date_before_the_agency():
    from quotes.extraction import extract
    text = ("Port strike ends after talks\n"
            "OSLO, May 3 (AFP) - Dock workers went back to work on Friday after a strike.\n"
            "The union said the deal would raise wages by five percent next year.")
    result = extract(text)
    assert result.publication == "AFP"
    assert result.quotes[0].text == "the deal would raise wages by five percent next year"


def _byline_article(byline):
    from quotes.extraction import extract
    return extract("Mill to close after 80 years\n" + byline + "\n"
                   "The owners of the Ridgeway paper mill said on Monday that the plant would "
                   "close in June.\nMayor Ken Oduya said the town would fight the decision.")


def test_byline_writers_are_not_people_in_the_story():
    result = _byline_article("By Ruth Ames and Leo Park")
    assert result.author == "Ruth Ames"
    assert [p.name for p in result.people] == ["Ken Oduya"]


def test_byline_outlet_is_the_publication_but_a_role_is_not():
    result = _byline_article("By Ruth Ames, Northern Echo")
    assert result.publication == "Northern Echo"
    assert _byline_article("By Ruth Ames, Staff Writer").publication is None


def test_by_line_with_a_published_date_after_a_bar():
    from datetime import date

    text = ('Budget passes\n\n'
            'By John Smith | Published March 12, 2025\n\n'
            '"We did our job tonight," said Jane Doe on Tuesday.\n')
    result = extract(text)
    assert (result.author, result.published) == ("John Smith", date(2025, 3, 12))
    assert result.quotes[0].said_on == date(2025, 3, 11)


def test_a_date_line_with_the_time_first():
    from datetime import date

    text = 'Storm live\n\nUpdated 14:32 GMT, 12 October 2025\n\n"Stay home," the minister said on Saturday.\n'
    assert extract(text).published == date(2025, 10, 12)


def test_press_release_dateline_gives_wire_and_date():
    from datetime import date

    text = ('Plant opens\n\nDAYTON, Ohio, Feb. 3, 2025 /PRNewswire/ -- Acme Widgets Inc. today announced '
            'the opening of a plant that will create 350 jobs.\n')
    result = extract(text)
    assert (result.publication, result.published) == ("PRNewswire", date(2025, 2, 3))
    assert result.quotes[0].speaker == "Acme Widgets Inc"


def test_a_name_suffix_before_a_new_quotation_ends_the_sentence():
    text = ('Plant opens\n\n"We are thrilled to welcome the plant," said Mayor Jeff Mims Jr. "These are '
            'exactly the jobs our region has been working to attract."\n')
    assert [q.kind for q in extract(text).quotes] == ["direct", "direct"]
