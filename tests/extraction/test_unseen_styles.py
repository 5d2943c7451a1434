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


def test_company_named_by_trade_word_is_an_organisation():
    text = ('Profits fell at the supplier.\n\n'
            'Eastmoor Water said on Monday that bills would rise by 8% from April.\n\n'
            'The company said in a statement that the increase was needed to fix leaks.')
    qs = [q for q in extract(text).quotes if q.kind == "indirect"]
    assert [(q.speaker, q.speaker_type) for q in qs] == [
        ("Eastmoor Water", "organisation"), ("Eastmoor Water", "organisation")]


def test_the_company_is_not_a_company_named_long_before():
    filler = "The market was quiet for most of the day and prices barely moved. " * 25
    text = ('Quiet trading.\n\n'
            'Eastmoor Energy said on Monday that prices would rise.\n\n' + filler + '\n\n'
            'The company said it would not comment on the rumours.')
    qs = [q for q in extract(text).quotes if q.kind == "indirect"]
    assert qs[-1].speaker != "Eastmoor Energy"


def test_venue_keeps_the_whole_programme_name():
    text = ('Ministers defended the plan.\n\n'
            '"We will not back down on this," Lina Ferris told the BBC\'s Today programme.')
    q = direct(extract(text))[0]
    assert q.speaker == "Lina Ferris"
    assert q.venue == "the BBC's Today programme"


def test_venue_of_a_programme_after_speaking_on():
    from quotes.extraction.when_where import find_venue
    t = "Speaking on Radio 4's Today programme, she said the plan was fair."
    assert find_venue(t, 0, len(t)) == "Radio 4's Today programme"
    t = "the striker told the club's website that the team was devastated"
    assert find_venue(t, 0, len(t)) == "the club's website"


def test_venue_of_a_call_or_a_journal():
    from quotes.extraction.when_where import find_venue
    t = "Chief executive Ann Lowe told analysts on an earnings call that demand was weak."
    assert find_venue(t, 0, len(t)) == "an earnings call"
    t = "The researchers wrote in the journal that the link held after adjustment."
    assert find_venue(t, 0, len(t)) == "the journal"


def test_told_analysts_on_a_call_that():
    text = ('Results day.\n\n'
            'Chief executive Ann Lowe told analysts on an earnings call that the group '
            'remained confident about the second half.')
    q = [q for q in extract(text).quotes if q.kind == "indirect"][0]
    assert q.text == "the group remained confident about the second half"
    assert q.speaker == "Ann Lowe"
    assert q.venue == "an earnings call"


def test_councillor_and_police_ranks_are_titles():
    text = ('The vote was close.\n\n'
            'Council leader Cllr Maria Dunne said: "We have to balance the books."\n\n'
            'Detective Constable Paul Reid said: "We will pursue anyone who does this."')
    qs = direct(extract(text))
    assert [q.speaker for q in qs] == ["Maria Dunne", "Paul Reid"]
    assert qs[0].speaker_description == "Council leader"
    assert qs[1].speaker_description == "Detective Constable"


def test_the_boss_refers_back_to_the_manager():
    text = ('United won 2-0.\n\n'
            '"We deserved it," said United manager Kevin Lomas.\n\n'
            'The United boss added that his players had been "magnificent all afternoon".')
    qs = extract(text).quotes
    assert all(q.speaker == "Kevin Lomas" for q in qs)


def test_short_quoted_phrase_in_a_reported_clause_without_that():
    text = ('The hearing ended.\n\n'
            'Defending, Ms Nina Hale said her client had been in debt and was "deeply '
            'ashamed" of what she had done.')
    qs = extract(text).quotes
    assert [(q.text, q.kind, q.speaker) for q in qs] == [
        ("deeply ashamed", "mixed", "Nina Hale")]


def test_common_noun_in_apposition_before_an_organisation_name():
    text = ('Dementia cases rise.\n\n'
            'According to the charity Memory Matters Trust, one in three people born today '
            'will develop dementia.')
    q = extract(text).quotes[0]
    assert q.speaker == "Memory Matters Trust"
    assert q.speaker_type == "organisation"


def test_date_between_subject_and_verb():
    text = ('Rentals.\n\n'
            'The minister on Tuesday said the boom in holiday lets was pushing residents out.')
    q = extract(text).quotes[0]
    assert q.speaker == "The minister"
    assert q.text == "the boom in holiday lets was pushing residents out"
    assert q.when == "Tuesday"


def test_participle_takes_the_subject_of_the_main_verb():
    text = ('Rentals.\n\n'
            "Spain's tourism minister on Monday unveiled a cap on holiday lets, saying the "
            'boom was pushing residents out of city centres.')
    qs = [q for q in extract(text).quotes if q.cue == "saying"]
    assert len(qs) == 1
    assert qs[0].text == "the boom was pushing residents out of city centres"
    assert qs[0].speaker == "Spain's tourism minister"


def test_transcript_turns_of_a_named_person():
    text = ('Bins row.\n\n'
            'Council leader Jan Moor defended the plan on local radio.\n\n'
            'Presenter: Why did you ignore the petition?\n\n'
            'Jan Moor: We did listen. We changed the plans to keep weekly collections.\n\n'
            'Presenter: Will council tax go down?\n\n'
            'Moor: I cannot promise that today.')
    qs = [q for q in extract(text).quotes if q.cue == ":"]
    assert [(q.text, q.speaker, q.kind) for q in qs] == [
        ("We did listen. We changed the plans to keep weekly collections.", "Jan Moor", "direct"),
        ("I cannot promise that today.", "Jan Moor", "direct")]


def test_single_labelled_paragraph_is_no_transcript():
    text = ('Ideas.\n\n'
            'Senator Jo Park proposed a tax credit last year.\n\n'
            'Jo Park: Student loans are a burden for millions of families.\n\n'
            'The plan went nowhere.')
    assert not [q for q in extract(text).quotes if q.cue == ":"]


def test_capitalised_role_before_a_vox_pop_name():
    text = ('Bins.\n\n'
            'Resident Mary Holt, 72, said she was worried about the smell in summer.')
    q = extract(text).quotes[0]
    assert q.speaker == "Mary Holt"
    assert q.speaker_description == "Resident"


def test_quoted_as_saying_names_the_speaker_not_the_medium():
    text = ('Apology.\n\n'
            'Neil Brady, the manager, apologised on Sunday.\n\n'
            '"In the heat of the moment I said things I should not have," the statement '
            'quoted him as saying.\n\n'
            'The newspaper quoted Sen. Jane Ross as saying: "We will never agree to this deal."')
    qs = direct(extract(text))
    assert [(q.speaker, q.venue) for q in qs] == [
        ("Neil Brady", "the statement"), ("Jane Ross", "The newspaper")]


def test_venue_of_a_press_release_or_note():
    from quotes.extraction.when_where import find_venue
    t = "The researchers said in a press release that they planned a larger trial."
    assert find_venue(t, 0, len(t)) == "a press release"
    t = "In a note to clients, the analyst wrote that the payout was safe."
    assert find_venue(t, 0, len(t)) == "a note to clients"  # (whom the note was for is part of the medium)


def test_street_name_is_no_person():
    text = ('Fraud case.\n\n'
            'Mary Dean, 54, of Aldwick Road, pleaded guilty to fraud at the crown court.\n\n'
            '"I am deeply sorry," Dean said.')
    result = extract(text)
    assert [p.name for p in result.people] == ["Mary Dean"]
    assert "Aldwick Road" not in [o.name for o in result.organisations]


def test_fronted_description_before_an_honorific_and_name():
    text = ('Care homes.\n\n'
            'The chief executive of the charity Care Watch, Dr Mark Ince, said the case '
            'showed the need for tighter checks.')
    q = extract(text).quotes[0]
    assert q.speaker == "Mark Ince"
    assert q.speaker_description == "chief executive of the charity Care Watch"


def test_club_names_are_organisations():
    r = extract('Castleford United said in a statement that the manager would stay. '
                '"He has our full backing," the club said.')
    assert r.quotes[0].speaker == "Castleford United" and r.quotes[0].speaker_type == "organisation"
    assert [o.name for o in r.organisations] == ["Castleford United"]


def test_an_outlet_acronym_and_a_word_is_an_organisation_not_a_person():
    r = extract('"We were second best all afternoon," Mark Pritchard told BBC Sport.')
    assert [p.name for p in r.people] == ["Mark Pritchard"]
    assert "BBC Sport" in [o.name for o in r.organisations]


def test_lowercase_particles_stay_inside_names():
    r = extract('The Union des Loueurs de France said the rules were unfair. '
                '"We are ready," said Oscar de los Santos, the coach.')
    assert [o.name for o in r.organisations] == ["Union des Loueurs de France"]
    assert [q.speaker for q in r.quotes] == ["Union des Loueurs de France", "Oscar de los Santos"]
