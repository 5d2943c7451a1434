"""Direct and mixed quotes: quotation-mark pairing and what is not a quote."""
from __future__ import annotations

from quotes.extraction import extract


def only(result, kind=None):
    quotes = [q for q in result.quotes if kind is None or q.kind == kind]
    assert len(quotes) == 1, [(q.kind, q.text) for q in result.quotes]
    return quotes[0]


def test_straight_quotes_speaker_after():
    text = '"We will win this election," said Jane Doe.'
    q = only(extract(text), "direct")
    assert q.text == "We will win this election,"
    assert (q.start, q.end) == (1, 27)
    assert q.speaker == "Jane Doe"
    assert q.cue == "said"


def test_curly_quotes_speaker_before_with_colon():
    text = "Jane Doe said: “We will win this election.”"
    q = only(extract(text), "direct")
    assert q.text == "We will win this election."
    assert text[q.start:q.end] == q.text
    assert q.speaker == "Jane Doe"


def test_straight_and_curly_marks_in_one_text():
    text = ('“Taxes will fall next year,” said John Smith.\n'
            '"Spending will rise as well," said Mary Jones.')
    quotes = extract(text).quotes
    assert [(q.text, q.speaker) for q in quotes] == [
        ("Taxes will fall next year,", "John Smith"),
        ("Spending will rise as well,", "Mary Jones"),
    ]


def test_mixed_quote_after_that():
    text = 'Jane Doe pointed out that "for years the plan has failed to deliver."'
    q = only(extract(text))
    assert q.kind == "mixed"
    assert q.speaker == "Jane Doe"
    assert q.cue == "pointed out"


def test_interrupted_quote_gives_two_quotes_same_speaker():
    text = '"We are ready," Jane Doe said. "We have been ready for years."'
    quotes = extract(text).quotes
    assert [q.text for q in quotes] == ["We are ready,", "We have been ready for years."]
    assert {q.speaker for q in quotes} == {"Jane Doe"}


def test_quote_spread_over_several_sentences():
    text = 'Jane Doe said: "We are ready. We are able. We will not wait any longer."'
    q = only(extract(text))
    assert q.text == "We are ready. We are able. We will not wait any longer."


def test_apostrophes_are_not_quotation_marks():
    text = "The mayor's plan isn't new, and the council's vote won't change that."
    assert extract(text).quotes == [] or all(q.kind == "indirect" for q in extract(text).quotes)


def test_scare_quotes_are_not_quotes():
    text = 'The leaders formed a "coalition of the willing" to enforce the ceasefire.'
    assert [q for q in extract(text).quotes if q.kind != "indirect"] == []


def test_quoted_title_is_not_a_quote():
    text = 'She watched "Saturday Night Live" with her family on Sunday.'
    assert extract(text).quotes == []


def test_nested_quote_is_part_of_the_outer_quote():
    text = ("Jane Doe said: \"Young people tell me: 'If necessary, we will go to fight.' "
            "That is why we act.\"")
    q = only(extract(text))
    assert "'If necessary, we will go to fight.'" in q.text


def test_multi_paragraph_quote_left_open():
    text = ('Jane Doe described the plan at length.\n'
            '"The first step is to cut taxes for families.\n'
            '"The second step is to build new roads," she said.')
    # ("described the plan at length" is reported speech of its own; only quotations here.)
    quotes = [q for q in extract(text).quotes if q.kind != "indirect"]
    assert [q.text for q in quotes] == [
        "The first step is to cut taxes for families.",
        "The second step is to build new roads,",
    ]
    assert {q.speaker for q in quotes} == {"Jane Doe"}
    assert [q.paragraph for q in quotes] == [1, 2]


def test_quote_continued_in_next_paragraph_without_cue():
    text = ('"We will cut taxes for every family," said Jane Doe.\n'
            '"And we will build the roads this state needs."')
    quotes = extract(text).quotes
    assert len(quotes) == 2
    assert quotes[1].speaker == "Jane Doe"


def test_bulleted_list_of_quotes():
    text = ('Jane Doe listed her promises:\n'
            '- "We will cut taxes for every family."\n'
            '- "We will build the roads this state needs."')
    quotes = extract(text).quotes
    assert [q.text for q in quotes] == ["We will cut taxes for every family.",
                                        "We will build the roads this state needs."]
    assert all(q.speaker == "Jane Doe" for q in quotes)


def test_double_apostrophes_pair_as_double_quotation_marks():
    text = "''We finally may be seeing some wage growth,'' the economist Jane Doe wrote."
    q = [q for q in extract(text).quotes if q.kind != "indirect"][0]
    assert q.text == "We finally may be seeing some wage growth,"
    assert text[q.start:q.end] == q.text
    assert q.kind == "direct" and q.speaker == "Jane Doe"


def test_double_apostrophe_mixed_quote_after_cue():
    text = "Mr. Garin added that ''it becomes harder and harder for them to attack.''"
    q = [q for q in extract(text).quotes if q.kind != "indirect"][0]
    assert q.text == "it becomes harder and harder for them to attack."
    assert q.kind == "mixed"


def test_short_quoted_phrase_inside_a_reported_that_clause_is_mixed():
    text = ("The Nurses Federation announced on Tuesday that its members felt "
            "\"badly misled\" by the ministry.")
    [q] = extract(text).quotes
    assert (q.kind, q.text, q.speaker) == ("mixed", "badly misled", "Nurses Federation")


def test_short_scare_quote_without_a_speech_verb_is_dropped():
    text = "The Nurses Federation held a \"town meeting\" about pay on Tuesday."
    assert extract(text).quotes == []


def test_one_word_name_given_by_a_naming_verb_is_a_mixed_quote():
    text = ("Mayor Jane Doe called the bus fare rise \"shameful\" at a council meeting.\n"
            "John Smith described the ruling as \"absurd\" in a radio interview.")
    quotes = extract(text).quotes
    assert [(q.kind, q.text, q.speaker) for q in quotes] == [
        ("mixed", "shameful", "Jane Doe"), ("mixed", "absurd", "John Smith")]


def test_one_word_scare_quote_after_a_noun_is_not_a_quote():
    text = "Mayor Jane Doe praised the city's \"green\" buses at a council meeting."
    assert [q for q in extract(text).quotes if q.kind != "indirect"] == []
