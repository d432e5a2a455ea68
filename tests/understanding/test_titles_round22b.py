"""Round twenty-two, second pass: a meeting the notice calls only by a generic name
(tests/realmail/FAILURES.md, "Round twenty-two, second pass: titles (titles-r22b)"), in invented
English and Thai texts, with guards beside it. The helpers are tests/understanding/helpers.py's."""

from __future__ import annotations

from tests.understanding.helpers import assert_under_review, meeting_of, value_of


def test_a_societys_generic_meeting_in_its_text() -> None:
    meeting = meeting_of(
        "Dear neighbours, the annual meeting of our street club is put off to Friday 8 May 2026"
        " at 19:00 in the parish room, since too few members sent in their forms.\n",
        "Notice to members",
    )
    assert_under_review(meeting.title, "annual meeting")


def test_a_generic_meeting_the_subject_capitalises() -> None:
    meeting = meeting_of(
        "We are sorry to say that the conference will not go ahead on 12 June 2026 after all;"
        " members will hear of a new day by post.\n",
        "Rescheduled Annual Conference 12 June 2026 - Called off",
    )
    assert_under_review(meeting.title, "Annual Conference")


def test_a_generic_meetings_thing_names_no_meeting() -> None:
    """Guard: "the annual meeting room" is a room, not a meeting's name."""
    meeting = meeting_of(
        "Chairs for the annual meeting room were moved on Friday 8 May 2026 at 10:00 by the"
        " caretaker of our example hall.\n",
        "Chairs moved",
    )
    assert meeting.title is None or "annual meeting" not in meeting.title.value.lower()


def test_the_next_meeting_alone_names_no_meeting() -> None:
    """Guard: "the next meeting" is said of any meeting (a reminder's, a minutes page's)."""
    meeting = meeting_of(
        "Reminder: the next meeting of our example reading circle is on Friday 8 May 2026 at"
        " 19:00 online.\n",
        "Reminder",
    )
    assert value_of(meeting.title) != "next meeting"


def test_a_thai_text_gets_no_english_generic_name() -> None:
    """Guard: a Thai notice's English words are not its meeting's name."""
    meeting = meeting_of(
        "ขอเชิญสมาชิกชมรมตัวอย่างเข้าร่วมประชุมในวันศุกร์ที่ 8 พฤษภาคม 2569 เวลา 19.00 น."
        " ณ ศาลาหมู่บ้าน (the annual meeting)\n",
        "แจ้งสมาชิก",
    )
    assert value_of(meeting.title) != "annual meeting"


def test_a_bodys_word_before_a_lower_case_summit() -> None:
    meeting = meeting_of(
        "Examplia will host the Zorvec summit on 3 June 2026 in Example City. Zorvec is a group"
        " of five coastal states; Zorvec leaders last met two years ago.\n",
        "Examplia to host regional talks",
    )
    assert_under_review(meeting.title, "Zorvec summit")


def test_a_word_said_once_before_a_summit_names_none() -> None:
    """Guard: a capitalised word the text never writes again may be a place or a month."""
    meeting = meeting_of(
        "Officials said the Springtime summit on 3 June 2026 would go ahead as planned despite"
        " the rain.\n",
        "Talks go ahead",
    )
    assert value_of(meeting.title) != "Springtime summit"
