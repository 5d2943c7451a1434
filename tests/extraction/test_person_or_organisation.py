"""Whether a name is a person or an organisation. Every sentence here is invented."""
from __future__ import annotations

import pytest

from quotes.extraction import extract

SPOKESMAN_FOR = "A spokesman for Quillon declined to comment.\n\n"
FULL_NAME = "Donna Quillon, a senator, spoke on Monday.\n\n"
QUOTE = '"We need strong relationships," Quillon said.\n'


@pytest.mark.parametrize("body", [FULL_NAME + SPOKESMAN_FOR + QUOTE, SPOKESMAN_FOR + FULL_NAME + QUOTE],
                         ids=["full-name-first", "full-name-later"])
def test_a_surname_of_someone_named_in_full_is_that_person_whatever_the_word_before_it(body):
    # "a spokesman for X" usually names an organisation; not when X is the surname of a
    # person the article names in full, before or after.
    result = extract("Senate debate\n\n" + body)
    [quote] = result.quotes
    assert (quote.speaker, quote.speaker_type) == ("Donna Quillon", "person")
    assert [o.name for o in result.organisations] == []


def test_a_word_made_an_organisation_by_its_context_stays_one_without_such_a_person():
    result = extract("Port strike\n\nA spokesman for Globex declined to comment on the strike.\n\n"
                     '"We will not reopen the docks," Globex said.\n')
    assert [o.name for o in result.organisations] == ["Globex"]
    assert [(q.speaker, q.speaker_type) for q in result.quotes] == [("Globex", "organisation")]


@pytest.mark.parametrize("sentence, organisation", [
    ('"The talks have stalled," the Associated Press reported.\n', "Associated Press"),
    ('"The talks have stalled," the United Nations said in a statement.\n', "United Nations"),
    ('"The talks have stalled," the Wounded Warrior Project said.\n', "Wounded Warrior Project"),
])
def test_an_ed_word_opening_an_organisation_name_stays_in_it(sentence, organisation):
    # ("Speaking Tuesday, ..." at the start of a sentence is a verb form, not a name.)
    result = extract("Talks stall\n\n" + sentence)
    assert [(q.speaker, q.speaker_type) for q in result.quotes] == [(organisation, "organisation")]


def test_a_sentence_opening_participle_is_still_no_part_of_a_name():
    result = extract("Talks stall\n\nSpeaking Tuesday, Donna Quillon said the talks had stalled.\n")
    assert [q.speaker for q in result.quotes] == ["Donna Quillon"]


def test_a_head_word_alone_refers_back_to_the_organisation_named_in_full():
    result = extract("Talks stall\n\nThe Riverton Times first reported the talks on Monday.\n\n"
                     '"The talks have stalled," the Times reported.\n')
    assert ("Riverton Times", "organisation") in [(q.speaker, q.speaker_type) for q in result.quotes]
    assert [o.name for o in result.organisations] == ["Riverton Times"]


def test_a_head_word_alone_stays_itself_without_an_earlier_full_name():
    result = extract('Talks stall\n\n"The talks have stalled," the Times reported.\n')
    assert [(q.speaker, q.speaker_type) for q in result.quotes] == [("Times", "organisation")]


def test_a_title_then_a_first_name_and_a_word_that_names_outlets_is_a_person():
    result = extract('Casino closures\n\n"There is no bad publicity," said Harbour City Mayor Don Herald '
                     'in a telephone interview.\n\n"The city was devastated," Herald said.\n')
    assert [(q.speaker, q.speaker_type) for q in result.quotes] == [("Don Herald", "person")] * 2
    assert [o.name for o in result.organisations] == []


@pytest.mark.parametrize("sentence", [
    'But I’m telling you, the bridge must close, Jane Roe said.\n',
    'He spoke for an hour. I’ve urged him to run since he was elected, Jane Roe said.\n',
    'Additionally, the mayor’s continuing embrace of the plan drew criticism, Jane Roe said.\n',
    'Rather, the mayor maintains a floating array of advisers, Jane Roe said.\n',
    'Nobody said the bridge would close.\n',
    'Having announced the closure, Jane Roe said the bridge would reopen in May.\n',
])
def test_contractions_sentence_adverbs_and_pronouns_are_nobody(sentence):
    result = extract("Bridge closes\n\n" + sentence)
    names = {p.name for p in result.people} | {q.speaker for q in result.quotes if q.speaker_type == "person"}
    assert names <= {"Jane Roe"}, names


def test_a_group_opening_a_sentence_is_an_unnamed_source_not_a_person():
    result = extract("Survey\n\nMillennials say the housing market is broken.\n")
    assert [(q.speaker, q.speaker_type) for q in result.quotes] == [("Millennials", "unnamed")]
    assert not result.people


def test_a_possessor_then_a_plain_noun_then_a_name_in_apposition():
    text = ("Fraud case\n\nDerek Holloway, 58, admitted fraud.\n\n"
            "In mitigation, Holloway's barrister, Anita Desai KC, said her client was deeply ashamed.\n")
    result = extract(text)
    assert [q.speaker for q in result.quotes] == ["Anita Desai"]  # not Holloway; "KC" is no name
    assert {p.name for p in result.people} == {"Derek Holloway", "Anita Desai"}


def test_an_organisation_noun_before_a_role_belongs_to_the_description():
    result = extract('Strike\n\n"We will strike," said union president Jane Roe.\n')
    assert [(q.speaker, q.speaker_description) for q in result.quotes] == [("Jane Roe", "union president")]


def test_a_hometown_after_a_name_and_age_is_a_place():
    result = extract("Fraud case\n\nDerek Holloway, 58, of Didsbury, admitted fraud, the court heard.\n")
    assert [p.name for p in result.people] == ["Derek Holloway"]


def test_a_qualified_title_after_the_is_a_description_not_an_organisation():
    text = ("Bill passes\n\nBut the Minority Leader, Senator Chukwuma Eze, told journalists "
            "that the opposition had not been given time.\n")
    result = extract(text)
    assert [o.name for o in result.organisations] == []
    assert [q.speaker for q in result.quotes] == ["Chukwuma Eze"]


def test_the_presidency_is_an_organisation():
    result = extract("Bill passes\n\nThe Presidency said the president would sign the bill.\n")
    assert [(q.speaker, q.speaker_type) for q in result.quotes] == [("Presidency", "organisation")]


def test_a_short_word_ending_in_s_and_an_apostrophe_is_not_emptied():
    from quotes.extraction.entities import _strip_possessive

    assert [_strip_possessive(w) for w in ("Sanders’", "Macron’s", "Us’")] == ["Sanders", "Macron", "Us’"]


@pytest.mark.parametrize("sentence, description", [
    ('"We will win," said Democrat Jane Roe on Monday.\n', "Democrat"),
    ("Comedian Jane Roe said the debate was dull.\n", "Comedian"),
    ("Billionaire Jane Roe said the debate was dull.\n", "Billionaire"),
])
def test_a_role_noun_before_a_first_name_describes_the_person(sentence, description):
    result = extract("Primary night\n\nJane Roe spoke in Dover.\n\n" + sentence)
    assert [(p.name, p.descriptions) for p in result.people] == [("Jane Roe", (description,))]


def test_a_sentence_adverb_before_a_name_is_no_part_of_it():
    result = extract("Primary night\n\nCertainly Jane Roe said the debate was dull.\n")
    assert [p.name for p in result.people] == ["Jane Roe"]


def test_a_town_before_its_state_is_no_person():
    text = ('Campaign\n\nJohn Vemmer is assuring voters he is tough enough after a woman in Brockton, '
            'Massachusetts, told him he is "too nice" to win.\n\nHe tells the crowd: "I am tough when it counts."\n')
    result = extract(text)
    assert [p.name for p in result.people] == ["John Vemmer"]
    assert result.quotes[-1].speaker == "John Vemmer"


def test_a_capitalised_group_plural_is_no_person():
    text = 'Jobs\n\nYoung Latinos say they are "tired of being ignored" by both parties.\n'
    result = extract(text)
    assert not result.people
    assert result.quotes[0].speaker_type != "person"
    # A party's members remain a speaking group.
    text = 'Jobs\n\nSenate Republicans said they would "support the nominee" in the end.\n'
    assert extract(text).quotes[0].speaker == "Senate Republicans"


def test_a_common_noun_opening_the_sentence_before_a_preposition_is_no_name():
    text = 'Jobs\n\nResearch by leading economists suggests that the damage to jobs is large.\n'
    [quote] = extract(text).quotes
    assert quote.speaker_type != "person"


def test_a_company_with_and_without_its_legal_form_is_one():
    text = ('Plant opens\n\nAcme Widgets Inc. opened a plant on Monday. Acme Widgets said the plant would '
            'make 500 machines a year.\n')
    assert [o.name for o in extract(text).organisations] == ["Acme Widgets Inc"]


def test_a_capitalised_group_opening_a_sentence_is_no_person():
    text = ('Obituary\n\nRosa Vemmer, a lawyer, died on Sunday.\n\nColleagues described her as '
            '"relentless in every case".\n')
    assert [p.name for p in extract(text).people] == ["Rosa Vemmer"]


def test_a_one_word_outlet_is_an_organisation_but_not_inside_a_name():
    text = ('Poll\n\nAt the time, Jane Roe told Politico she would run. Politico reported that '
            'her campaign had raised $2 million.\n')
    result = extract(text)
    assert "Politico" in [o.name for o in result.organisations]
    assert "Politico" not in [p.name for p in result.people]
    text = ('Poll\n\nMichael Bloomberg spoke on Monday. "I am convinced you cannot win as an independent," '
            'Bloomberg said.\n')
    assert extract(text).quotes[0].speaker == "Michael Bloomberg"


def test_compound_adjectives_and_party_tags_are_no_names():
    text = ('Hearing\n\nCommittee Chairman Rep. Tom Vemmer, R-Utah, said the questioning would start on '
            'Monday.\n\nHe called it a Trump-style attack and said the hearing was "long overdue".\n')
    result = extract(text)
    assert {p.name for p in result.people} == {"Tom Vemmer"}
    assert all(q.speaker == "Tom Vemmer" for q in result.quotes)
