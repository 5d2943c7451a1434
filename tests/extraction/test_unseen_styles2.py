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


def test_live_blog_entry_time_is_not_part_of_the_speaker():
    text = ('Flooding latest\n\n'
            '14:05 — The ferry company announced that all crossings would be cancelled '
            'until the weekend.\n\n'
            '14:30 — In a post on X, the transport minister, Hanna Berg, wrote: '
            '"Please do not travel unless it is essential."')
    result = extract(text)
    ind = [q for q in result.quotes if q.kind == "indirect"]
    assert ind and ind[0].speaker and "14:05" not in ind[0].speaker
    assert direct(result)[0].speaker == "Hanna Berg"


def test_weekday_ending_the_sentence_is_no_venue():
    text = ('The budget vote was delayed.\n\n'
            '"We need more time to get the numbers right," she told colleagues on Friday.')
    q = direct(extract(text))[0]
    assert q.venue != "Friday"
    assert q.when == "Friday"


def test_legislature_without_article_is_a_venue():
    text = ('The minister defended the reform.\n\n'
            '"Nobody will be worse off under this plan," she told parliament on Tuesday.')
    q = direct(extract(text))[0]
    assert q.venue == "parliament"
    assert q.when == "Tuesday"


def test_reported_clause_opening_with_a_number():
    for lead in ("12,500", "about 12,500", "more than 12,500"):
        text = ('Floods latest.\n\n'
                f'The regional governor said {lead} homes were without power on Sunday.')
        ind = [q for q in extract(text).quotes if q.kind == "indirect"]
        assert ind and ind[0].text.startswith(lead), lead


def test_name_after_lower_case_company_noun_is_an_organisation():
    text = ('Outages spread.\n\n'
            'Bus company Aquila says repairs will take until the weekend to finish.\n\n'
            'The charity Jane Doe founded said it would help.')
    result = extract(text)
    q = next(q for q in result.quotes if q.speaker == "Aquila")
    assert q.speaker_type == "organisation"
    assert "Aquila" in [o.name for o in result.organisations]
    assert "Jane Doe" not in [o.name for o in result.organisations]


def test_title_of_place_then_name_is_a_person():
    for place, name in (("Springfield", "Maria Lopez"), ("Lake Orbury", "Tove Ekdal")):
        text = f'Storm.\n\nMayor of {place} {name} said the harbour had been closed.'
        result = extract(text)
        q = result.quotes[0]
        assert (q.speaker, q.speaker_type) == (name, "person")
        assert q.speaker_description == f"Mayor of {place}"
        assert not result.organisations


def test_told_local_radio_reports_a_clause_with_its_venue():
    text = 'Flooding.\n\nMayor Rita Holm told local radio that the bridge had been closed overnight.'
    ind = [q for q in extract(text).quotes if q.kind == "indirect"]
    assert ind and ind[0].speaker == "Rita Holm"
    assert ind[0].text.startswith("the bridge had been closed")
    assert ind[0].venue == "local radio"


def test_pronoun_after_a_known_person_opening_the_previous_sentence():
    text = ('Storm.\n\n'
            'In a post, the minister, Lars Odegaard, wrote: "Stay indoors tonight, everyone."\n\n'
            'Opposition leader Karl Fenning posted: "Our thoughts are with everyone in the storm."\n\n'
            'Odegaard has just spoken to reporters at the crisis centre. He said the army '
            'had been put on standby.')
    ind = [q for q in extract(text).quotes if q.kind == "indirect"]
    assert ind and ind[0].speaker == "Lars Odegaard"


def test_appositive_description_stops_at_the_paragraph_end():
    text = ('Plant opens.\n\n'
            '"We are proud to open the new line in our town this spring." — Ivo Marek, '
            'Mayor of Lindby\n\n'
            'Regional officials welcomed the decision on Monday.')
    person = next(p for p in extract(text).people if p.name == "Ivo Marek")
    assert all("\n" not in d and "Regional" not in d for d in person.descriptions)


def test_platform_letter_is_no_person_and_fronted_role_after_adverbial():
    text = ('Storm.\n\n'
            'In a post on X, the transport minister, Hanna Berg, wrote: '
            '"Please do not travel unless it is essential."')
    result = extract(text)
    assert "X" not in [p.name for p in result.people]
    q = direct(result)[0]
    assert q.speaker == "Hanna Berg"
    assert q.speaker_description and "transport minister" in q.speaker_description


def test_inverted_cue_role_then_name_gives_the_description():
    text = ('Jobs.\n\n'
            '"We have worked hard to bring this factory to the valley," added the '
            'spokeswoman, Maria Lund.')
    q = direct(extract(text))[0]
    assert q.speaker == "Maria Lund"
    assert q.speaker_description == "the spokeswoman"


def test_inverted_cue_role_then_unknown_name():
    text = ('Jobs.\n\n'
            '"We have worked hard to bring this factory to the valley," said the '
            'spokeswoman, Pia Lund, on Monday.')
    result = extract(text)
    q = direct(result)[0]
    assert (q.speaker, q.speaker_description, q.when) == ("Pia Lund", "the spokeswoman", "Monday")
    assert "Pia Lund" in [p.name for p in result.people]


def test_role_words_before_a_name_are_descriptions():
    text = ('Heatwave.\n\n'
            'Senior meteorologist Olle Brandt said temperatures would peak on Thursday.\n\n'
            'Backbencher Rosa Lind contends that the warnings came too late.')
    qs = [q for q in extract(text).quotes if q.kind == "indirect"]
    assert [(q.speaker, q.speaker_description) for q in qs] == [
        ("Olle Brandt", "Senior meteorologist"), ("Rosa Lind", "Backbencher")]


def test_trade_word_opening_the_sentence_is_no_organisation():
    text = 'Outages.\n\nWater company Aquila says repairs will take until the weekend to finish.'
    result = extract(text)
    assert [o.name for o in result.organisations] == ["Aquila"]
    assert result.quotes[0].speaker == "Aquila"
