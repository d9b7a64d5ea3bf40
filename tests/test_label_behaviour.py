"""What `label` must handle, each pinned with a small article written for the test."""

from __future__ import annotations

import pytest

import srcflag
from srcflag.label import label
from srcflag.report import Report, Statement


def only(report: Report, fragment: str) -> Statement:
    found = [s for s in report.statements if fragment in s.content.text]
    assert len(found) == 1, [s.content.text for s in report.statements]
    return found[0]


def contents(text: str) -> list[str]:
    return [s.content.text for s in label(text).statements]


# --- quotation marks ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("opening", "closing"),
    [('"', '"'), ("“", "”"), ("«", "»"), ("„", "“"), ("「", "」"), ("『", "』"), ("‘", "’")],
)
def test_every_quotation_style_is_a_quotation(opening: str, closing: str) -> None:
    text = f"{opening}The harvest was the best in a decade,{closing} the farm minister said."
    statement = only(label(text), "harvest")
    assert statement.content.text == "The harvest was the best in a decade,"
    assert statement.kind == "direct"


def test_a_closing_mark_typed_at_the_start_of_a_quotation_opens_it() -> None:
    text = "Readers wrote in.\n\n”Fear. I am afraid the ferry will stop for good.” ― Ana Lopez\n\nMore letters came."
    statement = only(label(text), "afraid")
    assert statement.content.text == "Fear. I am afraid the ferry will stop for good."
    assert statement.speaker is not None and statement.speaker.name == "Ana Lopez"


@pytest.mark.parametrize(
    ("opening", "content"),
    [
        ("” … what", "… what"),
        ("”…what", "…what"),
        ("”...what", "...what"),
    ],
)
def test_a_closing_mark_opening_a_paragraph_before_an_ellipsis_opens_a_quotation(opening: str, content: str) -> None:
    text = f"Lena Ortiz spoke at the port.\n\n{opening} I learned here is that the port matters,” he said."
    statement = only(label(text), "port matters")
    assert statement.kind == "direct"
    assert statement.content.text == f"{content} I learned here is that the port matters,"
    assert statement.speaker is not None and statement.speaker.name == "Lena Ortiz"


def test_apostrophes_are_not_quotation_marks() -> None:
    text = (
        "Kim's aides said the Koreas' talks in the '90s were rock 'n' roll diplomacy that didn't last, "
        "and that the plan's flaws were obvious."
    )
    [statement] = label(text).statements
    assert statement.kind == "indirect"
    assert statement.content.text.startswith("the Koreas' talks in the '90s")


def test_nested_quotation_is_part_of_the_outer_one() -> None:
    text = "The envoy said: \"They told us 'never again' and we believed them.\""
    [statement] = label(text).statements
    assert statement.content.text == "They told us 'never again' and we believed them."


def test_quotation_continued_over_paragraphs_is_one_statement() -> None:
    text = (
        'The mayor said: "We will rebuild the bridge this year.\n\n'
        '"We will also repair every school that the flood damaged."\n\n'
        "The council met on Monday."
    )
    [statement] = label(text).statements
    assert statement.content.text.startswith("We will rebuild the bridge")
    assert statement.content.text.endswith("the flood damaged.")


def test_a_stray_mark_damages_only_its_own_paragraph() -> None:
    text = 'The "new plan was leaked on Monday.\n\n"It will cut waiting times by half," the health minister said.'
    statement = only(label(text), "waiting times")
    assert statement.content.text == "It will cut waiting times by half,"
    assert statement.speaker is not None and statement.speaker.text == "the health minister"


def test_scare_quotes_and_titles_are_not_statements() -> None:
    text = 'The so-called "reform" drew crowds to a film titled "The Long Road Home" on Friday.'
    assert label(text).statements == ()


# --- cues and speakers ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The port will reopen next week, the harbour authority said.",
        "The port will reopen next week, said the harbour authority.",
        "The harbour authority said the port will reopen next week.",
        "The harbour authority said on Tuesday that the port will reopen next week.",
        "According to the harbour authority, the port will reopen next week.",
        "The port will reopen next week, according to the harbour authority.",
        "The harbour authority has repeatedly insisted that the port will reopen next week.",
    ],
)
def test_reported_speech_in_every_order(sentence: str) -> None:
    [statement] = label(sentence).statements
    assert statement.content.text == "the port will reopen next week" or statement.content.text.startswith(
        "The port will reopen next week"
    )
    assert statement.speaker is not None and "harbour authority" in statement.speaker.text


def test_speaker_inside_a_quotation_attributes_both_halves() -> None:
    text = '"We are ready," the coach said, "and we will win."'
    [turn] = label(text).statements
    assert turn.speaker is not None and turn.speaker.text == "the coach"
    first, second = label(text, turns=False).statements
    assert first.content.text == "We are ready,"
    assert second.content.text == "and we will win."
    assert first.speaker is not None and second.speaker is not None
    assert first.speaker.text == second.speaker.text == "the coach"


def test_fragments_one_cue_quotes_are_one_statement_of_that_turn() -> None:
    text = 'The senator called the plan "reckless," "unfunded" and "a gift to lobbyists." The vote is on Friday.'
    [statement] = label(text).statements
    assert statement.kind == "partial"
    assert statement.content.text == 'reckless," "unfunded" and "a gift to lobbyists.'
    fragments = [s.content.text for s in label(text, turns=False).statements]
    assert fragments == ["reckless,", "unfunded", "a gift to lobbyists."]


def test_fragments_of_two_acts_of_saying_stay_apart() -> None:
    text = 'Mayor Ines Duarte called the plan "reckless" and promised "a better one" by June.'
    assert [s.content.text for s in label(text).statements] == ["reckless", "a better one"]


def test_speaker_label_and_continued() -> None:
    text = 'Senator Ruth Alvarez spoke first.\n\nHe continued: "The budget is late again."'
    statement = only(label(text), "budget")
    assert statement.kind == "direct"


def test_an_inverted_speaker_keeps_the_abbreviated_title_and_the_name() -> None:
    statement = only(label('"The roof will hold," said Dr. Ann Burman, an engineer.'), "roof")
    assert statement.speaker is not None and statement.speaker.text == "Dr. Ann Burman"
    assert statement.speaker.name == "Ann Burman"


def test_a_role_and_name_before_an_appositive_speak_not_the_day_after_the_verb() -> None:
    statement = only(label("“The dam will hold,” harbour chief Ana Ruiz, a civil engineer, said Tuesday."), "dam")
    assert statement.speaker is not None and statement.speaker.name == "Ana Ruiz"


def test_a_headline_subject_with_an_abbreviated_word_is_the_whole_name() -> None:
    text = "S. Korea bristles at the new tariffs, warns it could seek 'other markets' for its steel\n\nMore follows."
    [statement] = label(text).statements
    assert statement.speaker is not None and statement.speaker.text == "S. Korea"


def test_title_before_a_name_gives_the_type() -> None:
    text = "RAND Corporation researcher Jane Roe wrote that the treaty changed little."
    statement = only(label(text), "treaty")
    assert statement.speaker is not None
    assert statement.speaker.name == "Jane Roe"
    assert statement.source_type == "think_tank"


def test_appositive_after_a_name_gives_the_type() -> None:
    text = "Jane Roe, a senior fellow at the Brookings Institution, said the treaty changed little."
    statement = only(label(text), "treaty")
    assert statement.speaker is not None and statement.speaker.name == "Jane Roe"
    assert statement.source_type == "think_tank"


def test_role_before_a_name_in_commas_gives_the_type() -> None:
    text = (
        "On Friday, the United Nations' special envoy on the humanitarian situation in the Sahel region, "
        "Ama Owusu, said the truce was holding."
    )
    statement = only(label(text), "truce")
    assert statement.content.text == "the truce was holding"
    assert statement.speaker is not None and statement.speaker.name == "Ama Owusu"
    assert statement.source_type == "intergovernmental"


def test_a_past_role_does_not_type_the_speaker() -> None:
    text = (
        "Dana Wu, a senior fellow at the Brookings Institution, studies the Korean peninsula.\n\n"
        "Wu, who served on the National Security Council under two presidents, said the talks would stall."
    )
    statement = only(label(text), "talks would stall")
    assert statement.speaker is not None and statement.speaker.name == "Dana Wu"
    assert statement.source_type == "think_tank"


def test_pronoun_and_short_name_resolve_to_the_full_name() -> None:
    text = (
        "Jane Roe, a senior fellow at the Brookings Institution, studies sanctions.\n\n"
        "Roe said the measures had failed.\n\n"
        '"They never worked," she said.'
    )
    report = label(text)
    assert only(report, "measures").speaker.name == "Jane Roe"  # type: ignore[union-attr]
    assert only(report, "never worked").speaker.name == "Jane Roe"  # type: ignore[union-attr]


def test_a_role_word_means_a_person_described_with_that_role_not_one_described_with_none() -> None:
    text = (
        "Governor Lena Ortiz opened the harbour on Monday.\n\n"
        "Marco Villa urged the council to delay the vote.\n\n"
        "The governor promised to veto the budget."
    )
    assert only(label(text), "veto").speaker.name == "Lena Ortiz"  # type: ignore[union-attr]
    text = "Marco Villa urged the council to delay the vote.\n\nThe governor promised to veto the budget."
    statement = only(label(text), "veto")
    assert statement.speaker is not None and statement.speaker.name == "The governor"
    assert statement.source_type == "government"


def test_one_capitalised_at_a_sentence_start_opens_no_name() -> None:
    text = 'One European diplomat, speaking on condition of anonymity, said there was "little hope" of a deal.'
    [statement] = label(text).statements
    assert statement.speaker is not None and statement.speaker.name == "One European diplomat"
    assert statement.source_type == "anonymous"


def test_an_acronym_that_spells_a_function_word_is_a_name_not_a_pronoun() -> None:
    text = '"We are very concerned," WHO Director-General Tedros Adhanom Ghebreyesus told reporters in Geneva.'
    [statement] = label(text).statements
    assert statement.speaker is not None and statement.speaker.name == "Tedros Adhanom Ghebreyesus"
    assert statement.source_type == "intergovernmental"


def test_a_channel_named_as_what_carried_a_speech_is_the_outlet_not_the_speech() -> None:
    text = "Kim said in a speech carried by KCNA that the harvest had failed."
    [statement] = label(text).statements
    assert [(c.text, c.entity) for c in statement.channels] == [("KCNA", "kp/kcna")]
    text = "The president accused his rivals of plotting a coup, in a speech broadcast on state television VTV."
    [statement] = label(text).statements
    assert [c.text for c in statement.channels] == ["state television VTV"]
    assert statement.source_type == "state_media"


@pytest.mark.parametrize("descriptor", ["Rival", "Fellow", "Challenger", "Nominee"])
def test_a_descriptor_before_a_name_is_not_part_of_the_name(descriptor: str) -> None:
    text = f'{descriptor} Ana Lopez mocked the plan, saying it was "not worth the paper."'
    [statement] = label(text).statements
    assert statement.speaker is not None and statement.speaker.name == "Ana Lopez"


def test_he_after_a_dateline_means_the_storys_subject_not_a_place_named_since() -> None:
    text = (
        "PYONGYANG, Oct. 12 (KCNA) -- Kim Jong Un visited the Kangdong Vegetable Greenhouse Farm on Sunday.\n\n"
        "He said the farm was a model for the whole country."
    )
    statement = only(label(text), "model")
    assert statement.speaker is not None and statement.speaker.name == "Kim Jong Un"


def test_a_country_a_body_studies_is_not_the_speakers_country() -> None:
    text = "Yang Moo-jin, president of the University of North Korean Studies, said the North would wait."
    [statement] = label(text).statements
    assert statement.speaker is not None and statement.speaker.type == "academic"
    assert "North Korea" not in statement.explain()


def test_a_person_of_a_body_takes_the_bodys_type() -> None:
    text = 'The survey was led by Helen Marsh of the Brookings Institution.\n\n"This is a wake-up call," Marsh said.'
    statement = only(label(text), "wake-up")
    assert statement.speaker is not None and statement.speaker.name == "Helen Marsh"
    assert statement.source_type == "think_tank"


def test_the_clause_after_according_to_a_name_is_no_appositive_of_the_name() -> None:
    text = "According to Jane Roe, Huawei overtook Apple in the premium segment last quarter."
    [statement] = label(text).statements
    assert statement.speaker is not None and statement.speaker.name == "Jane Roe"
    assert statement.source_type == "individual"


def test_a_research_firm_is_a_company_not_a_person() -> None:
    text = "According to data from Counterpoint Research, Huawei overtook Apple in the premium segment."
    [statement] = label(text).statements
    assert statement.source_type == "company"
    assert "Huawei" not in statement.explain()


def test_an_acronym_of_the_body_just_quoted_is_that_body() -> None:
    text = (
        "North Korea fired a missile on Friday, South Korea's Joint Chiefs of Staff said.\n\n"
        '"This is a grave provocation," the JCS said in a statement.'
    )
    statement = only(label(text), "provocation")
    assert statement.speaker is not None and statement.speaker.entity == "kr/jcs"


def test_a_pronoun_with_no_person_named_before_means_the_role_the_paragraph_describes() -> None:
    text = 'When I asked the minister whether the port would reopen, she paused. "We hope so," she said.'
    [statement] = label(text).statements
    assert statement.speaker is not None and statement.speaker.text == "she"
    assert statement.speaker.name == "the minister"
    assert statement.source_type == "government"


def test_the_head_of_state_means_the_president_just_quoted() -> None:
    text = (
        "President Ana Ruiz said on Friday that the blackout was caused by sabotage.\n\n"
        'In a post on X, the head of state said crews were working "day and night."'
    )
    statement = only(label(text), "day and night")
    assert statement.speaker is not None and statement.speaker.name == "Ana Ruiz"


def test_a_pronoun_agrees_in_gender_with_the_person_it_means() -> None:
    text = (
        "Maria Lopez has fished these waters for thirty years.\n\n"
        "The fisheries minister, Carlos Ruiz, disputed that account. Stocks were recovering, he said.\n\n"
        "But Lopez was unconvinced. She said the survey had counted the wrong species."
    )
    report = label(text)
    assert only(report, "recovering").speaker.name == "Carlos Ruiz"  # type: ignore[union-attr]
    assert only(report, "wrong species").speaker.name == "Maria Lopez"  # type: ignore[union-attr]
    text = 'Maria Lopez has fished here for thirty years.\n\n"The trawlers took everything," he said.'
    statement = only(label(text), "trawlers")
    assert statement.speaker is not None and statement.speaker.name == "he"  # no man is named: left unresolved


def test_a_possessive_ends_a_phrase_that_has_none_inside() -> None:
    [statement] = label("The party's official newspaper said the harvest was a triumph.").statements
    assert statement.source_type == "state_media"  # not a "party official"'s newspaper
    [statement] = label("The People's Daily said the harvest was a triumph.").statements
    assert statement.speaker is not None and statement.speaker.entity == "cn/peoples-daily"


def test_a_relative_described_before_being_named_is_the_person_named_next() -> None:
    text = (
        'The powerful sister of leader Kim Jong Un called Seoul\'s plan "foolish" on Sunday, state media said.\n\n'
        '"Seoul had better stop talking nonsense," Kim Yo Jong said in a statement.'
    )
    statement = only(label(text), "foolish")
    assert statement.speaker is not None and statement.speaker.entity == "kp/kim-yo-jong"


def test_a_name_before_its_body_is_the_speaker_not_the_bodys_last_word() -> None:
    [statement] = label("Priya Nair of the University of Bristol said the port had lost its customers.").statements
    assert statement.speaker is not None and statement.speaker.name == "Priya Nair"
    assert statement.source_type == "academic"


def test_a_named_persons_doctor_is_not_that_person() -> None:
    text = "Ana Ruiz was taken to hospital on Friday.\n\nRuiz's doctor said that she had suffered a fall in March."
    statement = only(label(text), "fall")
    assert statement.speaker is not None and statement.speaker.name == "Ruiz's doctor"


def test_he_after_an_unnamed_speaker_refers_to_that_speaker_not_an_earlier_name() -> None:
    text = (
        "Port director Anna Berg opened the container terminal on Monday.\n\n"
        "A senior engineer at the site told reporters the new cranes were unsafe.\n\n"
        "The cranes had not been inspected since they arrived, he said."
    )
    statement = only(label(text), "inspected")
    assert statement.speaker is not None and statement.speaker.text == "he"
    assert statement.speaker.name == "A senior engineer at the site"


def test_a_person_named_as_the_author_of_a_role_speakers_remarks_holds_that_role() -> None:
    text = (
        "Chile's foreign ministry spokesman has rejected the new tariffs, predicting they will fail.\n\n"
        "The remarks on Monday by Tomas Vera were the first from Santiago since the tariffs were announced.\n\n"
        '"These measures will hurt both our peoples," said Vera.'
    )
    statement = only(label(text), "hurt both")
    assert statement.speaker is not None and statement.speaker.name == "Tomas Vera"
    assert statement.source_type == "government"


def test_the_paper_resolves_to_the_last_newspaper() -> None:
    text = (
        "The Rodong Sinmun newspaper praised the harvest on Monday.\n\nFarmers exceeded every target, the paper said."
    )
    statement = only(label(text), "Farmers")
    assert statement.speaker is not None and statement.speaker.entity == "kp/rodong-sinmun"
    assert statement.source_type == "state_media"


def test_the_report_refers_to_the_identified_source_not_the_last_unknown_one() -> None:
    text = (
        "The Brookings Institution published a study of the old dam on Monday.\n\n"
        "The photographs suggest that the wall has cracked near the spillway.\n\n"
        "“The crack is growing every week,” the report adds."
    )
    statement = only(label(text), "crack is growing")
    assert statement.speaker is not None and statement.speaker.name == "Brookings Institution"
    assert statement.source_type == "think_tank"


def test_unattributed_continuation_inherits_the_previous_speaker() -> None:
    text = '"The roads are closed," the fire chief said.\n\n"Nobody should try to drive into the valley tonight."'
    statement = only(label(text), "Nobody")
    assert statement.speaker is not None and statement.speaker.text == "the fire chief"


def test_a_pull_quote_repeated_later_with_its_speaker_is_that_speakers() -> None:
    text = (
        "“The new bridge will carry twice the traffic of the old one.”\n\n"
        "June 3, 2027\n\n"
        "The city opened its new bridge on Monday.\n\n"
        "“The new bridge will carry twice the traffic of the old one,” Mayor Ana Ruiz said."
    )
    first = label(text).statements[0]
    assert first.content.text.startswith("The new bridge") and first.content.start < 70
    assert first.speaker is not None and first.speaker.name == "Ana Ruiz"


def test_a_pull_quote_under_a_reported_headline_takes_its_later_source_not_the_headlines() -> None:
    text = (
        "Traffic counts suggest the new bridge is already too small\n\n"
        "“The new bridge will carry twice the traffic of the old one.”\n\n"
        "The city opened its new bridge on Monday.\n\n"
        "“The new bridge will carry twice the traffic of the old one,” Mayor Ana Ruiz said."
    )
    pull = label(text).statements[1]
    assert pull.content.text.startswith("The new bridge") and pull.content.start < 90
    assert pull.speaker is not None and pull.speaker.name == "Ana Ruiz"


def test_a_quotation_signed_with_a_dash_and_a_name_is_that_persons() -> None:
    text = (
        "“Nobody asked us what we wanted for the harbour, and now it is too late.” ― Ana Lopez\n"
        "“The fees are far too high for small boats like mine.”― Tom Reyes.\n\n"
        "Readers sent dozens of letters."
    )
    report = label(text)
    assert only(report, "Nobody asked").speaker.name == "Ana Lopez"  # type: ignore[union-attr]
    assert only(report, "fees are far").speaker.name == "Tom Reyes"  # type: ignore[union-attr]


def test_a_name_with_an_initial_signs_or_follows_a_quotation_whole() -> None:
    text = "“The ferry should run all winter.” ― Edwin G. Marsh\n\nReaders sent dozens of letters."
    assert only(label(text), "ferry").speaker.name == "Edwin G. Marsh"  # type: ignore[union-attr]
    statement = only(label('"The ferry should run all winter," said Edwin G. Marsh.'), "ferry")
    assert statement.speaker is not None and statement.speaker.name == "Edwin G. Marsh"


def test_name_before_a_relative_clause_with_commas_is_the_speaker() -> None:
    text = 'Omar Haddad, who runs a bakery in Larkin, Fife and Ross, on Mill Lane, said: "The windows shook."'
    statement = only(label(text), "windows")
    assert statement.speaker is not None and statement.speaker.name == "Omar Haddad"


def test_prepositional_phrase_or_number_is_never_a_speaker() -> None:
    text = "Ministers and envoys since 2019 have argued that the canal must be widened, said another engineer."
    statement = only(label(text), "canal")
    assert statement.speaker is not None and statement.speaker.text == "another engineer"
    text = "The two navies discussed a joint patrol in the strait with other coastal states, the defence ministry said."
    statement = only(label(text), "joint patrol")
    assert statement.speaker is not None and statement.speaker.text == "the defence ministry"


def test_trailing_attribution_with_an_addressee() -> None:
    text = "Ferry services will resume on Friday, harbour master Ines Pavlova tells journalist"
    statement = only(label(text), "Ferry")
    assert statement.speaker is not None and statement.speaker.name == "Ines Pavlova"


@pytest.mark.parametrize(
    "sentence",
    [
        "According to radar images, obtained and analysed by the Brookings Institution, the dam has cracked.",
        "According to a survey conducted by the Brookings Institution, the dam has cracked.",
    ],
)
def test_according_to_a_document_made_by_someone(sentence: str) -> None:
    statement = only(label(sentence), "dam has cracked")
    assert statement.speaker is not None and statement.speaker.entity == "us/brookings"
    assert statement.source_type == "think_tank"


def test_quoted_terms_in_a_long_clause_leave_the_clause_the_statement() -> None:
    text = (
        'The mayor said the council would act if "reckless" parking by what she called "weekend tourists" '
        "kept blocking the old harbour road every summer."
    )
    [statement] = label(text).statements
    assert statement.content.text.startswith("the council would act") and statement.content.text.endswith("summer")
    assert statement.speaker is not None and statement.speaker.text == "The mayor"


def test_a_quoted_term_after_a_possessive_leaves_the_clause_the_statement() -> None:
    text = (
        "Analysts said more fishermen would leave the coast this winter as boats hit by the governor's "
        '"harbour fee" stay tied up in the old port for months.'
    )
    [statement] = label(text).statements
    assert statement.content.text.startswith("more fishermen would leave") and statement.content.text.endswith("months")


def test_a_quoted_term_beside_a_named_one_leaves_the_clause_one_statement() -> None:
    text = (
        'The mayor said the council might respond harshly if "careless and noisy" parking by what she called '
        '"weekend tourists" continues near the harbour this summer.'
    )
    [statement] = label(text).statements
    assert statement.content.text.startswith("the council might respond") and statement.content.text.endswith("summer")
    assert statement.speaker is not None and statement.speaker.text == "The mayor"


def test_transcript_turn_runs_to_the_end_of_its_paragraph() -> None:
    text = (
        "Interior Ministry Spokesperson Lena Hart's Weekly Briefing\n\n"
        "Lena Hart: The bridge is safe. Engineers inspected it twice this month.\n\n"
        "The briefing ended at noon."
    )
    [statement] = label(text).statements
    assert statement.content.text == "The bridge is safe. Engineers inspected it twice this month."
    assert statement.speaker is not None and statement.speaker.name == "Lena Hart"
    assert statement.source_type == "government"


def test_a_turn_whose_first_sentence_has_a_cue_of_its_own_still_runs_to_the_paragraphs_end() -> None:
    text = (
        "Interior Ministry Spokesperson Lena Hart's Weekly Briefing\n\n"
        "Lena Hart: The ministry firmly opposes the new tolls. We will appeal the ruling next week."
    )
    [statement] = label(text).statements
    assert statement.content.text == "The ministry firmly opposes the new tolls. We will appeal the ruling next week."


def test_according_to_inside_a_that_clause_gives_the_clause_after_it() -> None:
    text = (
        "The agency gave no details of the new boat, only noting that, according to the admiral, "
        "it had been built to suit the northern waters."
    )
    [statement] = label(text).statements
    assert statement.content.text == "it had been built to suit the northern waters"
    assert statement.speaker is not None and statement.speaker.text == "the admiral"


def test_time_adjunct_between_cue_and_content() -> None:
    [statement] = label("The agency said in April the dam had been repaired.").statements
    assert statement.content.text == "the dam had been repaired"
    [statement] = label("The minister said in the capital that talks would resume.").statements
    assert statement.content.text == "talks would resume"


def test_a_participle_after_a_comma_reports_a_statement_of_its_own() -> None:
    text = "The minister denounced the new tariffs on steel, predicting they would fail within a year."
    statement = only(label(text), "fail within a year")
    assert statement.content.text == "they would fail within a year"
    assert statement.speaker is not None and statement.speaker.text == "The minister"
    assert "predicting" not in only(label(text), "tariffs").content.text


def test_and_says_after_a_reported_clause_starts_a_statement_of_its_own() -> None:
    text = "The mayor is telling residents that the old bridge is unsafe and says she will close it next week."
    report = label(text)
    assert only(report, "bridge").content.text == "the old bridge is unsafe"
    statement = only(report, "close it")
    assert statement.content.text == "she will close it next week"
    assert statement.speaker is not None and statement.speaker.text == "The mayor"


def test_two_verbs_sharing_one_object_report_the_object_not_the_conjunction() -> None:
    text = "Officials in three provinces threaten and harass rights activists who speak to foreign reporters."
    assert not any(content.startswith("and") for content in contents(text))


def test_an_aside_between_the_cue_and_that() -> None:
    text = "Several engineers cautioned, as did the port authority itself, that the crane might fail in high winds."
    statement = only(label(text), "crane")
    assert statement.content.text == "the crane might fail in high winds"
    assert statement.speaker is not None and statement.speaker.text == "Several engineers"


def test_an_approximate_number_after_the_cue_starts_the_content() -> None:
    text = "The governor has said about 20 people have asked to be considered for the empty seat."
    assert contents(text) == ["about 20 people have asked to be considered for the empty seat"]


def test_called_on_someone_to_act() -> None:
    [statement] = label("The harbour master called on the ferry company to cancel the night crossings.").statements
    assert statement.content.text == "the ferry company to cancel the night crossings"
    [statement] = label("The harbour master called on Monday for calm on the quays.").statements
    assert statement.content.text == "calm on the quays"


def test_the_daily_is_a_newspaper_not_a_time_word() -> None:
    text = "The Kommersant newspaper covered the strike.\n\nThe daily notes that the losses were the heaviest in years."

    statement = only(label(text), "losses")
    assert statement.speaker is not None and statement.speaker.text == "The daily"
    assert statement.speaker.entity == "ru/kommersant"


def test_a_subject_agreeing_with_a_noun_like_verb_before_that_makes_it_a_verb() -> None:
    text = "Local farmers worry that the new harbour fees will drive small boats away."
    assert contents(text) == ["the new harbour fees will drive small boats away"]
    text = "A survey shows that most residents want the ferry to run in winter."
    assert contents(text) == ["most residents want the ferry to run in winter"]
    assert contents("The council dismissed new claims that the ferry had been sold.") == [
        "new claims that the ferry had been sold"
    ]


def test_press_before_a_noun_is_not_a_cue() -> None:
    text = "She spoke at her weekly press briefing and noted that the ferry fares would not rise."
    [statement] = label(text).statements
    assert statement.content.text == "the ferry fares would not rise"
    assert statement.speaker is not None and statement.speaker.text == "She"


def test_said_according_to_an_agency_relays_the_statement() -> None:
    text = (
        "The inspection “proves the reactor is safe”, Leila Nouri, Iran's envoy to the agency, "
        "said according to the Fars News Agency."
    )
    [statement] = label(text).statements
    assert statement.content.text == "proves the reactor is safe"
    assert statement.speaker is not None and statement.speaker.name == "Leila Nouri"
    assert [c.entity for c in statement.channels] == ["ir/fars"]


def test_a_cue_form_after_including_or_amid_is_a_noun() -> None:
    assert contents("Posts expressing anger – including calls for a boycott – spread quickly across the city.") == []
    assert contents("The talks collapsed amid claims of a leaked draft during the night.") == []


def test_an_opening_adverbial_before_the_subject_is_not_content() -> None:
    assert contents("In a separate article, the newspaper also reported on a speech by the mayor at the harbour.") == []
    assert contents("As of Monday, the ministry had not reported on the strikes near the border.") == []


def test_a_question_reports_nothing() -> None:
    assert contents("Can you share the main reason behind the new port fees?") == []
    assert contents("Why did the council say the bridge would stay closed until May?") == []


def test_a_long_opening_adverbial_before_a_parenthetical_attribution_leaves_the_rest_the_content() -> None:
    text = "During her seven years in the harbour office, Ms. Ruiz said, the ferry traffic doubled."
    [statement] = label(text).statements
    assert statement.content.text == "the ferry traffic doubled"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Rising rents in the old port district, the mayor said, are the city's most urgent problem.",
            "Rising rents in the old port district, the mayor said, are the city's most urgent problem",
        ),
        ("Ferry fares, officials say, will rise in June.", "Ferry fares, officials say, will rise in June"),
    ],
)
def test_an_attribution_between_a_subject_and_its_verb_reports_the_whole_clause(text: str, content: str) -> None:
    [statement] = label(text).statements
    assert statement.content.text == content
    assert statement.kind == "indirect"


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "The driver was not wearing a seat belt, as police have said.",
            "The driver was not wearing a seat belt",
            "police",
        ),
        (
            "The plant will close in March, as the company announced on Monday.",
            "The plant will close in March",
            "the company",
        ),
        ("The ferry sank within minutes, as survivors told reporters.", "The ferry sank within minutes", "survivors"),
        ("The mayor resigned in March, as reported by the Herald.", "The mayor resigned in March", "the Herald"),
    ],
)
def test_a_trailing_as_clause_names_who_said_the_main_clause(text: str, content: str, speaker: str) -> None:
    [statement] = label(text).statements
    assert statement.content.text == content
    assert statement.speaker is not None and statement.speaker.text == speaker
    assert statement.cue is not None


def test_an_as_clause_with_words_of_its_own_reports_nothing() -> None:
    assert contents("The bridge fell, as said") == []
    assert contents("The bank held its rate at 5 percent, as expected by most economists.") == []
    assert contents("The team rebuilt the pier, just as the mayor said it would.") == []
    assert contents("Prices fell, as analysts expected them to.") == []


@pytest.mark.parametrize("text", ['"No," he said.', '"Absolutely!" the minister replied.', '"Maybe," said Ana Lopez.'])
def test_a_one_word_reply_opening_the_sentence_is_a_quotation_not_a_title(text: str) -> None:
    [statement] = label(text).statements
    assert statement.kind == "direct"
    assert statement.speaker is not None


def test_a_cue_in_a_relative_clause_does_not_take_the_main_clause_as_its_content() -> None:
    text = "Ruiz has mocked the protest, saying anybody who complains about a parking fee is not paying attention."
    [statement] = label(text).statements
    assert statement.content.text == "anybody who complains about a parking fee is not paying attention"
    assert statement.speaker is not None and statement.speaker.name == "Ruiz"


def test_and_with_a_bare_noun_phrase_subject_and_a_that_clause_starts_another_speakers_report() -> None:
    text = (
        "The minister stressed that the reforms were not complete, and human rights groups warned that the "
        "government was giving up leverage."
    )
    first, second = label(text).statements
    assert first.content.text == "the reforms were not complete"
    assert second.content.text == "the government was giving up leverage"
    assert second.speaker is not None and second.speaker.text == "human rights groups"


def test_continue_to_do_something_reports_nothing_but_continued_to_insist_does() -> None:
    text = 'The head of the delegation said Moscow would continue to support Damascus against "terror and sanctions."'
    [statement] = label(text).statements
    assert statement.speaker is not None and statement.speaker.text == "The head of the delegation"
    text = "The council stressed that, despite the protests, the city has continued to build the dam."
    [statement] = label(text).statements
    assert statement.content.text == "despite the protests, the city has continued to build the dam"
    [statement] = label("The mayor continued to insist that the dam was safe.").statements
    assert statement.content.text == "the dam was safe"


def test_a_naming_verb_as_a_participle_after_a_noun_reports_nothing() -> None:
    text = "The general said the vote will be held in May, pressing ahead with polls denounced as a sham by monitors."
    report = label(text)
    assert report.statements[0].content.text == "the vote will be held in May"
    assert all(s.cue is None or s.cue.text != "denounced" for s in report.statements)
    text = 'Ten people were hurt by a blast that Mayor Ana Ruiz described as "an intentional act."'
    [statement] = label(text).statements
    assert statement.speaker is not None and statement.speaker.name == "Ana Ruiz"


def test_a_role_subject_that_declined_something_still_speaks_after_but_said() -> None:
    text = "The ministry's spokeswoman declined to give details but said the investigation was ongoing."
    [statement] = label(text).statements
    assert statement.content.text == "the investigation was ongoing"
    assert statement.speaker is not None and statement.speaker.text == "The ministry's spokeswoman"


def test_a_report_released_by_a_known_body_is_that_bodys_not_the_last_speakers() -> None:
    text = (
        "Officials said the plan was dead.\n\n"
        "The report, released by the Center for Strategic and International Studies, found that the port had grown."
    )
    statement = only(label(text), "port")
    assert statement.speaker is not None and statement.speaker.entity == "us/csis"
    assert statement.source_type == "think_tank"


def test_a_dateline_written_as_a_label_is_no_speaker() -> None:
    text = "RIYADH: The crown prince received the Iranian envoy on Wednesday, the Saudi Press Agency reported."
    [statement] = label(text).statements
    assert statement.content.text.startswith("The crown prince received")
    assert statement.speaker is not None and statement.speaker.entity == "sa/spa"
    assert contents("AFP: The talks failed on Monday.") == ["The talks failed on Monday."]  # a transcript's label


def test_a_cue_word_after_a_preposition_is_a_noun() -> None:
    assert contents("The two Koreas' militaries have been on alert since the summer.") == []


def test_a_decades_apostrophe_belongs_to_the_speakers_words() -> None:
    [statement] = label("Officials in the '90s called the border the most dangerous in the world.").statements
    assert statement.speaker is not None and statement.speaker.text == "Officials in the '90s"


def test_an_appeal_to_two_parties_keeps_both_and_the_infinitive() -> None:
    [statement] = label("The mayor urged Lyon and Nantes to press the ministry to fund the bridge.").statements
    assert statement.content.text == "Lyon and Nantes to press the ministry to fund the bridge"


def test_a_name_before_an_outlet_noun_is_an_outlet_the_rules_lack() -> None:
    [statement] = label("Hezbollah's Al-Manar television said the strikes hit civilian homes.").statements
    assert statement.speaker is not None and statement.speaker.name == "Al-Manar"
    assert statement.speaker.type == "independent_media"


def test_an_exchange_is_a_company_not_its_citys_government() -> None:
    [statement] = label("The rupee fell to a record low, according to Mumbai Exchange data.").statements
    assert statement.source_type == "company"


def test_a_headlines_dash_credit_is_not_part_of_the_content() -> None:
    text = "N. Korea says it will bolster nuclear deterrent -KCNA\n\nThe statement gave no details."
    statement = only(label(text), "deterrent")
    assert statement.content.text == "it will bolster nuclear deterrent"
    assert [c.entity for c in statement.channels] == ["kp/kcna"]


@pytest.mark.parametrize(
    "addressee", ["military commanders", "a gathering of military commanders in Tehran", "a rally of farmers"]
)
def test_whom_a_speaker_told_after_a_quotation_is_no_content(addressee: str) -> None:
    text = f'"Negotiating is not wise," Ali Karimi told {addressee}, according to the IRNA news agency.'
    [statement] = label(text).statements
    assert statement.content.text == "Negotiating is not wise,"
    assert statement.speaker is not None and statement.speaker.name == "Ali Karimi"
    assert [c.entity for c in statement.channels] == ["ir/irna"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Critics attacked a campaign ad that wildly painted all farmers as polluters.", "a campaign ad"),
        ("The port's two main users, which together vowed to cut emissions, met.", "The port's two main users"),
        ("Officials all said the plan would fail.", "Officials"),
    ],
)
def test_an_adverb_before_the_verb_is_not_the_speaker(text: str, speaker: str) -> None:
    [statement] = label(text).statements
    assert statement.speaker is not None and statement.speaker.name == speaker


def test_a_participle_after_an_adverb_and_a_determiner_describes_a_noun() -> None:
    assert contents("Investors liked his recently revealed plan for the harbour.") == []
    [statement] = label("The daily notes that the harbour was closed for a week.").statements
    assert statement.speaker is not None and statement.speaker.text == "The daily"


def test_the_speaker_of_a_who_clause_after_a_comma_is_the_noun_phrase_not_the_clause_before_it() -> None:
    text = "She voted in May, and a big reason was the rise of Ana Ruiz, who had talked about the same fears."
    [statement] = label(text).statements
    assert statement.speaker is not None and statement.speaker.name == "Ana Ruiz"
    assert statement.speaker.text == "who"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Stung by the criticism, the minister revised the plan, promising to cut fees.", "the minister"),
        ("Pressed by reporters, Kim declined to comment but said the talks would continue.", "Kim"),
    ],
)
def test_an_opening_participle_with_by_is_no_subject(text: str, speaker: str) -> None:
    [statement] = label(text).statements
    assert statement.speaker is not None and statement.speaker.text == speaker


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("He said 2015 was the hottest year on record.", "2015 was the hottest year on record"),
        ("Tenney won, claiming 44 percent of the vote.", "44 percent of the vote"),
        ("She said in 2015 the bridge would fail.", "the bridge would fail"),
    ],
)
def test_a_number_after_a_cue_is_content_unless_it_dates_the_report(text: str, content: str) -> None:
    assert contents(text) == [content]


@pytest.mark.parametrize(
    "text",
    [
        "The mayor testified voluntarily in 1998.",
        "The senator pushed ahead - and paid a price.",
        "As long as the mayor continues to lead the polls, rivals will keep attacking her.",
    ],
)
def test_manner_adverbs_phrasal_verbs_and_conditions_report_nothing(text: str) -> None:
    assert contents(text) == []


def test_a_headline_addressing_someone_quotes_its_speaker() -> None:
    text = 'Mayor to council: "Fund the bridge now"\n\nThe council meets on Monday.'
    [statement] = label(text).statements
    assert (statement.kind, statement.content.text) == ("direct", "Fund the bridge now")
    assert statement.speaker is not None and statement.speaker.text == "Mayor"


def test_a_wire_tag_before_a_headline_is_not_content() -> None:
    text = "EXCLUSIVE: Port operator weighs job cuts - sources\n\nThe story continues."
    [statement] = label(text).statements
    assert statement.content.text == "Port operator weighs job cuts"


def test_a_report_credited_to_someone_who_passed_it_on_is_its_sources() -> None:
    text = (
        "The harbour authority told lawmakers in a closed briefing that 40 ships had been turned away, "
        "according to Lena Hart, a member of the transport committee."
    )
    [statement] = label(text).statements
    assert statement.content.text == "40 ships had been turned away"
    assert statement.speaker is not None and statement.speaker.text == "The harbour authority"


def test_blame_is_a_report_and_a_second_cue_of_the_same_speaker_keeps_the_first() -> None:
    text = (
        "The harbour council insists the slowdown is temporary. In a statement last week, it blamed "
        '"global shipping conditions" and promised a recovery plan.'
    )
    report = label(text)
    assert only(report, "shipping").speaker.name == "The harbour council"  # type: ignore[union-attr]
    assert only(report, "recovery plan").speaker.name == "The harbour council"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The walk-outs were the third time the union ACTU said it had staged such a protest.", "ACTU"),
        ("Here was Judge Ana Ruiz, who said the ferry had been late for a year.", "Ana Ruiz"),
    ],
)
def test_a_verb_inside_the_words_before_a_cue_leaves_only_the_speaker(text: str, speaker: str) -> None:
    statement = only(label(text), "")
    assert statement.speaker is not None and statement.speaker.name == speaker


def test_a_quoted_word_in_a_title_case_headline_is_no_title() -> None:
    text = "Mayor Tells Harbour Board Finances 'Solid'\n\nThe board met on Monday."
    [statement] = label(text).statements
    assert statement.content.text == "Solid"


def test_an_abbreviated_country_speaks_by_its_full_name() -> None:
    [statement] = label("N. Korea warned on Monday that it could seek a new road.").statements
    assert statement.speaker is not None and statement.speaker.name == "North Korea"
    [statement] = label("Seoul said on Monday that the drills would go ahead.").statements
    assert statement.speaker is not None and statement.speaker.name == "Seoul"


def test_another_speakers_report_after_a_conjunction_is_its_own_statement() -> None:
    text = "The IAEA has been pressing Ruritania for data after Western intelligence alleged that its reactor leaked."
    statement = only(label(text), "reactor")
    assert statement.content.text == "its reactor leaked"
    assert statement.speaker is not None and statement.speaker.text == "Western intelligence"
    text = "Critics say the fund helps most when the mayor is painted as a spendthrift."
    assert contents(text) == ["the fund helps most when the mayor is painted as a spendthrift"]


def test_a_title_case_headline_ending_in_a_full_stop_still_has_its_verb() -> None:
    text = "Harbour Will Reopen In May, Mayor Ana Ruiz Says.\n\nThe harbour closed in March."
    statement = only(label(text), "Reopen")
    assert statement.speaker is not None and statement.speaker.name == "Ana Ruiz"


def test_a_correction_note_is_not_a_speakers_turn() -> None:
    assert contents("Correction: An earlier version of this article gave the wrong date for the ferry launch.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The minister did not say when the bridge would reopen.",
        "Officials would not say how many troops were involved.",
        "He never said the plan was dead.",
        "He didn't say the plan was dead.",
        "Nobody has claimed responsibility for the attack.",
    ],
)
def test_a_negated_cue_reports_nothing(text: str) -> None:
    assert contents(text) == []


def test_a_negation_inside_the_content_is_still_reported() -> None:
    assert contents("She said the plan was not dead.") == ["the plan was not dead"]


def test_non_response_is_not_a_statement() -> None:
    text = "The embassy did not immediately respond to a request for comment."
    assert label(text).statements == ()


def test_passive_report_has_no_speaker() -> None:
    assert label("It was reported that the ferry had sunk.").statements == ()


def test_a_pronoun_with_a_contracted_is_speaks_but_a_possessive_does_not() -> None:
    text = (
        "Mayor Lena Ortiz opened the new depot on Monday.\n\n"
        "She's insisting that the tram line will reach the harbour by spring."
    )
    statement = only(label(text), "tram line")
    assert statement.speaker is not None and statement.speaker.text == "She"
    assert statement.speaker.name == "Lena Ortiz"
    assert contents("Ortiz's claiming of the depot site angered the council's planners.") == []


# --- channels -----------------------------------------------------------------------------


def test_relay_by_state_media() -> None:
    text = 'Kim told the delegation that the army was "ready for any war," KCNA reported.'
    statement = only(label(text), "ready for any war")
    assert statement.speaker is not None and statement.speaker.name == "Kim"
    assert [c.entity for c in statement.channels] == ["kp/kcna"]
    assert statement.source_type == "state_media"
    assert statement.chain[0] == "kp/kcna" and statement.chain[-1] == "kp/wpk"
    assert "relayed by Korean Central News Agency" in statement.explain()


def test_a_speaker_relayed_by_state_media_once_is_relayed_throughout() -> None:
    text = (
        "Choe Son Hui, North Korea's foreign minister, warned Seoul against new drills.\n\n"
        "The drills would wreck any hope of dialogue, Choe said.\n\n"
        '"We will answer force with force," she said in a statement carried by KCNA.\n\n'
        "The Unification Ministry in Seoul said the drills were defensive."
    )
    report = label(text)
    assert [c.entity for c in only(report, "wreck any hope").channels] == ["kp/kcna"]
    assert only(report, "wreck any hope").source_type == "state_media"
    assert only(report, "defensive").channels == ()


def test_quoted_by_an_agency_as_saying() -> None:
    text = '"We will respond firmly," the minister was quoted as saying by Xinhua.'
    statement = only(label(text), "respond firmly")
    assert [c.entity for c in statement.channels] == ["cn/xinhua"]
    assert statement.source_type == "state_media"


def test_wrote_in_a_magazine() -> None:
    text = '"The deal is fragile," Jane Roe wrote in The National Interest.'
    statement = only(label(text), "fragile")
    assert [c.entity for c in statement.channels] == ["us/the-national-interest"]


def test_dateline_credits_every_statement() -> None:
    text = (
        "MOSCOW, May 3 (Reuters) - The central bank said inflation had slowed.\n\n"
        '"We see no reason to cut rates," its governor said.'
    )
    for statement in label(text).statements:
        assert [c.entity for c in statement.channels] == ["gb/reuters"]


def test_dateline_credits_the_headline_under_a_site_menu_line() -> None:
    text = (
        "Latest stories\n\n"
        "Grain exports rose in May – Agriculture Ministry\n\n"
        "MOSCOW, June 2 /TASS/. Grain exports rose by a tenth in May, the Agriculture Ministry said.\n\n"
        "Share this"
    )
    report = label(text)
    assert report.statements
    for statement in report.statements:
        assert [c.entity for c in statement.channels] == ["ru/tass"], statement.content.text


def test_publisher_line_credits_an_outlet_no_rule_knows_but_not_a_section_name() -> None:
    text = "Lakeside Tribune\n\nWorld News\n\nThe ferry will run again in June, the harbour authority said."
    [statement] = label(text).statements
    assert [c.name for c in statement.channels] == ["Lakeside Tribune"]
    assert [c.type for c in statement.channels] == ["independent_media"]
    text = "World News\n\nThe ferry will run again in June, the harbour authority said."
    [statement] = label(text).statements
    assert statement.channels == ()


def test_site_name_before_the_page_title_credits_every_statement() -> None:
    text = (
        "Tuesday, 4 May 2027\n\n"
        "BBC News - Floods close the valley road: Residents speak\n\n"
        "The river burst its banks overnight.\n\n"
        '"The water came up to the windows in minutes," Tom Hale, a farmer, said.'
    )
    [statement] = label(text).statements
    assert [c.entity for c in statement.channels] == ["gb/bbc"]
    assert statement.speaker is not None and statement.speaker.name == "Tom Hale"


def test_an_early_bracketed_credit_with_a_dash_is_a_dateline() -> None:
    text = "posted 2026-03-01 (Lakeside Tribune) – The ferry will run again in June, the harbour authority said."
    [statement] = label(text).statements
    assert [c.name for c in statement.channels] == ["Lakeside Tribune"]


@pytest.mark.parametrize(
    ("headline", "speaker"),
    [
        ("Grain harvest will beat last year's total: experts", "experts"),
        ("Border crossing will reopen next month - U.S. official", "U.S. official"),
        ("Grain harvest will beat last year's total: Agriculture Ministry", "Agriculture Ministry"),
        ("Grain harvest will beat last year's record: experts", "experts"),
        ("Ferry traffic unaffected by storm fears: U.S. official", "U.S. official"),
    ],
)
def test_headline_credits_its_source_at_the_end(headline: str, speaker: str) -> None:
    [statement] = label(headline + "\n\nThe rest of the article follows here.").statements
    assert statement.content.text == headline[: headline.rindex(speaker)].rstrip(" :-")
    assert statement.speaker is not None and statement.speaker.text == speaker


# --- resolution ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "outlet",
    [
        "North Korea's official Korean Central News Agency",
        "the korean central news agency",
        "KCNA",
        "the Korean Central News Agncy",
    ],
)
def test_outlet_names_resolve_to_the_rule(outlet: str) -> None:
    statement = only(label(f"The rice harvest broke records, {outlet} said."), "harvest")
    assert statement.speaker is not None and statement.speaker.entity == "kp/kcna"


def test_party_run_descriptor_and_romanisation() -> None:
    text = "The plan succeeded, according to the party-run Nodong Sinmun newspaper."
    statement = only(label(text), "plan")
    assert statement.speaker is not None and statement.speaker.entity == "kp/rodong-sinmun"


def test_generic_state_media_takes_its_country() -> None:
    statement = only(label("The test was a success, North Korean state media said."), "test")
    assert statement.source_type == "state_media"
    assert statement.speaker is not None and statement.speaker.entity is None


def test_plural_state_media_relays_the_statement_it_reports() -> None:
    text = "General Than Oo said the borders were secure, Burmese state newspapers reported on Monday."
    [statement] = label(text).statements
    assert statement.content.text == "the borders were secure"
    assert statement.speaker is not None and statement.speaker.name == "Than Oo"
    assert [c.type for c in statement.channels] == ["state_media"]
    assert statement.source_type == "state_media"


def test_unknown_outlet_named_voice_of_and_its_acronym() -> None:
    text = (
        "Flooding closed three roads on Tuesday, the city's transport office said.\n\n"
        "The Tamale-based Voice of Dagbon (VOD) said its studio had been flooded.\n\n"
        '"We will be back on air next week," VOD said in a post.'
    )
    report = label(text)
    for fragment in ("studio had been flooded", "back on air"):
        statement = only(report, fragment)
        assert statement.speaker is not None and statement.speaker.name == "Voice of Dagbon"
        assert statement.source_type == "independent_media"


def test_a_short_form_of_an_agency_named_in_full_earlier_is_that_agency() -> None:
    text = (
        "The harbour at Bandar Abbas reopened on Sunday, the Fars News Agency reported.\n\n"
        "Grain ships will dock there again from Monday, the port director said according to Fars."
    )
    statement = only(label(text), "Grain ships")
    assert [c.entity for c in statement.channels] == ["ir/fars"]
    assert statement.source_type == "state_media"


def test_a_name_of_several_words_written_as_one_is_that_entity() -> None:
    text = "The research group 38North said the reactor at the site is running again."
    statement = only(label(text), "reactor")
    assert statement.source_type == "think_tank"


def test_short_common_words_are_not_fuzzy_matched() -> None:
    statement = only(label("The test was a success, the rat said."), "test")
    assert statement.speaker is not None and statement.speaker.entity is None


def test_anonymous_source() -> None:
    text = "An official, who spoke on condition of anonymity, said the talks had stalled."
    assert only(label(text), "talks").source_type == "anonymous"


def test_quotation_with_no_speaker_anywhere_is_unattributed() -> None:
    statement = only(label('"Nobody will be left behind in this country, nobody at all."'), "Nobody")
    assert statement.source_type == "unattributed"
    assert statement.speaker is None


# --- the report ----------------------------------------------------------------------------


def test_offsets_point_into_the_exact_input() -> None:
    text = "Intro line.\r\n\r\n“Prices will fall,” the minister said.\r\n"
    report = label(text)
    for statement in report.statements:
        content = statement.content
        assert text[content.start : content.end] == content.text
        assert (content.line, content.column) == (3, 2)


def test_statements_are_frozen_and_in_text_order() -> None:
    text = 'The bank said rates would rise. "Prices will fall," the minister said.'
    report = srcflag.label(text)
    starts = [s.content.start for s in report.statements]
    assert starts == sorted(starts)
    with pytest.raises(Exception):  # noqa: B017 - pydantic raises ValidationError on frozen models
        report.statements[0].kind = "direct"  # type: ignore[misc]


def test_a_mark_at_the_end_of_a_paragraph_quotes_nothing() -> None:
    # found by the property tests: 'said : "' once gave an empty statement
    assert all(s.content.text for s in label('told reporters said : "').statements)
    assert label('told reporters said : "').statements == ()


def test_a_speaker_introduced_by_a_colon_owns_the_next_paragraph() -> None:
    text = 'The senator took the microphone.\n\nShe said:\n\n"We will vote against this budget, every one of us."'
    statement = only(label(text), "vote against")
    assert statement.speaker is not None and statement.speaker.text == "She"
    assert statement.cue is not None and statement.cue.text == "said"


@pytest.mark.parametrize("dash", ["―", " ― ", " — ", "\u00a0– ", " -- "])
def test_a_quotation_credited_after_a_dash_is_its_authors(dash: str) -> None:
    text = (
        "Readers wrote to us about the new bridge.\n"
        f"“It took me an hour less to reach the market on its first day.”{dash}Marta J. Okafor, 41, a fish seller\n"
        f"“Nobody asked the ferry crews what they would do now.”{dash}Tomas Bell.\n"
    )
    report = label(text)
    first = only(report, "market")
    assert first.speaker is not None and first.speaker.text == "Marta J. Okafor"
    second = only(report, "ferry")
    assert second.speaker is not None and second.speaker.text == "Tomas Bell"


def test_a_dash_before_a_lower_case_aside_credits_nobody() -> None:
    text = "“It will open on time, and it will carry trains by winter,” — or so the brochure promised.\n"
    statement = only(label(text), "open on time")
    assert statement.speaker is None


def test_doubled_apostrophes_and_backticks_are_quotation_marks() -> None:
    # newswire archives write ''...'' (and ``...'') for double quotation marks
    text = (
        "Some economists like the so-called ''carbon dividend'' in the plan. "
        "''It is the simplest idea in the bill,'' said Ana Ruiz, an economist at the Tidewater Institute. "
        "``Nobody else has tried it,'' she added."
    )
    report = label(text)
    simplest = only(report, "simplest")
    assert simplest.content.text == "It is the simplest idea in the bill,"
    assert simplest.kind == "direct" and simplest.speaker is not None and simplest.speaker.name == "Ana Ruiz"
    tried = only(report, "tried")
    assert tried.content.text == "Nobody else has tried it,"
    assert tried.speaker is not None and tried.speaker.name == "Ana Ruiz"
    assert not any(s.content.text == "carbon dividend" for s in report.statements)  # a quoted term


def test_a_doubled_apostrophe_quotation_continues_over_paragraphs() -> None:
    text = "Ms. Ruiz said:\n\n''The bill is late.\n\n''It is also expensive.''\n\nThe vote is on Friday."
    statement = only(label(text), "late")
    assert statement.content.text == "The bill is late.\n\n''It is also expensive."


def test_the_newspaper_is_the_nearest_paper_not_an_earlier_speaker() -> None:
    text = (
        "Rodong Sinmun said the new dam would protect the valley.\n\n"
        "Villagers downstream spoke to The Korea Herald on Monday. The newspaper said that nobody had warned them."
    )
    statement = only(label(text), "warned")
    assert statement.speaker is not None and statement.speaker.entity == "kr/korea-herald"


def test_told_the_newspaper_after_a_quotation_makes_the_paper_a_channel() -> None:
    text = (
        "Rodong Sinmun praised the dam. The Korea Herald reported on the villages below it. "
        '"Nobody told us anything," one farmer told the newspaper on Monday.'
    )
    statement = only(label(text), "Nobody")
    assert statement.speaker is not None and statement.speaker.text == "one farmer"
    assert [c.entity for c in statement.channels] == ["kr/korea-herald"]


def test_a_hyphenated_given_name_that_spells_a_verb_is_still_a_name() -> None:
    text = (
        "Defense Minister Minoru Kihara told reporters the missiles landed at sea.\n\n"
        '"Pyongyang wants to show it can strike at will," said Lee Sung-hoon. He added that more tests were likely.'
    )
    statement = only(label(text), "more tests")
    assert statement.speaker is not None and statement.speaker.name == "Lee Sung-hoon"


def test_a_name_with_its_acronym_opening_a_paragraph_is_no_dateline() -> None:
    text = "The Joint Chiefs of Staff (JCS) said the missiles were launched from the Sunan area in Pyongyang.\n"
    statement = only(label(text), "missiles")
    # the speaker is the Joint Chiefs, not a dateline's outlet; which country's Joint Chiefs the bare name
    # means the sentence does not say
    assert statement.speaker is not None and statement.speaker.text == "The Joint Chiefs of Staff"
    assert statement.channels == () and statement.speaker_type == "government"


@pytest.mark.parametrize("time", ["7:20 a.m.", "9 p.m.", "10:05 A.M."])
def test_a_time_of_day_ends_its_sentence_before_a_quotation(time: str) -> None:
    text = (
        f"The ferry left the harbour at {time} "
        '"We saw nothing unusual before we sailed," the captain said in a statement.'
    )
    statement = only(label(text), "nothing unusual")
    assert statement.kind == "direct"
    assert statement.speaker is not None and statement.speaker.text == "the captain"


@pytest.mark.parametrize(
    "aside", ["who asked not to be named", "who spoke on condition of anonymity", "who declined to be identified"]
)
def test_asking_for_anonymity_is_no_statement(aside: str) -> None:
    text = f"A port official, {aside} because he was not allowed to speak, said the backlog would take a week to clear."
    report = label(text)
    assert [s.content.text for s in report.statements] == ["the backlog would take a week to clear"]
    assert report.statements[0].source_type == "anonymous"


@pytest.mark.parametrize(
    ("descriptor", "expected"),
    [
        ("the union's president", "ngo"),
        ("the company's spokeswoman", "company"),
        ("the university's president", "academic"),
        ("the ministry's spokeswoman", "government"),
    ],
)
def test_a_role_takes_its_type_from_the_body_that_holds_it(descriptor: str, expected: str) -> None:
    text = f'"We got most of what we asked for," said Maria Lopez, {descriptor}.'
    statement = only(label(text), "asked for")
    assert statement.speaker_type == expected


def test_a_daily_briefing_is_no_daily_newspaper() -> None:
    text = (
        'A ministry spokesman said at a daily briefing that Washington should "stop smearing" China. '
        "People's Daily called the plan bullying."
    )
    statement = only(label(text), "stop smearing")
    assert statement.channels == ()
    assert statement.source_type == "government"


@pytest.mark.parametrize("dateline", ["WASHINGTON — ", "SEOUL, South Korea -- ", "NEW YORK, May 4 – "])
def test_a_dateline_without_an_outlet_is_not_content(dateline: str) -> None:
    text = f"{dateline}The talks will resume next week, according to two officials familiar with the plans."
    statement = only(label(text), "talks")
    assert statement.content.text == "The talks will resume next week"


def test_a_country_word_opening_a_body_name_does_not_make_a_government_source() -> None:
    text = (
        "Bonnie Glaser, managing director of the German Marshall Fund's Indo-Pacific program, "
        "said Beijing was likely to retaliate."
    )
    statement = only(label(text), "retaliate")
    assert statement.speaker_type != "government"


def test_a_role_at_the_paragraphs_organisation_passes_over_the_outlet_that_saw_a_document() -> None:
    text = (
        "The IAEA said in a confidential report seen by Reuters that Iran had expanded its stockpile. "
        'Agency chief Rafael Grossi told reporters he was "very concerned."'
    )
    statement = only(label(text), "very concerned")
    assert statement.speaker_type == "intergovernmental"


def test_an_unnamed_diplomat_is_anonymous_and_the_diplomat_is_the_same_source() -> None:
    text = (
        'Foreign ministry spokesman Nasser Kanaani said Tehran had "no role" in the attack.\n\n'
        'A senior European diplomat said the talks were at an impasse. "Nobody is moving," the diplomat said.'
    )
    report = label(text)
    first = only(report, "impasse")
    assert first.source_type == "anonymous"
    second = only(report, "Nobody is moving")
    assert second.speaker is not None and second.speaker.name == "A senior European diplomat"
    assert second.source_type == "anonymous"


def test_a_speech_broadcast_on_state_television_has_state_television_as_its_one_channel() -> None:
    text = (
        "North Korean leader Kim Jong Un said in a speech broadcast on state television that the country "
        'would bolster its forces "at the fastest possible speed."'
    )
    statement = only(label(text), "fastest")
    assert [c.text for c in statement.channels] == ["state television"]
    assert statement.speaker is not None and statement.speaker.name == "Kim Jong Un"


@pytest.mark.parametrize(
    ("text", "speaker", "outlet"),
    [
        (
            "The North fired cruise missiles, Yonhap news agency reported, citing a South Korean military source.",
            "a South Korean military source",
            "kr/yonhap",
        ),
        (
            "Japan's Kyodo News, quoting unnamed government officials, said Tokyo had lodged a protest.",
            "unnamed government officials",
            "jp/kyodo",
        ),
        (
            "Sputnik cited an unnamed official as saying Moscow had received the proposal.",
            "an unnamed official",
            "ru/sputnik",
        ),
    ],
)
def test_an_outlet_citing_or_quoting_a_source_relays_it(text: str, speaker: str, outlet: str) -> None:
    report = label(text)
    assert len(report.statements) == 1, [s.content.text for s in report.statements]
    statement = report.statements[0]
    assert statement.speaker is not None and statement.speaker.text == speaker
    assert statement.speaker_type == "anonymous"
    assert [c.entity for c in statement.channels] == [outlet]


def test_citing_a_thing_as_a_reason_is_no_relay() -> None:
    # the judge's own assessment (the election is a reason), not a source the judge relays
    [statement] = label("The judge cited the coming election as a reason to speed up the release.").statements
    assert statement.content.text == "the coming election as a reason to speed up the release"
    assert statement.speaker is not None and statement.speaker.text == "The judge"
    assert statement.channels == ()


def test_a_role_word_inside_the_subject_keeps_the_name_for_a_later_conjoined_cue() -> None:
    text = (
        'North Korean leader Kim Jong Un oversaw a "successful test" of a new rocket system and expressed '
        '"great satisfaction," state media said.'
    )
    statement = only(label(text), "great satisfaction")
    assert statement.speaker is not None and statement.speaker.name == "Kim Jong Un"
    assert [c.text for c in statement.channels] == ["state media"]


@pytest.mark.parametrize(
    "sentence",
    [
        'KCNA declared Saturday\'s test a "great success," even as officials in Seoul disputed it.',
        'KCNA termed Saturday\'s test a "great success," even as officials in Seoul disputed it.',
    ],
)
def test_declaring_or_terming_something_a_quoted_term_makes_the_term_the_statement(sentence: str) -> None:
    statement = only(label(sentence), "great success")
    assert statement.content.text == "great success,"
    assert statement.kind == "partial"


def test_a_states_delegate_to_an_organisation_of_states_speaks_for_the_state() -> None:
    text = 'China\'s UN ambassador Fu Cong told reporters that Beijing "firmly opposes" any new sanctions.'
    statement = only(label(text), "firmly opposes")
    assert statement.speaker_type == "government"


@pytest.mark.parametrize(
    ("body", "expected"), [("The automaker", "company"), ("The union", "ngo"), ("The company", "company")]
)
def test_a_body_named_by_a_common_noun_is_never_the_last_person_who_spoke(body: str, expected: str) -> None:
    text = f'"We have work to do," Sen. Maria Cantwell told reporters. {body} said no injuries had been reported.'
    statement = only(label(text), "injuries")
    assert statement.speaker is not None and statement.speaker.name == body
    assert statement.speaker_type == expected
    first = only(label(text), "work to do")
    assert first.speaker_type == "government"  # "Sen." is a senator


def test_he_after_an_unnamed_minister_is_that_minister() -> None:
    text = '"We will respond," the minister said. "This is not over," he added.'
    statement = only(label(text), "not over")
    assert statement.speaker is not None and statement.speaker.name == "the minister"
    assert statement.speaker_type == "government"


def test_an_official_speaking_on_condition_of_anonymity_after_the_cue_is_anonymous() -> None:
    text = (
        '"The talks were constructive," a White House official said, speaking on the condition of anonymity '
        "to discuss private conversations."
    )
    statement = only(label(text), "constructive")
    assert statement.source_type == "anonymous"


def test_posting_a_video_is_no_statement_but_posting_that_is() -> None:
    assert contents("Spokesman Jay Tarriela posted video of the incident on X.") == []
    assert contents("Tarriela posted on X that the boat had been damaged.") == ["the boat had been damaged"]


def test_an_unidentified_document_reporting_a_statement_leaves_that_statement() -> None:
    text = "The coast guard said the ships had rammed its vessels, according to a statement posted on its account."
    report = label(text)
    assert [s.content.text for s in report.statements] == ["the ships had rammed its vessels"]
    assert report.statements[0].speaker is not None and report.statements[0].speaker.text == "The coast guard"


def test_a_country_word_inside_a_university_name_is_not_the_speakers_country() -> None:
    text = (
        '"The factories are running at full capacity," said Yang Moo-jin, president of the University of '
        "North Korean Studies in Seoul."
    )
    statement = only(label(text), "factories")
    assert "South Korea" in statement.reason


@pytest.mark.parametrize("venue", ["a briefing", "a news conference", "the forum"])
def test_told_a_briefing_after_a_quotation_keeps_the_speaker(venue: str) -> None:
    text = f'"The North should stop its provocations," ministry spokesman Koo Byoung-sam told {venue}.'
    statement = only(label(text), "provocations")
    assert statement.speaker is not None and statement.speaker.name == "Koo Byoung-sam"
    assert statement.channels == ()


@pytest.mark.parametrize("verb", ["slammed the joint drills as", "dubbed the joint drills"])
def test_doubled_consonant_cue_forms_are_cues(verb: str) -> None:
    statement = only(label(f'Pyongyang {verb} a "rehearsal for war."'), "rehearsal")
    assert statement.speaker is not None and statement.speaker.text == "Pyongyang"


def test_an_outlet_reporting_that_x_citing_a_role_relays_that_role_not_the_last_official() -> None:
    text = (
        "Kremlin spokesman Dmitry Peskov told reporters that Moscow remained open to talks. "
        "RIA Novosti reported that a drone had hit an oil depot in Bryansk, citing the regional governor."
    )
    statement = only(label(text), "oil depot")
    assert statement.speaker is not None and statement.speaker.name == "the regional governor"
    assert [c.entity for c in statement.channels] == ["ru/ria-novosti"]


def test_the_authors_aside_on_a_claim_is_not_part_of_it() -> None:
    text = (
        'The ministry said its forces had "liberated" the village of Novopavlivka, '
        "a claim that could not be independently verified."
    )
    statement = only(label(text), "Novopavlivka")
    assert statement.content.text == 'its forces had "liberated" the village of Novopavlivka'


def test_one_diplomat_and_another_are_two_anonymous_sources() -> None:
    text = '"It was a mistake," one diplomat admitted. "We should have waited," another said.'
    report = label(text)
    first, second = only(report, "mistake"), only(report, "waited")
    assert first.speaker is not None and first.speaker.name == "one diplomat"
    assert second.speaker is not None and second.speaker.name == "another diplomat"
    assert first.source_type == second.source_type == "anonymous"


def test_the_authors_own_first_person_is_no_source() -> None:
    text = 'I asked a former sanctions official why it failed. "We overestimated our leverage," she told me.'
    report = label(text)
    assert [s.content.text for s in report.statements] == ["We overestimated our leverage,"]
    assert report.statements[0].speaker is not None and report.statements[0].speaker.text == "she"


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("As economist Ken Rogoff has argued, sanctions rarely work.", "Ken Rogoff", "sanctions rarely work"),
        ('As the minister put it, the country "cannot afford war."', "the minister", "cannot afford war."),
        ("As he said in April, the plan is dead.", "he", "the plan is dead"),
    ],
)
def test_a_fronted_as_clause_attributes_what_follows_its_comma(text: str, speaker: str, content: str) -> None:
    [statement] = label(text).statements
    assert statement.speaker is not None and statement.speaker.text.endswith(speaker)
    assert statement.content.text == content


def test_an_as_clause_without_a_cue_attributes_nothing() -> None:
    assert contents("As the storm approached, residents fled to the hills.") == []


def test_a_quotation_opened_after_an_attribution_sentence_continues_into_the_next_paragraph() -> None:
    text = (
        '"The situation is grave," said the envoy. "But it is not hopeless.\n\n'
        '"We have seen worse, and we got through it."\n\nThe talks resume on Monday.'
    )
    statement = only(label(text, turns=False), "not hopeless")
    assert statement.content.text == 'But it is not hopeless.\n\n"We have seen worse, and we got through it.'
    assert statement.speaker is not None and statement.speaker.text == "the envoy"


def test_a_byline_with_a_separator_is_no_site_header() -> None:
    text = (
        "Beijing vows response to chip curbs\n\nBy Staff Reporter | Updated 3 hours ago\n\n"
        'The Commerce Ministry said it would take "necessary measures."'
    )
    statement = only(label(text), "necessary")
    assert statement.channels == ()


def test_according_to_after_a_quotation_ending_in_a_comma_is_not_content() -> None:
    text = (
        'Ministry spokesman Esmaeil Baghaei said Tehran would respond "proportionately," '
        "according to the official IRNA news agency."
    )
    report = label(text)
    assert all("according" not in s.content.text for s in report.statements)
    assert all(s.speaker is not None and s.speaker.name == "Esmaeil Baghaei" for s in report.statements)
    assert all([c.entity for c in s.channels] == ["ir/irna"] for s in report.statements)


def test_a_reporters_question_in_a_transcript_is_no_statement() -> None:
    text = (
        "Bloomberg: Will President Xi attend the summit?\n\nLin Jian: I have no information to release at the moment."
    )
    assert contents(text) == ["I have no information to release at the moment."]


def test_told_an_outlet_keeps_the_determiner_of_the_content_and_an_opposition_leader_is_no_government() -> None:
    text = "Opposition leader María Corina Machado told CNN the election had been stolen."
    statement = only(label(text), "election")
    assert statement.content.text == "the election had been stolen"
    assert statement.speaker_type == "political_party"
    assert [c.name for c in statement.channels] == ["CNN"]


def test_an_acronym_defined_in_the_article_is_the_entity_its_long_form_names() -> None:
    text = (
        "Researchers at the Institute for National Security Strategy (INSS) published a study on Monday.\n\n"
        "INSS said the North had sent more troops."
    )
    statement = only(label(text), "troops")
    assert statement.speaker is not None and statement.speaker.entity == "kr/inss"


def test_an_acronyms_long_form_starts_after_the_previous_sentence() -> None:
    text = (
        "The vote was held on Wednesday. The Korea Institute for Unification Affairs (KIUA) said turnout was low.\n\n"
        "KIUA also said the count would take a week."
    )
    statement = only(label(text), "count")
    assert statement.speaker is not None and statement.speaker.name == "The Korea Institute for Unification Affairs"


def test_according_to_a_titled_name_keeps_the_name_past_the_titles_dot() -> None:
    text = "About 3,000 soldiers had been deployed, according to Rep. Lee Seong-kweun of the intelligence committee."
    statement = only(label(text), "soldiers")
    assert statement.speaker is not None and statement.speaker.name == "Lee Seong-kweun"


@pytest.mark.parametrize(
    ("sentence", "content", "speaker"),
    [
        ("The mayor acknowledged it was unlikely to pass.", "it was unlikely to pass", "The mayor"),
        ("An arbitration panel found the port authority had broken the lease.", "the port authority had", "panel"),
        ("Most economists believe the slowdown will last into spring.", "the slowdown will last", "economists"),
        ("Fishermen fear they will lose the northern grounds.", "they will lose", "Fishermen"),
    ],
)
def test_an_assessment_verb_reports_a_clause_without_that(sentence: str, content: str, speaker: str) -> None:
    statement = only(label(sentence), content)
    assert statement.kind == "indirect"
    assert statement.speaker is not None and speaker in statement.speaker.text


@pytest.mark.parametrize(
    "sentence",
    [
        "Analysts expect the central bank to raise rates again.",
        "The council considered the offer for a week.",
        "Inspectors found a crack in the hull.",
    ],
)
def test_an_assessment_verb_with_an_object_and_no_clause_reports_nothing(sentence: str) -> None:
    assert contents(sentence) == []


def test_a_transcript_quoted_whole_is_each_speakers_turns() -> None:
    text = (
        "The mayor took questions on the local station.\n\n"
        '"HOST: Will the ferry run this winter?\n\n'
        '"RUIZ: It will run every day. We found the money.\n\n'
        '"We also hired two more crews.\n\n'
        '"(CROSSTALK.)\n\n'
        '"HOST: Thank you, Mayor."\n\n'
        "The interview was recorded on Friday."
    )
    report = label(text)
    turns = [(s.speaker.text if s.speaker else None, s.content.text) for s in report.statements]
    assert turns == [
        ("HOST", "Will the ferry run this winter?"),
        ("RUIZ", 'It will run every day. We found the money.\n\n"We also hired two more crews.'),
        ("HOST", "Thank you, Mayor."),
    ]
    for statement in report.statements:
        assert statement.kind == "direct"
        assert text[statement.content.start : statement.content.end] == statement.content.text


def test_a_quotation_over_paragraphs_that_opens_without_a_label_stays_one_statement() -> None:
    text = (
        'The harbour master wrote to the council: "The dredging is late again.\n\n'
        '"NOTE: the channel is closed to large boats until March."'
    )
    statement = only(label(text), "dredging")
    assert statement.content.text.endswith("until March.")


def test_a_second_report_joined_by_and_or_but_ends_the_first_clause() -> None:
    report = label(
        "The harbour master said the dredging would be late — and she noted that the channel stays open. "
        "Her deputies say the cost is too high but noted that the city has paid."
    )
    assert [(s.content.text, s.speaker.text if s.speaker else None) for s in report.statements] == [
        ("the dredging would be late", "The harbour master"),
        ("the channel stays open", "she"),
        ("the cost is too high", "Her deputies"),
        ("the city has paid", "Her deputies"),
    ]


def test_a_new_subject_after_and_is_the_speaker_not_the_clause_before_it() -> None:
    text = "Farmers said the ministry mishandled the drought and Fishermen's Union leaders accused it of neglect."
    statement = only(label(text), "neglect")
    assert statement.speaker is not None and statement.speaker.text == "Fishermen's Union leaders"
    assert only(label(text), "drought").content.text == "the ministry mishandled the drought"


def test_a_clause_after_an_adjunct_of_time_is_the_content() -> None:
    statement = only(label("The mayor said after the vote she would not run again."), "run again")
    assert statement.content.text == "she would not run again"
    assert statement.speaker is not None and statement.speaker.text == "The mayor"


def test_a_surname_after_a_title_is_a_person_that_a_pronoun_can_mean() -> None:
    text = (
        "The ministry's spokesperson said the talks were over.\n\n"
        "Defense Minister Nakatani told reporters that the debris fell at sea. Tokyo will protest, he added."
    )
    statement = only(label(text), "Tokyo")
    assert statement.speaker is not None and statement.speaker.name == "Nakatani"
    assert statement.speaker_type == "government"


@pytest.mark.parametrize(
    "sentence",
    [
        'The Foreign Ministry slammed the drills as a "reckless provocation" in a statement carried by KCNA.',
        "The Foreign Ministry said the drills were a reckless provocation in a statement carried by KCNA.",
        "The Foreign Ministry said the drills were a reckless provocation, in remarks published by KCNA.",
    ],
)
def test_a_statement_carried_by_an_outlet_after_the_content_is_relayed_by_it(sentence: str) -> None:
    statement = only(label(sentence), "provocation")
    assert statement.content.text in ("reckless provocation", "the drills were a reckless provocation")
    assert [c.entity for c in statement.channels] == ["kp/kcna"]
    assert statement.source_type == "state_media"


def test_the_north_is_north_korea_in_an_article_that_names_it() -> None:
    text = (
        "North Korea test-fired a cruise missile on Sunday.\n\n"
        "The North's Foreign Ministry said the drills were a rehearsal for invasion. "
        "The North also said it would respond."
    )
    ministry = only(label(text), "rehearsal")
    assert ministry.speaker is not None and ministry.speaker.entity == "kp/foreign-ministry"
    country = only(label(text), "respond")
    assert country.speaker is not None and country.speaker.entity == "kp/government"


@pytest.mark.parametrize(
    "text",
    [
        "Storms closed roads across the region. The North said the repairs would take weeks.",
        "North Korea fired a missile. The North Atlantic Council said the launch was reckless.",
    ],
)
def test_the_north_is_no_country_where_the_article_does_not_name_it(text: str) -> None:
    statement = label(text).statements[-1]
    assert statement.speaker is not None and statement.speaker.entity != "kp/government"


def test_a_dateline_naming_two_places_credits_its_agency() -> None:
    text = "BEIJING/MOSCOW (Reuters) - The ministry said the talks would resume in May."
    statement = only(label(text), "talks")
    assert [c.name for c in statement.channels] == ["Reuters"]


def test_told_a_briefing_with_adjectives_is_the_addressee_of_a_trailing_attribution() -> None:
    text = '"The other side must correct its mistakes," ministry spokeswoman Mao Ning told a regular news briefing.'
    report = label(text)
    assert len(report.statements) == 1
    assert report.statements[0].speaker is not None and report.statements[0].speaker.name == "Mao Ning"


def test_told_reporters_ends_at_the_addressee_noun() -> None:
    statement = only(label("The spokesman told reporters Moscow was watching closely."), "watching")
    assert statement.content.text == "Moscow was watching closely"


def test_it_in_a_relative_clause_is_the_outlet_just_named() -> None:
    text = (
        "The defence ministry said 21 aircraft entered the zone.\n\n"
        'Chinese state broadcaster CCTV showed footage of the drills, which it said were "routine training."'
    )
    statement = only(label(text), "routine")
    assert statement.speaker is not None and statement.speaker.entity == "cn/cctv"


def test_an_anonymity_aside_between_the_speaker_and_the_verb_makes_the_speaker_anonymous() -> None:
    text = "A State Department spokesperson, speaking on condition of anonymity, said the transit was routine."
    assert only(label(text), "routine").source_type == "anonymous"


def test_an_outlet_with_a_which_clause_before_quoted_as_saying_relays_the_quotation() -> None:
    text = (
        "The semi-official Tasnim news agency, which is close to the Revolutionary Guard, quoted an unnamed "
        'commander as saying the forces were "on full alert."'
    )
    statement = only(label(text), "alert")
    assert statement.speaker is not None and statement.speaker.text == "an unnamed commander"
    assert [c.entity for c in statement.channels] == ["ir/tasnim"]


@pytest.mark.parametrize(
    "text",
    [
        "According to a source in the Russian Defense Ministry, the army had advanced.",
        "Two officials at the Pentagon said the carrier would stay in the region.",
    ],
)
def test_an_unnamed_member_of_a_named_body_is_anonymous(text: str) -> None:
    assert label(text).statements[0].source_type == "anonymous"


def test_a_short_quoted_sentence_standing_alone_continues_the_speaker() -> None:
    text = '"Our position is well known," the Kremlin spokesman told journalists. "Nothing has changed."'
    statement = only(label(text), "Nothing")
    assert statement.speaker is not None and statement.speaker.text == "the Kremlin spokesman"


def test_a_dateline_credit_is_not_the_employer_of_the_person_named_after_it() -> None:
    text = (
        "MOSCOW, June 4 (TASS) -- Foreign Minister Sergei Lavrov said talks were possible.\n\n"
        "Lavrov said the West had no interest in peace."
    )
    statement = only(label(text), "West")
    assert statement.speaker_type == "government"
    assert statement.source_type == "state_media"  # the dateline's agency still relays it


def test_an_outlet_the_article_describes_is_media_of_that_kind_and_the_outlet_later() -> None:
    text = (
        "Novaya Ploshchad, an independent Belarusian outlet based in Vilnius, reported that the plant had closed.\n\n"
        '"We were told nothing," one worker told the outlet.\n\n'
        "Belsat Echo, a state-run television channel, said the closure was temporary."
    )
    report = label(text)
    assert only(report, "plant").source_type == "independent_media"
    assert [c.name for c in only(report, "told nothing").channels] == ["Novaya Ploshchad"]
    assert only(report, "temporary").source_type == "state_media"


def test_citing_documents_leaves_the_outlet_as_the_speaker() -> None:
    text = "The Daily Ledger reported that 40 workers had been laid off, citing internal documents."
    statement = only(label(text), "workers")
    assert statement.speaker is not None and statement.speaker.name == "The Daily Ledger"


def test_a_headline_label_with_a_quoted_term_is_the_whole_headline() -> None:
    text = 'Harbour Commentary: city\'s "quiet reforms" change nothing\n\nThe council met on Monday.'
    statement = label(text).statements[0]
    assert statement.content.text == 'city\'s "quiet reforms" change nothing'
    assert statement.speaker is not None and statement.speaker.text == "Harbour Commentary"


def test_a_claim_before_a_speaker_is_not_part_of_the_speaker() -> None:
    text = 'The report alleged abuses, a claim Beijing has repeatedly rejected as "the lie of the century."'
    statement = only(label(text), "lie of the century")
    assert statement.speaker is not None and statement.speaker.text == "Beijing"


def test_a_trailing_attribution_with_a_bracketed_acronym_ends_the_content() -> None:
    text = (
        "North Korea on Sunday vowed a tough response to the allied drills, "
        "the official Korean Central News Agency (KCNA) said."
    )
    report = label(text)
    assert len(report.statements) == 1
    statement = report.statements[0]
    assert "said" not in statement.content.text and statement.content.text.endswith("allied drills")
    assert statement.source_type == "state_media"


def test_an_appositive_name_with_dotted_titles_is_the_speaker() -> None:
    text = "The junta's spokesman, Maj. Gen. Zaw Min Tun, told the broadcaster that the curfew would stay."
    statement = only(label(text), "curfew")
    assert statement.speaker is not None and statement.speaker.name == "Zaw Min Tun"


def test_told_an_outlet_by_phone_asking_not_to_be_named_is_an_anonymous_quotation_it_relays() -> None:
    text = (
        "The Riverside Gazette, an independent weekly, reported on the floods.\n\n"
        '"People are leaving every day," a resident told The Riverside Gazette by phone, asking not to be named '
        "for safety reasons."
    )
    statement = only(label(text), "leaving")
    assert statement.speaker is not None and statement.speaker.text == "a resident"
    assert statement.source_type == "anonymous"
    assert [c.name for c in statement.channels] == ["The Riverside Gazette"]
    assert len(label(text).statements) == 1


def test_an_inverted_speaker_may_be_counted() -> None:
    statement = only(label('"We will not be bullied," wrote one Facebook user in a post.'), "bullied")
    assert statement.speaker is not None and statement.speaker.text == "one Facebook user"


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("In an interview with the BBC, the defence secretary said the navy stood ready.", "BBC"),
        ("Speaking to Reuters, the defence secretary said the navy stood ready.", "Reuters"),
    ],
)
def test_an_opening_interview_with_an_outlet_makes_it_a_channel(text: str, outlet: str) -> None:
    statement = only(label(text), "navy")
    assert [c.name for c in statement.channels] == [outlet]


def test_a_newspaper_named_with_its_noun_before_an_appositive_is_the_speaker() -> None:
    text = (
        "The People's Army newspaper, the mouthpiece of the Vietnamese military, wrote in an editorial that the "
        'country would "never compromise" on sovereignty.'
    )
    statement = only(label(text), "compromise")
    assert statement.speaker is not None and statement.speaker.entity == "vn/qdnd"


def test_a_participle_aside_after_a_subject_keeps_the_subject_as_speaker() -> None:
    text = (
        'The inquiry\'s report, published on Monday, concluded that the account was "not credible". '
        "It said officials had raised concerns in March."
    )
    report = label(text)
    finding, later = only(report, "credible").speaker, only(report, "concerns").speaker
    # the report is the inquiry's: whose a document is speaks through it
    assert finding is not None and finding.name == "The inquiry"
    assert later is not None and later.name == "The inquiry"


def test_an_embedded_question_is_the_content_of_a_verb_that_reports_one() -> None:
    found = contents(
        "The harbour board wondered whether the ferry would run in winter. "
        "The audit shows how the repair fund was spent. "
        "The weather will determine whether the ferry runs at all."
    )
    assert found == ["whether the ferry would run in winter", "how the repair fund was spent"]


def test_a_commitment_or_appeal_in_an_infinitive_is_the_content() -> None:
    found = contents(
        "The harbour master vowed to dredge the channel before spring. "
        "She urged Parliament to pay for the work. Her deputy asked them to hurry. "
        "The board promised to the fishermen a new quay."
    )
    assert found == [
        "to dredge the channel before spring",
        "Parliament to pay for the work",
        "them to hurry",
    ]


def test_the_noun_before_a_restrictive_who_is_the_speaker() -> None:
    statement = only(
        label("The ferry company won support among the fishermen who said the old quay was unsafe."), "quay"
    )
    assert statement.content.text == "the old quay was unsafe"
    assert statement.speaker is not None and statement.speaker.name == "the fishermen"


def test_a_quoted_word_in_what_a_call_for_asks_is_part_of_the_appeal() -> None:
    report = label(
        'The mayor called for more "flexibility" for the harbour board in the new budget. '
        'She called the old plan "a farce".'
    )
    assert [s.content.text for s in report.statements] == [
        'more "flexibility" for the harbour board in the new budget',
        "a farce",
    ]


def test_a_second_speaker_after_while_or_though_ends_the_first_clause() -> None:
    report = label(
        "The mayor accuses the board of wasting money while the board suggests the mayor is a captive of the unions."
    )
    assert [(s.content.text, s.speaker.text if s.speaker else None) for s in report.statements] == [
        ("the board of wasting money", "The mayor"),
        ("the mayor is a captive of the unions", "the board"),
    ]


def test_said_on_condition_of_anonymity_is_a_statement_by_an_anonymous_source() -> None:
    text = '"There are no signs of a test," a ministry official said on condition of anonymity.'
    statement = only(label(text), "signs")
    assert statement.speaker is not None and statement.speaker.text == "a ministry official"
    assert statement.source_type == "anonymous"


def test_a_later_mention_of_a_person_keeps_the_type_an_earlier_one_gave() -> None:
    text = (
        "The session was closed, according to Rep. Yoo Sang-bum of the ruling People Power Party.\n\n"
        "The agency also said the launch had failed, Yoo told reporters."
    )
    assert only(label(text), "launch").speaker_type == "political_party"


def test_a_photo_credit_of_the_datelines_outlet_does_not_end_its_reach() -> None:
    text = (
        "SEOUL, Jan. 14 (Yonhap) -- The military said the launch had failed.\n\n"
        "This photo shows a launch in 2023. (Yonhap)\n\n"
        "The ministry said talks would resume."
    )
    statement = only(label(text), "talks")
    assert [c.name for c in statement.channels] == ["Yonhap News Agency"]


def test_a_wire_update_tag_is_not_part_of_a_headline_statement() -> None:
    text = "(LEAD) N. Korea fires ballistic missile into East Sea: JCS\n\nThe launch was at noon."
    statement = label(text).statements[0]
    assert statement.content.text == "N. Korea fires ballistic missile into East Sea"


def test_a_pronoun_after_a_noun_is_a_relative_clause_or_the_subject_after_an_adjunct() -> None:
    gap = "The council delayed the elections it had promised to hold this year."
    assert contents(gap) == []
    adjunct = "In an interview with a local radio station he blasted the council for its delays."
    statement = only(label(adjunct), "council")
    assert statement.speaker is not None and statement.speaker.text == "he"


@pytest.mark.parametrize(
    "sentence",
    [
        "The event that mattered was the Presidential contest between the two governors.",
        "Both parties won the hotly contested race for the harbour board.",
        "Local media shares blame for the confusion over the ferry timetable.",
        "The law includes expanded background checks for harbour pilots.",
        "After the recall, shares of the formula company have been falling all morning.",
        "The mayor's broad appeal made the harbour plan popular with voters.",
    ],
)
def test_nouns_and_adjectives_spelled_like_reporting_verbs_report_nothing(sentence: str) -> None:
    assert contents(sentence) == []


@pytest.mark.parametrize(
    "text",
    [
        '"Markets heard what they wanted," said Jane Smith, chief investment strategist at Acme Capital.',
        "A spokesman for Brockbank Holdings said the plant would stay open.",
    ],
)
def test_a_body_no_rule_knows_takes_its_kind_from_its_name(text: str) -> None:
    assert label(text).statements[0].speaker_type == "company"


def test_an_age_after_a_name_keeps_the_name_as_speaker_and_the_outlet_as_channel() -> None:
    text = '"It was terrifying," passenger Maria Lopez, 34, told the BBC.'
    statement = only(label(text), "terrifying")
    assert statement.speaker is not None and statement.speaker.name == "Maria Lopez"
    assert [c.name for c in statement.channels] == ["BBC"]


def test_an_appositive_noun_gives_the_kind_of_a_body_no_rule_knows() -> None:
    statement = only(label('The operator, Coastal Express, said it was "deeply sorry."'), "sorry")
    assert statement.speaker_type == "company"


@pytest.mark.parametrize("name", ["The Federal Reserve", "National Highways", "The Central Authority"])
def test_a_capitalised_institution_is_no_person(name: str) -> None:
    statement = only(label(f"{name} said the road would reopen at noon."), "road")
    assert statement.speaker_type != "individual"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("State-backed industry associations urged members to be cautious.", None),
        ("A state-owned bank said the loan had been approved.", None),
        ("The official newspaper of the party said the plan had worked.", "state_media"),
    ],
)
def test_a_state_media_disclosure_makes_media_only_of_media(text: str, kind: str | None) -> None:
    statement = label(text).statements[0]
    if kind is None:
        assert statement.source_type != "state_media"
    else:
        assert statement.source_type == kind


def test_respond_to_an_attack_is_no_statement_of_the_clause_subject() -> None:
    text = (
        'The republic will respond to the attack "at the right time," ministry spokesman Omar Haddad said, '
        "according to state media."
    )
    statement = only(label(text), "right time")
    assert statement.speaker is not None and statement.speaker.name == "Omar Haddad"
    assert statement.source_type == "state_media"


def test_an_ing_aside_after_a_subject_keeps_the_whole_subject() -> None:
    text = "U.S. officials, speaking on condition of anonymity, said the carrier would stay."
    statement = only(label(text), "carrier")
    assert statement.speaker is not None and statement.speaker.text == "U.S. officials"
    assert statement.source_type == "anonymous"


@pytest.mark.parametrize(("full", "entity"), [("Kim Jong Un", "kp/kim-jong-un"), ("Kim Yo Jong", "kp/kim-yo-jong")])
def test_a_shared_family_name_is_the_person_the_article_named_last(full: str, entity: str) -> None:
    text = f"{full} visited a factory on Friday.\n\nKim said the plant must double its output, KCNA reported."
    statement = only(label(text), "double")
    assert statement.speaker is not None and statement.speaker.entity == entity


def test_people_named_park_and_a_sentence_subject_are_what_later_pronouns_mean() -> None:
    text = (
        "Port commissioner Linda Park and union leader Tom Reyes met on Tuesday.\n\n"
        "Park said the city could not afford another delay.\n\n"
        "Reyes disagreed. He said his members would not work nights.\n\n"
        '"The ball is in their court," Park told reporters afterwards.'
    )
    report = label(text)
    park, reyes, ball = only(report, "delay"), only(report, "nights"), only(report, "ball")
    assert park.speaker is not None and park.speaker.name == "Linda Park"
    assert reyes.speaker is not None and reyes.speaker.name == "Tom Reyes"
    assert reyes.speaker_type == "ngo"  # a union leader
    assert ball.speaker is not None and ball.speaker.name == "Linda Park"


def test_call_before_an_object_pronoun_is_a_naming_verb() -> None:
    statement = only(label('Critics call it a "vanity project." They are wrong.'), "vanity")
    assert statement.speaker is not None and statement.speaker.text == "Critics"


def test_a_body_named_without_its_country_is_the_relaying_outlets_countrys() -> None:
    text = "TASS cited the Defense Ministry as saying that air defences had destroyed 12 drones."
    statement = only(label(text), "drones")
    assert statement.speaker is not None and statement.speaker.entity == "ru/defense-ministry"


def test_a_relative_of_a_named_leader_is_not_the_leader() -> None:
    text = (
        "Kim Yo Jong warned Seoul on Tuesday.\n\n"
        'In a statement carried by KCNA, the powerful sister of leader Kim Jong Un said the South had "crossed '
        'the red line."'
    )
    statement = only(label(text), "red line")
    assert statement.speaker is not None and statement.speaker.entity == "kp/kim-yo-jong"
    assert [c.entity for c in statement.channels] == ["kp/kcna"]


def test_an_unnamed_relative_keeps_the_description() -> None:
    statement = only(label("The mayor's brother said the contract was fair."), "contract")
    assert statement.speaker is not None and statement.speaker.text == "The mayor's brother"
    assert statement.speaker.entity is None


def test_a_pronoun_means_a_person_the_rules_know_who_was_named_but_not_yet_quoted() -> None:
    text = "Kim Jong Un inspected a munitions factory on Friday.\n\nHe said the plant must double its output."
    statement = only(label(text), "double")
    assert statement.speaker is not None and statement.speaker.entity == "kp/kim-jong-un"


def test_reported_x_as_saying_relays_x() -> None:
    text = "The Harbour Gazette reported the mayor's secretary as saying that the rumours were false."
    statement = only(label(text), "rumours")
    assert statement.speaker is not None and statement.speaker.text == "the mayor's secretary"
    assert [c.name for c in statement.channels] == ["The Harbour Gazette"]


def test_as_quoted_by_an_outlet_after_the_speaker_is_a_channel() -> None:
    text = '"We call on them to refrain," said ministry spokesman Ivan Petrov, as quoted by TASS.'
    statement = only(label(text), "refrain")
    assert [c.entity for c in statement.channels] == ["ru/tass"]


def test_the_officials_continued_is_the_same_source_through_the_same_outlet() -> None:
    text = (
        "U.S. intelligence officials told NBC News that production had increased. "
        "It is possible the program is hidden, the officials continued."
    )
    statement = only(label(text), "hidden")
    assert statement.speaker is not None and statement.speaker.name == "U.S. intelligence officials"
    assert [c.name for c in statement.channels] == ["NBC News"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("South Korean researchers said the regime would not collapse.", "think_tank"),
        ("The plant is expanding, according to an analysis by researchers in the United States.", "think_tank"),
        ("Economists in Seoul said growth would slow.", "academic"),
    ],
)
def test_plural_roles_with_a_country_are_not_its_government(text: str, kind: str) -> None:
    assert label(text).statements[0].source_type == kind


def test_a_family_name_two_people_share_is_the_one_the_article_has_been_quoting() -> None:
    text = (
        'Kim Yo Jong, the sister of leader Kim Jong-un, warned Seoul of "grave consequences."\n\n'
        "The leaflets were found near the border, Kim said."
    )
    statement = only(label(text), "leaflets")
    assert statement.speaker is not None and statement.speaker.name == "Kim Yo Jong"


def test_a_reporters_could_not_verify_is_no_statement() -> None:
    assert contents("The Gazette could not independently verify either side's reports.") == []


def test_a_quoted_every_phrase_is_no_person_a_pronoun_can_mean() -> None:
    text = 'Minister Ana Ruiz said the army needed air defences. "Every Patriot saves lives," she said.'
    statement = only(label(text), "Every Patriot")
    assert statement.speaker is not None and statement.speaker.name == "Ana Ruiz"


def test_the_groups_director_works_for_the_group_just_named() -> None:
    text = (
        "Human Rights Watch said China should stop returning refugees. "
        '"Beijing is complicit," said Elaine Pearson, the group\'s Asia director.'
    )
    statement = only(label(text), "complicit")
    assert statement.speaker_type == "ngo"


def test_wrote_a_name_for_a_publication_is_that_persons() -> None:
    text = "\u201cThe impact of the debate is still small,\u201d wrote Cameron Easley for Morning Consult."
    statement = only(label(text), "impact")
    assert statement.speaker is not None and statement.speaker.name == "Cameron Easley"


def test_a_relative_that_after_an_addressee_is_no_content() -> None:
    text = (
        '"We are in a critical situation," Chancellor Ana Weber told reporters after the meeting that was held '
        "on a boat."
    )
    report = label(text)
    assert [s.content.text for s in report.statements] == ["We are in a critical situation,"]
    assert report.statements[0].speaker is not None and report.statements[0].speaker.name == "Ana Weber"


def test_a_question_quoted_then_a_named_speaker_is_one_sentence() -> None:
    text = "\u201cHow many times do we have to see this?\u201d Clinton said. \u201cIt is unbearable.\u201d"
    statement = only(label(text), "How many")
    assert statement.speaker is not None and statement.speaker.text == "Clinton"
    after_full_stop = 'She says the plan is "a rigged system." She adds, "What kind of genius does this?"'
    assert len(label(after_full_stop).statements) == 2


def test_warned_someone_to_refrain_is_an_appeal() -> None:
    statement = only(label("China warned North Korea to refrain from further tests."), "refrain")
    assert statement.speaker is not None and statement.speaker.text == "China"


def test_declined_to_give_further_details_is_no_statement() -> None:
    assert contents("A spokesman, Cmdr. Tim Hawkins, declined to give further details.") == []


def test_a_language_adjective_is_no_name_of_the_outlet() -> None:
    text = '"Any violation will be met," the commander said, according to the Persian-language daily Kayhan.'
    statement = only(label(text), "violation")
    assert [c.entity for c in statement.channels] == ["ir/kayhan"]


def test_an_owners_report_is_no_anaphor_for_the_last_speaker() -> None:
    text = (
        "In his letter, James Hardy wrote that he had acted in good faith.\n\n"
        'The inquiry\'s report, published on Monday, concluded that his account was "not credible".'
    )
    statement = only(label(text), "credible")
    assert statement.speaker is not None and statement.speaker.name == "The inquiry"  # not James Hardy


def test_an_appeal_keeps_its_whole_object() -> None:
    text = "Industry associations urged Chinese companies to be cautious about buying foreign chips."
    assert contents(text) == ["Chinese companies to be cautious about buying foreign chips"]


def test_a_participle_after_the_main_clause_belongs_to_its_subject() -> None:
    text = (
        "On the same day, an unnamed spokesman for the harbour board issued a statement, threatening to "
        'close the port with the "toughest measures" and saying the pilots were "fully ready" to strike.'
    )
    report = label(text)
    speakers = {s.speaker.text for s in report.statements if s.speaker is not None}
    assert speakers == {"an unnamed spokesman for the harbour board"}
    assert len(report.statements) == 2


def test_a_second_that_clause_is_reported_by_the_same_cue() -> None:
    text = "The ministry said that it had seen the launch, but that the claims were exaggerated."
    report = label(text)
    assert [s.content.text for s in report.statements] == ["it had seen the launch", "the claims were exaggerated"]
    assert all(s.speaker is not None and s.speaker.text == "The ministry" for s in report.statements)


def test_a_title_case_headline_says_what_its_speaker_says() -> None:
    text = "Mayor Says Harbour Will Reopen by Spring\n\nThe council met on Monday."
    statement = label(text).statements[0]
    assert statement.content.text == "Harbour Will Reopen by Spring"
    assert statement.speaker is not None and statement.speaker.text == "Mayor"
    assert contents("The Man Who Says No\n\nA profile of the harbour master.") == []


def test_two_people_joined_by_and_are_one_speaker() -> None:
    text = "Ana Ruiz and Tom Reyes wrote in the Harbour Review that the port needed dredging."
    statement = only(label(text), "dredging")
    assert statement.speaker is not None and statement.speaker.name == "Ana Ruiz and Tom Reyes"


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            'Hemsley, the co-author of "Going Viral," a book on rumours, said the days when one paper ruled were over.',
            "the days when one paper ruled were over",
            "Hemsley",
        ),
        ('"We will win," said the mayor as the crowd cheered.', "We will win,", "the mayor"),
    ],
)
def test_a_noun_phrase_followed_by_its_own_clause_is_content_not_an_inverted_speaker(
    text: str, content: str, speaker: str
) -> None:
    statement = only(label(text), content)
    assert statement.content.text == content
    assert statement.speaker is not None and statement.speaker.text == speaker


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("Norway's Labour Party said the budget was fair.", None),
        ("The Liberal Democratic Party of Russia said the vote was rigged.", None),
        ("Britain's Labour Party said the budget was unfair.", "gb/labour-party"),
        ("The Labour Party said the budget was unfair.", None),  # Britain's, Norway's, Israel's ...
        ("The Democratic Party said the vote was close.", None),  # no near miss of "US Democratic Party"
        ("Pyongyang's KCNA said the test had succeeded.", "kp/kcna"),
    ],
)
def test_a_name_another_countrys_body_shares_is_not_that_body(text: str, entity: str | None) -> None:
    statement = label(text).statements[0]
    assert statement.speaker is not None and statement.speaker.entity == entity
    if entity is None:
        assert statement.speaker_type == "political_party"


# --- interviews printed as questions and answers ------------------------------------------------

_INTERVIEW = (
    "Q&A: Former envoy Mara Lindqvist on talks with Pyongyang\n\n"
    "SEOUL -- Mara Lindqvist, Sweden's former special envoy for the Korean Peninsula, spoke with reporter "
    "Tom Hale of the Seoul Ledger about the prospects for new talks.\n\n"
    "Q: You said in March that sanctions had stopped working. Do you think they should be lifted?\n\n"
    "A: Not yet. Pyongyang believes time is on its side, and I told Seoul as much in June.\n\n"
    "It has little reason to hurry while Moscow keeps buying its shells.\n\n"
    "Q: What would change that?\n\n"
    "A: A clear offer on sanctions relief.\n\n"
    "The interview has been edited for length."
)


def test_an_interviews_answers_are_the_interviewees_statements() -> None:
    report = label(_INTERVIEW)
    answers = [s for s in report.statements if s.speaker is not None and s.speaker.text == "A"]
    assert [s.content.text for s in answers] == [
        "Not yet. Pyongyang believes time is on its side, and I told Seoul as much in June.\n\n"
        "It has little reason to hurry while Moscow keeps buying its shells.",
        "A clear offer on sanctions relief.",
    ]
    for answer in answers:
        assert answer.speaker is not None and answer.speaker.name == "Mara Lindqvist"
        assert _INTERVIEW[answer.content.start : answer.content.end] == answer.content.text
    # what the interviewee reports inside an answer is part of it; the closing line is the article's own
    assert not any("as much in June" in s.content.text for s in report.statements if s not in answers)
    assert not any("edited" in s.content.text for s in report.statements)


def test_an_interviewers_you_is_the_interviewee_and_a_question_asks_nothing() -> None:
    report = label(_INTERVIEW)
    [recalled] = [s for s in report.statements if "sanctions had stopped working" in s.content.text]
    assert recalled.content.text == "sanctions had stopped working"
    assert recalled.speaker is not None and recalled.speaker.text == "You"
    assert recalled.speaker.name == "Mara Lindqvist"
    assert not any("lifted" in s.content.text for s in report.statements)  # "Do you think …?" only asks


def test_an_interviewee_is_the_person_opening_the_introduction_when_the_headline_names_none() -> None:
    text = (
        "A conversation on the harbor strike\n\n"
        "Port commissioner Elena Vasquez toured the idle docks on Tuesday. Afterwards she spoke with reporter "
        "Tom Hale. Here is an edited transcript.\n\n"
        "Q: How long can the port hold out?\n\n"
        "A: Two weeks, maybe three."
    )
    statement = only(label(text), "Two weeks")
    assert statement.speaker is not None and statement.speaker.name == "Elena Vasquez"
    assert statement.source_type == "government"


def test_an_interview_that_names_no_interviewee_leaves_the_answer_unattributed() -> None:
    text = (
        "Market voices\n\n"
        "Our correspondent spent a morning at the rice market.\n\n"
        "Q: Are prices rising?\n\n"
        "A: Every week. Rice costs double what it did in spring."
    )
    statement = only(label(text), "Rice costs double")
    assert statement.speaker is None
    assert statement.source_type == "unattributed"


@pytest.mark.parametrize(
    "text",
    [
        "Steps to take\n\nA: Check the valve before the pump starts.\n\nThen open the tap.",  # no question
        "Steps to take\n\nA. Check the valve.\n\nQ. Why?\n\nBecause the gauge lies.",  # the answer before it
    ],
)
def test_letters_that_open_paragraphs_without_an_interview_are_no_answers(text: str) -> None:
    assert not any(s.speaker is not None and s.speaker.text == "A" for s in label(text).statements)


@pytest.mark.parametrize(
    ("text", "relative", "name"),
    [
        ("The strike ended with Nora Quist, who said the harbour would reopen in May.", "who", "Nora Quist"),
        ("The port authority, which said the harbour would reopen in May, runs the docks.", "which", None),
        ("Most dockers who said the harbour would reopen in May were wrong.", "who", "dockers"),
    ],
)
def test_a_relative_pronoun_at_the_cue_is_the_speakers_words_and_its_antecedent_the_name(
    text: str, relative: str, name: str | None
) -> None:
    statement = only(label("Harbour news.\n\n" + text), "reopen")
    assert statement.speaker is not None and statement.speaker.text == relative
    assert name is None or name in statement.speaker.name
    assert statement.speaker.text == text[statement.speaker.start - 15 : statement.speaker.end - 15]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Residents who lost their homes said the city had ignored the warnings.", "Residents"),
        ("One of the doctors who signed the letter called the clinic a danger to patients.", "One of the doctors"),
        ("The pier is the one that Mayor Ruiz said would reopen in May.", "Mayor Ruiz"),  # a that-clause's own subject
        ("Even China, the port's biggest customer, said the tariffs were unfair.", "China"),
    ],
)
def test_a_restrictive_relative_clause_before_the_cue_describes_the_speaker_it_follows(text: str, speaker: str) -> None:
    [statement] = label(text).statements
    assert statement.speaker is not None and statement.speaker.text == speaker


def test_a_clause_in_apposition_after_a_trailing_attribution_leaves_the_attribution_its_own() -> None:
    text = (
        "The junta will hold an election on Dec. 28, the state-run Global New Light of Myanmar reported, "
        "a vote critics have dismissed as a sham."
    )
    statement = only(label(text), "Dec. 28")
    assert statement.content.text == "The junta will hold an election on Dec. 28"
    assert statement.speaker is not None and statement.speaker.entity == "mm/global-new-light-of-myanmar"
    assert statement.source_type == "state_media"


def test_a_participle_with_its_agent_after_the_subject_describes_the_subject() -> None:
    text = "The resolution, drafted by Britain, France and Germany, calls on Iran to admit the inspectors."
    [statement] = label(text).statements
    assert statement.speaker is not None and statement.speaker.text == "The resolution"


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Tehran rejected the resolution, with Foreign Ministry spokesman Esmaeil Baghaei saying the move was "
            "politically motivated.",
            "the move was politically motivated",
            "Esmaeil Baghaei",
        ),
        ("Shares fell 4 percent, with analysts warning that demand would slow.", "demand would slow", "analysts"),
    ],
)
def test_with_a_subject_and_a_participle_is_that_subjects_statement(text: str, content: str, speaker: str) -> None:
    statement = only(label(text), content)
    assert statement.content.text == content
    assert statement.speaker is not None and statement.speaker.name == speaker


def test_pleading_with_someone_gives_them_no_statement() -> None:
    text = "The video shows her pleading with officers not to shoot and begging her husband to get out of the truck."
    assert all(s.speaker is None or "officers" not in s.speaker.text for s in label(text).statements)


def test_an_outlet_that_quoted_someone_after_the_quotation_relays_it() -> None:
    text = '"We will never stop," the official KCNA news agency quoted Kim Jong Un as saying.'
    [statement] = label(text).statements
    assert statement.speaker is not None and statement.speaker.entity == "kp/kim-jong-un"
    assert [c.entity for c in statement.channels] == ["kp/kcna"]
    assert statement.source_type == "state_media"


def test_a_naming_participle_after_a_reported_clause_is_a_statement_of_its_own() -> None:
    text = (
        'The ministry said it had tested a new coastal radar, calling it the navy\'s "sharpest eye" '
        "against what it described as hostile patrols."
    )
    report = label(text)
    assert [s.content.text for s in report.statements] == ["it had tested a new coastal radar", "sharpest eye"]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("Polls show the mayor with a narrow lead in the port districts.", "the mayor with a narrow lead", "Polls"),
        ("Video of the arrest shows him with his hands in the air.", "him with his hands", "Video of the arrest"),
        ("Recent surveys in the region have similarly shown support for the ferry eroding.", "support", "surveys"),
    ],
)
def test_evidence_that_shows_something_reports_it(text: str, content: str, speaker: str) -> None:
    [statement] = label(text).statements
    assert statement.content.text.startswith(content)
    assert statement.speaker is not None and speaker in statement.speaker.text


@pytest.mark.parametrize(
    "text",
    [
        "The museum shows paintings from the 1920s.",
        "She showed reporters the letter from the mayor.",
        "New satellite images show a major expansion of the shipyard",  # a headline: the writer's summary
    ],
)
def test_showing_is_no_report_without_evidence_in_a_sentence_of_the_body(text: str) -> None:
    assert label(text).statements == ()


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("The mayor has repeatedly cited the audit as the reason the ferry stopped.", "the audit as", "mayor"),
        ("Ruiz cited her own endorsements from nine harbour unions on Tuesday.", "her own endorsements", "Ruiz"),
        ("The union backed Ruiz for mayor, citing her work after the floods.", "her work after the floods", "union"),
    ],
)
def test_what_is_cited_as_a_reason_or_an_example_is_a_statement(text: str, content: str, speaker: str) -> None:
    statement = only(label(text), content)
    assert statement.content.text.startswith(content)
    assert statement.speaker is not None and speaker in statement.speaker.text


def test_a_reason_cited_after_a_statement_does_not_speak_for_it() -> None:
    statement = only(label("The union called Ruiz a champion, citing her work after the floods."), "champion")
    assert statement.speaker is not None and statement.speaker.text == "The union"


@pytest.mark.parametrize(
    "text",
    [
        "The port will close in May, Yonhap reported, citing a military source.",
        "The port will close in May, the paper reported, citing people familiar with the plan.",
        "The port will close in May, the paper reported, citing Yonhap.",
    ],
)
def test_a_source_cited_is_the_speaker_and_no_statement(text: str) -> None:
    [statement] = label(text).statements
    assert statement.content.text == "The port will close in May"
    assert statement.speaker is not None and statement.speaker.text not in ("the paper", "Yonhap reported")


def test_a_study_reports_what_it_found() -> None:
    text = "A 2019 study by harbour economist Lena Hart found 31 ferry delays out of more than a thousand crossings."
    [statement] = label(text).statements
    assert statement.content.text == "31 ferry delays out of more than a thousand crossings"
    assert statement.speaker is not None and statement.speaker.text.startswith("A 2019 study")


def test_the_words_that_finish_a_bodys_name_are_no_persons_name() -> None:
    text = (
        "Tom Hale complained about his microphone on Friday.\n\n"
        "He said the Commission on Harbour Safety announced earlier Friday that the sound system had failed.\n\n"
        'He says, "Working that microphone was hard."'
    )
    statement = only(label(text), "Working")
    assert statement.speaker is not None and statement.speaker.name == "Tom Hale"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The harbour board condemned the attack.", ["the attack"]),
        ("The ferry company denied the accusations.", ["the accusations"]),
        ("The mayor wrote a letter.", []),  # what carried a statement, not what it said
        ("The port authority published two reports.", []),
    ],
)
def test_a_speech_act_with_a_short_noun_for_content_is_reported_but_not_its_vehicle(
    text: str, content: list[str]
) -> None:
    assert contents(text) == content


@pytest.mark.parametrize("relay", ["warned on the channel that", "warned on VTV that", "told VTV that"])
def test_an_outlet_described_before_its_name_is_that_outlet_when_named_again(relay: str) -> None:
    text = (
        "Venezuelan state television VTV showed troops in the capital. "
        f"Interior Minister Diosdado Cabello {relay} anyone who protests would be punished."
    )
    statement = only(label(text), "punished")
    assert [c.name for c in statement.channels] == ["VTV"]
    assert statement.source_type == "state_media"


def test_a_day_after_a_media_noun_names_no_outlet() -> None:
    statement = only(label("The newspaper Sunday said the port would close in May."), "port")
    assert statement.source_type == "independent_media"
    assert statement.channels == ()


def test_an_opening_according_to_phrase_is_no_content_of_a_cue_after_it() -> None:
    text = "According to the declaration, the six ports agreed to share the dredging costs every two years."
    [statement] = label(text).statements
    assert statement.content.text == "the six ports agreed to share the dredging costs every two years"
    assert statement.speaker is not None and statement.speaker.text == "the declaration"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The ministry said there were no plans for talks, as both navies traded fire overnight.",
            "there were no plans for talks",
        ),
        (
            "The bank signaled that it still expects two cuts this year, even as inflation has proved stubborn.",
            "it still expects two cuts this year",
        ),
        ("The mayor said the plan was dead, as well as the treaty.", "the plan was dead, as well as the treaty"),
    ],
)
def test_an_as_clause_with_a_subject_of_its_own_ends_the_reported_clause(text: str, content: str) -> None:
    [statement] = label(text).statements
    assert statement.content.text == content


def test_a_role_word_means_the_person_the_article_titled_with_it() -> None:
    text = (
        "RIYADH, Oct 2 (Reuters) - Saudi Crown Prince Mohammed bin Salman and Iranian President Masoud Pezeshkian "
        "discussed the region in a phone call on Wednesday, the Saudi Press Agency said.\n\n"
        'The crown prince stressed the kingdom\'s position of "restraint and de-escalation," the agency said.'
    )
    statement = only(label(text), "restraint")
    assert statement.speaker is not None and statement.speaker.name == "Mohammed bin Salman"


def test_a_vice_president_is_no_president() -> None:
    text = (
        "President Ana Ruiz opened the port on Monday with Vice President Tom Hale.\n\n"
        'The president said the port would "change everything."'
    )
    statement = only(label(text), "change everything")
    assert statement.speaker is not None and statement.speaker.name == "Ana Ruiz"


def test_an_interview_aired_on_a_day_was_carried_by_the_outlet_before_it() -> None:
    text = "Foreign Minister Ana Ruiz told CNN in an interview aired on Sunday that the port would reopen."
    [statement] = label(text).statements
    assert [c.entity for c in statement.channels] == ["us/cnn"]


def test_an_opening_carrier_with_its_acronym_is_the_channel() -> None:
    text = 'In a statement carried by the Korean Central News Agency (KCNA), she said Seoul would "pay dearly."'
    [statement] = label(text).statements
    assert [c.entity for c in statement.channels] == ["kp/kcna"]
    assert statement.source_type == "state_media"


_BRIEFING = (
    "Harbour Ministry Spokesperson Lena Hart's Regular Briefing\n\n"
    "Coastal Daily: The ferry union says it will strike next week. What is your comment?\n\n"
    "Lena Hart: The ministry respects the union's rights. The ferries will keep running.\n\n"
    "We urge both sides to return to talks.\n\n"
    "Harbour Radio: Will the minister meet the union?\n\n"
    "Lena Hart: I have nothing to announce today.\n\n"
    "The briefing ended at noon."
)


def test_a_transcript_turn_goes_on_over_unlabelled_paragraphs_to_the_next_label() -> None:
    report = label(_BRIEFING)
    turns = [s.content.text for s in report.statements if s.speaker is not None and s.speaker.name == "Lena Hart"]
    assert turns == [
        "The ministry respects the union's rights. The ferries will keep running.\n\n"
        "We urge both sides to return to talks.",
        "I have nothing to announce today.",  # the last turn keeps to its paragraph
    ]
    assert not any(s.content.text == "return to talks" for s in report.statements)


@pytest.mark.parametrize(
    "text",
    [
        # headings that each name someone once open the writer's sections
        "Who wins the port vote?\n\nAna Ruiz: Win in a walk.\n\nThe mayor leads every poll in the city.\n\n"
        "Tom Hale: Hang on.\n\nThe councillor trails by ten points.",
        # a paragraph that reports someone else ends the turn
        "Lena Hart: The ferries will keep running.\n\nThe union said on Monday it would strike.\n\n"
        "Lena Hart: Nothing to add.",
    ],
)
def test_a_labelled_line_is_no_turn_over_the_writers_paragraphs(text: str) -> None:
    for statement in label(text).statements:
        assert "\n\n" not in statement.content.text


def test_an_aside_that_names_the_carrier_is_the_channel_not_a_description() -> None:
    text = 'Kremlin spokesman Dmitry Peskov, in remarks carried by RIA Novosti, said Kyiv was "not interested."'
    [statement] = label(text).statements
    assert statement.speaker is not None and statement.speaker.entity == "ru/dmitry-peskov"
    assert [c.entity for c in statement.channels] == ["ru/ria-novosti"]
    assert statement.source_type == "state_media"


def test_the_publication_of_an_op_ed_is_its_channel_even_when_the_rules_lack_it() -> None:
    text = "Jane Roe wrote in an op-ed for the Harbour Independent that the ferry was late again."
    [statement] = label(text).statements
    assert [(c.name, c.type) for c in statement.channels] == [("Harbour Independent", "independent_media")]


def test_a_participle_after_a_semicolon_goes_on_with_the_speaker_just_named() -> None:
    text = (
        "The port has been predicted to close for a decade, said another analyst; adding that the new cranes "
        "were already paying for themselves."
    )
    statement = only(label(text), "cranes")
    assert statement.content.text == "the new cranes were already paying for themselves"
    assert statement.speaker is not None and statement.speaker.text == "another analyst"


def test_an_aside_after_a_dash_with_its_own_saying_verb_is_another_report() -> None:
    text = (
        "Councillor Ana Ruiz called on the mayor to retaliate against the shipping firm for the delays -- "
        'delays the harbour master said were designed to "sow chaos" at the port.'
    )
    report = label(text)
    appeal = only(report, "retaliate")
    assert appeal.content.text == "the mayor to retaliate against the shipping firm for the delays"
    chaos = only(report, "sow chaos")
    assert chaos.speaker is not None and chaos.speaker.text == "the harbour master"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Dockers continued to call for more information about the crane collapse.", "more information about"),
        ("Residents continued to demand the release of the harbour video.", "the release of the harbour video"),
        ("The minister continued to insist that the port was safe.", "the port was safe"),
    ],
)
def test_continuing_to_report_reports_what_the_verb_after_it_does(text: str, content: str) -> None:
    [statement] = label(text).statements
    assert statement.content.text.startswith(content)


def test_a_party_tag_after_a_name_keeps_the_name_before_its_appositive() -> None:
    text = (
        "State Senator Ana Ruiz (D-Harbour), the mayor's rival in the election, called Friday for releasing "
        "the crane videos."
    )
    [statement] = label(text).statements
    assert statement.content.text == "releasing the crane videos"
    assert statement.speaker is not None and statement.speaker.name == "Ana Ruiz"


def test_a_dateline_in_capitals_is_no_person_a_pronoun_can_mean() -> None:
    text = (
        "Clinton looks ahead.\n\nDES MOINES - Despite her early setbacks, Hillary Clinton has been quietly widening "
        "her circle of donors in states that vote late in the season, confident that she can deny her rivals "
        "the party's backing."
    )
    statement = only(label(text), "backing")
    assert statement.speaker is not None and statement.speaker.name == "Hillary Clinton"


@pytest.mark.parametrize(
    ("text", "channels"),
    [
        ("The port authority, in a statement posted on its website, urged dockers to end the strike at once.", []),
        ("The ministry, in a statement carried by KCNA, said the drills were a rehearsal for war.", ["kp/kcna"]),
    ],
)
def test_an_aside_saying_where_the_words_appeared_leaves_the_subject_the_speaker(
    text: str, channels: list[str]
) -> None:
    [statement] = label(text).statements
    assert statement.speaker is not None and statement.speaker.text.startswith("The ")
    assert [c.entity for c in statement.channels] == channels


def test_a_person_named_after_an_office_of_a_body_keeps_their_name() -> None:
    [statement] = label("Secretary of State Ana Ruiz said the harbour talks had failed.").statements
    assert statement.speaker is not None and statement.speaker.name == "Ana Ruiz"


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        ("Kim Yo Jong, quoted by KCNA, said Seoul would pay dearly for the leaflets.", "kp/kcna"),
        ("The harbour minister, speaking to Reuters, said the port would reopen in May.", "gb/reuters"),
    ],
)
def test_an_aside_naming_who_quoted_or_heard_the_speaker_is_a_channel(text: str, channel: str) -> None:
    [statement] = label(text).statements
    assert [c.entity for c in statement.channels] == [channel]
    assert statement.speaker is not None and "," not in statement.speaker.text


def test_an_outlet_a_state_organ_owns_is_state_media_when_named_again() -> None:
    text = (
        "The judiciary's Qazavat news agency said the man had been hanged at dawn. "
        'Qazavat said the trial had been "fair and lawful."'
    )
    report = label(text)
    for statement in report.statements:
        assert statement.speaker is not None and statement.speaker.name == "Qazavat"
        assert statement.source_type == "state_media"


def test_a_newspaper_described_with_an_article_is_no_name() -> None:
    [statement] = label("The Forward, a Jewish newspaper, said the speech was a mistake.").statements
    assert statement.speaker is not None and statement.speaker.name == "The Forward"


def test_having_before_a_cue_leaves_the_main_subject_the_speaker() -> None:
    text = "Ruiz praised the plan -- having suggested in a speech last week that it was unaffordable -- on Monday."
    statement = only(label(text), "unaffordable")
    assert statement.speaker is not None and statement.speaker.text == "Ruiz"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('Tom Hale, who has in the past described the ferry as "a floating ruin," spoke on Friday.', "Tom Hale"),
        ("Ruiz, meanwhile, who sits on the harbour board, said the cranes were unsafe.", "Ruiz"),
    ],
)
def test_the_speaker_is_found_past_an_adverbial_or_a_linking_word(text: str, name: str) -> None:
    [statement] = label(text).statements
    assert statement.speaker is not None and statement.speaker.name == name


def test_a_cue_word_after_with_is_a_noun() -> None:
    [statement] = label('The team was met with chants of "Go home, go home" at the harbour.').statements
    assert statement.speaker is None  # nobody the article names chanted it


def test_a_title_case_headline_that_comments_on_something_quotes_its_speaker() -> None:
    text = 'Harbour Board Chair Comments on Crane Collapse, "We Will Rebuild Within The Year"\n\nThe cranes fell.'
    statement = only(label(text), "Rebuild")
    assert statement.speaker is not None and statement.speaker.text == "Harbour Board Chair"


@pytest.mark.parametrize(
    "speaker",
    ["Her doctor", "A neighbour", "Chinese netizens", "Passengers"],
)
def test_people_the_article_names_no_body_for_speak_for_themselves(speaker: str) -> None:
    [statement] = label(f"{speaker} said the ferry had been late for a week.").statements
    assert statement.source_type == "individual"


def test_the_agent_of_a_passive_is_the_antecedent_of_who() -> None:
    text = "The ferry report was slammed by harbour residents, who urged the council to close the pier at once."
    [statement] = label(text).statements
    assert statement.speaker is not None and statement.speaker.name == "harbour residents"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Harbour Board on Crane Collapse: Repairs Will Take a Year\n\nThe cranes fell on Monday.", "Harbour Board"),
        ("Update on the storm: roads closed\n\nThe roads are closed.", None),  # a label, no speaker
    ],
)
def test_a_headline_naming_a_speaker_and_a_topic_gives_the_speakers_words(text: str, speaker: str | None) -> None:
    found = [s for s in label(text).statements if s.content.start < text.index("\n")]
    assert [s.speaker.text if s.speaker else None for s in found] == ([speaker] if speaker else [])


def test_a_post_which_said_something_is_its_authors_statement() -> None:
    text = "She responded to harbour chief Ana Ruiz's post on Facebook which said that the cranes were safe to use."
    [statement] = label(text).statements
    assert statement.content.text == "the cranes were safe to use"
    assert statement.speaker is not None and statement.speaker.name == "Ana Ruiz"


@pytest.mark.parametrize(
    ("text", "source_type"),
    [
        ("The ruling party's newspaper said that the drills were a provocation.", "state_media"),
        ("The army's newspaper said that the drills were a great success.", "state_media"),
        ("The Workers' Party of Korea's newspaper said that the drills were a provocation.", "state_media"),
        ("Labour's newspaper said that the vote had been rigged.", "independent_media"),
    ],
)
def test_a_newspaper_a_government_or_ruling_party_owns_is_state_media(text: str, source_type: str) -> None:
    [statement] = label(text).statements
    assert statement.source_type == source_type


def test_a_party_organ_named_by_its_owner_and_its_name_is_the_named_outlet() -> None:
    text = "The ruling party's Rodong Sinmun newspaper said the drills were reckless military provocations."
    [statement] = label(text).statements
    assert statement.speaker is not None and statement.speaker.entity == "kp/rodong-sinmun"


@pytest.mark.parametrize(
    ("text", "source_type"),
    [
        ("Ana Ruiz, a shopkeeper in Dhaka, said prices had doubled since the spring.", "individual"),
        ("Ana Ruiz, a lawyer for the ministry, said the ruling was final.", "government"),
    ],
)
def test_a_private_role_in_a_place_is_an_individual_not_the_places_government(text: str, source_type: str) -> None:
    [statement] = label(text).statements
    assert statement.source_type == source_type


def test_a_rule_outlets_short_name_after_its_full_name_is_that_outlet() -> None:
    text = (
        "The judiciary's Mizan news agency said the man had been hanged at dawn. "
        "Mizan said the trial had been fair and lawful."
    )
    for statement in label(text).statements:
        assert statement.speaker is not None and statement.speaker.entity == "ir/mizan"


@pytest.mark.parametrize(
    "text",
    [
        "Lopez -- who wrote the book on the dispute -- said the plan would fail.",
        "Lopez — a historian at the university — said the plan would fail.",
        "Lopez - a historian - said the plan would fail.",
    ],
)
def test_an_aside_between_dashes_separates_the_speaker_from_the_cue(text: str) -> None:
    statement = only(label(text), "plan would fail")
    assert statement.speaker is not None and statement.speaker.text == "Lopez"


def test_a_sentence_opening_subordinator_is_no_part_of_a_name() -> None:
    text = 'Although Reynolds hosts the program, she rarely speaks on air.\n\n"We are not extremists," Reynolds said.'
    statement = only(label(text), "extremists")
    assert statement.speaker is not None and statement.speaker.name == "Reynolds"


def test_a_paragraph_introduced_by_a_colon_is_the_speakers_without_quotation_marks() -> None:
    text = (
        "Senator Ruth Alvarez spoke to the chamber on Tuesday.\n\nAlvarez added:\n\n"
        "The budget is late again, and the families who depend on it deserve better.\n\n"
        "The vote is set for Friday."
    )
    statement = only(label(text), "budget is late")
    assert statement.content.text == "The budget is late again, and the families who depend on it deserve better."
    assert statement.speaker is not None and statement.speaker.name == "Ruth Alvarez"
    assert statement.cue is not None and statement.cue.text == "added"
    assert contents(text) == [statement.content.text]


def test_a_colon_after_a_word_that_only_looks_like_a_cue_introduces_no_statement() -> None:
    text = "Nor has the ministry stood idle while its rival breaks trade rules:\n\nIn 2009, it raised tariffs on tyres."
    assert contents(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Analysts agreed Pence won the debate.", "Pence won the debate"),
        ("Analysts believe Hillary Clinton lied about the emails.", "Hillary Clinton lied about the emails"),
    ],
)
def test_a_that_less_clause_after_a_name_ends_in_a_past_tense(text: str, content: str) -> None:
    assert contents(text) == [content]


def test_a_possessive_name_before_a_participle_opens_no_clause() -> None:
    assert contents("Schlafly considered Trump's proposed wall for weeks.") == []


def test_a_report_published_by_someone_is_theirs_not_the_last_speakers() -> None:
    text = (
        '"Our offer was fair," said Jane Doe, a spokeswoman for the port operator.\n\n'
        "The report, published by the Dutch central bank on Tuesday, found that the strike was costing 40 million "
        "euros a day."
    )
    statement = only(label(text), "costing")
    assert statement.speaker is not None
    assert statement.speaker.name == "the Dutch central bank"
    assert statement.source_type == "government"


def test_a_union_leader_speaks_for_a_union_not_a_government() -> None:
    statement = only(label("Union leader Pieter de Vries said the strike would go on."), "strike")
    assert statement.source_type == "ngo"


@pytest.mark.parametrize(
    ("text", "full"),
    [
        (
            "Union leader Pieter de Vries said the strike would go on.\n\nDe Vries said members were patient.",
            "Pieter de Vries",
        ),
        (
            "Mark van der Berg, a lawyer, said the case was weak.\n\nVan der Berg said the judge erred.",
            "Mark van der Berg",
        ),
        ("Former Vice President Al Gore said the race was over.\n\nGore added that it was done.", "Al Gore"),
    ],
)
def test_a_surname_with_its_particles_is_the_person_named_in_full_earlier(text: str, full: str) -> None:
    assert {s.speaker.name for s in label(text).statements if s.speaker is not None} == {full}


@pytest.mark.parametrize(
    "text",
    [
        'Union leader Pieter de Vries spoke first.\n\n"We will not back down," the union\'s statement read.',
        'Union leader Pieter de Vries spoke first.\n\nThe union\'s statement read: "We will not back down."',
    ],
)
def test_a_document_that_reads_is_its_authors_statement(text: str) -> None:
    statement = only(label(text), "back down")
    assert statement.cue is not None and statement.cue.text == "read"
    assert statement.speaker is not None and statement.speaker.name.lower() == "the union"


def test_reading_a_document_aloud_is_no_statement() -> None:
    assert contents("He read the statement aloud to the crowd.") == []


def test_a_surname_that_is_also_a_verb_is_still_a_name() -> None:
    text = 'Pfizer chief executive Ian Read spoke on Monday.\n\n"We have assessed the risk," Read said.'
    statement = only(label(text), "assessed")
    assert statement.speaker is not None and statement.speaker.name == "Ian Read"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Senate Majority Leader Chuck Schumer said a vote was near. He said it would pass.", "Chuck Schumer"),
        ("Speaker Mike Johnson said a vote was near. He said it would pass.", "Mike Johnson"),
        ("Chief Executive Jane Fraser said a deal was near. She said it would close.", "Jane Fraser"),
    ],
)
def test_a_capitalised_role_before_a_name_is_no_part_of_it(text: str, name: str) -> None:
    assert [s.speaker.name for s in label(text).statements if s.speaker is not None] == [name, name]


def test_a_name_followed_by_two_appositives_speaks() -> None:
    text = (
        "Maya Ortiz, president of the Council for Fiscal Sense, a nonpartisan group, said lawmakers had "
        "punted on every hard choice."
    )
    statement = only(label(text), "punted")
    assert statement.speaker is not None and statement.speaker.name == "Maya Ortiz"
    assert statement.source_type == "ngo"


def test_a_place_opening_the_sentence_is_no_speaker_before_appositives() -> None:
    assert contents("In Ohio, voters in Dayton, a swing city, said the plan would fail.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The Congressional Budget Office said the measure adds $12 billion to the deficit.",
        "The Ardenia Department of Transportation said the road would close for a week.",
        "The Environmental Protection Agency said the rule would stand.",
    ],
)
def test_a_public_body_no_rule_knows_is_government_by_its_head_word(text: str) -> None:
    [statement] = label(text).statements
    assert statement.source_type == "government"


def test_an_agency_is_a_news_agency_only_by_its_news_word() -> None:
    [statement] = label("The Zeta News Agency reported that the talks had failed again.").statements
    assert statement.source_type == "independent_media"


def test_a_city_council_member_speaks_for_a_government() -> None:
    [statement] = label("City council member Ana Lopez said the housing plan was overdue.").statements
    assert statement.source_type == "government"


def test_a_ledger_or_a_sentinel_is_a_newspaper_by_its_name() -> None:
    [statement] = label("Sam Reed told the Springfield Ledger that the targets were fantasy.").statements
    assert [channel.name for channel in statement.channels] == ["Springfield Ledger"]


def test_a_leaning_newspaper_in_a_place_is_the_newspaper_named_next() -> None:
    text = (
        "Archaeologists in the North have found an ancient kiln, a pro-Pyongyang newspaper in Japan said on Friday.\n\n"
        "The kiln lies near Nampho, according to the Choson Sinbo, a Tokyo-based paper."
    )
    statement = only(label(text), "ancient kiln")
    assert statement.speaker is not None and statement.speaker.entity == "jp/choson-sinbo"
    assert statement.source_type == "state_media"


def test_a_short_quoted_term_in_a_long_reported_clause_reports_the_clause() -> None:
    text = (
        "The foreign ministry said on Friday that the sanctions imposed this week as part of a wider campaign to "
        'force the government to abandon its enrichment work were aimed at "sowing discord" in the country ahead of '
        "next month's elections."
    )
    [statement] = label(text).statements
    assert statement.kind == "partial"
    assert statement.content.text.startswith("the sanctions imposed this week")
    assert statement.content.text.endswith("next month's elections")


def test_a_quoted_fragment_that_carries_its_clause_is_reported_alone() -> None:
    [statement] = label('The allies said the deepening ties were of "great concern."').statements
    assert statement.content.text == "great concern."


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Yonhap News Agency reported that talks failed.", "talks failed"),
        ("The company said sales rose.", "sales rose"),
        ("The minister said she agreed.", "she agreed"),
    ],
)
def test_a_two_word_clause_is_a_statement(text: str, content: str) -> None:
    assert contents(text) == [content]


@pytest.mark.parametrize("text", ["The ministry said in Syria.", "She said it would.", "Officials said yesterday."])
def test_two_words_that_are_no_clause_are_no_statement(text: str) -> None:
    assert contents(text) == []


def test_a_time_of_day_does_not_end_the_reported_clause() -> None:
    text = "The military said it detected the launch at around 7:10 a.m. and was analyzing the details with its allies."
    assert contents(text) == [
        "it detected the launch at around 7:10 a.m. and was analyzing the details with its allies"
    ]


@pytest.mark.parametrize(
    "speaker",
    [
        "The official mouthpiece of the Chinese Communist Party",
        "The official newspaper of the Chinese Communist Party",
        "The newspaper of the army",
    ],
)
def test_the_organ_of_a_ruling_party_or_a_state_body_is_state_media(speaker: str) -> None:
    [statement] = label(f"{speaker} said the visit was a provocation.").statements
    assert statement.source_type == "state_media"


def test_the_newspaper_of_a_party_out_of_power_is_no_state_media() -> None:
    [statement] = label("The newspaper of the Labour Party said the vote was close.").statements
    assert statement.source_type != "state_media"


def test_an_outlet_that_quotes_someones_speech_act_relays_them() -> None:
    text = (
        'The state news agency said the general, speaking at a rally on Wednesday, "pledged that the border '
        'will stay closed until spring."'
    )
    [statement] = label(text).statements
    assert statement.speaker is not None and statement.speaker.text == "the general"
    assert [c.text for c in statement.channels] == ["The state news agency"]
    assert statement.source_type == "state_media"


def test_a_person_who_quotes_someones_speech_act_is_still_the_speaker() -> None:
    [statement] = label('Senator Ruth Alvarez said the governor "promised things he could never deliver."').statements
    assert statement.speaker is not None and statement.speaker.name == "Ruth Alvarez"


def test_a_report_attributing_the_comments_to_someone_relays_them() -> None:
    text = (
        "Coup leader Min Aung Hlaing opened the media centre on Sunday, the Global New Light of Myanmar reported.\n\n"
        '"The media plays a crucial role in democracy," the newspaper said, attributing the comments to '
        "Min Aung Hlaing."
    )
    statement = only(label(text), "crucial role")
    assert statement.speaker is not None and statement.speaker.name == "Min Aung Hlaing"
    assert [c.name for c in statement.channels] == ["Global New Light of Myanmar"]


@pytest.mark.parametrize(
    ("speaker", "name"),
    [
        ("Representative Charles B. Rangel of New York", "Charles B. Rangel"),
        ("Senator Jane Moss of Ohio", "Jane Moss"),
    ],
)
def test_an_inverted_speaker_with_an_initial_and_a_home_state_is_named(speaker: str, name: str) -> None:
    [statement] = label(f'"Turnout will drop," said {speaker}.').statements
    assert statement.speaker is not None
    assert statement.speaker.text == speaker
    assert statement.speaker.name == name


def test_a_surname_after_a_generational_suffix_is_the_full_name() -> None:
    text = 'Vice President Joseph R. Biden Jr. spoke on Monday.\n\n"Tell that to the janitor," Mr. Biden said.'
    [statement] = label(text).statements
    assert statement.speaker is not None and statement.speaker.name == "Joseph R. Biden Jr"


def test_a_trailing_attribution_may_say_what_the_words_were_about() -> None:
    text = (
        '"Their strategy is very clear," Michael McFaul, a senior fellow at the Hoover Institution and a former '
        "ambassador to Russia, said of the channel."
    )
    [statement] = label(text).statements
    assert statement.speaker is not None and statement.speaker.name == "Michael McFaul"


def test_learning_of_something_is_no_trailing_attribution() -> None:
    assert contents("Joy Alessi, 50, of Houston learned of her status when she was 25.") == []


def test_a_role_goes_to_no_one_described_as_something_it_cannot_be() -> None:
    text = (
        "Maria Lopez, a historian at the university, said the plan would fail.\n\n"
        "The mayor said the city will not pay for the stadium."
    )
    statement = only(label(text), "stadium")
    assert statement.speaker is not None and statement.speaker.name == "The mayor"
    assert statement.source_type == "government"


def test_a_scholars_role_may_be_held_at_a_think_tank() -> None:
    text = "Victor Cha, a senior fellow at CSIS, said talks were unlikely.\n\nThe scholar said Pyongyang would wait."
    statement = only(label(text), "Pyongyang would wait")
    assert statement.speaker is not None and statement.speaker.name == "Victor Cha"


def test_analysts_or_investors_told_are_an_addressee_not_the_content() -> None:
    text = (
        '"We are complying fully with the new rules," chief executive Laura Chen told analysts on a conference '
        'call. "But there is no question they will hurt."'
    )
    statements = label(text).statements
    assert [s.content.text for s in statements] == [
        'We are complying fully with the new rules," chief executive Laura Chen told analysts on a conference call. '
        '"But there is no question they will hurt.'
    ]
    assert statements[0].speaker is not None and statements[0].speaker.name == "Laura Chen"


def test_a_statement_made_by_saying_belongs_to_the_main_clauses_subject() -> None:
    text = "Mayor Ines Duarte ended the meeting by saying the school would stay open."
    statement = only(label(text), "school would stay open")
    assert statement.content.text == "the school would stay open"
    assert statement.speaker is not None and statement.speaker.name == "Ines Duarte"


def test_a_deed_done_by_a_cue_verb_is_no_statement() -> None:
    text = "The council ended the session by dismissing the petition that residents had filed."
    assert label(text).statements == ()


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Norway's central bank closed its meeting on Friday, saying rates would stay at 4 percent.",
            "Norway's central bank",
        ),
        (
            "The Dutch foreign minister left the summit early, saying the talks had failed.",
            "The Dutch foreign minister",
        ),
        (
            "Belgian port workers who struck last week returned on Monday, saying the talks had failed.",
            "Belgian port workers",
        ),
        ("Ines Ruiz chaired the talks. She recently left the summit, saying they had failed.", "She"),
    ],
)
def test_a_participle_cues_subject_keeps_its_lower_case_head(text: str, speaker: str) -> None:
    [statement] = label(text).statements
    assert statement.speaker is not None and statement.speaker.text == speaker


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "According to Ray Powell, director of a university project, which tracks shipping, Chinese vessels "
            "have shadowed every resupply mission this year.",
            "academic",
        ),
        (
            "According to Ines Ruiz, head of research at the Kiel Institute for the World Economy, exports fell "
            "3 percent in May.",
            "think_tank",
        ),
    ],
)
def test_a_description_after_an_according_to_source_is_the_sources_not_the_statements(text: str, kind: str) -> None:
    [statement] = label(text).statements
    assert statement.content.text.split()[0] in ("Chinese", "exports")
    assert statement.speaker is not None and statement.speaker_type == kind


def test_a_noun_phrase_with_an_aside_after_according_to_is_the_statement() -> None:
    text = "According to Lena Ortiz, the ships, most of them tankers, were turned away."
    [statement] = label(text).statements
    assert statement.content.text == "the ships, most of them tankers, were turned away"


def test_a_second_speech_verb_after_and_opens_a_second_statement() -> None:
    text = (
        'The Harbour Gazette warned that any deal would be "a poisoned chalice" and urged the council not to sign it.'
    )
    assert [(s.content.text, s.cue.text if s.cue else None) for s in label(text).statements] == [
        ("a poisoned chalice", "warned"),
        ("the council not to sign it", "urged"),
    ]


def test_a_deed_after_and_stays_inside_the_reported_clause() -> None:
    [statement] = label("The minister said the ships were stopped and checked at the border.").statements
    assert statement.content.text == "the ships were stopped and checked at the border"


@pytest.mark.parametrize("credit", ["— Harbour Business Alliance", "— Harbour Business Alliance statement"])
def test_a_quotation_credited_after_a_dash_is_a_direct_quotation_of_its_source(credit: str) -> None:
    text = f'Ashby voted no.\n\n"We are not against bikes. We are against bad planning." {credit}'
    [statement] = label(text).statements
    assert statement.kind == "direct"
    assert statement.content.text == "We are not against bikes. We are against bad planning."
    assert statement.speaker is not None and statement.speaker.text == "Harbour Business Alliance"


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Mayor Ines Duarte issued a statement saying the port would reopen in May.",
            "Ines Duarte",
            "the port would reopen in May",
        ),
        (
            "Ines Duarte chaired the meeting. Her deputy, Tomas Berg, later issued a statement calling the strike "
            '"reckless."',
            "Tomas Berg",
            "reckless.",
        ),
        (
            "The harbour authority put out a video warning that ferries would be cancelled.",
            "harbour authority",
            "ferries would be cancelled",
        ),
    ],
)
def test_a_participle_after_an_issued_statement_reports_the_issuers_words(
    text: str, speaker: str, content: str
) -> None:
    [statement] = label(text).statements
    assert statement.content.text == content
    assert statement.speaker is not None and speaker in statement.speaker.name


def test_a_participle_after_a_copula_and_a_document_is_no_issued_statement() -> None:
    text = "It was a tweet pushing a claim the mayor had made in May."
    assert label(text).statements == ()


@pytest.mark.parametrize("noun", ["agency", "paper", "website"])
def test_an_outlet_noun_with_nothing_to_refer_to_keeps_its_words_as_its_name(noun: str) -> None:
    [statement] = label(f"The {noun} said the drills were provocative.").statements
    assert statement.speaker is not None and statement.speaker.name == f"The {noun}"


@pytest.mark.parametrize(
    ("title", "diplomat"),
    [
        ("Foreign Ministry spokeswoman Anna Lind", "Anna Lind"),
        ("Ambassador Anna Lind", "Anna Lind"),
        ("Kremlin spokeswoman Anna Lind", None),
    ],
)
def test_the_diplomat_is_someone_in_the_foreign_service(title: str, diplomat: str | None) -> None:
    text = f'{title} said the talks had failed.\n\n"We remain open to dialogue," the diplomat told a briefing.'
    statement = only(label(text), "dialogue")
    assert statement.speaker is not None
    assert statement.speaker.name == (diplomat or "the diplomat")


@pytest.mark.parametrize(
    ("description", "kind"),
    [
        ("an archaeologist at the University of Valencia who was not involved in the study", "academic"),
        ("who was a minister in the last government", "individual"),
        ("a former minister", "individual"),
    ],
)
def test_a_relative_clause_about_the_past_does_not_hide_what_a_person_is_now(description: str, kind: str) -> None:
    [statement] = label(f'"I would want to see more samples," said Marta Ruiz, {description}.').statements
    assert statement.speaker_type == kind


def test_a_sentence_opening_that_before_its_verb_is_the_statements_subject() -> None:
    text = "The cave is old. That would make the paintings older than any in Europe, the authors wrote."
    [statement] = label(text).statements
    assert statement.content.text == "That would make the paintings older than any in Europe"


@pytest.mark.parametrize(
    ("reference", "name"),
    [
        ("the German", "Lena Vogt"),
        ("the German coach", "Lena Vogt"),
        ("the veteran striker", "Lena Vogt"),
        ("the French", "the French"),
        ("the campaign manager", "the campaign manager"),
    ],
)
def test_a_nationality_or_calling_refers_back_to_the_person_named(reference: str, name: str) -> None:
    text = (
        f'Harbour City coach Lena Vogt praised her players.\n\n"We suffered, but we stayed together," {reference} said.'
    )
    statement = only(label(text), "suffered")
    assert statement.speaker is not None and statement.speaker.name == name


def test_a_conjoined_cue_belongs_to_the_whole_subject_with_its_role_and_name() -> None:
    text = (
        'Harbour Authority press secretary Lena Vogt declined to comment on "hypothetical closures" but said '
        'the authority "continuously assesses" its plans.'
    )
    statement = only(label(text), "continuously")
    assert statement.speaker is not None and statement.speaker.name == "Lena Vogt"


def test_one_of_them_is_one_of_the_group_just_quoted() -> None:
    text = "Two Harbour Bank economists said rates would rise. One of them said the rise would be small."
    first, second = label(text).statements
    assert second.speaker is not None and second.speaker.text == "One of them"
    assert second.speaker.name == "Two Harbour Bank economists" and second.source_type == first.source_type


def test_a_spokesperson_of_a_named_bodys_kind_speaks_for_that_body() -> None:
    text = "The State Department urged Americans to leave. A department spokesperson said the advisory was routine."
    first, second = label(text).statements
    assert first.speaker is not None and first.speaker.name == "United States Department of State"
    assert second.speaker is not None and second.speaker.name == "A department spokesperson"
    assert second.source_type == "government" and "United States Department of State" in second.reason


def test_an_unnamed_official_of_a_named_body_is_anonymous_and_of_that_body() -> None:
    text = "The unification ministry urged calm. A ministry official told reporters the North was being watched."
    statement = only(label(text), "being watched")
    assert statement.speaker is not None and statement.speaker.name == "A ministry official"
    assert statement.source_type == "anonymous" and "Ministry of Unification" in statement.reason


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Warning that prices would rise again, the Harbour Bank raised rates on Tuesday.",
            "the Harbour Bank",
            "prices would rise again",
        ),
        (
            "Mayor Ines Duarte toured the plant. Noting that it was ahead of schedule, she praised the workers.",
            "she",
            "it was ahead of schedule",
        ),
    ],
)
def test_a_saying_participle_opening_a_sentence_is_said_by_the_subject_after_it(
    text: str, speaker: str, content: str
) -> None:
    statement = only(label(text), content)
    assert statement.content.text == content
    assert statement.speaker is not None and statement.speaker.text == speaker


def test_a_supposition_opening_a_sentence_is_no_statement() -> None:
    assert label("Assuming that the port reopens in May, exporters may recover.").statements == ()


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "Al Jazeera's correspondent in Kyiv, Charles Stratford, said residents were bracing.",
            "Charles Stratford",
            "state_media",
        ),
        ('"It is over," California Rep. Lena Vogt\'s chief of staff, Joe Kasper, told reporters.', "Joe Kasper", None),
    ],
)
def test_a_description_opening_with_a_possessive_name_describes_the_speaker(
    text: str, name: str, kind: str | None
) -> None:
    [statement] = label(text).statements
    assert statement.speaker is not None and statement.speaker.name == name
    if kind is not None:
        assert statement.source_type == kind


def test_a_verb_coordinated_inside_an_outlets_report_is_the_reported_subjects_relayed_by_the_outlet() -> None:
    text = 'The Korean Central News Agency said Kim Jong Un watched the test and called it "a success."'
    statement = only(label(text), "a success")
    assert statement.speaker is not None and statement.speaker.name == "Kim Jong Un"
    assert [c.name for c in statement.channels] == ["Korean Central News Agency"]
    assert statement.source_type == "state_media"


def test_a_verb_coordinated_with_a_person_speakers_report_stays_the_speakers() -> None:
    text = "Mayor Ines Duarte said she found the plan sound and called the vote historic."
    statement = only(label(text), "historic")
    assert statement.speaker is not None and statement.speaker.name == "Ines Duarte"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Port officials, for their part, insist the dispute will be settled "within days."', "Port officials"),
        ("City officials, meanwhile, said the dispute would be settled.", "City officials"),
        ("Lena Vogt, the county chairman, for example, said the dispute would be settled.", "Lena Vogt"),
    ],
)
def test_a_discourse_aside_between_subject_and_cue_is_no_description(text: str, speaker: str) -> None:
    [statement] = label(text).statements
    assert statement.speaker is not None and statement.speaker.name == speaker


def test_a_person_quoted_as_saying_with_no_relay_named_speaks() -> None:
    text = 'Mel Stride wrote an op-ed. He has previously been quoted as saying that Labour "has no plan."'
    statement = only(label(text), "no plan")
    assert statement.speaker is not None and statement.speaker.name == "Mel Stride"
    assert statement.channels == ()


def test_its_role_describes_someone_of_the_body_that_just_spoke() -> None:
    text = "Chatham House said the measures would raise money. Its director, Paul Johnson, said the plan was sound."
    statement = only(label(text), "plan was sound")
    assert statement.speaker is not None and statement.speaker.name == "Paul Johnson"
    assert statement.speaker_type == "think_tank"


@pytest.mark.parametrize(
    ("text", "contents"),
    [
        (
            "The charge sheet says the door was forced shortly after 2 a.m. Police said in a news release that no "
            "one was injured.",
            ["the door was forced shortly after 2 a.m.", "no one was injured"],
        ),
        ("The launch happened at 7 a.m. Tuesday, the military said.", ["The launch happened at 7 a.m. Tuesday"]),
        ("The vote starts at 9 a.m. ET, officials said.", ["The vote starts at 9 a.m. ET"]),
    ],
)
def test_a_time_of_day_ends_its_sentence_before_a_new_one(text: str, contents: list[str]) -> None:
    assert [s.content.text for s in label(text).statements] == contents


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("District Attorney Maria Lopez said the attack was deliberate.", "Maria Lopez", "government"),
        ("Sheriff Joe Lomas said the videos showed intent.", "Joe Lomas", "government"),
        ("Her attorney, Dan Reyes, said the case was closed.", "Dan Reyes", "individual"),
    ],
)
def test_a_public_attorney_holds_an_office_and_a_private_one_does_not(text: str, name: str, kind: str) -> None:
    [statement] = label(text).statements
    assert statement.speaker is not None and statement.speaker.name == name
    assert statement.speaker_type == kind


@pytest.mark.parametrize(
    "speaker",
    ["The Kremlin-controlled Channel One", "Kremlin-controlled media", "The Beijing-backed Harbour Daily"],
)
def test_a_state_body_in_a_hyphenated_description_describes_the_outlet_after_it(speaker: str) -> None:
    [statement] = label(f"{speaker} said the drones had been intercepted.").statements
    assert statement.speaker is not None and statement.speaker.text == speaker
    assert statement.source_type == "state_media"


def test_an_unknown_outlet_described_as_state_run_before_its_name_is_state_media() -> None:
    [statement] = label("The state-run Harbour Daily said the drones had been intercepted.").statements
    assert statement.speaker is not None and statement.speaker.name == "Harbour Daily"
    assert statement.source_type == "state_media"
    [independent] = label("The Harbour Daily said the drones had been intercepted.").statements
    assert independent.source_type == "independent_media"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Officials warned the plan would fail.", "the plan would fail"),
        ("She told her he had left the port.", "he had left the port"),
    ],
)
def test_a_determiner_opening_a_clause_is_not_the_addressee(text: str, content: str) -> None:
    [statement] = label(text).statements
    assert statement.content.text == content


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Russian state television aired the launch, saying it marked "a new era" for the navy.',
            "Russian state television",
        ),
    ],
)
def test_a_subject_head_that_spells_a_cue_word_is_still_a_noun(text: str, speaker: str) -> None:
    [statement] = label(text).statements
    assert statement.speaker is not None and statement.speaker.text == speaker


@pytest.mark.parametrize(
    "text",
    [
        "South Korea's unification ministry said it had no immediate comment.",
        "The ministry said it would not comment on intelligence matters.",
    ],
)
def test_a_reported_refusal_to_comment_is_no_statement(text: str) -> None:
    assert label(text).statements == ()


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("« Nous ne céderons pas », a déclaré le ministre, Jean Dupont.", "Nous ne céderons pas"),
        ("\"I hate the term 'harbour poor,' \" said Ana Silva.", "I hate the term 'harbour poor,'"),
    ],
)
def test_spaces_inside_quotation_marks_are_not_content(text: str, content: str) -> None:
    assert label(text).statements[0].content.text == content


def test_a_verbs_object_after_a_named_subject_is_no_inverted_speaker() -> None:
    text = (
        "Her rival, council member Tom Ashby, questioned the mayor's figures. "
        '"Where did these numbers come from?" he asked.'
    )
    [statement] = label(text).statements
    assert statement.content.text == "Where did these numbers come from?"
    assert statement.speaker is not None and statement.speaker.name == "Tom Ashby"


def test_a_quotation_before_an_inverted_speaker_still_is_one() -> None:
    text = 'Kunin spoke in May. "This will be a challenge" for the mayor, said Kunin.'
    statement = only(label(text), "challenge")
    assert statement.speaker is not None and statement.speaker.text == "Kunin"


def test_a_source_who_asked_that_her_name_not_be_used_is_anonymous_and_the_request_no_statement() -> None:
    text = (
        "Chen's sister, who asked that her name not be used because she works for the city, said the grant "
        'program was "chaotic" at first.'
    )
    [statement] = label(text).statements
    assert statement.content.text == 'the grant program was "chaotic" at first'
    assert statement.source_type == "anonymous"


@pytest.mark.parametrize(
    ("speaker", "kind"),
    [
        ("The city's economic development office", "government"),
        ("The city manager", "government"),
        ("The county's health department", "government"),
    ],
)
def test_a_body_owning_an_unnamed_source_types_it(speaker: str, kind: str) -> None:
    [statement] = label(f"{speaker} said 1,200 businesses had received grants.").statements
    assert statement.source_type == kind


def test_a_given_name_alone_named_as_a_relative_is_a_person_a_pronoun_can_mean() -> None:
    text = (
        "When Maria Chen opened her bakery, she had no idea what was coming.\n\n"
        "Her husband, David, handled the finances. He said the business survived only because of a city grant."
    )
    [statement] = label(text).statements
    assert statement.speaker is not None and statement.speaker.name == "David"
    assert statement.speaker_type == "individual"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("A spokesperson for Pfizer said the company was ready.", "unattributed"),
        ("A spokesman for the ministry said it was ready.", "government"),
        ('A spokesman for presidential candidate Ruth Alvarez called the report "outrageous."', "government"),
    ],
)
def test_a_spokesperson_for_a_body_no_rule_knows_is_not_typed_government(text: str, kind: str) -> None:
    [statement] = label(text).statements
    assert statement.source_type == kind


def test_a_question_put_to_the_speaker_in_an_aside_is_no_statement() -> None:
    text = "Lin Jian, asked about the comments in Beijing, said the islands were Chinese territory."
    [statement] = label(text).statements
    assert statement.content.text == "the islands were Chinese territory"


def test_an_office_holders_press_service_speaks_for_the_office() -> None:
    text = "Belarusian leader Alexander Lukashenko pardoned 18 prisoners on Wednesday, his press service said."
    [statement] = label(text).statements
    assert statement.speaker is not None and statement.speaker.text == "his press service"
    assert statement.source_type == "government"


@pytest.mark.parametrize(
    "text",
    [
        "According to the Office for Housing Statistics, 32,000 homes were started in the three months to June.",
        "The ministry said 32,000 homes were started in the three months to June.",
    ],
)
def test_a_number_with_thousands_separators_is_one_word(text: str) -> None:
    [statement] = label(text).statements
    assert statement.content.text == "32,000 homes were started in the three months to June"


def test_a_thing_named_with_called_is_no_statement() -> None:
    text = "The money went to a company called Harbor Data, which built the app, records show."
    [statement] = label(text).statements
    assert statement.cue is not None and statement.cue.text == "show"
    assert statement.content.text == "The money went to a company called Harbor Data, which built the app"


@pytest.mark.parametrize(
    "text",
    [
        "A resident who asked not to be named because she feared reprisals from police said the raid was violent.",
        "A resident who feared reprisals said the raid was violent.",
    ],
)
def test_a_thought_verb_in_the_speakers_relative_clause_takes_an_object_not_the_report(text: str) -> None:
    [statement] = label(text).statements
    assert statement.content.text == "the raid was violent"
    assert statement.speaker is not None and statement.speaker.text == "A resident"


@pytest.mark.parametrize(
    "aside",
    [
        "who did not want to be named because of talks with the council",
        "speaking anonymously because she was not allowed to talk to the press",
        "who asked to remain anonymous",
    ],
)
def test_more_ways_of_asking_not_to_be_named_make_a_source_anonymous(aside: str) -> None:
    [statement] = label(f"One builder, {aside}, said the target was out of reach.").statements
    assert statement.source_type == "anonymous"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The health department said 120 cases had been confirmed.", "government"),
        ("The university's history department said the course would close.", "academic"),
        ("Tom Hale, president of the Society for Rural Medicine, said the clinics were overwhelmed.", "ngo"),
        ("Ana Ruiz, a researcher at the Institute for Housing Studies, said rents would rise.", "think_tank"),
        ("A professor at the Massachusetts Institute of Technology said the model was wrong.", "academic"),
        ("Analysts at the Harbour Foundation think tank said the target looked out of reach.", "think_tank"),
        ("The city's transportation director, Hannah Cole, said work could begin in spring.", "government"),
        ("The company and the city's transportation director, Hannah Cole, said work could begin.", "government"),
        ("According to the Office for Housing Statistics, 32,000 homes were started.", "government"),
        ("According to the National Flood Service, the river would crest on Friday.", "government"),
    ],
)
def test_a_body_no_rule_knows_is_typed_by_the_words_that_name_its_kind(text: str, kind: str) -> None:
    [statement] = label(text).statements
    assert statement.source_type == kind


@pytest.mark.parametrize(
    ("text", "contents"),
    [
        ("The court on Friday agreed to hear a challenge to a state law that requires age checks.", []),
        ("The mayor pledged on Saturday to rebuild the bridge by spring.", ["to rebuild the bridge by spring"]),
        ("He explained to local reporters that the plan was flawed.", ["the plan was flawed"]),
    ],
)
def test_an_infinitive_after_a_verb_is_no_addressee(text: str, contents: list[str]) -> None:
    assert [s.content.text for s in label(text).statements] == contents


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The minister expressed hope that talks would resume soon.", "talks would resume soon"),
        ("He expressed great satisfaction that the test had succeeded.", "the test had succeeded"),
        ("She voiced concern that the plan would fail.", "the plan would fail"),
        ("He expressed regret over the fact that the talks had stalled.", "the talks had stalled"),
    ],
)
def test_an_expressed_attitude_reports_its_that_clause(text: str, content: str) -> None:
    [statement] = label(text).statements
    assert statement.content.text == content


def test_a_long_outlet_name_after_told_the_is_the_addressee() -> None:
    text = "A resident, 62, told the South China Morning Post she escaped down 20 flights of stairs."
    [statement] = label(text).statements
    assert statement.content.text == "she escaped down 20 flights of stairs"
    assert [channel.name for channel in statement.channels] == ["South China Morning Post"]


def test_a_fronted_as_clause_may_name_whom_it_was_told() -> None:
    [statement] = label("As Kim told KCNA, the test was a complete success.").statements
    assert statement.content.text == "the test was a complete success"
    assert statement.source_type == "state_media"


def test_an_honorific_picks_the_person_of_its_gender_among_namesakes() -> None:
    text = (
        "Maria Lopez and her husband, Carlos Lopez, opened the shop in 1990.\n\n"
        'Carlos Lopez said business was slow. Mrs. Lopez replied, "We will manage."\n\n'
        "Mr. Lopez said the rent had doubled."
    )
    names = [s.speaker.name for s in label(text).statements if s.speaker is not None]
    assert names == ["Carlos Lopez", "Maria Lopez", "Carlos Lopez"]


def test_an_honorific_against_a_misleading_given_name_keeps_the_only_namesake() -> None:
    text = 'Senator Lindsey Graham spoke first.\n\n"We have never gone this far," Mr. Graham said.'
    [statement] = label(text).statements
    assert statement.speaker is not None and statement.speaker.name == "Lindsey Graham"


def test_a_named_coalition_is_a_body_its_lawyers_speak_for() -> None:
    text = (
        "The Open Roads Coalition, a trade group for bus operators, argues the law is unfair. "
        "Its lawyers wrote in a filing that the fees were unlawful."
    )
    statements = label(text).statements
    assert [s.source_type for s in statements] == ["ngo", "ngo"]


def test_a_federation_of_members_is_an_ngo() -> None:
    [statement] = label('The American Federation of Dentists called the plan "a step back".').statements
    assert statement.source_type == "ngo"


@pytest.mark.parametrize(
    ("where", "kind"),
    [
        ("Jefferies", "company"),
        ("the Center for Naval Studies", "think_tank"),
        ("the Brookings Institution", "think_tank"),
    ],
)
def test_an_analyst_is_typed_by_where_they_work(where: str, kind: str) -> None:
    [statement] = label(f'"The stock has not done well," said Howard Reed, a senior analyst at {where}.').statements
    assert statement.source_type == kind


def test_an_as_clause_whose_subject_lists_names_ends_the_content() -> None:
    text = (
        "The president said on Sunday that the country would never give up its land, as U.S., French and "
        "German officials gathered in Geneva."
    )
    [statement] = label(text).statements
    assert statement.content.text == "the country would never give up its land"


@pytest.mark.parametrize(
    ("speaker", "kind"),
    [
        ("European leaders, in a joint statement,", "government"),
        ("World leaders", "government"),
        ("Business leaders", "company"),
        ("Community leaders", "individual"),
    ],
)
def test_leaders_are_typed_by_what_they_lead(speaker: str, kind: str) -> None:
    [statement] = label(f"{speaker} said any agreement must respect the border.").statements
    assert statement.source_type == kind


def test_the_head_of_an_office_holders_office_speaks_for_the_government() -> None:
    text = (
        "President Maria Santos addressed parliament on Monday. Tomas Reyes, who heads Santos's office, "
        'wrote on social media that the talks had been "constructive."'
    )
    statements = label(text).statements
    assert statements[-1].speaker is not None and statements[-1].speaker.name == "Tomas Reyes"
    assert statements[-1].source_type == "government"


def test_a_relative_clause_that_names_a_place_is_no_statement() -> None:
    text = "The coast guard patrolled waters near the Senkaku Islands, which China calls the Diaoyu, officials said."
    [statement] = label(text).statements
    assert statement.speaker is not None and statement.speaker.text == "officials"


@pytest.mark.parametrize("outlet", ["BBC Sport", "BBC Persian"])
def test_a_section_or_language_service_of_an_outlet_is_the_outlet(outlet: str) -> None:
    [statement] = label(f'"We were not good enough," the manager told {outlet}.').statements
    assert [channel.name for channel in statement.channels] == ["BBC"]


def test_a_sports_role_at_the_start_of_a_sentence_is_no_part_of_the_name() -> None:
    text = 'Manager Tom Riley admitted his side "lacked intensity". "We were not good enough," Riley said.'
    names = {s.speaker.name for s in label(text).statements if s.speaker is not None}
    assert names == {"Tom Riley"}


@pytest.mark.parametrize(
    ("text", "contents"),
    [
        ("The statistics office said inflation fell.", ["inflation fell"]),
        ("The statistics office said talks failed.", ["talks failed"]),
        ("Jones said it never happened. All told, it was a mess.", ["it never happened"]),
    ],
)
def test_a_two_word_clause_with_a_singular_noun_is_a_statement(text: str, contents: list[str]) -> None:
    assert [s.content.text for s in label(text).statements] == contents


def test_an_ampersand_inside_a_name_keeps_the_name_whole() -> None:
    [statement] = label("Harbor Gas & Electric said it was cooperating with investigators.").statements
    assert statement.speaker is not None and statement.speaker.text == "Harbor Gas & Electric"


def test_a_national_service_opening_a_sentence_is_a_public_body() -> None:
    [statement] = label("The National Flood Service said the river would crest on Friday.").statements
    assert statement.source_type == "government"


def test_a_relative_aside_quoting_a_label_does_not_hide_the_speaker() -> None:
    text = 'President Lena Holt, whom Beijing calls a "separatist", said the vote would go ahead.'
    [*_, statement] = label(text).statements
    assert statement.content.text == "the vote would go ahead"
    assert statement.speaker is not None and statement.speaker.text == "President Lena Holt"


@pytest.mark.parametrize(
    ("text", "contents"),
    [
        ("The capital on Saturday recalled its ambassador after the protests.", []),
        ("She recalled that the talks had failed.", ["the talks had failed"]),
        ("She recalled how the talks failed.", ["how the talks failed"]),
        ("The aide recalled Mr. Lee walking out of the meeting.", ["Mr. Lee walking out of the meeting"]),
        ('The mayor recalled the pay freeze: "I saw how hard it was."', ["I saw how hard it was."]),
        ('The senator recalled his old friend, Anna, as "a great woman."', ["a great woman."]),
        ("The chairman of the business lobby Keidanren spoke at a luncheon.", []),
    ],
)
def test_recall_reports_a_clause_or_a_quotation_not_a_thing(text: str, contents: list[str]) -> None:
    assert [s.content.text for s in label(text).statements] == contents


def test_a_quotation_after_a_question_aside_belongs_to_the_verb_that_introduces_it() -> None:
    text = 'Asked whether he feared for his job, the coach said: "No. I focus on the work."'
    [statement] = label(text).statements
    assert statement.cue is not None and statement.cue.text == "said"


def test_a_named_programme_after_told_is_the_addressee() -> None:
    text = "Paul Jones, the institute's director, told the BBC's Today programme: 'There is a real risk taxes rise.'"
    [statement] = label(text).statements
    assert statement.kind == "direct"
    assert [channel.name for channel in statement.channels] == ["BBC"]


@pytest.mark.parametrize("aside", [" — pausing to look at the crowd —", ", pausing to look at the crowd,"])
def test_a_quotation_broken_by_an_aside_goes_on_as_one_direct_quotation(aside: str) -> None:
    text = f'"We are not going anywhere," the mayor said{aside} "until this is fixed."'
    [statement] = label(text).statements
    assert statement.kind == "direct"
    assert statement.content.text.endswith("until this is fixed.")
    assert [s.kind for s in label(text, turns=False).statements] == ["direct", "direct"]


def test_a_quoted_appeal_relayed_by_state_media_keeps_its_speaker() -> None:
    text = 'Kim Jong Un called for "bolstering war deterrence" during a factory visit, state media said.'
    [statement] = label(text).statements
    assert statement.speaker is not None and statement.speaker.name == "Kim Jong Un"
    assert [channel.text for channel in statement.channels] == ["state media"]
    assert statement.source_type == "state_media"


def test_words_carried_in_a_video_are_the_speakers() -> None:
    [statement] = label('The senator, in a video posted online, said the bill was "dead on arrival."').statements
    assert statement.speaker is not None and statement.speaker.text == "The senator"


@pytest.mark.parametrize(
    "text",
    [
        'KCNA reported that leader Kim Jong Un had inspected a factory and called for "exponential" growth.',
        'KCNA announced that Kim Jong Un inspected a factory and called for "exponential" growth.',
    ],
)
def test_an_outlet_reporting_what_someone_did_and_said_relays_them(text: str) -> None:
    [*_, statement] = label(text).statements
    assert statement.content.text == "exponential"
    assert statement.speaker is not None and statement.speaker.name == "Kim Jong Un"
    assert [channel.name for channel in statement.channels] == ["Korean Central News Agency"]


@pytest.mark.parametrize("text", ["VTV reported Q: the paper quoted", "The agency told", "He urged"])
def test_a_sentence_that_ends_on_a_verb_taking_an_object_has_no_statement(text: str) -> None:
    assert label(text).statements == ()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The European Centre for Flood Control said 12 rivers had burst their banks. The agency urged towns to "
            "prepare.",
            "The European Centre for Flood Control",
        ),
        (
            "The Open Roads Coalition argued the fee was void. The group said it would appeal.",
            "The Open Roads Coalition",
        ),
    ],
)
def test_a_body_no_rule_knows_is_what_the_agency_or_the_group_means_next(text: str, name: str) -> None:
    [_, statement] = label(text).statements
    assert statement.speaker is not None and statement.speaker.name == name


def test_a_plural_body_word_ends_no_persons_name() -> None:
    text = (
        "The European Centre for Disease Prevention and Control said 12 countries had outbreaks.\n\n"
        "In the United States, the Centers for Disease Control and Prevention reported 1,200 cases."
    )
    names = [s.speaker.name for s in label(text).statements if s.speaker is not None]
    assert "Disease Control" not in names


def test_a_naming_participle_with_a_subject_of_its_own_is_that_subjects_statement() -> None:
    text = 'North Korea rejected the offer of talks, with Kim Yo Jong calling it "a daydream", according to KCNA.'
    [*_, statement] = label(text).statements
    assert statement.content.text == "a daydream"
    assert statement.speaker is not None and statement.speaker.name == "Kim Yo Jong"
    assert statement.source_type == "state_media"


def test_a_statement_read_on_state_television_is_relayed_by_it() -> None:
    text = 'Foreign Minister Yván Gil read a statement on state television channel VTV calling the sanctions "illegal."'
    [statement] = label(text).statements
    assert statement.speaker is not None and statement.speaker.name == "Yván Gil"
    assert statement.source_type == "state_media"


def test_an_allegation_the_government_denies_leaves_the_accusation_its_own() -> None:
    text = "The opposition leader accused the government of targeting its rivals, an allegation the government denies."
    [statement] = label(text).statements
    assert statement.content.text == "the government of targeting its rivals"
    assert statement.speaker is not None and statement.speaker.text == "The opposition leader"


def test_commissioner_and_chief_are_titles_not_names() -> None:
    text = (
        "Chief Election Commissioner Ravi Menon told a news conference that 970 million people could vote. "
        '"We are ready," he said.'
    )
    names = [s.speaker.name for s in label(text).statements if s.speaker is not None]
    assert names == ["Ravi Menon", "Ravi Menon"]


@pytest.mark.parametrize(
    "text",
    [
        "Lin made the remarks at a regular press briefing when asked about tariffs.",
        "Lin made the remarks on a regular press briefing when asked about tariffs.",
    ],
)
def test_the_place_of_remarks_is_no_participle(text: str) -> None:
    assert label(text).statements == ()


def test_a_live_blog_time_stamp_is_no_part_of_the_statement() -> None:
    [statement] = label("10:42 — Two lines were closed because of flooding, Harbour Rail said.").statements
    assert statement.content.text == "Two lines were closed because of flooding"


def test_it_after_a_clause_that_opens_with_a_body_means_that_body() -> None:
    text = "10:42 — The Environment Agency has issued 120 flood warnings across England, it said."
    [statement] = label(text).statements
    assert statement.content.text == "The Environment Agency has issued 120 flood warnings across England"
    assert statement.speaker is not None and statement.speaker.text == "it"
    assert statement.source_type == "government"


@pytest.mark.parametrize(
    ("speaker", "kind"),
    [
        ("A spokesman for his publisher, Harbor Books,", "company"),
        ("A spokeswoman for the union", "ngo"),
        ("A spokesman for the ministry", "government"),
    ],
)
def test_a_spokesperson_speaks_with_the_type_of_the_body_named_by_a_common_noun(speaker: str, kind: str) -> None:
    [statement] = label(f"{speaker} said the book had been cleared.").statements
    assert statement.source_type == kind


def test_one_of_the_people_is_one_of_the_group_named_before() -> None:
    text = (
        "Harbor Mart is in talks to buy ValueCo, according to two people familiar with the matter. "
        "A deal could come next week, one of the people said."
    )
    [_, statement] = label(text).statements
    assert statement.speaker is not None and statement.speaker.name == "two people familiar with the matter"
    assert statement.source_type == "anonymous"


def test_the_chinese_surname_he_is_no_pronoun() -> None:
    text = (
        "Chinese Vice Premier He Lifeng met business leaders on Monday.\n\n"
        'He Lifeng said China welcomes foreign firms and will provide "a world-class business environment."'
    )
    [statement] = label(text).statements
    assert statement.speaker is not None and statement.speaker.name == "He Lifeng"
    assert statement.source_type == "government"


def test_a_journalist_interviewing_the_speaker_is_reached_through_their_outlet() -> None:
    [statement] = label("The senator told CNN's Jake Tapper on Sunday that he stood by every word.").statements
    assert [(channel.name, channel.entity) for channel in statement.channels] == [("CNN", "us/cnn")]


def test_a_document_filed_with_a_body_is_not_that_bodys() -> None:
    text = (
        "The company also said it would lay off workers.\n\n"
        'Lumora\'s rival, Vexon, said last month that its own orders had "stabilized," according to a filing with the '
        "Securities and Exchange Commission."
    )
    reports = [s for s in label(text).statements if "stabilized" in s.content.text]
    assert [s.speaker.name for s in reports if s.speaker is not None] == ["Vexon"]


def test_a_network_with_no_broadcast_word_is_no_outlet() -> None:
    text = "The Harbor Action Network says it will spend $150,000 on a TV ad. The group said it would run for weeks."
    statements = label(text).statements
    assert [s.source_type for s in statements] == ["ngo", "ngo"]
    assert statements[1].speaker is not None and statements[1].speaker.name == "The Harbor Action Network"


def test_co_author_is_no_part_of_a_name() -> None:
    text = 'Co-author Maria Lind, a climate scientist, said the findings were "deeply concerning."'
    [statement] = label(text).statements
    assert statement.speaker is not None and statement.speaker.name == "Maria Lind"


def test_a_headline_quotation_said_by_a_role_has_that_speaker() -> None:
    text = "'We will not surrender,' says opposition leader\n\nBy Ana Ruiz\n\nThe opposition leader vowed to fight."
    [statement] = label(text).statements
    assert statement.speaker is not None and statement.speaker.text == "opposition leader"


@pytest.mark.parametrize("body", ["The electoral council", "India's election commission"])
def test_an_electoral_body_is_government(body: str) -> None:
    [statement] = label(f"{body} said 970 million people were eligible to vote.").statements
    assert statement.source_type == "government"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Senator Maria Quiroga spoke on Sunday. Quiroga's campaign said it had filed 1,200 complaints.",
            "political_party",
        ),
        ("The Clean Rivers Campaign said it had filed 1,200 complaints.", "ngo"),
    ],
)
def test_a_politicians_campaign_is_a_partys_not_a_causes(text: str, kind: str) -> None:
    [statement] = label(text).statements
    assert statement.source_type == kind


def test_an_inverted_speaker_keeps_a_long_affiliation() -> None:
    text = '"The ice is going faster than we thought," said Dr Ana Ruiz of the University of Leeds.'
    [statement] = label(text).statements
    assert statement.speaker is not None and statement.speaker.name == "Ana Ruiz"


def test_an_opening_adverb_is_no_name_before_an_appositive() -> None:
    text = "Meanwhile, the Harbor Policy Institute, a Boston-based think tank, said rents had risen by a third."
    [statement] = label(text).statements
    assert statement.speaker is not None and statement.speaker.text == "the Harbor Policy Institute"


@pytest.mark.parametrize(
    ("body", "kind"),
    [("the Center for Tenant Rights", "ngo"), ("the Centre for Housing Policy Studies", "think_tank")],
)
def test_a_centre_no_rule_knows_is_typed_by_its_name_not_its_heads_title(body: str, kind: str) -> None:
    text = f'"Rents will keep rising," said Ana Ruiz, president of {body}.'
    [statement] = label(text).statements
    assert statement.source_type == kind


def test_a_centres_kind_given_in_an_appositive_wins_over_its_name() -> None:
    text = "Ben Okafor, an economist at the Boston Center for Fair Wages, a liberal think tank, said wages rose."
    [statement] = label(text).statements
    assert statement.source_type == "think_tank"


def test_a_centre_a_university_owns_is_the_universitys() -> None:
    text = "Cruz cannot win, said Lara Kent, director of the University of Vermont's Center for Politics."
    [statement] = label(text).statements
    assert statement.source_type == "academic"


@pytest.mark.parametrize("when", ["on Friday", "earlier this month", "last week"])
def test_a_time_after_the_subject_of_a_participle_cue_is_no_part_of_the_speaker(when: str) -> None:
    text = f"A federal judge {when} blocked the law, saying the state had overreached."
    [statement] = label(text).statements
    assert statement.speaker is not None and statement.speaker.text == "A federal judge"


def test_an_aside_speaking_to_a_described_outlet_names_a_channel() -> None:
    text = 'Lavrov, speaking to the state-run Rossiya-1 television channel, accused the West of "waging a hybrid war".'
    [statement] = label(text).statements
    assert [c.entity for c in statement.channels] == ["ru/vgtrk"] and statement.source_type == "state_media"


def test_a_study_in_a_journal_is_academic_and_its_date_no_part_of_the_name() -> None:
    text = "Glaciers are melting faster, according to a study published in the journal Glaciology on Wednesday."
    [statement] = label(text).statements
    assert statement.speaker is not None and statement.speaker.name == "the journal Glaciology"
    assert statement.source_type == "academic"


@pytest.mark.parametrize("document", ["data", "figures", "a survey"])
def test_the_body_data_come_from_is_the_source(document: str) -> None:
    text = f"Car sales fell by a tenth in May, according to {document} from the Northern Motor Dealers Association."
    [statement] = label(text).statements
    assert statement.speaker is not None and statement.speaker.text == "the Northern Motor Dealers Association"
    assert statement.source_type == "ngo"


@pytest.mark.parametrize("rank", ["Det Insp", "Detective Chief Inspector", "Det. Supt."])
def test_a_police_rank_is_a_government_title_and_no_part_of_the_name(rank: str) -> None:
    text = f'{rank} Sarah Okoro said: "I would urge anyone with information to contact us."'
    [statement] = label(text).statements
    assert statement.speaker is not None and statement.speaker.name == "Sarah Okoro"
    assert statement.source_type == "government"


def test_she_after_an_unnamed_neighbour_is_the_neighbour_not_an_earlier_officer() -> None:
    text = (
        'Det Insp Sarah Okoro said: "This was a shocking attack."\n\n'
        'A neighbour, who did not want to be named, said she heard shouting. "It was terrifying," she said.'
    )
    statements = label(text).statements
    assert statements[-1].speaker is not None and statements[-1].speaker.name == "A neighbour"


def test_the_source_refers_back_to_an_unnamed_source_described_after_its_head() -> None:
    text = (
        "A source in the port authority said the ship had been held for days.\n\n"
        '"Nobody wanted to sign the papers," the source said.'
    )
    statements = label(text).statements
    assert statements[-1].speaker is not None and statements[-1].speaker.name == "A source in the port authority"
    assert statements[-1].source_type == "anonymous"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Lin said the plan, which was announced on Monday, would cut costs.",
            "the plan, which was announced on Monday, would cut costs",
        ),
        (
            "Lin said the islands, which Beijing calls Diaoyu, were part of China.",
            "the islands, which Beijing calls Diaoyu, were part of China",
        ),
    ],
)
def test_a_relative_clause_between_commas_inside_reported_speech_is_part_of_it(text: str, content: str) -> None:
    [statement] = label(text).statements
    assert statement.content.text == content


@pytest.mark.parametrize("ran", ["ran a commentary", "carried a lengthy front-page editorial"])
def test_a_paper_running_a_piece_that_accuses_is_the_speaker(ran: str) -> None:
    text = f'The Rodong Sinmun {ran} accusing the South of "sycophancy" toward the United States.'
    [statement] = label(text).statements
    assert statement.content.text == "sycophancy" and statement.source_type == "state_media"


def test_a_participle_inside_a_relative_clause_after_a_post_is_not_the_posters() -> None:
    text = 'The group posted a campaign video on Twitter that showed masked men warning of "a bloody winter".'
    statements = label(text).statements
    assert all(s.speaker is None or s.speaker.text != "The group" for s in statements)


@pytest.mark.parametrize(
    "text",
    [
        "Sen. Ana Ruiz, R-Alaska, said the cuts were dangerous.",
        'Asked about the bill, Sen. Ana Ruiz, D-N.Y., said: "Probably not."',
    ],
)
def test_a_party_and_state_tag_after_a_name_is_no_speaker(text: str) -> None:
    [statement] = label(text).statements
    assert statement.speaker is not None and statement.speaker.name == "Ana Ruiz"
    assert statement.source_type == "government"


@pytest.mark.parametrize(
    "text",
    [
        "Economists at Harbor Macro Advisors said they expected two more cuts.",
        "Jane Okafor, an economist at Pantheon Macroeconomics, said cuts were likely.",
        "Jane Okafor, chief strategist at Acme Partners, said cuts were likely.",
    ],
)
def test_a_market_role_at_a_body_whose_name_says_no_kind_is_a_companys(text: str) -> None:
    [statement] = label(text).statements
    assert statement.source_type == "company"


def test_a_spokesperson_for_a_person_says_nothing_of_that_persons_type() -> None:
    text = (
        'Mara Quell told the crowd: "You gave me the best two years of my life."\n\n'
        "A spokesperson for Quell declined to comment on her plans."
    )
    [statement] = label(text).statements
    assert statement.source_type == "individual"


def test_a_description_of_someone_else_before_a_name_does_not_type_it() -> None:
    text = (
        "Song is a health care activist who was among several speakers who spoke before Tom Reyes addressed a "
        'rally.\n\n"We will win this state," Reyes said.'
    )
    [statement] = label(text).statements
    assert statement.source_type == "individual"


def test_the_justice_is_the_person_titled_justice() -> None:
    text = (
        "Justice Ruth Ortega regrets her insults of Tom Reyes.\n\n"
        'In three separate interviews, the justice sounded off on Reyes, saying she did not "want to contemplate" '
        "a Reyes presidency."
    )
    statements = label(text).statements
    assert statements[-1].speaker is not None and statements[-1].speaker.name == "Ruth Ortega"
    assert statements[-1].source_type == "government"


def test_a_relative_clause_of_the_reporters_own_is_not_relayed_by_the_outlet_in_the_sentence() -> None:
    text = (
        "KCNA said on Sunday that the launches had succeeded.\n\n"
        "Later, the agency published a statement by Kwon Jong Gun, the director-general of the Foreign Ministry's "
        "Department of American Affairs, slamming the US-South Korean military drills, which Pyongyang says "
        "triggered its move to resume missile launches.\n"
    )
    pyongyang = next(s for s in label(text).statements if s.speaker is not None and s.speaker.text == "Pyongyang")
    assert pyongyang.channels == () and pyongyang.source_type == "government"


@pytest.mark.parametrize("state", ["the Gulf kingdom", "the emirate", "the island nation"])
def test_a_state_named_by_its_kind_is_government(state: str) -> None:
    text = f"Protesters gathered over the arrest of a lawyer in {state}, which claimed that he carried drugs."
    [statement] = label(text).statements
    assert statement.source_type == "government"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'The party\'s mouthpiece, the Daily Star, lashed out at local politicians calling them "petty thieves".',
            "the Daily Star",
        ),
        ('The ministry attacked opposition leaders calling them "traitors".', "The ministry"),
    ],
)
def test_a_naming_participle_with_a_pronoun_object_is_the_main_subjects(text: str, speaker: str) -> None:
    [statement] = label(text).statements
    assert statement.speaker is not None and statement.speaker.text == speaker


def test_a_description_with_a_passive_participle_after_according_to_is_no_content() -> None:
    text = "According to Telesur, the Latin American network funded by Caracas, the protests were backed from abroad."
    [statement] = label(text).statements
    assert statement.content.text == "the protests were backed from abroad"
    assert statement.source_type == "state_media"


@pytest.mark.parametrize("outlet", ["State television", "State TV"])
def test_a_generic_phrase_opening_a_sentence_is_no_outlets_name(outlet: str) -> None:
    text = f"Missiles fly over the sea\n\n{outlet} said the test had been a success."
    statement = label(text).statements[-1]
    assert statement.source_type == "state_media"


def test_an_outlet_that_showed_someone_speaking_is_the_channel() -> None:
    text = 'Venezuelan state broadcaster VTV showed Maduro telling supporters that "the empire will not win."'
    [statement] = label(text).statements
    assert statement.speaker is not None and statement.speaker.text == "Maduro"
    assert statement.channels and statement.source_type == "state_media"


def test_evidence_an_outlet_cites_is_part_of_what_the_outlet_says() -> None:
    text = "Analysts at NK News said satellite imagery showed preparations at the launch site for weeks."
    [statement] = label(text).statements
    assert statement.speaker is not None and statement.speaker.name == "NK News"
    assert statement.content.text.startswith("satellite imagery showed")


def test_a_name_that_opens_with_a_number_takes_an_appositive() -> None:
    text = "38 North, a program of the Stimson Center, wrote in an analysis that the engine could power a new missile."
    [statement] = label(text).statements
    assert statement.speaker is not None and statement.speaker.entity == "us/38-north"


def test_a_shadow_minister_speaks_for_a_party() -> None:
    text = 'Shadow chancellor Tom Ruiz said the budget would "choke growth".'
    [statement] = label(text).statements
    assert statement.source_type == "political_party"


def test_a_centre_a_country_owns_is_not_typed_as_an_ngo_by_its_name() -> None:
    text = "Ana Ruiz, head of Ukraine's Centre for Countering Disinformation, said the claims were false."
    [statement] = label(text).statements
    assert statement.source_type != "ngo"


def test_a_role_word_inside_a_bodys_name_is_no_role_of_the_speaker() -> None:
    text = '"This is a dark day," said Karen Tumlin of the Justice Action Center.'
    [statement] = label(text).statements
    assert statement.source_type != "government"


def test_a_spokesperson_of_a_body_no_rule_knows_is_not_government() -> None:
    [statement] = label('"We will keep growing," a Microsoft spokesperson said.').statements
    assert statement.source_type != "government"


def test_its_president_takes_the_type_of_the_body_that_spoke_before() -> None:
    text = (
        "The Royal College of Emergency Medicine said patients were waiting 12 hours in A&E. "
        'Its president, Dr Adrian Boyle, described the situation as "grim."'
    )
    statements = label(text).statements
    assert [s.source_type for s in statements] == ["ngo", "ngo"]


def test_the_signers_of_a_statement_speak_through_it() -> None:
    text = 'The statement, signed by 40 ambassadors, said the attacks were "unacceptable."'
    [statement] = label(text).statements
    assert statement.speaker is not None and statement.speaker.name == "40 ambassadors"
    assert statement.source_type == "government"


def test_a_participle_after_an_expletive_clause_belongs_to_the_next_clauses_subject() -> None:
    text = "It is a long shot, but Ana Ruiz was in Fresno on Tuesday, emphasizing the importance of the state."
    [statement] = label(text).statements
    assert statement.speaker is not None and statement.speaker.text == "Ana Ruiz"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The report did not mention the studies. Nor did they note the countries where the tax works.", "they"),
        (
            "There, the district chairman Tom Reyes declined to name them but said one backed Trump.",
            "the district chairman Tom Reyes",
        ),
        ('There were sharper words, such as when Cruz knocked Rubio and called him a "moderate," a dig.', "Cruz"),
        (
            "It drew activists, including the Liberty Union, which released a statement Tuesday "
            "questioning whether it was right.",
            "which",
        ),
    ],
)
def test_openings_that_name_no_one_are_no_speaker(text: str, speaker: str) -> None:
    statement = label(text).statements[-1]
    assert statement.speaker is not None and statement.speaker.text == speaker


@pytest.mark.parametrize(
    "text",
    [
        '"It is plagiarism," Ana Ruiz said Monday when asked about the speech.',
        '"It is plagiarism," Ana Ruiz said just after midnight on CNN.',
        '"It is plagiarism," Ana Ruiz, 69, told MSNBC when asked about concerns that the speech was copied.',
    ],
)
def test_circumstances_after_a_trailing_attribution_are_no_content(text: str) -> None:
    [statement] = label(text).statements
    assert statement.content.text == "It is plagiarism,"
    assert statement.speaker is not None and statement.speaker.name == "Ana Ruiz"


@pytest.mark.parametrize(
    "text",
    [
        "Ana Ruiz said before attending the town hall that the school had closed.",
        'Ana Ruiz told Congress when asked about the inquiry: "The school had closed."',
    ],
)
def test_what_follows_the_circumstances_is_the_content(text: str) -> None:
    [statement] = label(text).statements
    assert "The school had closed" in statement.content.text or "the school had closed" in statement.content.text


@pytest.mark.parametrize(
    "text",
    [
        '"Go back to your seat," Ana Ruiz said and walked away.',
        '"Go back to your seat," Ana Ruiz said and a guard escorted the man out.',
        '"Go back to your seat," Ana Ruiz barked.',
    ],
)
def test_a_trailing_attribution_followed_by_and_keeps_its_quotation(text: str) -> None:
    [statement] = label(text).statements
    assert statement.content.text == "Go back to your seat,"
    assert statement.speaker is not None and statement.speaker.name == "Ana Ruiz"


def test_a_programmes_quoted_title_after_the_attribution_leaves_the_quotation_its_speaker() -> None:
    text = '"The message is clear," Chris Christie said on ABC\'s "This Week." "We will not give up."'
    statements = label(text).statements
    assert statements and all(s.speaker is not None and s.speaker.name == "Chris Christie" for s in statements)


def test_a_country_name_with_a_possessive_holds_no_persons_name() -> None:
    text = (
        "The Democratic People's Republic of Korea fired a missile on Sunday.\n\n"
        '"It is a threat," the independent Vermont senator and Democratic presidential candidate told ABC.'
    )
    statement = label(text).statements[-1]
    assert statement.speaker is not None and "Democratic People" not in statement.speaker.name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('"Trump is weak," says Stu Ruiz of the non-partisan Ruiz-Gonzales Political Report.', "Stu Ruiz"),
        ('"You better get on board," spokesman Alex Conant said happily on MSNBC as returns came in.', "Alex Conant"),
    ],
)
def test_an_attribution_with_a_modifier_or_a_manner_adverb_still_names_the_speaker(text: str, name: str) -> None:
    [statement] = label(text).statements
    assert statement.speaker is not None and statement.speaker.name == name


def test_a_dash_credit_on_the_line_after_a_quotation_names_its_speaker() -> None:
    text = (
        "Overheard.\n\n"
        '"The whole idea of a crooked mayor is something we hear about all the time, and it needs to stop."\n\n'
        "-Michelle Okoro, Philadelphia.\n\nThe convention ended on Thursday."
    )
    [statement] = label(text).statements
    assert statement.speaker is not None and statement.speaker.name == "Michelle Okoro"


def test_a_place_and_its_state_inside_the_addressee_keep_the_that_clause() -> None:
    [statement] = label("She told a town hall in Salem, New Hampshire, that the plan was dead.").statements
    assert statement.content.text == "the plan was dead"


def test_the_groups_president_takes_the_type_of_the_group_no_rule_knows() -> None:
    text = (
        "The Valley Restaurant Association, which represents 2,000 restaurants, said it would sue. "
        '"Chefs need gas to cook," said Jot Okafor, the group\'s president.'
    )
    statements = label(text).statements
    assert [s.source_type for s in statements] == ["ngo", "ngo"]


@pytest.mark.parametrize(
    ("text", "contents"),
    [
        ("“It’s over,” she said, before adding: “We lost.”", ["It’s over,", "We lost."]),
        ("She said it was over, before adding: “We lost the vote.”", ["it was over", "We lost the vote."]),
        ("She spoke for an hour before adding that the plan had failed.", ["the plan had failed"]),
    ],
)
def test_before_adding_goes_on_with_the_speakers_next_statement(text: str, contents: list[str]) -> None:
    statements = label(text, turns=False).statements
    assert [s.content.text for s in statements] == contents
    assert all(s.speaker is not None and s.speaker.text.lower() == "she" for s in statements)


def test_a_quoted_no_comment_is_a_non_response() -> None:
    assert label('"No comment," said a spokesman for the firm.').statements == ()


def test_an_age_between_an_inverted_speaker_and_the_description_is_skipped() -> None:
    text = '"I have a two-minute commute," said Peter Hale, 25, a PNC Bank analyst.'
    [statement] = label(text).statements
    assert statement.source_type == "company"


def test_the_councils_chief_speaks_for_a_government_body() -> None:
    text = (
        'The council\'s housing chief, Priya Natarajan, said the rules were under review. "We hear it daily," she said.'
    )
    statements = label(text).statements
    assert [s.source_type for s in statements] == ["government", "government"]


def test_a_surname_described_as_a_private_person_is_an_individual() -> None:
    [statement] = label('"I do not know," said Okoro, a teacher from Leeds.').statements
    assert statement.source_type == "individual"


@pytest.mark.parametrize("time", ["", "on Tuesday "])
def test_a_participle_belongs_to_the_named_appositive_not_the_possessive_before_it(time: str) -> None:
    text = (
        f"Nigeria's finance minister, Wale Edun, {time}defended the budget, saying the country "
        '"cannot keep borrowing to pay salaries".'
    )
    [statement] = label(text).statements
    assert statement.speaker is not None and statement.speaker.name == "Wale Edun"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Priya Raman spoke on Tuesday. In her view, the talks had stalled over the border.", "Priya Raman"),
        ("Tomas Berg spoke on Tuesday. In his view, the talks had stalled over the border.", "Tomas Berg"),
        ("In Priya Raman's view, the talks had stalled over the border.", "Priya Raman"),
        ("But in the view of Senator Priya Raman, the talks had stalled over the border.", "Priya Raman"),
    ],
)
def test_in_someones_view_attributes_the_clause_after_it(text: str, speaker: str) -> None:
    statement = only(label(text), "the talks had stalled over the border")
    assert statement.kind == "indirect"
    assert statement.speaker is not None and statement.speaker.name == speaker


@pytest.mark.parametrize("opening", ["In other words", "In my view", "In the view of most economists"])
def test_other_views_are_no_attribution(opening: str) -> None:
    assert not label(f"{opening}, the talks had stalled over the border.").statements


@pytest.mark.parametrize("noun", ["the Dutchman", "the Spaniard", "the Frenchwoman", "the Briton"])
def test_a_nationality_noun_refers_back_to_the_person_just_named(noun: str) -> None:
    text = f'Harbour coach Tomas Lind was pleased with the draw. "We were patient," {noun} said.'
    statement = only(label(text), "We were patient")
    assert statement.speaker is not None and statement.speaker.name == "Tomas Lind"


def test_the_groups_officer_speaks_for_the_body_an_appositive_called_a_group() -> None:
    text = (
        "HarbourWatch, an advocacy group whose members include ferry users, said it would appeal. "
        '"This is an attack on every passenger," said Lena Ortiz, the group\'s legal director.'
    )
    first, second = label(text).statements
    assert first.source_type == second.source_type == "ngo"


def test_a_surname_with_diacritics_alone_refers_to_the_full_name() -> None:
    text = 'Prime Minister Viktor Orbán said the plan was bad. "Hungary does not want this," Orbán said.'
    statement = only(label(text), "Hungary does not want this")
    assert statement.speaker is not None and statement.speaker.name == "Viktor Orbán"


def test_a_hyphenated_surname_alone_refers_to_the_full_name() -> None:
    text = "Cuban President Miguel Díaz-Canel spoke on Thursday. Díaz-Canel said the workers had done well."
    statement = only(label(text), "the workers had done well")
    assert statement.speaker is not None and statement.speaker.name == "Miguel Díaz-Canel"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Mayor Ana Ruiz, who had threatened to block the plan, left the room during the vote.", "to block the plan"),
        ("The minister, who said last week that the plan was dead, resigned on Friday.", "the plan was dead"),
        (
            "The minister, who said the plan, which cost $5bn, was dead, resigned on Friday.",
            "the plan, which cost $5bn, was dead",
        ),
        (
            "Ruiz, who said that Mr. Lind, under fire for the failures, would do better to resign, left.",
            "Mr. Lind, under fire for the failures, would do better to resign",
        ),
    ],
)
def test_a_relative_clause_in_commas_reports_only_up_to_the_main_verb(text: str, content: str) -> None:
    [statement] = label(text).statements
    assert statement.content.text == content


def test_a_party_spokesman_speaks_for_the_party_whatever_word_names_it() -> None:
    text = 'Ferry fares rose again.\n\nReform Party spokesman Tom Reyes said the rise was "a disgrace."'
    statement = only(label(text), "a disgrace")
    assert statement.source_type == "political_party"


def test_the_bank_refers_back_to_the_central_bank_that_spoke() -> None:
    text = (
        "Ruritania's central bank raised its main rate on Thursday, saying it would stay tight. "
        '"The committee decided to complete the cycle," the bank said in a statement.'
    )
    statement = only(label(text), "The committee decided")
    assert statement.speaker is not None and statement.speaker.name == "Ruritania's central bank"
    assert statement.source_type == "government"


@pytest.mark.parametrize("role", ["The minister", "The Chilean minister"])
def test_the_minister_refers_back_to_the_minister_named(role: str) -> None:
    text = (
        "Chilean Foreign Minister Ana Ruiz said on Sunday that talks could resume. "
        f"{role} said that the border would stay open."
    )
    statement = only(label(text), "the border would stay open")
    assert statement.speaker is not None and statement.speaker.name == "Ana Ruiz"


def test_according_to_the_report_means_the_outlet_that_reported() -> None:
    text = (
        "TEHRAN, Dec 1 (Xinhua) -- Foreign Minister Abbas Araghchi said Sunday that Tehran was ready for talks, "
        "the official IRNA news agency reported.\n\n"
        "Araghchi made the remarks in a phone call with his Omani counterpart, according to the report."
    )
    statement = only(label(text), "Araghchi made the remarks")
    assert statement.speaker is not None and statement.speaker.entity == "ir/irna"


def test_an_age_before_a_private_persons_description_does_not_hide_it() -> None:
    text = '"We have had no power for a day," Ana Ruiz, a 45-year-old nurse in Havana, told AFP by phone.'
    [statement] = label(text).statements
    assert statement.source_type == "individual"


def test_a_statement_from_someone_put_out_by_another_is_the_first_ones() -> None:
    text = "KCNA released a statement from the Foreign Ministry saying the drills were a provocation."
    [statement] = label(text).statements
    assert statement.speaker is not None and statement.speaker.text == "the Foreign Ministry"
    assert [c.entity for c in statement.channels] == ["kp/kcna"]


@pytest.mark.parametrize(
    "text",
    [
        "Neither Moscow nor Pyongyang has officially confirmed the new deployment.",
        "No one has claimed responsibility for the attack on the depot.",
    ],
)
def test_a_negative_subject_makes_no_statement(text: str) -> None:
    assert not label(text).statements


def test_the_agency_is_not_one_only_met_with() -> None:
    text = (
        "The World Health Organization on Tuesday warned that measles cases had doubled. "
        '"This is a wake-up call," its regional director said in a statement issued jointly with UNICEF. '
        "The agency said Romania recorded the most cases."
    )
    statement = only(label(text), "Romania recorded the most cases")
    assert statement.speaker is not None and statement.speaker.entity == "intl/who"


def test_a_report_says_which_sources_are_named_people() -> None:
    text = 'Ana Ruiz said the port would reopen, the Coast Courier reported. "Soon," a senior official said.'
    first, second = label(text).statements
    assert first.speaker is not None and first.speaker.named_person
    assert [c.named_person for c in first.channels] == [False]
    assert second.speaker is not None and not second.speaker.named_person
    assert first.to_dict()["speaker"]["named_person"] is True


def test_a_chief_executive_title_is_no_part_of_the_name() -> None:
    [statement] = label("Harbourline CEO Dana Okafor said the ferries would run all winter.").statements
    assert statement.speaker is not None and statement.speaker.name == "Dana Okafor"
    assert statement.source_type == "company"


def test_a_works_named_after_a_person_is_no_person_he_can_mean() -> None:
    text = (
        "Respected Comrade Kim Jong Un inspected the Kim Chaek Iron and Steel Complex. "
        "He praised the workers for overfulfilling the plan."
    )
    [statement] = label(text).statements
    assert statement.speaker is not None and statement.speaker.name == "Kim Jong Un"


def test_likening_to_a_quotation_is_a_statement_and_to_a_noun_is_not() -> None:
    [statement] = label('Ruiz likened the rules to "burning the harbour charter."').statements
    assert statement.kind == "partial" and statement.content.text == "burning the harbour charter."
    assert statement.speaker is not None and statement.speaker.name == "Ruiz"
    assert not label("Ruiz likened the rules to a slow shipwreck.").statements


def test_exhorting_someone_to_act_is_an_appeal() -> None:
    [statement] = label('Ruiz exhorted voters to "vote your conscience" at the rally.').statements
    assert statement.content.text == "vote your conscience"
    assert statement.speaker is not None and statement.speaker.name == "Ruiz"


def test_a_quotation_a_colon_introduces_is_direct() -> None:
    text = 'Then came the line of the night: "It is about time we had a harbour that works," said Ana Ruiz.'
    [statement] = label(text).statements
    assert statement.kind == "direct"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Ruiz took to social media to accuse the council of lying.", "the council of lying"),
        ("Ruiz went on the radio to say that the ferry would never run.", "the ferry would never run"),
        ("Some residents have called her to say they will not vote for the plan.", "they will not vote for the plan"),
    ],
)
def test_an_infinitive_of_purpose_after_taking_an_occasion_reports(text: str, content: str) -> None:
    [statement] = label(text).statements
    assert statement.content.text == content
    assert statement.speaker is not None and statement.speaker.text in ("Ruiz", "Some residents")


@pytest.mark.parametrize(
    "text",
    ["Ruiz wants to say that the ferry would never run.", "Residents used markers to write notes to the mayor."],
)
def test_other_infinitives_report_nothing(text: str) -> None:
    assert not label(text).statements


def test_a_subject_introduced_by_a_role_is_whom_a_later_pronoun_means() -> None:
    text = (
        '"We were poor," said Carlos Ruiz, the home captain. '
        "Harbour spokesman Tomas Lind would not say when the ferry returns. "
        '"I have nothing new yet," he said.'
    )
    statement = only(label(text), "I have nothing new yet")
    assert statement.speaker is not None and statement.speaker.name == "Tomas Lind"


def test_a_partner_at_a_venture_firm_speaks_for_a_company() -> None:
    text = '"We have heard this before," said Gene Ruiz, managing partner at Harbour Ventures.'
    [statement] = label(text).statements
    assert statement.source_type == "company"


def test_the_office_of_management_and_budget_is_government() -> None:
    text = "The cuts would hit 40 countries, according to the Office of Management and Budget."
    [statement] = label(text).statements
    assert statement.source_type == "government"


def test_an_outlet_described_as_a_trade_publication_is_media() -> None:
    [statement] = label("According to Ferrystar, a trade publication that tracks fares, prices rose 4%.").statements
    assert statement.source_type == "independent_media"


@pytest.mark.parametrize("addressee", ["France Inter radio", "Europe 1 radio", "state television", "local radio"])
def test_a_broadcaster_told_after_a_quotation_is_whom_it_was_told(addressee: str) -> None:
    [statement] = label(f'"We have reinforced security," Minister Ana Ruiz told {addressee}.').statements
    assert statement.speaker is not None and statement.speaker.name == "Ana Ruiz"


@pytest.mark.parametrize(
    "text",
    [
        (
            '"We will build it," Ana Ruiz told the radio.\n\n'
            'Then, later that month: "I never said the harbour would close."'
        ),
        '"We will build it," Ana Ruiz said.\n\nAdditionally, Ruiz said: "I never said the harbour would close."',
    ],
)
def test_an_opening_adverb_before_a_colon_is_no_speaker_label(text: str) -> None:
    statement = only(label(text), "I never said the harbour would close")
    assert statement.speaker is not None and statement.speaker.name == "Ana Ruiz"


def test_someones_words_before_a_quoted_predicate_are_no_title() -> None:
    text = 'Spokesman Tomas Lind told reporters that the mayor\'s words "speak for themselves."'
    [statement] = label(text).statements
    assert statement.content.text == "speak for themselves."
    assert not label('The mayor used the word "harbour" twice.').statements


@pytest.mark.parametrize(
    "text",
    [
        "Ruiz made the comments in a speech broadcast live by state television.",
        "The remarks, published online by the Harbour Gazette, drew criticism.",
    ],
)
def test_a_participle_an_adverb_and_by_is_a_passive_not_a_cue(text: str) -> None:
    assert not label(text).statements


def test_then_after_a_comma_goes_on_with_the_subject() -> None:
    text = "Mayor Ana Ruiz offered the man a job, then said she would welcome advice from anyone."
    statement = only(label(text), "she would welcome advice from anyone")
    assert statement.speaker is not None and statement.speaker.name == "Ana Ruiz"


def test_a_bare_clause_with_a_present_verb_after_a_participle_cue() -> None:
    text = 'Ana Ruiz complained that the plan was late, suggesting the harbour board sees it as "a lost cause."'
    statements = label(text).statements
    assert [s.speaker.name for s in statements if s.speaker is not None] == ["Ana Ruiz", "Ana Ruiz"]


def test_a_ministrys_own_website_is_no_state_outlet() -> None:
    text = '"The measures are lawful," a ministry spokesperson said in a statement posted on the ministry\'s website.'
    [statement] = label(text).statements
    assert statement.source_type == "government"
    assert not statement.channels


def test_a_judiciary_spokesman_is_government() -> None:
    [statement] = label("Judiciary spokesman Ali Rezaei told reporters that the man had confessed.").statements
    assert statement.source_type == "government"


def test_quoted_with_no_agent_is_relayed_by_the_outlet_that_spoke_before() -> None:
    text = (
        "Kim Jong Un made the remarks during a visit to a munitions factory, KCNA said.\n\n"
        '"We must be ready for any war," Kim was quoted as saying.'
    )
    statement = only(label(text), "We must be ready for any war")
    assert [c.entity for c in statement.channels] == ["kp/kcna"]
    assert statement.source_type == "state_media"


def test_an_irregular_past_makes_a_clause_not_a_description_of_the_source() -> None:
    [statement] = label('According to KCNA, Kim oversaw the test, which he called "a great success."').statements
    assert statement.content.text.startswith("Kim oversaw the test")


def test_a_statement_given_to_an_outlet_reaches_us_through_it() -> None:
    [statement] = label('"We are reviewing the decision," the company said in a statement to CNN.').statements
    assert [c.name for c in statement.channels] == ["CNN"]
    [filing] = label("The firm said in a filing with the SEC that profits fell by a third.").statements
    assert not filing.channels


def test_citing_a_body_names_the_source_and_makes_no_statement_of_its_own() -> None:
    text = "TASS, citing the defence ministry, said air defences had shot down 30 drones."
    [statement] = label(text).statements
    assert statement.content.text == "air defences had shot down 30 drones"
    assert [c.entity for c in statement.channels] == ["ru/tass"]


def test_quoted_with_an_agent_takes_only_that_agent() -> None:
    text = (
        "Vladimir Putin said Moscow was ready for talks, RIA Novosti reported.\n\n"
        '"We are open to negotiations," Putin was quoted as saying by the Interfax news agency.'
    )
    statement = only(label(text), "We are open to negotiations")
    assert [c.entity for c in statement.channels] == ["ru/interfax"]


def test_fans_told_on_a_platform_are_whom_it_was_told() -> None:
    [statement] = label('The star Ana Ruiz told fans on Instagram: "Thank you for everything."').statements
    assert statement.content.text == "Thank you for everything."


def test_a_state_broadcaster_told_is_the_channel_not_what_was_said() -> None:
    for told in ("state broadcaster VTV", "the state broadcaster VTV", "state television channel Rossiya 1"):
        [statement] = label(f'"They will not get our oil," the president told {told}.').statements
        assert statement.content.text == "They will not get our oil,"
        assert statement.speaker is not None and statement.speaker.text == "the president"
        assert statement.source_type == "state_media"


def test_a_state_channel_named_by_its_description_relays() -> None:
    [statement] = label('"We are ready," the minister said, according to state channel VTV.').statements
    assert [c.text for c in statement.channels] == ["state channel VTV"]
    assert statement.source_type == "state_media"


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        ("head of the CGT union", "ngo"),
        ("president of the Teamsters union", "ngo"),
        ("chair of the advisory council", "individual"),  # a council need not be a government's
    ],
)
def test_the_head_of_a_body_a_common_noun_names_speaks_for_that_kind_of_body(role: str, expected: str) -> None:
    [statement] = label(f"Sophie Marin, {role}, said workers would not accept the plan.").statements
    assert statement.source_type == expected


def test_not_everyone_names_no_speaker() -> None:
    text = 'Not everyone agreed: Senator Ana Ruiz, a Missouri Republican, said the firm was "bending the knee."'
    [statement] = label(text).statements
    assert statement.speaker is not None and statement.speaker.name == "Ana Ruiz"


def test_an_interviewee_the_introduction_presents_by_role_gives_the_answers() -> None:
    text = (
        "Housing and buses\n\n"
        "The city's new mayor sat down with us on Monday.\n\n"
        "Q: When will riders see free buses?\n\n"
        "A: By next summer on the busiest routes."
    )
    statement = only(label(text), "By next summer")
    assert statement.speaker is not None and statement.speaker.name == "The city's new mayor"
    assert statement.source_type == "government"


@pytest.mark.parametrize(
    ("described", "expected"),
    [
        ("a 67-year-old pensioner waiting for a bus in central Athens", "individual"),
        ("a pensioner in central Athens", "individual"),
        ("a nurse working for the health ministry", "government"),
    ],
)
def test_what_a_private_person_is_doing_keeps_them_private(described: str, expected: str) -> None:
    [statement] = label(f'"It is like an oven," said Maria Papadaki, {described}.').statements
    assert statement.source_type == expected


def test_rights_groups_in_the_plural_are_ngos() -> None:
    [statement] = label("Rights groups have accused the government of using espionage charges.").statements
    assert statement.source_type == "ngo"


@pytest.mark.parametrize("speaker", ["a resident of Bint Jbeil", "the son of Ali Khan"])
def test_a_name_after_an_unnamed_persons_of_is_not_the_speakers_name(speaker: str) -> None:
    [statement] = label(f'"They are testing how far they can go," said {speaker}.').statements
    assert statement.speaker is not None and statement.speaker.name == speaker
    assert statement.source_type == "individual"


@pytest.mark.parametrize(
    ("described", "expected"),
    [
        ("a managing director at consultancy Teneo", "company"),
        ("an analyst at brokerage firm Jefferies", "company"),
        ("a fellow at think tank Bruegel", "think_tank"),
    ],
)
def test_a_kind_of_body_named_before_an_unknown_name_types_it(described: str, expected: str) -> None:
    [statement] = label(f'"Beijing wants a lever," said Gabriel Wild, {described}.').statements
    assert statement.source_type == expected
