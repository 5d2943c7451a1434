"""Single quotation marks ('…' and ‘…’) as quotation marks, in texts that quote with them,
and apostrophes that must never pair."""
from __future__ import annotations

import pytest

from quotes.extraction import _Article, extract


def only(result, kind=None):
    quotes = [q for q in result.quotes if kind is None or q.kind == kind]
    assert len(quotes) == 1, [(q.kind, q.text) for q in result.quotes]
    return quotes[0]


def quoted(text):
    """The direct and mixed quotes of a text, as (kind, text, speaker)."""
    return [(q.kind, q.text, q.speaker) for q in extract(text).quotes if q.kind != "indirect"]


def to_double(text):
    """The same text with double marks where the single marks quote (for comparisons)."""
    return text.replace("‘", "“").replace("’ ", "” ").replace("’.", "”.").replace(",’", ",”") \
        .replace(".’", ".”").replace("?’", "?”").replace("!’", "!”")


def test_curly_single_quote_cue_after():
    text = "‘We are devastated by the loss,’ said Jane Doe, the club’s chairman."
    q = only(extract(text), "direct")
    assert q.text == "We are devastated by the loss,"
    assert text[q.start:q.end] == q.text
    assert (q.speaker, q.cue) == ("Jane Doe", "said")


def test_straight_single_quote_cue_after():
    text = "'We will not back down,' said the mayor, John Smith."
    q = only(extract(text), "direct")
    assert q.text == "We will not back down,"
    assert q.speaker == "John Smith"


def test_curly_single_quote_cue_before():
    text = "Jane Doe said: ‘We will not back down on this plan.’"
    q = only(extract(text), "direct")
    assert q.text == "We will not back down on this plan."
    assert q.speaker == "Jane Doe"


def test_straight_single_quote_cue_before():
    text = "John Smith, the mayor, said: 'We will not back down on this plan.'"
    q = only(extract(text), "direct")
    assert q.text == "We will not back down on this plan."
    assert q.speaker == "John Smith"


def test_interrupted_single_quote_gives_two_quotes_same_speaker():
    text = "‘We are ready,’ Jane Doe said. ‘We have been ready for years.’"
    quotes = extract(text).quotes
    assert [q.text for q in quotes] == ["We are ready,", "We have been ready for years."]
    assert {q.speaker for q in quotes} == {"Jane Doe"}


def test_headline_style_mixed_quote():
    text = "Starmer says there is ‘no turning back’ on welfare plan"
    q = only(extract(text))
    assert (q.kind, q.text) == ("mixed", "no turning back")
    assert q.cue == "says"


def test_mixed_quote_after_that():
    text = "Jane Doe said that the plan was ‘a betrayal of everything we stand for’."
    q = only(extract(text))
    assert (q.kind, q.text, q.speaker) == ("mixed", "a betrayal of everything we stand for",
                                          "Jane Doe")


def test_headline_line_with_single_marks_is_not_a_heading():
    text = ("Council row\n"
            "Mayor says ‘no turning back’ on bus plan\n"
            "The mayor, Jane Doe, told councillors on Monday the plan would go ahead.")
    assert quoted(text) == quoted(to_double(text))
    assert [t for _, t, _ in quoted(text)] == ["no turning back"]


def test_multi_paragraph_single_quote():
    text = ("‘We are ready for anything that comes our way this year.\n"
            "‘We have trained hard and we will win,’ said coach Jane Doe.")
    quotes = extract(text).quotes
    assert [q.text for q in quotes] == ["We are ready for anything that comes our way this year.",
                                        "We have trained hard and we will win,"]
    assert quoted(text) == quoted(to_double(text))


def test_single_marked_article_reads_like_its_double_marked_twin():
    text = ("The mayor of Leeds, Jane Doe, defended the bus plan on Monday.\n"
            "‘We will not back down,’ she said. ‘The city needs this.’\n"
            "Her deputy, John Smith, said the plan had ‘the backing of the whole council’.\n"
            "Mr Smith added: ‘Nobody in this city wants more traffic. Nobody.’\n"
            "Critics called the scheme ‘a costly mistake’ and vowed to fight it.")
    assert quoted(text) == quoted(to_double(text))
    assert len(quoted(text)) >= 4


def test_possessive_inside_a_single_quote_does_not_close_it():
    text = "‘We back the workers’ union, and we always will,’ she said."
    q = only(extract(text), "direct")
    assert q.text == "We back the workers’ union, and we always will,"


def test_plural_possessive_inside_a_quoted_phrase():
    text = "Jane Doe said the document was ‘the bosses’ charter’ and walked out."
    q = only(extract(text))
    assert q.text == "the bosses’ charter"


APOSTROPHES = [
    "The workers’ union said it didn’t know about the ’90s deals, and the bosses’ plan "
    "wasn’t new.",
    "Jones' car, the Smiths' house, the unions' leaders, they're all in the '80s again.",
    "It's the ministers’, not the councils’, decision, and rock ’n’ roll fans won’t mind.",
    "Fans of rock 'n' roll love 'em, the organisers' statement said on Tuesday.",
    "The players’, coaches’ and fans’ views were heard, the club’s chairman said.",
    "In the ‘90s the ministers’ plans, the workers’ pay and the bosses’ bonuses grew.",
]


@pytest.mark.parametrize("text", APOSTROPHES)
def test_apostrophes_never_pair(text):
    art = _Article(text)
    assert art.spans == []
    assert quoted(text) == []


@pytest.mark.parametrize("text", APOSTROPHES)
def test_apostrophes_never_pair_in_a_single_marked_text(text):
    article = "‘We are devastated by the loss,’ said Jane Doe.\n" + text
    art = _Article(article)
    assert [article[s.start:s.end] for s in art.spans] == ["We are devastated by the loss,"]


def test_nested_single_quote_stays_in_the_double_quote():
    text = ("“Young people tell me: ‘If necessary, we will go to fight.’ That is why we act,” "
            "said Jane Doe.")
    q = only(extract(text), "direct")
    assert q.text == ("Young people tell me: ‘If necessary, we will go to fight.’ "
                      "That is why we act,")
    assert q.speaker == "Jane Doe"


def test_single_marks_in_a_double_marked_paragraph_stay_nested():
    text = ("Jane Doe said: \"They told me 'go away' and 'never come back', "
            "and I refused to leave.\"\n"
            "“It was ‘a shambles’,” said John Smith.")
    assert [t for _, t, _ in quoted(text)] == [
        "They told me 'go away' and 'never come back', and I refused to leave.",
        "It was ‘a shambles’,"]


def test_nested_double_quote_inside_a_single_quote():
    text = "Jane Doe, the mayor, said: ‘He told me “go away” and I refused to leave.’"
    q = only(extract(text))
    assert q.text == "He told me “go away” and I refused to leave."
    assert q.speaker == "Jane Doe"


def test_single_marks_need_evidence_in_a_double_marked_text():
    # Double marks quote in this text: a bare single-mark phrase with no speech punctuation
    # and no reporting verb near is not taken as a quotation.
    text = ("“We will win this,” said Jane Doe.\n"
            "The new ‘park and ride’ buses start running from the town hall car park in May.")
    art = _Article(text)
    assert [text[s.start:s.end] for s in art.spans] == ["We will win this,"]


def test_multi_paragraph_single_quote_opened_after_the_cue():
    text = ("Jane Doe said: ‘We are ready for anything that comes our way this year.\n"
            "‘We have trained hard and we will win.’")
    quotes = extract(text).quotes
    assert [(q.kind, q.text, q.speaker) for q in quotes] == [
        ("direct", "We are ready for anything that comes our way this year.", "Jane Doe"),
        ("direct", "We have trained hard and we will win.", "Jane Doe")]


def test_an_elision_left_open_does_not_run_on():
    # A word-start mark with no closer stays open only after a colon or comma, or at the
    # paragraph start, and only when the next paragraph opens with a mark again.
    text = "He moved to the 'burbs last year.\n'We love it here,' said John Smith."
    assert quoted(text) == [("direct", "We love it here,", "John Smith")]
    text = "John Smith said: 'We love the 'burbs.\nThe move took a year."
    assert _Article(text).spans == []


def test_possessive_in_a_quote_that_goes_on_in_the_next_paragraph():
    text = ("Jane Doe said: ‘The workers’ union will fight on for all of us this year.\n"
            "‘We will win,’ she said.")
    assert [t for _, t, _ in quoted(text)] == [
        "The workers’ union will fight on for all of us this year.", "We will win,"]
    # Without a next paragraph opening with a mark, the possessive closes the quote.
    text = "Jane Doe said, ‘a win for the bosses’ and walked out of the talks."
    assert [text[s.start:s.end] for s in _Article(text).spans] == ["a win for the bosses"]


def test_title_with_single_marks_is_treated_like_one_with_double_marks():
    # A quoted phrase in a title is no reported speech of its own, whichever the marks.
    for marks in ("‘’", "''", "“”"):
        text = (f"Starmer Says {marks[0]}No Turning Back{marks[1]} on Welfare Plan\n"
                "The prime minister told MPs on Monday that the plan would go ahead.")
        assert [q.paragraph for q in extract(text).quotes] == [1], marks


@pytest.mark.parametrize("text, inner", [
    # a plural possessive at the quote's end, before its own comma
    ("‘Our voters turn out more than others’,’ Jane Doe said.", "Our voters turn out more than others’,"),
    # a quote opening with an ellipsis
    ("‘… and that is why we will win the vote in May,’ wrote Jane Doe.",
     "… and that is why we will win the vote in May,"),
    # a plural before 'and' is no possessive: the quote closes there
    ("She said: ‘The struggle continues’ and vowed to fight on.\n‘We will win,’ she said.",
     "The struggle continues"),
])
def test_closing_mark_choice(text, inner):
    assert [text[s.start:s.end] for s in _Article(text).spans][0] == inner


def test_multi_paragraph_quote_opened_at_a_sentence_start():
    text = ("‘I spoke to many groups,’ said Jane Doe. ‘I happen to think we need more talk.\n"
            "‘Groups that want to talk are trying to learn,’ she said.")
    assert [t for _, t, _ in quoted(text)] == [
        "I spoke to many groups,", "I happen to think we need more talk.",
        "Groups that want to talk are trying to learn,"]


def test_short_phrases_after_an_earlier_quote_read_as_with_double_marks():
    text = ("Jane Doe said the committee is a ‘witch hunt’ launched to ‘get’ the minister "
            "for her response to the floods.")
    assert quoted(text) == quoted(to_double(text))
    text = "Jane Doe tweeted on Monday that the minister is a ‘loser,’ a ‘liar’ and a ‘whiner.’"
    assert quoted(text) == quoted(to_double(text))


def test_short_single_quoted_lines_are_body_not_headings():
    text = ("Jane Doe spoke to reporters outside the court in Leeds on Monday afternoon.\n"
            "'They're worried,' Doe said. 'There is no question about it.'\n"
            "'It was horrendous.'")
    assert [t for _, t, _ in quoted(text)] == [
        "They're worried,", "There is no question about it.", "It was horrendous."]


def test_single_quoted_crosshead_in_a_double_marked_text():
    # Where double marks quote, a line that is one single-marked phrase is a crosshead.
    text = ("“We will fight on,” said Jane Doe, the leader of the council, on Monday.\n"
            "'A fight from start to finish.'\n"
            "The council met again on Tuesday to discuss the budget.")
    assert [t for _, t, _ in quoted(text)] == ["We will fight on,"]


def test_single_marks_stay_apart_in_a_text_quoting_with_two_apostrophes():
    text = "''They told us 'no way' and we left,'' Jane Doe said.\n'Tis the season, she said."
    assert [t for _, t, _ in quoted(text)] == ["They told us 'no way' and we left,"]


def test_straight_single_marked_article_full_of_apostrophes():
    text = ("The chief executive of the bank, John Smith, said on Tuesday that lenders "
            "faced 'a difficult year'.\n"
            "'We're seeing real demand from customers, but the margins aren't there,' "
            "Mr Smith said. 'It's the investors' call now.'\n"
            "Analysts at the bank's rival said the '08 crisis still weighed on the sector's "
            "shares.\n"
            "Jane Doe, an analyst at the brokers' firm, said: 'The banks' results were better "
            "than expected. Their shareholders won't complain.'")
    assert [(k, t) for k, t, _ in quoted(text)] == [
        ("mixed", "a difficult year"),
        ("direct", "We're seeing real demand from customers, but the margins aren't there,"),
        ("direct", "It's the investors' call now."),
        ("direct", "The banks' results were better than expected. Their shareholders won't "
                   "complain.")]
    assert {s for _, _, s in quoted(text)} == {"John Smith", "Jane Doe"}
