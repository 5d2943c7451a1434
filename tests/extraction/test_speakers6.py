"""Speaker rules added in session 12, each on sentences written for the test."""
from quotes.extraction import extract


def _direct(text):
    return [q for q in extract(text).quotes if q.kind in ("direct", "mixed")]


def test_a_description_refers_to_the_person_opening_the_paragraph_before():
    text = ('Shows\n\n"Sometimes we need our fix!" Marta Quell said to the magazine.\n\n'
            'Tom Ashby, the property developer and former host of a quiz show, listed a comedy as '
            'his favourite.\n\n'
            '"My favourite show stars me," the billionaire business mogul told the magazine.\n')
    quote = _direct(text)[-1]
    assert (quote.speaker, quote.speaker_description) == ("Tom Ashby", "the billionaire business mogul")


def test_a_description_still_continues_the_last_speaker_when_no_one_new_opens_a_paragraph():
    text = ('Shows\n\nTom Ashby listed a comedy as his favourite.\n\n'
            '"Sometimes we need our fix!" Marta Quell said to the magazine.\n\n'
            '"My favourite show stars me," the billionaire business mogul told the magazine.\n')
    assert _direct(text)[-1].speaker == "Marta Quell"


def test_a_possessive_before_a_cue_word_owns_a_noun():
    text = ("Talks\n\nTom Ashby said it was ''a great honor'' to earn the Russian president's praise "
            "last week.\n")
    [quote] = _direct(text)
    assert (quote.speaker, quote.speaker_mention) == ("Tom Ashby", "Tom Ashby")


def test_a_numeric_modifier_belongs_to_the_description_before_a_name():
    text = ('Veto\n\n"The rationales do not hold weight. They are wrong," said 9/11 widow Terry Strada.\n')
    [quote] = _direct(text)
    assert quote.speaker == "Terry Strada"


def test_a_name_right_before_who_needs_no_comma():
    text = ('Tweets\n\nAmong many replies to the debate was this tweet from Rikkie Wells who tweeted, '
            '“They never respect rules. They break them constantly.”\n')
    [quote] = _direct(text)
    assert quote.speaker == "Rikkie Wells"


def test_a_first_name_alone_is_the_one_person_named_in_full_with_it():
    text = ("Debate\n\nSir Geoffrey Pellew, who chairs the committee, warned that the change was rushed.\n\n"
            "‘I cannot remember a measure of this size,’ Sir Geoffrey said.\n")
    result = extract(text)
    assert [q.speaker for q in result.quotes if q.kind == "direct"] == ["Geoffrey Pellew"]
    assert [p.name for p in result.people] == ["Geoffrey Pellew"]
    two = ("Debate\n\nGeoffrey Pellew and Geoffrey Marsh met.\n\n"
           "‘I cannot remember a measure of this size,’ Sir Geoffrey said.\n")
    assert [q.speaker for q in extract(two).quotes if q.kind == "direct"] == ["Geoffrey"]


def _indirect(text):
    return [(q.speaker, q.venue, q.text) for q in extract(text).quotes if q.kind == "indirect"]


def test_a_legislature_told_is_the_venue_and_not_the_report():
    assert _indirect("Tax\n\nOn Tuesday, Mr Ashworth told the Commons that the relief cost £48bn a year.\n") == [
        ("Ashworth", "the Commons", "the relief cost £48bn a year")]
    assert _indirect("Tax\n\nJane Doe told the House of Lords that the cap would raise £3bn.\n") == [
        ("Jane Doe", "the House of Lords", "the cap would raise £3bn")]


def test_a_briefing_note_is_one_venue():
    assert _indirect("Tax\n\nThe Institute for Fiscal Studies said in a briefing note that the cap would "
                     "raise £3bn.\n") == [("Institute for Fiscal Studies", "a briefing note", "the cap would raise £3bn")]


def test_telling_a_story_is_not_reporting_speech():
    assert _indirect("Ads\n\nJane Doe told the story of a single mom who went on to build a career.\n") == []


def test_a_reported_clause_may_open_with_a_list():
    assert _indirect("Fire\n\nSharon Pike said donations of blankets, water and pet food had poured in.\n") == [
        ("Sharon Pike", None, "donations of blankets, water and pet food had poured in")]


def _names(text):
    result = extract(text)
    return [p.name for p in result.people], [o.name for o in result.organisations]


def test_the_datelines_place_is_nobody_when_named_again():
    text = ("Fire\n\nGRANITE HOLLOW, Calif. - A wildfire tore through the hills, officials said.\n\n"
            "State Sen. Howard Liang, whose district includes Granite Hollow, said he had asked for help.\n")
    assert _names(text)[0] == ["Howard Liang"]


def test_a_firm_joined_by_an_ampersand_is_one_organisation():
    people, orgs = _names("Chips\n\nA spokesman for Procter & Gamble said that margins would fall.\n")
    assert (people, orgs) == ([], ["Procter & Gamble"])


def test_a_chief_officers_portfolio_is_no_organisation():
    people, orgs = _names("Chips\n\nChief Financial Officer Martin Achebe told analysts that margins would fall.\n")
    assert (people, orgs) == (["Martin Achebe"], [])


def test_a_utility_named_for_power_is_an_organisation():
    assert "Pacific Ridge Power" in _names(
        "Fire\n\nPacific Ridge Power, the utility that serves the area, shut off electricity.\n")[1]


def test_according_to_inside_a_clause_sources_that_clause_not_what_follows():
    text = ("Chips\n\nVeridian Cloud, which had about 31% of Acme's sales last year according to regulatory "
            "filings, declined to comment on the cuts.\n")
    assert _indirect(text) == []
    opened = "Chips\n\nAnd it has not gone unnoticed: according to recent polls, Acme holds only 14 percent.\n"
    assert _indirect(opened) == [("recent polls", None, "Acme holds only 14 percent")]


def test_a_name_after_analysts_at_is_a_firm():
    people, orgs = _names('Chips\n\nAnalysts at Goldman Sachs wrote in a note that the cut was "worse than feared" by far.\n')
    assert (people, orgs) == ([], ["Goldman Sachs"])


def test_the_agent_of_was_asked_by_speaks_the_question():
    text = ("Talk\n\nSanders was asked by host Bill Maher, who backs him, “Now, you said you were tired of "
            "hearing about the emails. Has the story moved?”\n\nSanders responded, “It has.”\n")
    assert [q.speaker for q in _direct(text)] == ["Bill Maher", "Sanders"]


def test_a_document_speaks_past_a_phrase_set_off_after_it():
    for text in ('Mail\n\nThe message, sent to Cheryl Mills and forwarded to Clinton, called it "critical" '
                 'that she make such a speech soon.\n',
                 'Mail\n\nThe letter, signed by 40 senators including Jane Doe, said it was "critical" '
                 'that she speak soon.\n'):
        [quote] = _direct(text)
        assert (quote.speaker_type, quote.speaker.split()[0]) == ("organisation", "The")


def test_whoever_issued_a_statement_speaks_its_words():
    for subject, kind in (("The town", "organisation"), ("Ferguson", "organisation"), ("Jane Doe", "person")):
        text = (f"Visit\n\n{subject} released a statement Wednesday saying Trump’s comments “are based on his "
                f"opinion, not actual facts,” and welcomed him.\n")
        [quote] = _direct(text)
        assert (quote.speaker, quote.speaker_type) == (subject, kind)


def test_a_possessed_noun_between_verb_and_quotation_is_no_cue():
    text = ('Row\n\nParty Chairman Reince Priebus called Clinton\'s remarks on 9/11 a "new low" and an attempt '
            'to deflect attention.\n')
    assert [q.speaker for q in _direct(text)] == ["Reince Priebus"]


def test_a_predicate_role_after_listed_as_makes_a_person():
    people, _ = _names("Team\n\nDahlys Hamilton is listed as the chairman of the group.\n")
    assert people == ["Dahlys Hamilton"]


def test_it_reads_refers_to_a_document_or_its_sender():
    text = ("Mail\n\nThe email, released by a watchdog group, was sent at 7:19 p.m. by a staff member.\n\n"
            "“I just tried you on the phone but you were all in,” it reads.\n")
    assert [(q.speaker, q.speaker_type) for q in _direct(text)] == [("The email", "organisation")]
    sent = ("Zika\n\nThe Pediatric Society sent a letter this week urging Congress to act.\n\n"
            '"The fact that Congress has failed to act is appalling," it read.\n')
    assert [q.speaker for q in _direct(sent)] == ["Pediatric Society"]
    figurative = ("Vote\n\nClinton isn’t likely to flip the state to her column this year.\n\n"
                  '"It is a reliably red state," it read.\n')
    assert [q.speaker for q in _direct(figurative)] == [None]


def _quotes(text):
    return [(q.kind, q.speaker, q.speaker_type, q.venue) for q in extract(text).quotes]


def test_a_dateline_after_a_two_line_byline_is_no_part_of_the_report():
    text = ("Man charged\n\nBy Dana Whitcombe\nStaff Writer\n\nRIVERTON, Ohio - A man was charged with "
            "murder Monday, police said.\n")
    [quote] = extract(text).quotes
    assert quote.text.startswith("A man was charged")


def test_an_office_named_for_its_holder_is_one_organisation():
    people, orgs = _names("Crime\n\nThe Harmon County Prosecutor's Office said it would present the case.\n")
    assert orgs == ["Harmon County Prosecutor's Office"]


def test_a_countrys_state_media_is_an_unnamed_source():
    assert _quotes("Talks\n\nChinese state media reported that the premier had convened a meeting.\n") == [
        ("indirect", "Chinese state media", "unnamed", None)]


def test_the_outlet_told_in_an_interview_is_the_venue():
    assert _quotes('Film\n\n"I fidget," Noor Castellane told Variety in an interview this week.\n') == [
        ("direct", "Noor Castellane", "person", "Variety")]
    assert _quotes("Talks\n\nThe minister told state broadcaster RTV Talvenia that the army would be ready.\n")[0][3] \
        == "RTV Talvenia"


def test_a_time_abbreviation_ends_a_sentence_before_a_new_quotation():
    text = ('Vote\n\n"Tonight, this city chose hope," Jane Doe told supporters shortly after 11 p.m. "For two '
            'years we were told otherwise."\n')
    assert [q.kind for q in extract(text).quotes] == ["direct", "direct"]


def test_documents_named_in_the_plural_speak_as_documents():
    assert _quotes("Crime\n\nAccording to court records, the two men had argued inside the store.\n") == [
        ("indirect", "court records", "organisation", None)]


def test_a_role_with_a_named_complement_then_the_holder_in_apposition():
    text = ("UN\n\nFrance’s ambassador to the United Nations, Nicolas Riviere, rejected the accusation, saying "
            "the dam was filling “in full compliance” with a treaty.\n")
    assert [q.speaker for q in _direct(text)] == ["Nicolas Riviere"]


def test_a_press_screening_is_a_venue():
    text = ("Film\n\nBrandvold, speaking at a press screening in London on Tuesday, said he had watched the tape "
            "“maybe forty times.”\n")
    assert _quotes(text)[0][3] == "a press screening in London"


def test_a_headline_gives_a_quotation_and_its_speaker_beside_a_colon():
    text = ("‘I had to learn to be still’: Noor Castellane on the role that nearly broke her\n\n"
            "By Juliet Amberley\n\nThe actress Noor Castellane, 34, said the part changed her.\n")
    assert ("direct", "Noor Castellane", "person", None) in _quotes(text)
    other = "CNN President On Trump: 'We Do Not Pay Candidates'\n\nDonald Trump said he wanted money.\n"
    assert all(q[0] != "direct" for q in _quotes(other))


def test_a_body_named_without_its_place_is_the_body_named_in_full():
    text = ("Vote\n\nShe won 56% of the vote, according to unofficial results from the Halloway County "
            "Board of Elections.\n\n"
            "The Board of Elections said it would begin counting mail ballots on Wednesday.\n")
    assert _quotes(text)[-1][1] == "Halloway County Board of Elections"


def test_a_relative_clause_on_a_fronted_phrase_is_fronted_too():
    text = ("Golf\n\nAt Boca West, where it costs new members $70,000 to sign up, Jay DiPietro, the club's "
            "78-year-old president, suggested that the troubles of some rivals could be blamed on poor "
            "management and on their focus on ''the business of selling houses.''\n")
    assert [q.speaker for q in _direct(text)] == ["Jay DiPietro"]


def test_from_a_place_before_a_colon_is_no_speaker_label():
    text = ("Rally\n\nDonald Trump spoke at a rally, where he suggested the judge was from Mexico: \"The judge is "
            "Mexican, which is great. I think that's fine.\"\n")
    assert [q.speaker for q in _direct(text)] == ["Donald Trump"]
    label = ("Polls\n\nSigns of a shift were there all along - More from Blumenthal and Cohen: \"Data "
             "collected by our firm helps confirm both trends.\"\n")
    assert [q.speaker_mention for q in _direct(label)] == ["Blumenthal and Cohen"]


def test_top_before_a_surname_is_no_first_name():
    text = ("Top Clinton adviser sent 'top secret' messages to her private account.\n\n"
            "Hillary Clinton said the messages were not marked. \"It's a public statement! Just email it,\" "
            "Clinton wrote.\n")
    assert {q.speaker for q in extract(text).quotes} == {"Hillary Clinton"}


def test_labelled_turns_inside_quoted_paragraphs_are_each_speakers_words():
    text = ('Pence on Flowers\n\nGov. Mike Pence spoke to Chris Wallace on "Fox News Sunday."\n\n'
            'Partial transcript as follows:\n\n'
            '"WALLACE: Let’s start with the breaking news on the debate story tonight.\n\n'
            '"PENCE: Well, look, this is serious business for the American people.\n\n'
            '"But the truth is that he has a unique way of communicating with them.\n\n'
            '"RAMOS: Did you lie to them about it?\n')
    turns = [(q.speaker, q.text[:12]) for q in _direct(text) if q.start > text.index("Partial")]
    assert turns == [("Chris Wallace", "Let’s start "), ("Mike Pence", "Well, look, "),
                     ("Mike Pence", "But the trut"), ("Ramos", "Did you lie ")]


def test_through_a_translator_does_not_hide_the_reported_clause():
    text = "Squad\n\nJapanese midfielder Haruto Saegusa said through a translator that the squad remained united.\n"
    assert _indirect(text) == [("Haruto Saegusa", None, "the squad remained united")]


def test_a_player_described_by_nationality_and_position_is_the_player_named_before():
    text = ("Club\n\nClub captain Tomasz Wierzbicki also took to social media after the defeat.\n\n"
            "“We know this is not good enough,” the Polish defender wrote in an Instagram post on Thursday, "
            "“not for you and not for us.”\n")
    assert {q.speaker for q in _direct(text)} == {"Tomasz Wierzbicki"}


def test_a_nationality_standing_for_a_person_is_an_unnamed_description():
    text = "Club\n\nThe manager was asked about the window.\n\n“We do not need to buy,” the Portuguese said.\n"
    result = extract(text)
    assert [(q.speaker, q.speaker_type) for q in result.quotes] == [("the Portuguese", "unnamed")]
    assert not result.people


def test_a_description_before_its_relative_clause_is_the_subject():
    text = ("Club\n\nThe 52-year-old, who arrived in June from a rival club, added: “In football, four defeats "
            "is a crisis.”\n")
    assert [q.speaker for q in _direct(text)] == ["The 52-year-old"]


def test_a_dated_medium_keeps_its_date():
    text = "Mail\n\n“We cannot put out a number,” Keefe wrote in a March 3 email to the director.\n"
    assert [q.venue for q in _direct(text)] == ["a March 3 email"]


def test_an_unknown_name_in_apposition_to_a_role_with_a_complement():
    text = ("Mail\n\nIn a March 19 email, a lawyer at the firm, Bettina Vogl, advised that the authority was “not "
            "required to issue a public notice” until the retest results were confirmed, but added that it “may "
            "wish to consider” notifying households sooner.\n")
    assert [q.speaker for q in _direct(text)] == ["Bettina Vogl", "Bettina Vogl"]


def test_documents_reviewed_by_an_outlet_are_the_source():
    text = ("Water\n\nExecutives were warned in February that lead levels exceeded limits, according to "
            "emails reviewed by The Ledger.\n")
    assert _quotes(text)[0] == ("indirect", "emails reviewed by The Ledger", "organisation", None)


def test_a_person_presented_after_among_was_is_brought_on_stage():
    text = ("March\n\n“The roof leaks,” said Ines Valderrama, a parent.\n\n"
            "Among the marchers was Rhiannon Castellucci, a teacher, who carried a bucket.\n\n"
            "“When it rains, I move the reading corner,” she said.\n")
    assert [q.speaker for q in _direct(text)] == ["Ines Valderrama", "Rhiannon Castellucci"]


def test_a_description_never_ends_with_an_article():
    text = 'March\n\nThe crowd answered with a chant of "Fix the roofs now!" that went on for a minute.\n'
    assert all(not (q.speaker or "").endswith(" a") for q in extract(text).quotes)


def test_a_group_of_people_is_unnamed_not_an_organisation():
    text = 'March\n\nAs the crowd thinned, a group of teenagers near the back started one last chant: "Whose city? Our city!"\n'
    assert [(q.speaker, q.speaker_type) for q in _direct(text)] == [("a group of teenagers near the back", "unnamed")]


def test_quoted_as_saying_names_the_speaker_even_as_a_description():
    text = ('Guns\n\nAn early tweet quoted the president as saying “Need to do something not to debate the last '
            'shooting but to prevent the next one!”\n')
    assert [q.speaker for q in _direct(text)] == ["the president"]


def test_it_refers_to_a_document_named_after_a_fronted_phrase_or_a_possessor():
    text = ("Bank\n\nAs for Mr. Kim, the staff letter noted that surveys ''made it painfully clear that the bank "
            "is in a crisis.''\n\nIt also pointed up a core complaint.\n\n''Only one in three understand where "
            "the senior management team is leading us,'' it added.\n")
    assert [q.speaker for q in _direct(text)] == ["the staff letter", "the staff letter"]
    memo = ("Panel\n\nThursday's memo from the panel seemed aimed at bolstering the inquiry.\n\n"
            '"So far, 59 of the 75 witnesses had never been interviewed by Congress," it stated.\n')
    assert [q.speaker for q in _direct(memo)] == ["Thursday's memo"]


def test_a_first_name_in_apposition_to_a_relative_is_a_person():
    text = ("Sanders\n\nBernie Sanders has few plans. But his wife, Jane, offered a preview of his thinking in an "
            "interview.\n\n\"If he's president, he wants to keep this movement going,\" she said.\n")
    result = extract(text)
    assert [q.speaker for q in result.quotes if q.kind == "direct"] == ["Jane"]


def test_a_description_after_the_clauses_last_comma_is_the_verbs_subject():
    text = ('China\n\n"Many of his ideas are far from heartwarming," columnist Ai Jun wrote in the piece.\n\n'
            'But Donald Trump has one thing in common with Chinese people, the columnist suggested: "His winning '
            'streak is solid proof that voters are tired."\n')
    assert [q.speaker for q in _direct(text)] == ["Ai Jun", "Ai Jun"]
    court = ("Unions\n\nBut in March, the month after Justice Antonin Scalia died, the court announced that it had "
             "deadlocked in the case.\n")
    assert [q.speaker_mention for q in extract(court).quotes] == ["the court"]


def test_a_charge_someone_rejected_after_a_quotation_is_no_attribution():
    text = ('Vote\n\nDwight Albers had campaigned on public safety and accused Marisol Quintero-Hale of being '
            '"soft on crime," a charge she rejected throughout the race.\n')
    assert [q.speaker for q in _direct(text)] == ["Dwight Albers"]


def test_a_noun_ending_a_relative_clause_is_not_the_subject():
    social = ("Social\n\nThe reversal came after the novelist Imogen Ashcroft-Bell, who has more than 400,000 "
              "followers, wrote on X that she had deleted “every draft I’ve kept there since 2017.”\n")
    assert [q.speaker for q in _direct(social)] == ["Imogen Ashcroft-Bell"]
    union = ("School\n\nThe Marston Education Association, the union that represents the district's roughly "
             "1,100 teachers, said in a statement that it was \"deeply disappointed\" by the decision.\n")
    assert [q.speaker for q in _direct(union)] == ["Marston Education Association"]


def test_a_description_may_hold_a_name_in_its_phrase_or_a_possessive():
    text = ("Ads\n\nHillary Clinton released a new ad on Monday attacking Donald Trump over his taxes.\n\n"
            "\"You work hard. You pay your taxes. So why didn't he?\" a narrator in the Clinton ad asks.\n\n"
            "\"If he thinks that makes him smart, what does he think of you?\" the ad’s narrator says.\n")
    assert [q.speaker for q in _direct(text)] == ["a narrator in the Clinton ad", "the ad’s narrator"]


def test_a_kind_of_organisation_before_an_unknown_name_makes_it_one_the_company_refers_to():
    text = ("Notes\n\nThe note-taking app Quillnest said on Thursday that it would scrap the change.\n\n"
            "“We got this wrong,” the company said in a blog post.\n")
    result = extract(text)
    assert [o.name for o in result.organisations] == ["Quillnest"]
    assert [q.speaker for q in _direct(text)] == ["Quillnest"]


def test_a_companys_first_word_is_the_company():
    text = ("Pumps\n\nSenators questioned the chief executive of Veridian Medical on Tuesday.\n\n"
            "Veridian said it had “identified a potential software anomaly” in November.\n")
    assert [q.speaker for q in _direct(text)] == ["Veridian Medical"]


def test_the_medium_that_quoted_someone_is_the_venue():
    text = ('Drought\n\nXinhua quoted Vice Governor Luo Qiang as saying the province would "spare no effort" to '
            'keep electricity flowing.\n')
    assert [(q.speaker, q.venue) for q in _direct(text)] == [("Luo Qiang", "Xinhua")]


def test_a_department_of_two_portfolios_is_one_body():
    for body in ("Department of Health and Human Services", "Ministry of Economy and Finance"):
        people, orgs = _names(f"Rules\n\nThe {body} said it would review the rules.\n")
        assert (people, orgs) == ([], [body])
    people, orgs = _names("Rules\n\nThe Department of Justice and Microsoft said they would review the rules.\n")
    assert orgs == ["Department of Justice", "Microsoft"]


def test_a_notice_is_a_venue():
    text = ('Power\n\n"The power supply situation is severe," the provincial energy department said in a notice '
            'posted online.\n')
    assert [q.venue for q in _direct(text)] == ["a notice"]


def test_a_name_in_apposition_after_a_role_and_its_comma():
    text = ("Hearing\n\nThe ranking member, Sen. Gerald Voss of Wyoming, struck a gentler tone but called the "
            "delay “impossible to defend.”\n")
    assert [q.speaker for q in _direct(text)] == ["Gerald Voss"]


def test_initials_and_a_short_name_refer_to_the_body_named_in_full():
    text = ('Pumps\n\nThe pump was recalled after the Food and Drug Administration received reports.\n\n'
            'The FDA, which did not send a witness, said in a statement that it was "reviewing the timeline of '
            'the reporting" closely.\n\nA spokeswoman for Veridian Medical was there.\n\n'
            'A spokeswoman for Veridian said the company would "continue to cooperate fully" with lawmakers.\n')
    assert [q.speaker for q in _direct(text)] == ["Food and Drug Administration", "Veridian Medical"]


def test_a_surname_with_a_particle_is_the_person_named_in_full():
    text = ("Road\n\nCllr Siobhán Ní Bhriain said she was “gutted but not surprised”.\n\n"
            "Cllr Ní Bhriain said councillors from all parties would travel to Dublin next week.\n")
    result = extract(text)
    assert [p.name for p in result.people] == ["Siobhán Ní Bhriain"]
    assert {q.speaker for q in result.quotes} == {"Siobhán Ní Bhriain"}


def test_a_councillor_is_the_one_the_article_calls_cllr():
    text = ("Road\n\nCllr Siobhán Ní Bhriain has campaigned for the road for a decade.\n\n"
            "“We’ve had three ministers come and look at it,” the Fianna Fáil councillor said.\n")
    assert [q.speaker for q in _direct(text)] == ["Siobhán Ní Bhriain"]


def test_programmes_calls_with_analysts_and_advisories_are_venues():
    cases = [("Road\n\n“The project is paused,” Eoin Walsh told RTÉ’s Morning Ireland.\n", "RTÉ’s Morning Ireland"),
             ("Deal\n\nOn a call with analysts, Janet Okafor said the companies expected savings of $600 million.\n",
              "a call with analysts"),
             ("Storm\n\nThe National Hurricane Center said in its 4 p.m. advisory that the storm was moving north.\n",
              "its 4 p.m. advisory")]
    for text, venue in cases:
        assert [q.venue for q in extract(text).quotes] == [venue]
    journalist = "Debate\n\n“I am not running,” Jane Roe told ABC’s George Stephanopoulos.\n"
    assert [q.venue for q in extract(journalist).quotes] == ["ABC"]


def test_a_state_abbreviation_after_a_town_may_end_a_sentence():
    text = ("Storm\n\nThe Federal Emergency Management Agency said it had positioned food, water and generators "
            "at staging areas in Alexandria and Jackson, Miss. In a statement, FEMA Administrator Harold "
            "Wexley-Boone said the agency was “leaning forward” and urged residents to “listen to your local "
            "officials.”\n")
    assert [q.text[:20] for q in extract(text).quotes][0] == "it had positioned fo"


def test_a_diocese_and_a_storm_are_no_people():
    people, orgs = _names("Parish\n\nIn a statement, the Diocese of Greyhaven said the decision was made with "
                          "sorrow, as Hurricane Delphine neared the coast.\n")
    assert (people, orgs) == ([], ["Diocese of Greyhaven"])


def test_a_new_person_after_a_short_opening_sentence_takes_the_floor():
    text = ("Storm\n\n“Leave now,” the governor, Lorraine Fontenot, said.\n\n"
            "“We will send buses,” said Harold Boone, the agency’s chief.\n\n"
            "Not everyone planned to go. In Cocodrie, shrimper Dale Arceneaux, 58, was tying down his boat.\n\n"
            "“My daddy never left and I never left,” he said.\n\n"
            "Down the road, Tasha Guidry, 34, was loading her truck. “After Ida we went to a hotel,” she said.\n")
    assert [q.speaker for q in _direct(text)][-2:] == ["Dale Arceneaux", "Tasha Guidry"]


def test_a_comma_inside_a_number_sets_no_speaker_off():
    text = ("Music\n\nRosalind Achebe-Marsh, the president of Tallgrass Records, says the label pressed 20,000 "
            "vinyl copies before hearing a note.\n")
    assert {q.speaker for q in extract(text).quotes} == {"Rosalind Achebe-Marsh"}


def test_a_court_of_appeals_is_one_body():
    text = ("Ballots\n\nThe U.S. Court of Appeals for the Ninth Circuit, in a 2-1 decision, said the state had shown "
            "that the law was sound.\n")
    assert [q.speaker for q in extract(text).quotes] == ["U.S. Court of Appeals for the Ninth Circuit"]


def test_an_age_or_nationality_epithet_is_the_protagonist_of_the_headline():
    text = ("Kovalenko-Reyes saves two match points to reach her first semifinal\n\n"
            "NEW YORK — Oksana Kovalenko-Reyes had never won a match that lasted three hours.\n\n"
            "Kovalenko-Reyes, who was ranked 118th a year ago, saved two match points.\n\n"
            "“Hit the ball, don’t think about the score,” the 22-year-old said.\n\n"
            "Kovalenko-Reyes will play again on Friday.\n")
    assert [q.speaker for q in _direct(text)] == ["Oksana Kovalenko-Reyes"]


def test_a_bodys_named_spokesperson_after_the_verb_speaks():
    text = ("Water\n\n“Residents don’t care whose fault it is,” said UCM spokesperson Lerato Khumalo-Pillay.\n\n"
            "“Everything he says is a surprise,” said RNC spokesman Sean Spicer.\n")
    assert [q.speaker for q in _direct(text)] == ["Lerato Khumalo-Pillay", "Sean Spicer"]


def test_a_committee_on_a_subject_is_one_body_and_a_title_after_it_is_not():
    people, orgs = _names("Ethics\n\nThe Committee on Publication Ethics, an industry body, has said that journals "
                          "should not wait.\n")
    assert (people, orgs) == ([], ["Committee on Publication Ethics"])
    text = ("Talks\n\nThe Council on American-Islamic Relations National Executive Director Nihad Awad says in a "
            "statement that Trump’s “inflammatory rhetoric has crossed the line” now.\n")
    assert [q.speaker for q in _direct(text)] == ["Nihad Awad"]
    weekday = "Council\n\nThe St. Paul City Council on Wednesday said it condemned the remarks.\n"
    assert "St. Paul City Council" in _names(weekday)[1]


def test_data_named_as_the_source_speaks_as_a_document():
    assert _quotes("Rent\n\nThe median rent reached $1,640 in March, according to city data, as the council met.\n") \
        == [("indirect", "city data", "organisation", None)]


def test_a_journal_named_letters_is_an_organisation():
    people, orgs = _names('Journal\n\nNeurobiology Letters said in a notice posted on Wednesday that "the reliability '
                          'of the central findings can no longer be assured."\n')
    assert (people, orgs) == ([], ["Neurobiology Letters"])


def test_the_official_is_the_unnamed_official_just_introduced():
    text = ("Drones\n\nA senior defense official, speaking on condition of anonymity, said the decision was "
            "accelerated.\n\n“That got everybody’s attention,” the official said.\n")
    assert [q.speaker for q in _direct(text)] == ["A senior defense official"]


def test_a_carrier_named_air_is_an_organisation_and_a_named_committee_a_venue():
    people, orgs = _names("Jet\n\nCascadia Air said in a statement that the jet landed safely.\n")
    assert (people, orgs) == ([], ["Cascadia Air"])
    text = ('Drones\n\nGen. Marcus Holt told the Senate Armed Services Committee on Tuesday that the incursions were '
            '"a deliberate probing of our seams."\n')
    assert [q.venue for q in _direct(text)] == ["the Senate Armed Services Committee"]


def test_a_restaurant_or_hotel_named_casa_cafe_hotel_is_an_organisation():
    people, orgs = _names("Porto\n\nThe dining room at Casa Alecrim holds 22 people, said Inês Carvalho, who "
                          "opened Café Lumière in 2019.\n")
    assert people == ["Inês Carvalho"] and orgs == ["Casa Alecrim", "Café Lumière"]
