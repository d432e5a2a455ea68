"""Round eighteen: title classes of test18 (tests/realmail/FAILURES.md, "Round eighteen fixes
(titles23)"), each in an invented text of the class's shape, with a guard beside each: a near
text the rule must leave as it was. Every new reading is under review (below 0.8). The
helpers are tests/understanding/helpers.py's."""

from __future__ import annotations

from tests.understanding.helpers import (
    assert_under_review,
    meeting_of,
    news_meeting,
    rule_code,
    value_of,
)

# A conferencing service's words are no meeting's name ---------------------------------------

_TEAMS_DETAILS = (
    "Meeting Information:\nMicrosoft Teams meeting\nJoin:\nhttps://teams.example.org/meet/1234\n"
    "Meeting ID:\n111 222 333\nPasscode:\nXYZ123\n"
)


def test_teams_joining_details_name_no_meeting() -> None:
    meeting = meeting_of(
        f"Please add your items below.\n{_TEAMS_DETAILS}",
        "Reminder",
    )
    assert value_of(meeting.title) is None


def test_webex_joining_details_name_no_meeting() -> None:
    meeting = meeting_of(
        "Details for joining are below.\nCisco Webex meeting\nJoin from the link below\n"
        "https://webex.example.org/j/42\n",
        "Reminder",
    )
    assert value_of(meeting.title) is None


def test_a_body_s_lower_case_meeting_beside_joining_details_is_still_read() -> None:
    """Guard: a body's two capitalised words before "meeting" are its name, not a service's."""
    meeting = meeting_of(
        f"The Examplevale Harbour Commission meeting is open to all.\n{_TEAMS_DETAILS}",
        "Reminder",
    )
    assert value_of(meeting.title) == "Examplevale Harbour Commission meeting"


# A subject's part that ends in its noun, before its date or alone -----------------------------


def test_a_subject_s_name_before_its_date_over_teams_boilerplate() -> None:
    meeting = meeting_of(
        "The monthly exlib2 Contributors' Meeting will take place on June 9th at 3pm UTC.\n"
        f"Add your topics below.\n{_TEAMS_DETAILS}",
        "Monthly exlib2 Contributors' Meeting - June 9th at 3pm (UTC)",
    )
    assert_under_review(meeting.title, "Monthly exlib2 Contributors' Meeting")
    assert rule_code(meeting.title) == "title.subject_part"


def test_a_lower_case_meeting_before_its_date_in_the_subject() -> None:
    meeting = meeting_of(
        "Agenda\nTime and link\nMay 12, 2026, 9:00 AM PST\n"
        "Sign up for our weekly contributors meetings!\nZoom link: see the calendar\n",
        "Contributors meeting - May 12, 2026",
    )
    assert_under_review(meeting.title, "Contributors meeting")


def test_office_hours_named_by_the_whole_subject() -> None:
    meeting = meeting_of(
        "We are starting a regular open hour for the project's users.\n"
        "Example Toolkit Office Hours\nWhen: Thursday, May 7, 2026 at 1400 UTC\n",
        "Example Toolkit Office Hours",
    )
    assert_under_review(meeting.title, "Example Toolkit Office Hours")


def test_a_training_named_by_the_whole_subject() -> None:
    meeting = meeting_of(
        "Examplesoft training\n\nPerson A invites you to an online session on May 7, 2026.\n",
        "Examplesoft training",
    )
    assert_under_review(meeting.title, "Examplesoft training")


def test_a_subject_s_meeting_followed_by_no_date_is_not_read() -> None:
    """Guard: what follows the part is not when it meets: the part may be any phrase."""
    meeting = meeting_of(
        "Here are the notes of the contributors meeting held last week.\n",
        "Contributors meeting - notes and actions",
    )
    assert value_of(meeting.title) is None


def test_a_subject_s_meeting_the_text_does_not_write_is_not_read() -> None:
    """Guard: the text never writes the subject's words: nothing says they are a name."""
    meeting = meeting_of(
        "We will talk about the release on May 12, 2026.\n",
        "Contributors meeting - May 12, 2026",
    )
    assert value_of(meeting.title) is None


def test_a_service_s_meeting_in_the_subject_is_not_read() -> None:
    """Guard: "Zoom meeting - <date>" says how, not which."""
    meeting = meeting_of(
        "The Zoom meeting link is below for May 12, 2026.\n",
        "Zoom meeting - May 12, 2026",
    )
    assert value_of(meeting.title) is None


def test_a_headline_ending_in_meeting_is_not_a_name() -> None:
    """Guard: a headline's lower-case words ("chair cancels") are a sentence, not a name."""
    subject = "Example Valley Board chair cancels tonight's meeting"
    meeting = news_meeting(f"{subject}.\nThe board will meet again next month.", subject)
    assert value_of(meeting.title) != subject


def test_a_notice_s_words_before_next_meeting_are_not_a_name() -> None:
    """Guard: "Changed Date and Venue for Next Meeting" says what changed, not which meeting."""
    subject = "Changed Date and Venue for Next Meeting - Tuesday 5 May 2026"
    meeting = meeting_of(
        "Changed date and venue for next meeting: we meet at the library hall instead.", subject
    )
    assert value_of(meeting.title) is None


# A summit of two groupings joined by their letters --------------------------------------------


def test_a_summit_of_two_joined_groupings_of_two_letters() -> None:
    meeting = news_meeting(
        "Leaders had been invited to the capital in April, officials said on Monday.",
        "EU-AU summit called off over storm",
    )
    assert_under_review(meeting.title, "EU-AU summit")


def test_a_summit_of_one_country_s_two_letters_is_not_read() -> None:
    """Guard: one two-letter word alone is a country's, any summit it hosts."""
    meeting = news_meeting(
        "Leaders had been invited to the capital in April, officials said on Monday.",
        "US summit called off over storm",
    )
    assert value_of(meeting.title) is None


# Expert groups, plural, under a describing name ----------------------------------------------


def test_expert_groups_named_by_the_subject() -> None:
    meeting = meeting_of(
        "Members are invited to nominate national experts for the groups' work in May 2026.",
        "Ad Hoc Example Open-ended Expert Groups",
    )
    assert_under_review(meeting.title, "Ad Hoc Example Open-ended Expert Groups")


def test_an_expert_group_of_one_name_keeps_its_reading() -> None:
    """Guard: the singular group of a short name reads as before."""
    meeting = meeting_of(
        "Members are invited to nominate national experts for the group's work in May 2026.",
        "Example Expert Group",
    )
    assert_under_review(meeting.title, "Example Expert Group")


# Thai: a name ends where the clause of where it is held begins ------------------------------


def test_thai_name_ends_before_where_it_is_held() -> None:
    meeting = news_meeting(
        "ผู้นำจากหลายประเทศจะเดินทางมาร่วมงานในปลายปีนี้",
        "รัฐบาลเผยว่าการประชุมผู้นำภูมิภาคตัวอย่างจัดที่จังหวัดเชียงราย",
    )
    assert value_of(meeting.title_th) == "การประชุมผู้นำภูมิภาคตัวอย่าง"


def test_thai_name_in_the_text_ends_before_it_will_be_held() -> None:
    meeting = news_meeting(
        "สำนักข่าวรายงานว่า การประชุมว่าด้วยการค้าชายแดนตัวอย่างจะจัดขึ้นที่เมืองตัวอย่าง"
        "ระหว่างวันที่ 3-4 มิถุนายน 2569\nผู้แทนจากหลายฝ่ายจะเข้าร่วม",
        "ข่าวต่างประเทศประจำวัน",
    )
    assert_under_review(meeting.title_th, "การประชุมว่าด้วยการค้าชายแดนตัวอย่าง")


def test_thai_name_keeps_its_own_verb_of_organising() -> None:
    """Guard: "จัดงาน" (to organise an event) is a committee's own word, not where it is held."""
    meeting = news_meeting(
        "คณะกรรมการจะพิจารณากำหนดการในสัปดาห์หน้า",
        "การประชุมคณะกรรมการจัดงานประจำปีตัวอย่าง",
    )
    assert value_of(meeting.title_th) == "การประชุมคณะกรรมการจัดงานประจำปีตัวอย่าง"


# Review mends (mend19b) -----------------------------------------------------------------------


def test_thai_land_allocation_committee_keeps_its_name() -> None:
    """ "จัดที่ดิน" (to allocate land) is a committee's own words, not where it is held."""
    meeting = news_meeting(
        "คณะอนุกรรมการจะพิจารณาคำขอในสัปดาห์หน้า",
        "ประชุมคณะอนุกรรมการจัดที่ดินระดับจังหวัดตัวอย่าง ครั้งที่ 2/2569",
    )
    assert value_of(meeting.title_th) == "ประชุมคณะอนุกรรมการจัดที่ดินระดับจังหวัดตัวอย่าง ครั้งที่ 2/2569"
    national = news_meeting("ที่ประชุมจะพิจารณาแผนงานประจำปี", "การประชุมคณะกรรมการจัดที่ดินแห่งชาติตัวอย่าง")
    assert value_of(national.title_th) == "การประชุมคณะกรรมการจัดที่ดินแห่งชาติตัวอย่าง"


def test_guard_a_thai_name_still_ends_at_held_at_a_province() -> None:
    meeting = news_meeting(
        "ผู้แทนจะเดินทางมาร่วมงาน", "รัฐบาลเผยว่าการประชุมเกษตรกรภูมิภาคตัวอย่างจัดที่จังหวัดน่าน"
    )
    assert value_of(meeting.title_th) == "การประชุมเกษตรกรภูมิภาคตัวอย่าง"


def test_a_call_for_papers_deadline_in_the_subject_is_no_title() -> None:
    for subject in ("Last Call - 30 June", "Final call - June 30", "Open Call - 30 June"):
        meeting = meeting_of(
            f"{subject.split(' - ')[0]} for abstracts to the Example Orchard Symposium.\n"
            "Send yours to someone@example.org.\n",
            subject,
        )
        assert rule_code(meeting.title) != "title.subject_part", subject


def test_guard_a_named_call_in_the_subject_is_still_a_title() -> None:
    meeting = meeting_of(
        "The monthly exkit2 community call meets on Zoom this Thursday.\n",
        "Monthly exkit2 Community Call - 30 June",
    )
    assert rule_code(meeting.title) == "title.subject_part"
