"""Speaker rules added in session 11, each on sentences written for the test."""
from quotes.extraction import extract


def _direct(text):
    return [q for q in extract(text).quotes if q.kind in ("direct", "mixed")]


def test_a_role_noun_vouches_for_a_name_that_holds_a_month_abbreviation():
    text = ('Papers\n\n"Many of his ideas are far from convincing," columnist Ai Jun wrote in the paper. '
            '"He should be rejected."\n')
    assert {q.speaker for q in _direct(text)} == {"Ai Jun"}


def test_a_possessors_role_in_apposition_after_a_fronted_phrase_is_the_subject():
    text = ('Data\n\nMarta Quell is running for governor.\n\nIn early October, Quell\'s state director, '
            'Tom Ashby, reached out to the firm, writing in an email: "We want to use this at once."\n')
    [quote] = _direct(text)
    assert quote.speaker == "Tom Ashby"
    assert quote.speaker_description == "Quell's state director"


def test_a_topic_before_the_comma_is_not_the_writer():
    text = ('Letter\n\nSenator Ruth Abelard and the activist Colm Brennan met last week.\n\n'
            'Abelard, Brennan wrote "has shown real courage on this and deserves our votes."\n')
    [quote] = _direct(text)
    assert quote.speaker == "Colm Brennan"


def test_a_role_known_as_a_name_is_that_name():
    text = ('Raid\n\nAccording to the officer in charge that night, the film is wrong.\n\n'
            '"There never was an order to wait," said the station chief known as Gareth, '
            'speaking for the first time.\n')
    [quote] = _direct(text)
    assert (quote.speaker, quote.speaker_description) == ("Gareth", "the station chief")
    other = '"We left at once," said a former guard identified only as Mira.\n'
    assert _direct("Raid\n\n" + other)[0].speaker == "Mira"


def test_a_long_title_chain_after_said_ends_in_the_name():
    text = ('Turnout\n\n"He has done it before and he will do it again," said former Rhode Island Gov. and Democratic '
            'National Committee Chairman Pat Orrin. "It is about turnout."\n')
    assert {q.speaker for q in _direct(text)} == {"Pat Orrin"}


def test_with_a_name_and_an_adverb_before_a_manner_participle():
    text = ('Rally\n\nSome of his supporters pushed a heckler, with Vance Orloff reportedly yelling: '
            '"Get him out of here right now!"\n')
    [quote] = _direct(text)
    assert quote.speaker == "Vance Orloff"


def test_a_manner_participle_after_a_determiner_is_no_cue():
    text = ('Protest\n\nPete Santos runs a show.\n\nAnd last summer, while attending the demonstrations, '
            'Gil Arno calls a screaming Santos a "fascist" and a "Stalinist."\n')
    assert [(q.text, q.speaker) for q in _direct(text)] == [("fascist", "Gil Arno")]


def test_a_band_sang():
    text = 'Songs\n\nAs the Rattlers sang back in the 1980s, "They will turn us all into beggars."\n'
    [quote] = _direct(text)
    assert quote.speaker == "Rattlers"


def test_a_preposition_opening_the_sentence_is_no_speaker():
    text = ('Calls\n\nAlongside calls for action, even a top party strategist said the mayor must choose, '
            'saying, "At some point she is going to have to say where she stands."\n')
    quotes = extract(text).quotes
    assert not any((q.speaker or "").startswith("Alongside") for q in quotes)
    [quote] = _direct(text)
    assert quote.speaker == "a top party strategist"
    even = 'Calls\n\nEven so, Ann Marr said "this is a fine test for us all."\n'
    assert _direct(even)[0].speaker == "Ann Marr"


def test_a_long_capitalised_title_ending_in_a_role_noun_then_a_name():
    text = ('Guns\n\n"Our families want accountability," she added.\n\n"The senator voted twice to protect '
            'the dealers," Port Averne City Public Advocate Trish Jamar said. "He stands with the industry."\n')
    quotes = _direct(text)
    assert [q.speaker for q in quotes[1:]] == ["Trish Jamar", "Trish Jamar"]
    assert extract(text).people[0].descriptions[0].endswith("Public Advocate")


def test_a_relative_clause_is_no_part_of_an_unnamed_speakers_name():
    text = ('Talks\n\nAlthough there is no overlap, a White House official who spoke anonymously to discuss '
            'internal strategy said Wednesday, "Certainly there are discussions with the campaign."\n')
    [quote] = _direct(text)
    assert quote.speaker == "a White House official"
    many = 'Talks\n\nThe delegates, many of whom said the vote was rigged, left early.\n'
    assert extract(many).quotes[0].speaker in ("The delegates", "many of whom")


def test_the_object_of_a_verb_that_does_not_invert_is_no_speaker():
    text = ('Threat\n\nHastily politicising the tragedy, Garvan cast the blame on his rivals, and emphasized '
            'the threat that "militant extremism" poses to the world.\n')
    assert not any(q.speaker == "the threat" for q in extract(text).quotes)


def test_a_month_before_a_surname_dates_it_and_is_no_first_name():
    text = ('Rally\n\nMarta Quell is running for governor.\n\nAt a June Quell campaign event in Dunmore, '
            '62-year-old Brenda Jonsson railed against the plan. "They should listen to us," she said.\n')
    [quote] = _direct(text)
    assert quote.speaker == "Brenda Jonsson"
    assert "June Quell" not in {p.name for p in extract(text).people}
    said = 'Plan\n\nMarta Quell is running for governor.\n\nIn June Quell said the plan would pass.\n'
    assert extract(said).quotes[0].speaker == "Marta Quell"


def test_a_new_subject_opening_the_paragraph_before_takes_the_floor_from_the_last_speaker():
    text = ('Delegates\n\nPeter Vance leads the race for the nomination.\n\n'
            'Tomas Greer has argued that his rating is far higher than his rivals.\n\n'
            'Vance has blasted the delegate system, which he called a relic.\n\n'
            '"It is a rigged, dirty system," he said this week.\n')
    [quote] = _direct(text)
    assert quote.speaker == "Peter Vance"
    # Not when the paragraph opens with someone else, or names another man before the pronoun.
    other = text.replace("Vance has blasted", "Ann Morrow said Vance has blasted")
    assert _direct(other)[0].speaker == "Tomas Greer"
    between = text.replace('"It is a rigged', 'Greer shrugged. "It is a rigged')
    assert _direct(between)[0].speaker == "Tomas Greer"
    # "he added" goes on with the previous speaker.
    added = text.replace("he said this week", "he added")
    assert _direct(added)[0].speaker == "Tomas Greer"


def test_an_aside_after_the_verb_keeps_the_attribution_with_the_quotation():
    text = ('Coalition\n\nThe group met Monday.\n\n"And I\'m not being paid!" Ravell declared, a point he likes '
            'to make after a recent appearance on an urban radio station during which callers asked him.\n')
    [quote] = _direct(text)
    assert quote.speaker == "Ravell"
    reply = ('Emails\n\nAmbassador John Tefft wrote about a visit "at the invitation of a local businessman." '
             'Mrs. Clinton replied, "As you know, hearing nice things is always welcome."\n')
    assert [q.speaker for q in _direct(reply)] == ["John Tefft", "Clinton"]


def test_the_subject_after_a_preposition_and_which_is_the_speaker():
    text = ('Show\n\nHe made the point after a recent appearance on a radio station during which callers asked '
            'how much money he was getting.\n')
    assert extract(text).quotes[0].speaker == "callers"


def test_a_surname_that_is_also_a_place_or_nationality_is_the_person_named_in_full():
    text = ('Cuban speaks\n\nBillionaire Mark Cuban spoke on Monday about the race for the nomination in '
            'his home state.\n\nCuban also complained that the senator is too principled, suggesting he '
            'sees issues as "absolutely black and white."\n\n"We are ready," said Jeremy Paris, who runs '
            'the host committee. "You get your house ready for a party," Paris said.\n')
    quotes = _direct(text)
    assert [q.speaker for q in quotes] == ["Mark Cuban", "Jeremy Paris", "Jeremy Paris"]
    # A place after "in" stays a place.
    assert not any(q.speaker == "Jeremy Paris" for q in extract(text + "\nIn Paris, officials said it was fine.\n").quotes
                   if q.kind == "indirect")


def test_a_quotation_in_a_that_clause_before_a_verb_with_its_own_complement():
    text = ('Cases\n\nBut even as Garvan claimed on Tuesday that "the general got in trouble for far less," '
            'one of the former prosecutors said the two cases were quite different.\n')
    assert _direct(text)[0].speaker == "Garvan"
    colon = ('Court\n\nAfter Judge Ruth Abelard said that some students might do better at "less advanced '
             'schools," Garvan said: "I do not like what she said at all."\n')
    assert [q.speaker for q in _direct(colon)] == ["Ruth Abelard", "Garvan"]


def test_a_name_in_apposition_to_an_indefinite_description_is_the_subject():
    text = ('Pastors\n\nMarta Quell is campaigning across the state this week with her father.\n\n'
            'One pastor supporting Ms. Quell, Darran Whitby of Liberty Baptist Church in Marion, said he had '
            'made more than 150 phone calls. "Find your polling place and get there," he tells parishioners.\n')
    quotes = extract(text).quotes
    assert {q.speaker for q in quotes} == {"Darran Whitby"}


def test_a_role_with_a_time_phrase_then_a_name_with_an_initial():
    text = ('Deals\n\nLorne Abbott and his colleague Catherine Barnes pressed the diplomats to treat them '
            'equally. The party was "working to change its image from that of a haven for mobsters," wrote '
            'the American ambassador at the time, John E. Herbst.\n')
    assert _direct(text)[0].speaker == "John E. Herbst"


def test_of_and_a_place_between_a_name_and_its_verb_needs_a_full_name():
    text = ('Tunnels\n\nPart of the problem in detecting tunnels, say experts like Paul Baum, a geophysicist, '
            'is the ground itself.\n\nInformed of the district\'s lean, Early described it as "news to me."\n')
    names = {p.name for p in extract(text).people}
    assert "Part" not in names and "Informed" not in names


def test_a_described_role_before_who_is_the_speaker():
    text = ('Trip\n\nIn the capital, Garvan endured without complaint a lecture from the Mexican president, '
            'who said that the trade pact has been good for "both of our countries" and their workers.\n')
    assert _direct(text)[0].speaker == "the Mexican president"


def test_an_appositive_with_commas_of_its_own_before_the_verb():
    text = ('Families\n\n"It is shameful," Erica Smegan said.\n\nSandy Phillips, who lost her daughter '
            'during the shooting in Aurora, Colorado, in July 2012, said that he had treated her family '
            'disrespectfully.\n\n"He promised to meet with us face to face," she said.\n')
    quotes = extract(text).quotes
    assert [q.speaker for q in quotes] == ["Erica Smegan", "Sandy Phillips", "Sandy Phillips"]


def test_will_continue_is_no_reporting_verb():
    text = ('Golf\n\nCourses are closing every month, a trend that the foundation predicts will continue '
            '"for the next few years."\n')
    assert not any(q.cue == "continue" or "predicts" in (q.speaker or "") for q in extract(text).quotes)


def test_a_subject_after_but_takes_the_floor():
    text = ('Debate\n\nPeter Vance and Tomas Greer clashed on the debate stage in the capital on '
            'Saturday night.\n\n"Let us drop this fiction that he does not know what he is doing," '
            'said Greer.\n\nThe moderators were ready to move on, but Vance wasn\'t having it.\n\n'
            '"You see, everybody, I want the people at home to think about this," he said.\n')
    assert [q.speaker for q in _direct(text)] == ["Tomas Greer", "Peter Vance"]


def test_a_full_name_after_according_to_is_a_person_who_speaks():
    text = ('Coverage\n\n"We are ready," said Chris Collie, the governor.\n\nThe site said it would treat the '
            'campaign as news, according to a post from Arianna Hufton.\n\n"We will cover the ways the '
            'campaign is unique," she wrote.\n')
    assert [q.speaker for q in _direct(text)] == ["Chris Collie", "Arianna Hufton"]


def test_a_pronoun_prefers_a_person_known_to_fit_in_its_paragraph_over_an_earlier_subject():
    text = ('Coal\n\nHillary Clinton spoke in Ohio on Monday about her plans for coal country.\n\n'
            'Sen. Sherrod Browne (D-Ohio), also on the shortlist, is on deck to talk to the alliance.\n\nCoal miners are still smarting from remarks '
            'Clinton made earlier this year. When she was talking about energy, she offered up this sound '
            'bite: "We are going to put a lot of coal companies out of business."\n')
    assert _direct(text)[0].speaker == "Hillary Clinton"


def test_after_the_verb_a_possessors_role_then_the_name_in_apposition():
    text = ('Rally\n\nHelen Marr spoke in the ballroom on Friday night.\n\n"It is about time that we had a woman '
            'running this country," exhorted Marr\'s introducer, actress Jamie Lee Curtin.\n\n"We are '
            'treating it as one long election day," said Marr\'s deputy campaign manager, Rich Beeson.\n')
    assert [q.speaker for q in _direct(text)] == ["Jamie Lee Curtin", "Rich Beeson"]
    assert _direct(text)[1].speaker_description == "Marr's deputy campaign manager"


def test_chiding_and_an_age_before_the_subject():
    text = ('Hearing\n\nSenator Ruth Abelard clashed with Vance during the hearing, chiding him, "What '
            'difference at this point does it make?"\n\n76-year-old Morton Blake, founder of the institute, '
            'endorsed Greer last week, saying he "has consistently shown his commitment to our principles."\n')
    assert [q.speaker for q in _direct(text)] == ["Ruth Abelard", "Morton Blake"]


def test_during_after_with_and_a_name_is_no_participle():
    text = ('Hearing\n\nSenator Ron Jansen asked the questions.\n\nFormer Secretry of State Hillary Clinton '
            'clashed with Jansen during the hearing, chiding him, "What difference does it make?"\n')
    assert _direct(text)[0].speaker != "Ron Jansen"


def test_a_subject_after_but_with_a_title_and_an_appositive():
    text = ('Trade\n\n"Exposure to imports is bad for centrists," said Gordon Hanlon, an economist.\n\n'
            'Some conservative members have been sympathetic to free trade, but Representative Brooker, who '
            'has welcomed support from the Tea Party, does not mince words.\n\n"We are going to have to do '
            'whatever is necessary," he said.\n')
    assert [q.speaker for q in _direct(text)] == ["Gordon Hanlon", "Brooker"]


def test_absent_opening_a_sentence_is_no_first_name():
    text = ('Health\n\nHillary Clinton spoke to Rachel Maddow on Wednesday night about her health care plans '
            'for the country.\n\nAbsent Sanders\' campaign health care plan, which he has not introduced, Clinton '
            'pointed to the nine times Sanders has laid out a plan before Congress.\n\n"And it is a bit '
            'concerning to me because it would end all the kinds of health care we know," she went on.\n')
    assert [q.speaker for q in extract(text).quotes] == ["Hillary Clinton"]


def test_a_participle_after_the_quotation_is_never_inverted():
    text = ('Manila\n\nGarvan licensed his name to Vance Tower Manila, a large residential tower.\n\nIn response, '
            'Communications Secretary Martin Andanar released a statement saying that Garvan had "professed his '
            'love for the islands" during the launch event for Vance Tower Manila, calling it a "special place."\n')
    assert _direct(text)[0].speaker == "Martin Andanar"


def test_they_is_an_organisation_only_when_it_was_a_subject():
    text = ('Trade\n\nIn another study they wrote with Daron Acemo and Brendan Pryce from M.I.T., they '
            'estimated that imports cost jobs. "These results should cause us to rethink the gains," they '
            'argued.\n')
    assert not any(q.speaker == "M.I.T." for q in extract(text).quotes)
    org = ('Plan\n\nThe Brightlake Energy Company said on Monday it would close the plant. "We have no '
           'choice at all," they said.\n')
    assert _direct(org)[0].speaker == "Brightlake Energy Company"


def test_a_party_in_the_description_rules_out_the_other_partys_nominee():
    text = ('Trail\n\nRepublican nominee Peter Vance campaigned in Ohio.\n\nHis rival, Democratic presidential '
            'nominee Ann Marrow, held a rally in Iowa.\n\nThe Republican presidential nominee said the plan '
            'would "destroy the economy of this great country."\n')
    assert _direct(text)[0].speaker == "Peter Vance"


def test_a_pronoun_after_said_that_goes_on_is_the_reported_clauses_subject():
    text = ('Fans\n\nPeter Vance is very popular with some users in the country this year.\n\nAnother said he '
            'hoped with his "whole heart" that Vance wins the election: "That way I can watch the comedy '
            'that is the country for several years."\n')
    assert _direct(text)[-1].speaker != "Peter Vance"
    inverted = 'Speech\n\nPeter Vance spoke to voters in the town hall on Monday night.\n\n"We will win this state in November," said he.\n'
    assert _direct(inverted)[0].speaker == "Peter Vance"


def test_a_document_from_an_author_obtained_by_an_outlet_is_the_authors():
    text = ('Emblem\n\nThe Veterans League has twice complained about the emblem. A Feb. 1 letter from the '
            'Veterans League obtained by The Associated Press warns that "any further communication about it '
            'will be through our trademark attorney."\n')
    assert _direct(text)[0].speaker == "Veterans League"


def test_names_after_an_outlets_possessive_and_datelines_with_a_horizontal_bar():
    assert _direct('Poll\n\n"It is mind-boggling," said Gallup\'s Frank Newport.\n')[0].speaker == "Frank Newport"
    assert _direct('Poll\n\n"It is mind-boggling," said Democracy Corps\u2019 Stan Greenberg.\n')[0].speaker \
        == "Stan Greenberg"
    union = 'Nurses\n\nThe Quebec Nurses\' Federation said the shortage was caused by mandatory overtime.\n'
    assert extract(union).quotes[0].speaker == "Quebec Nurses' Federation"
    dated = ('Refugees\n\nWASHINGTON \u2015 The Obama administration announced plans Tuesday to expand the '
             'program, saying the current system "has not stopped people from making the journey."\n')
    assert "The Obama administration" in {q.speaker for q in extract(dated).quotes}
    assert not any("WASHINGTON" in (q.speaker or "") for q in extract(dated).quotes)
    recorder = ('Polls\n\n"We made some horrendous mistakes," Maricopa County Recorder Helen Purcell said.\n')
    assert _direct(recorder)[0].speaker == "Helen Purcell"
    even = "Race\n\nThe senator's time is quickly running out, according to even his own supporters.\n"
    assert extract(even).quotes[0].speaker == "his own supporters"


def test_a_clause_opened_by_after_and_an_outlets_possessive():
    text = ('Debate\n\n"I never said that. I never said that," Garvan said, after CNBC\'s Becky Quill said the '
            'front-runner had referred to Senator Ann Roe as the "personal senator of the industry" on air.\n')
    assert [q.speaker for q in _direct(text)] == ["Garvan", "Becky Quill"]


def test_a_participle_after_someones_document_is_the_owners():
    text = ('Flood\n\nThe Advocate had chided Governor Ann Roe on Aug. 17 for continuing her vacation.\n\nRoe did '
            'visit the state, but not until the week after the newspaper\'s editorial telling her to leave her '
            '"playground for the posh and well-connected" and come home.\n')
    assert _direct(text)[0].speaker == "the newspaper"
    issued = ('Talks\n\nThe Brightlake Energy Company issued a statement saying the talks were "a very positive '
              'step toward agreement."\n')
    assert _direct(issued)[0].speaker == "Brightlake Energy Company"


def test_a_short_quoted_name_inside_the_attribution():
    text = ('Convention\n\n"We have had more successful conventions than this one," Texas delegate Bill Eastwood, '
            'wearing a cowboy hat and "Ted Cole" campaign pins, said as the confetti fell.\n')
    assert _direct(text)[0].speaker == "Bill Eastwood"


def test_plural_nouns_that_are_also_reporting_verbs():
    text = ('Gitmo\n\n"The administration is constrained by law," White House press secretary Josh Ernest said '
            'Tuesday. Cost estimates, he added, were "based on a prototype detention facility."\n')
    assert [q.speaker for q in _direct(text)] == ["Josh Ernest", "Josh Ernest"]
    jokes = ('Vote\n\nFor decades, Mr. de Vries noted, the country has sent observers abroad. Now his friends make '
             'jokes about sending observers here "to ensure a free and fair vote."\n')
    assert not any("make" in (q.speaker or "") for q in extract(jokes).quotes)


def test_a_contracted_has_after_a_name_is_no_possessive():
    text = ('Debate\n\n"Let us drop this fiction that he does not know what he is doing," said Marco Rubin on '
            'the stage.\n\nChris Christo\'s been making the case for weeks that Rubin is not ready for the job. '
            '"You have not been involved in a consequential decision," he said.\n')
    assert [q.speaker for q in _direct(text)] == ["Marco Rubin", "Chris Christo"]


def test_the_name_after_he_said_is_its_object():
    text = ('Party\n\nAsked on the radio who leads the party in his view, Peter Vance said Ryan. Asked again, '
            'he said Ryan. "We can always have differences," he said. "That is always a lot."\n')
    assert {q.speaker for q in _direct(text)} == {"Peter Vance"}


def test_dotted_initials_are_a_persons_first_name():
    text = ('Platform\n\nThe president spoke about it last week in the capital.\n\n"The group still has a notable '
            'presence on the platform," said J.M. Bergen, a fellow with the Program on Extremism. He added that '
            'another network has also "been very aggressive on this issue."\n')
    result = extract(text)
    assert "J.M. Bergen" in {p.name for p in result.people}
    assert [q.speaker for q in _direct(text)] == ["J.M. Bergen", "J.M. Bergen"]


def test_agreed_to_is_consent_not_speech():
    text = ('Revival\n\n"It will rise and fall on its quality," said Mr. Nevis of the network.\n\nMr. Nevis said he '
            'pursued a new series only because Mr. Lunch agreed to participate. ("We have persuaded the original '
            'creators to complete their mission," he said.)\n')
    assert [q.speaker for q in _direct(text)] == ["Nevis", "Nevis"]


def test_the_president_is_not_the_vice_president():
    text = ('Rally\n\nPresident Ann Marrow spoke first.\n\nVice President Tom Greer then joined her on stage in '
            'the capital.\n\n"We will finish the job," the president said.\n')
    assert _direct(text)[0].speaker == "Ann Marrow"
