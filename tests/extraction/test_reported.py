"""Indirect (reported) speech."""
from __future__ import annotations

from quotes.extraction import extract


def indirect(text):
    return [q for q in extract(text).quotes if q.kind == "indirect"]


def test_said_that():
    text = "Jane Doe said that the plan would create thousands of jobs."
    [q] = indirect(text)
    assert q.text == "the plan would create thousands of jobs"
    assert text[q.start:q.end] == q.text
    assert q.speaker == "Jane Doe"


def test_reiterated_that_and_clarified_that():
    text = ("Jane Doe reiterated that troops would only be deployed after a deal.\n"
            "John Smith clarified that the aim was to plan for the future.")
    quotes = indirect(text)
    assert [(q.speaker, q.cue) for q in quotes] == [("Jane Doe", "reiterated"),
                                                   ("John Smith", "clarified")]


def test_said_without_that_after_pronoun():
    text = ("Jane Doe spoke at length.\n"
            "Speaking recently, she said Europe must be ready to act alone.")
    [q] = indirect(text)
    assert q.text == "Europe must be ready to act alone"
    assert q.speaker == "Jane Doe"
    assert q.when == "recently"


def test_told_object_then_clause():
    text = "Jane Doe told reporters that the vote would be held next week."
    [q] = indirect(text)
    assert q.text == "the vote would be held next week"


def test_according_to():
    text = "The talks will resume in March, according to Jane Doe."
    [q] = indirect(text)
    assert q.text == "The talks will resume in March"
    assert q.speaker == "Jane Doe"


def test_participle_is_not_an_attribution():
    text = "He remained skeptical about the deal, suggesting that much work remains."
    assert indirect(text) == []


def test_numeric_subject_reports_speech():
    q = indirect("In the poll, 26% say they are conservative on most social issues.")[0]
    assert (q.text, q.speaker) == ("they are conservative on most social issues", "26%")


def test_fraction_subject_reports_speech():
    q = indirect("About two-thirds of the voters said they would back the plan next year.")[0]
    assert q.text == "they would back the plan next year"


def test_parenthetical_cue_inside_the_reported_sentence():
    q = indirect("The plan, an inside source said, is to have volunteers hand out the editorial.")[0]
    assert q.text == "The plan, an inside source said, is to have volunteers hand out the editorial"
    assert q.speaker == "an inside source"


def test_cue_after_a_scare_quote_still_reports_the_clause_after_it():
    text = ('On the "privatization of public sector jobs," Bernie Sanders said private '
            'contractors can be more expensive than federal workers.')
    q = indirect(text)[0]
    assert q.text == "private contractors can be more expensive than federal workers"
    assert q.speaker == "Bernie Sanders"


def test_according_to_at_the_end_with_an_unresolved_source():
    q = indirect("It quietly uses a network run by one of the big agencies, according to "
                 "officials familiar with the system.")[0]
    assert q.text == "It quietly uses a network run by one of the big agencies"
    assert q.speaker == "officials familiar with the system"


def test_according_to_after_a_short_fronted_phrase():
    q = indirect("In addition, according to the department, nearly nine million more workers "
                 "will be protected.")[0]
    assert q.text == "nearly nine million more workers will be protected"


def test_participle_after_a_comma_reports_for_the_main_subject():
    q = indirect("Other Republicans echoed those comments, saying the strategy is inadequate "
                 "to the threat.")[0]
    assert q.text == "the strategy is inadequate to the threat"
    assert q.speaker in ("Other Republicans", "Republicans")
    q = indirect("Both parents stiffened their stand, saying that he lacked the basic empathy "
                 "to lead.")[0]
    assert (q.text, q.speaker) == ("he lacked the basic empathy to lead", "Both parents")


def test_asked_whether_is_a_reported_question():
    q = indirect("Then Jane Doe asked the students if they were always so serious.")[0]
    assert (q.text, q.speaker) == ("if they were always so serious", "Jane Doe")


def test_speech_act_whose_content_is_its_object():
    q = indirect("In 1952, Dwight Eisenhower criticized President Truman's strategy of "
                 "containing the Soviet Union.")[0]
    assert q.text == "President Truman's strategy of containing the Soviet Union"
    assert q.speaker == "Dwight Eisenhower"


def test_speech_act_noun_and_passive_are_not_reported_speech():
    assert indirect("Donald Trump's attacks on the judge stand out for their personal nature.") == []
    assert indirect("The rollout of the plan was widely criticized as sloppy and harmful.") == []
    assert indirect("A year later, Barack Obama called Jane Doe at home.") == []


def test_title_cased_headline_that_says_something():
    text = ("Jane Doe Says She Has Already Started Writing Her Address.\n\n"
            "The senator spoke on Monday.")
    q = indirect(text)[0]
    assert (q.text, q.speaker) == ("She Has Already Started Writing Her Address", "Jane Doe")


def test_description_right_before_the_verb_late_in_a_sentence():
    text = ("Officials studied several sites last year, and a former defense official said "
            "there have been informal talks about the plan.")
    q = indirect(text)[0]
    assert q.text == "there have been informal talks about the plan"
    assert q.speaker == "a former defense official"


def test_semicolon_separates_two_reports():
    text = "Six in 10 said they were tired of the race; 46 percent said they were unenthusiastic."
    got = [(q.text, q.speaker) for q in indirect(text)]
    assert got == [("they were tired of the race", "Six in 10"),
                   ("they were unenthusiastic", "46 percent")]


def test_group_described_by_a_following_phrase():
    q = indirect("At times, people close to the vice president said, the mere mention of her "
                 "name could make him fume.")[0]
    assert q.speaker == "people close to the vice president"


def test_reported_clause_stops_where_the_writers_comment_starts():
    q = indirect("In September, the company announced it would slash up to 30,000 jobs, a mass "
                 "layoff rivaling the cuts of 2002.")[0]
    assert q.text == "it would slash up to 30,000 jobs"
    q = indirect("Paul Ryan has long said that he will support the nominee, even as he has taken "
                 "shots at the candidate.")[0]
    assert q.text == "he will support the nominee"


def test_time_phrase_after_the_verb_is_not_content():
    q = indirect("Donald Trump said Wednesday night that he does not want to kill anyone.")[0]
    assert q.text == "he does not want to kill anyone"


def test_plural_noun_subject_of_say():
    q = indirect("But hacking specialists say the most harmful information might not be genuine.")[0]
    assert q.speaker == "hacking specialists"
    q = indirect("By big margins, those surveyed say the economy should be the first priority.")[0]
    assert q.speaker == "those surveyed"


def test_writers_phrase_after_a_parenthetical_cue_is_not_content():
    q = indirect("He was unable to find a single taker, he said, on condition of anonymity.")[0]
    assert q.text == "He was unable to find a single taker"


def test_sentence_initial_asked_about():
    q = indirect("Asked about his paid speeches in the race, the campaign said he had accepted "
                 "no new engagements.")
    assert "about his paid speeches in the race" in [x.text for x in q]


def test_asked_someone_to_do_something():
    q = indirect("In another email, Hillary Clinton asks her assistant to print out the "
                 "recommendations.")[0]
    assert q.text == "to print out the recommendations"
    assert q.speaker == "Hillary Clinton"


def test_relative_who_said_reports_for_the_antecedent():
    text = ("The deal was reached with help from Labor Secretary Thomas Perez, who said he "
            "expects the agreement to be signed next week, but the union has not voted.")
    [q] = indirect(text)
    assert q.speaker == "Thomas Perez"
    assert q.text == "he expects the agreement to be signed next week"


def test_told_listener_then_a_possessive_clause():
    text = "Jane Doe told the AP her firm worked closely with the charity for years."
    [q] = indirect(text)
    assert q.text == "her firm worked closely with the charity for years"
    assert q.speaker == "Jane Doe"


def test_said_then_a_bare_noun_clause():
    text = "Jane Doe said voters want a candidate who listens to them."
    [q] = indirect(text)
    assert q.text == "voters want a candidate who listens to them"


def test_said_then_a_preposition_or_participle_is_no_clause():
    assert indirect("Jane Doe said in remarks to donors on Monday night.") == []
    assert indirect("Jane Doe wrote letters to the editor of the newspaper for years.") == []


def test_coordinated_reporting_verbs_split_the_clauses():
    text = "Jane Doe said the bill was dead and added that the Senate would not vote on it."
    assert [q.text for q in indirect(text)] == ["the bill was dead",
                                                "the Senate would not vote on it"]


def test_it_said_is_the_organisation_just_named():
    text = ("Twitter shut down the accounts on Friday.\n\n"
            "It said it had suspended 125,000 accounts since the middle of 2015.")
    [q] = indirect(text)
    assert q.speaker == "Twitter"
    assert q.speaker_type == "organisation"


def test_with_a_share_of_voters_saying():
    text = ("Mr. Trump has slightly improved his standing, with 30 percent of voters saying "
            "they have a positive view of him.")
    [q] = indirect(text)
    assert q.speaker == "30 percent of voters"
    assert q.text == "they have a positive view of him"


def test_participle_after_a_quote_and_its_attribution():
    text = ('"That is the big question," Jim Clark said, noting he would support any of the '
            'other candidates if they won.')
    [q] = indirect(text)
    assert q.speaker == "Jim Clark"
    assert q.text == "he would support any of the other candidates if they won"


def test_the_capitalised_name_reported_is_an_organisation():
    text = ("Clinton was joined by first responders at the memorial outside the club, "
            "the AP reported.")
    [q] = indirect(text)
    assert (q.speaker, q.speaker_type) == ("AP", "organisation")


def test_asked_with_a_phrase_before_the_question():
    text = ("Asked during a January debate why he trailed so badly among young voters, "
            "Senator Jane Doe said she would gain ground.")
    assert [q.text for q in indirect(text)] == ["why he trailed so badly among young voters",
                                                "she would gain ground"]


def test_which_critics_said():
    text = ("The governor vetoed the bill, which critics said was discriminatory against "
            "transgender students.")
    [q] = indirect(text)
    assert q.speaker == "critics"
    assert q.text == "was discriminatory against transgender students"


def test_second_clause_after_while_has_its_own_subject():
    text = ("About four out of 10 voters said life would be worse, while nine in 10 said "
            "they thought the economy favors the wealthy.")
    quotes = indirect(text)
    assert [q.speaker for q in quotes] == ["voters", "nine in 10"]


def test_comparison_after_the_clause_is_the_writers():
    text = ("Almost half said they wanted a nominee from outside the establishment, compared "
            "with a third four years ago.")
    [q] = indirect(text)
    assert q.text == "they wanted a nominee from outside the establishment"


def test_named_phrase_between_verb_and_that():
    text = "Jim Pate claimed in an interview with Breitbart News that he backs no candidate."
    [q] = indirect(text)
    assert (q.speaker, q.text) == ("Jim Pate", "he backs no candidate")
    text = "Ilya Shapiro argues at The Federalist that the chief justice shares the blame."
    [q] = indirect(text)
    assert q.text == "the chief justice shares the blame"


def test_according_to_a_long_source():
    text = ("According to early results of exit polls conducted for the Associated Press and "
            "television networks, black voters make up at least one-fifth of the electorate.")
    [q] = indirect(text)
    assert q.text == "black voters make up at least one-fifth of the electorate"


def test_citing_gives_the_main_subjects_reason():
    text = ("By Sunday afternoon Senator Jane Doe had canceled the joint rally with the "
            "president, citing the attack.")
    [q] = indirect(text)
    assert (q.speaker, q.text, q.cue) == ("Jane Doe", "the attack", "citing")


def test_told_an_outlet_of_a_city():
    text = "Jane Doe told The Star-Ledger of Newark last week she would vote for the governor."
    [q] = indirect(text)
    assert (q.speaker, q.text) == ("Jane Doe", "she would vote for the governor")


def test_object_of_a_speech_act_ends_before_where_it_happened():
    text = "Senator Jane Doe endorsed the governor's plan at a news conference in Ohio."
    [q] = indirect(text)
    assert q.text == "the governor's plan"


def test_place_phrase_between_listener_and_that_is_skipped():
    text = "Jane Doe told journalists outside the county courthouse that her client would appeal."
    [q] = indirect(text)
    assert (q.speaker, q.text) == ("Jane Doe", "her client would appeal")


def test_time_phrase_between_verb_and_that_is_skipped():
    text = "Jane Doe said after the closed-door vote that the committee would meet again soon."
    [q] = indirect(text)
    assert q.text == "the committee would meet again soon"


def test_object_keeps_a_thousands_separator():
    text = "Senator Jane Doe praised the county's plan to hire 2,500 nurses."
    [q] = indirect(text)
    assert q.text == "the county's plan to hire 2,500 nurses"


def test_answering_someone_elses_words_is_not_reported_speech():
    text = ("Senator Jane Doe rejected the accusations on Friday.\n"
            "Governor John Smith dismissed the rumours.")
    assert indirect(text) == []


def test_participle_after_a_plural_noun_subject_and_past_verb():
    text = "Farm unions rejected the offer, saying it would leave small growers worse off."
    quotes = [q for q in indirect(text) if q.cue == "saying"]
    assert [(q.speaker, q.text) for q in quotes] == [
        ("Farm unions", "it would leave small growers worse off")]


def test_participle_after_the_medium_before_that_is_skipped():
    text = ("Jane Doe said in a letter sent to party members late on Friday that she would "
            "not seek another term.")
    [q] = indirect(text)
    assert (q.speaker, q.text, q.venue) == ("Jane Doe", "she would not seek another term",
                                            "a letter")


def test_capitalised_plural_noun_with_a_place_phrase_is_a_group_speaker():
    text = "Growers across the valley say the new water rules will ruin them."
    [q] = indirect(text)
    assert (q.speaker, q.text) == ("Growers across the valley", "the new water rules will ruin them")


def test_sentence_opening_plural_noun_before_a_verb_phrase_is_no_speaker():
    text = "Waivers were designed to say the rules would not apply to small farms."
    assert indirect(text) == []


def test_a_business_named_by_its_trade_speaks():
    text = "Rail fares to rise\nThe insurer said losses from the floods would top 40 million pounds."
    [q] = indirect(text)
    assert (q.speaker_type, q.text) == ("organisation", "losses from the floods would top 40 million pounds")


def test_chief_operating_officer_is_one_description():
    text = "Chief operating officer Ben Ako said the plant would close in May."
    [q] = indirect(text)
    assert q.speaker_description.lower() == "chief operating officer"


def test_noun_opening_a_reported_clause_is_not_a_second_verb():
    text = "Senator Jane Doe said reports of fraud in the county had been greatly exaggerated."
    quotes = indirect(text)
    assert [(q.cue, q.text) for q in quotes] == [
        ("said", "reports of fraud in the county had been greatly exaggerated")]


def test_medium_noun_after_the_listener_is_part_of_the_listener():
    text = "John Smith told the Clarion weekly on Friday that the mill would close in June."
    [q] = indirect(text)
    assert q.text == "the mill would close in June"


def test_broadcaster_description_after_told_is_no_content():
    text = '"We are leaving," one worker told Danish television station TV2.'
    assert indirect(text) == []


def test_verb_after_a_modal_inside_a_reported_clause_is_not_the_reporters():
    text = "Mayor Jane Doe said the city would ask for emergency funds from the state."
    quotes = indirect(text)
    assert [(q.cue, q.text) for q in quotes] == [
        ("said", "the city would ask for emergency funds from the state")]


def test_according_to_a_document_from_a_source_names_the_source():
    text = ("Roads were closed across the valley after the storm, according to a brief "
            "statement from the state highway agency.")
    [q] = indirect(text)
    assert q.speaker == "the state highway agency"
    assert q.text == "Roads were closed across the valley after the storm"


def test_reported_speech_relayed_according_to_a_survey_is_the_surveys():
    text = ('Shoppers were polled in May.\n'
            'Nearly three in four say they would like to buy goods made at home, according '
            'to the survey.')
    [q] = [q for q in extract(text).quotes if q.kind == "indirect" and q.cue == "say"]
    assert q.speaker == "the survey"


def test_said_in_a_statement_signed_by_someone_then_that():
    text = ("Bill passes\n\nThe commission said in a statement signed by its spokesperson, Ngozi Adeyemi, "
            "that it would study the bill.\n")
    [quote] = indirect(text)
    assert (quote.text, quote.speaker, quote.venue) == ("it would study the bill", "The commission", "a statement")


def test_a_country_as_subject_speaks_as_an_organisation_and_its_object_keeps_its_and():
    text = ("Ceasefire talks\n\nIn talks held in Geneva, Ukraine proposed an aerial and naval ceasefire "
            "with Russia.\n")
    [quote] = indirect(text)
    assert (quote.speaker, quote.speaker_type) == ("Ukraine", "organisation")
    assert quote.text == "an aerial and naval ceasefire with Russia"


def test_an_aside_between_the_verb_and_its_clause():
    for aside in ("however", "though", "meanwhile"):
        text = f"Seeds\n\nKarl Vemmer praised it.\n\nVemmer cautioned, {aside}, that the plants would need years to flower.\n"
        [quote] = extract(text).quotes
        assert (quote.text, quote.speaker) == ("the plants would need years to flower", "Karl Vemmer"), aside


def test_said_after_a_comma_then_the_speaker_with_a_long_description():
    text = ("Budget\n\nIn a year when big government is unpopular, candidates have more room to cut the "
            "program, said Tom Ellery, an Iowa operative currently working for a rival campaign.\n")
    [quote] = extract(text).quotes
    assert quote.text.startswith("In a year when") and quote.text.endswith("cut the program")
    assert (quote.speaker, quote.speaker_description) == (
        "Tom Ellery", "an Iowa operative currently working for a rival campaign")


def test_an_object_after_the_verb_is_no_inverted_speaker():
    text = ("Budget\n\nAda Quell, a donor from Varn, said Thursday's speeches had changed her mind.\n\n"
            "Acme, which does not disclose its finances, denied the report, saying sales were fine.\n")
    quotes = extract(text).quotes
    assert all(not q.text.startswith(("Ada Quell", "Acme")) for q in quotes), quotes


def test_who_after_an_appositive_refers_to_its_head():
    text = ("Budget\n\nThat is not good enough, said Tom Ellery, a senior analyst at Harwick Securities, "
            "who notes that the firm has vowed to cut costs.\n")
    quotes = extract(text).quotes
    assert [q.speaker for q in quotes] == ["Tom Ellery", "Tom Ellery"]


def test_a_quantifier_subject_is_an_unnamed_speaker():
    text = ("Israel\n\nMany voters are wary of the plan. Some said they have cringed as the governor likened "
            "the talks to property deals.\n")
    [quote] = extract(text).quotes
    assert (quote.speaker, quote.speaker_type) == ("Some", "unnamed")
