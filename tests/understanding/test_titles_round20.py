"""Round twenty: English title classes of test20 (tests/realmail/FAILURES.md, "Round twenty
fixes (titles-r20)"), each in an invented text of the class's shape, with a guard beside each: a
near text the rule must leave as it was. The helpers are tests/understanding/helpers.py's."""

from __future__ import annotations

from tests.understanding.helpers import (
    assert_under_review,
    meeting_of,
    news_meeting,
    rule_code,
    value_of,
)

# A title-case headline's tail: how the meeting is held, who said it ----------------------


def test_a_headline_ends_its_name_before_how_it_is_held() -> None:
    meeting = meeting_of(
        "Examplia will welcome the leaders' gathering online next year, its office said.\n",
        "Examplia To Host 2031 EXA Summit In Hybrid Mode - Statement",
    )
    assert value_of(meeting.title) == "2031 EXA Summit"


def test_a_headline_ends_its_name_before_a_wire_attribution() -> None:
    meeting = meeting_of(
        "The ministers of the region will meet in the spring, officials told the agency.\n",
        "Examplia To Host Northern Sample Ministerial Conference - Sources",
    )
    assert value_of(meeting.title) == "Northern Sample Ministerial Conference"


def test_a_name_keeps_a_topic_written_after_in() -> None:
    """Guard: "in Digital Trade" is the forum's topic, not a way of holding it."""
    meeting = meeting_of(
        "Delegates from member bodies are invited to attend.\n",
        "Examplia To Host Regional Forum on Cooperation in Digital Trade",
    )
    assert value_of(meeting.title) == "Regional Forum on Cooperation in Digital Trade"


def test_a_name_keeps_a_subtitle_after_a_dash() -> None:
    """Guard: a dash before words that are no wire's attribution opens a subtitle."""
    meeting = meeting_of(
        "Delegates from member bodies are invited to attend.\n",
        "Examplia To Host Regional Forum - Sample Voices for Change",
    )
    assert value_of(meeting.title) == "Regional Forum - Sample Voices for Change"


# A summit named by the two parties it joins, written as news write them ------------------


def test_a_summit_named_by_two_parties_one_in_capitals() -> None:
    meeting = meeting_of(
        "A meeting between the Examplian premier and leaders of the bloc was put off, its "
        "chair said on Monday.\n",
        "Exa-US summit in Sampletown delayed, says Examplia",
    )
    assert_under_review(meeting.title, "Exa-US summit")
    assert rule_code(meeting.title) == "title.body_summit"


def test_a_prefix_joined_to_letters_is_no_party() -> None:
    """Guard: "Post-COVID" is a prefix and a virus's letters, not two sides."""
    meeting = meeting_of(
        "A meeting between the Examplian premier and leaders of the bloc was put off, its "
        "chair said on Monday.\n",
        "Post-COVID summit in Sampletown delayed, says Examplia",
    )
    assert value_of(meeting.title) != "Post-COVID summit"


# A general meeting's letters: a heading joining another topic, a text saying them twice ---


def test_a_heading_of_the_letters_and_another_topic_names_the_letters() -> None:
    meeting = meeting_of(
        "Because of the storm warnings the club will keep its AGM short this year.\n"
        "The AGM will be held at the clubhouse on 14 March at 7pm.\n",
        "AGM & Flood-2031",
    )
    assert_under_review(meeting.title, "AGM")


def test_a_conference_and_its_expo_stay_one_name() -> None:
    """Guard: "&" after a name's noun with words before it joins one event's parts."""
    meeting = meeting_of(
        "Exhibitors and delegates are invited to attend.\n",
        "Sample Harbour Conference & Expo",
    )
    assert value_of(meeting.title) == "Sample Harbour Conference & Expo"


def test_a_general_meeting_named_by_its_letters_twice_in_the_text() -> None:
    meeting = news_meeting(
        "Posted by the residents' board\n\nThe next AGM is set for 12 May, and the one after "
        "that AGM is now fixed for the first Saturday of December.\n"
    )
    assert_under_review(meeting.title, "AGM")
    assert rule_code(meeting.title) == "title.short_form.text"


def test_a_general_meeting_mentioned_once_names_nothing() -> None:
    """Guard: letters said once, in passing, are not the text's meeting."""
    meeting = news_meeting(
        "Posted by the residents' board\n\nThe pool reopens on 12 May; the last AGM agreed "
        "the new opening hours.\n"
    )
    assert value_of(meeting.title) != "AGM"


# A subject naming the meeting by its body's letters and number ------------------------

_ASSEMBLY_PAGE = (
    "About the EXA\n\nThe EXA is the world body of example councils.\n\n"
    "Invited by the Examplian council, the 61st Assembly of the EXA, with its side meetings, "
    "takes place in Sampletown from 3 to 7 May 2031.\n\n"
    "All EXA bodies, including the Governing Board and the standing panels, as well as the "
    "Forum of Example Women Councillors and the Forum of Young Sample Councillors, will "
    "convene during this Assembly.\n"
)


def test_a_subject_names_the_assembly_by_letters_and_number() -> None:
    meeting = meeting_of(_ASSEMBLY_PAGE, "About EXA 61")
    assert_under_review(meeting.title, "61st Assembly of the EXA")


def test_other_letters_in_the_subject_name_no_assembly() -> None:
    """Guard: another body's letters with the number do not say which name the page is of."""
    meeting = meeting_of(_ASSEMBLY_PAGE, "About SMP 61")
    assert value_of(meeting.title) != "61st Assembly of the EXA"


# A council's page: its meetings' schedule, its papers ------------------------------------


def test_a_page_opening_with_when_its_council_meetings_are_held() -> None:
    meeting = meeting_of(
        "Council Meetings are held on the second Monday of each month at the hall. "
        "Residents may watch online.\n",
        "Notices and events",
    )
    assert_under_review(meeting.title, "Council Meetings")
    assert rule_code(meeting.title) == "title.body_noun"


def test_a_council_meeting_told_of_as_past_names_nothing() -> None:
    """Guard: a sentence that tells of a meeting held names no page's meetings."""
    meeting = meeting_of(
        "The library reopens on Monday. Residents praised the Council meeting held last "
        "week in the hall.\n",
        "Notices and events",
    )
    assert value_of(meeting.title) is None


def test_a_page_of_meeting_papers_names_no_meeting() -> None:
    meeting = meeting_of(
        "The papers for members are below. Please read them before Monday.\n",
        "Agendas & Meeting Documentation: Sample Harbour Trust",
    )
    assert value_of(meeting.title) is None


# A Thai headline's quoted theme cut at its colon, the text's written whole ---------------

_THAI_SUBJECT = "สมาคมตัวอย่างจัดงานประชุมวิชาการ “ก้าวใหม่ของงานตัวอย่าง”"


def test_a_thai_theme_the_text_writes_whole() -> None:
    meeting = meeting_of(
        "สมาคมตัวอย่าง จัดการประชุมวิชาการ “ก้าวใหม่ของงานตัวอย่าง: บริการตัวอย่างเพื่อชุมชน” "
        "ระหว่างวันที่ 3-5 มีนาคม 2574 ณ โรงแรมตัวอย่าง\n",
        _THAI_SUBJECT,
    )
    assert_under_review(meeting.title_th, "การประชุมวิชาการ “ก้าวใหม่ของงานตัวอย่าง: บริการตัวอย่างเพื่อชุมชน”")


def test_a_thai_text_naming_another_theme_keeps_the_subject() -> None:
    """Guard: the text's name with another theme is not the subject's written whole."""
    meeting = meeting_of(
        "สมาคมตัวอย่าง จัดการประชุมวิชาการ “บริการตัวอย่างเพื่อชุมชน” "
        "ระหว่างวันที่ 3-5 มีนาคม 2574 ณ โรงแรมตัวอย่าง\n",
        _THAI_SUBJECT,
    )
    assert value_of(meeting.title_th) == "งานประชุมวิชาการ “ก้าวใหม่ของงานตัวอย่าง”"
