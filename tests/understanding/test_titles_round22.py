"""Round twenty-two: title classes of test22, English and Thai (tests/realmail/FAILURES.md,
"Round twenty-two fixes (titles-r22)"), each in an invented text of the class's shape, with a
guard beside each: a near text the rule must leave as it was. The helpers are
tests/understanding/helpers.py's."""

from __future__ import annotations

from tests.understanding.helpers import assert_under_review, meeting_of, value_of

# Thai: a name running on past its end, a headline's subject that met ------------------------


def test_a_thai_name_ends_before_a_second_event_the_office_holds() -> None:
    meeting = meeting_of(
        "อำเภอตัวอย่างจัดงานวันอาสาสมัคร และจัดการประชุมประจำเดือน มีนาคม 2569\n",
        "อำเภอตัวอย่างจัดงานวันอาสาสมัคร และจัดการประชุมประจำเดือน มีนาคม 2569",
    )
    assert_under_review(meeting.title_th, "งานวันอาสาสมัคร")


def test_a_thai_name_keeps_its_own_work_joined_by_and() -> None:
    """Guard: "และจัดทำ…" (and drafts) is the name's own work, not a second event."""
    meeting = meeting_of(
        "ขอเชิญเข้าร่วมการประชุมทบทวนแผนงาน และจัดทำงบประมาณของชมรมตัวอย่าง\n",
        "ขอเชิญประชุมทบทวนแผนงาน และจัดทำงบประมาณของชมรมตัวอย่าง",
    )
    assert value_of(meeting.title_th) == "ประชุมทบทวนแผนงาน และจัดทำงบประมาณของชมรมตัวอย่าง"


def test_a_thai_subjects_name_stands_where_the_text_joins_a_second_thing() -> None:
    """The text's "…<name>และมีประกาศใช้แผน… ประจำปี…" joins a second act to the meeting the
    subject names: its numbers are the plan's, not the meeting's."""
    meeting = meeting_of(
        "วันนี้ นายตัวอย่าง สมมติ เข้าร่วมประชุมจัดตั้งชมรมอาสาพัฒนาชุมชนและมีประกาศใช้แผนงานชมรม"
        "อาสาพัฒนาชุมชน ประจำปีงบประมาณ พ.ศ. 2569 ณ ห้องประชุมชั้น 2\n",
        "ประชุมจัดตั้งชมรมอาสาพัฒนาชุมชน",
    )
    assert value_of(meeting.title_th) == "ประชุมจัดตั้งชมรมอาสาพัฒนาชุมชน"


def test_a_thai_text_numbered_name_still_replaces_a_headlines_short_one() -> None:
    """Guard: a text's name that goes on with its own words and numbers is still the whole."""
    meeting = meeting_of(
        "วันนี้ นายตัวอย่าง สมมติ เข้าร่วมประชุมจัดตั้งชมรมอาสาพัฒนาชุมชนภาคเหนือ ครั้งที่ 2/2569 ณ ห้องประชุมชั้น 2\n",
        "ประชุมจัดตั้งชมรมอาสาพัฒนาชุมชน",
    )
    assert value_of(meeting.title_th) == "ประชุมจัดตั้งชมรมอาสาพัฒนาชุมชนภาคเหนือ ครั้งที่ 2/2569"


def test_a_thai_headlines_committee_that_met_is_the_names_own() -> None:
    meeting = meeting_of(
        "ข่าวจังหวัดตัวอย่าง\n",
        "คณะกรรมการป้องกันภัยจังหวัดตัวอย่างประชุมร่วมศูนย์เฝ้าระวังน้ำท่วม",
    )
    assert value_of(meeting.title_th) == ("คณะกรรมการป้องกันภัยจังหวัดตัวอย่างประชุมร่วมศูนย์เฝ้าระวังน้ำท่วม")


def test_a_thai_headlines_two_sides_and_their_aim() -> None:
    """ "<A>-<B> ประชุม<level> มุ่ง…": the two sides met; what it aims at is the news."""
    meeting = meeting_of("ข่าวทั่วไป\n", "ไทย-ลาว ประชุมระดับเจ้าหน้าที่ มุ่งแก้ปัญหาการค้าชายแดน")
    assert value_of(meeting.title_th) == "ไทย-ลาว ประชุมระดับเจ้าหน้าที่"


def test_a_thai_headlines_person_who_met_is_not_the_name() -> None:
    """Guard: an office or a person before the verb is news about the meeting."""
    meeting = meeting_of("ข่าวทั่วไป\n", "ผู้ว่าราชการจังหวัดตัวอย่างประชุมร่วมศูนย์เฝ้าระวังน้ำท่วม")
    assert value_of(meeting.title_th) == "ประชุมร่วมศูนย์เฝ้าระวังน้ำท่วม"


# English: a headline's news after the name, a marked heading, what a meeting prepares for ----


def test_a_headlines_short_form_meeting_then_its_news() -> None:
    meeting = meeting_of(
        "Officials are preparing for the storm. The talks will now be held in the capital.\n",
        "EXNET meeting relocates to capital due to storm",
    )
    assert_under_review(meeting.title, "EXNET meeting")


def test_a_headlines_two_words_then_cancelled() -> None:
    meeting = meeting_of(
        "The October meeting of our association did not happen, again. Nobody sent the link.\n",
        "HOA Meeting Canceled Again",
    )
    assert_under_review(meeting.title, "HOA Meeting")


def test_a_headlines_short_form_meeting_that_taps_a_way_is_no_name() -> None:
    """Guard: a headline's other verb after "<SHORT> meeting" names nothing."""
    meeting = meeting_of(
        "Officials are preparing for the storm. The talks will now be held in the capital.\n",
        "EXNET meeting taps way for storm aid",
    )
    assert meeting.title is None


def test_a_marked_heading_ends_its_name_at_its_line() -> None:
    meeting = meeting_of(
        "# Example Syncs\n\nWe hold regular syncs for users.\n\n## Monthly Example Call\n"
        "JOIN LINK HERE:\nhttps://example.org/call\n\nEvery month on the last Tuesday.\n",
        "Example Syncs",
    )
    assert_under_review(meeting.title, "Monthly Example Call")


def test_a_marked_heading_of_a_pages_part_is_no_name() -> None:
    """Guard: a heading whose noun opens a page's part ("Meeting Registration and Voting") gains
    nothing."""
    meeting = meeting_of(
        "## Meeting Registration and Voting\nRegister at https://example.org/reg by Friday.\n",
        "Logistics",
    )
    assert value_of(meeting.title) != "Meeting Registration and Voting"


def test_a_meeting_prepared_for_is_another() -> None:
    meeting = meeting_of(
        "A Regional Planning Meeting (RPM) in preparation for the 4th Summit of the Example "
        "League of Nations (ELN) opened in Sampletown on March 3.\n"
        "In the framework of the RPM, officials will discuss issues agreed at the Example "
        "Ministerial Meeting last year.\nOther items of the RPM agenda include the budget.\n",
        "Example League prepares for its summit",
    )
    assert_under_review(meeting.title, "Regional Planning Meeting")


def test_a_summit_the_text_itself_is_of_keeps_its_name() -> None:
    """Guard: without "in preparation for", the summit's longer, defined name stands."""
    meeting = meeting_of(
        "A Regional Planning Meeting (RPM) and the 4th Summit of the Example League of Nations "
        "(ELN) opened in Sampletown on March 3.\n"
        "The ELN leaders will discuss issues agreed at the Example Ministerial Meeting. The "
        "ELN summit ends on March 5.\n",
        "Example League holds its summit",
    )
    assert value_of(meeting.title) == "4th Summit of the Example League of Nations"


def test_a_subjects_body_assembly_the_text_calls_the_assembly() -> None:
    meeting = meeting_of(
        "Accredited organisations may name up to three representatives to the Assembly by "
        "letter to partners@example.org.\n",
        "Example-Habitat Assembly 2027: accreditation for partner organisations",
    )
    assert_under_review(meeting.title, "Example-Habitat Assembly")


def test_a_subjects_parts_assembly_is_no_meeting() -> None:
    """Guard: without the text's "the Assembly", a subject's "<Word> Assembly" is a part's."""
    meeting = meeting_of(
        "The new housing arrives next week; please order spare bolts from parts@example.org.\n",
        "Engine Assembly 2027: spare parts for partner workshops",
    )
    assert meeting.title is None


def test_a_session_of_a_bodys_letters_runs_on_to_its_organ() -> None:
    meeting = meeting_of(
        "The 12th session of the EXO regional committee for North-West Sampleland, the yearly "
        "governing meeting of EXO in the region, will be held from 3 to 5 March 2027.\n",
        "Sampleland members to meet",
    )
    assert value_of(meeting.title) == (
        "12th session of the EXO regional committee for North-West Sampleland"
    )


def test_a_session_of_a_bodys_letters_then_a_verb_stays() -> None:
    """Guard: no organ after the letters: the name ends at them."""
    meeting = meeting_of(
        "The 12th session of the EXO will be held from 3 to 5 March 2027 in Sampletown.\n",
        "Sampleland members to meet",
    )
    assert value_of(meeting.title) == "12th session of the EXO"
