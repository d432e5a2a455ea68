"""Review mends of round twenty-two's English kinds (kindsen-r22; tests/realmail/FAILURES.md,
"Round twenty-two, review mends (mend-r22b)"), each on an invented text where a rule fired and
should not, beside a guard that the rule's own case still holds:
- a recurring call's rhythm of days is the standing page's only where it is the page's own
  "when", opening its line: not a sentence's ("the secretariat is closed every Friday", "the
  call runs every other Wednesday" after news of a changed link), nor the verb "each sat";
- a rolling agenda is a log only where each session heading has its agenda under it and the
  message does not invite: a bare list of a series' days, or an invitation to its sessions, is
  about those sessions;
- "could have convened", "had we hosted" tell of no meeting held;
- a course's modules over five months, with a way to register, is the series to sign up for,
  not a calendar of others' meetings;
- instructions on how to reach a venue are no formalities of taking part.
Messages are sent on 2 April 2026 (tests.understanding.helpers)."""

from __future__ import annotations

from bot.understanding.record import MessageKind
from tests.understanding.helpers import kind_of

_LINK = "https://zoom.us/j/91234567890"


def test_a_rhythm_in_a_sentence_about_office_hours_makes_no_standing_page() -> None:
    body = (
        "Dear members,\n\nThe Sample Committee will meet next month at Example House, Bangkok, "
        "to review the draft plan. The exact day will follow.\n\n"
        "Please note that the secretariat is closed every Friday afternoon.\n"
    )
    assert kind_of("Sample Committee meeting", body) is not MessageKind.OTHER


def test_a_changed_link_for_a_call_told_its_rhythm_in_a_sentence_is_an_update() -> None:
    body = (
        f"Dear all,\n\nThe meeting link for our users call has changed. New meeting link: {_LINK}"
        "\n\nThe call runs every other Wednesday at 16:00 UTC.\n"
    )
    assert kind_of("Sample Users Call", body) is MessageKind.UPDATE


def test_the_verb_each_sat_is_no_rhythm_of_days() -> None:
    body = (
        "Dear colleagues,\n\nEach sat with their advisers at the last round. The next meeting "
        f"will be announced soon.\n\nJoin link for the preparatory call: {_LINK}\n"
    )
    assert kind_of("Example Council meeting", body) is not MessageKind.OTHER


def test_guard_a_rhythm_as_the_pages_own_when_is_still_its_standing_page() -> None:
    body = (
        "# Sample Tools Users Call\n\n**When**: Every other Thursday at 15:00 UTC\n"
        f"**Where**: {_LINK}\n\nAnyone may add an item to the agenda.\n"
    )
    assert kind_of("Sample Tools Users Call", body) is MessageKind.OTHER


_SERIES = (
    "Dear colleagues,\n\n{opening}\n\n"
    "## Session - 14 April 2026\n{first}"
    "## Session - 21 April 2026\n{second}"
    "## Session - 28 April 2026\n{third}\n"
    "All sessions run 10:00-12:00 at Example Hall, Bangkok.\n"
)


def test_an_invitation_to_a_series_under_its_session_headings_is_an_invitation() -> None:
    body = _SERIES.format(
        opening="You are invited to join the Sample training series on data tools.",
        first="Topic: first steps with the sample tool\n\n",
        second="Topic: cleaning the sample data\n\n",
        third="Topic: sharing results\n",
    )
    assert kind_of("Sample training series", body) is MessageKind.INVITATION


def test_a_bare_list_of_a_series_days_is_no_rolling_agenda() -> None:
    body = _SERIES.format(
        opening="The Sample training series on data tools runs this month; sign up at "
        "https://example.org/reg",
        first="",
        second="",
        third="",
    )
    assert kind_of("Sample training series", body) is not MessageKind.OTHER


def test_a_thai_invitation_to_a_series_under_english_session_headings() -> None:
    body = _SERIES.format(
        opening="ขอเชิญเข้าร่วมการอบรมชุดตัวอย่างว่าด้วยเครื่องมือข้อมูล",
        first="หัวข้อ เริ่มต้นใช้งานเครื่องมือตัวอย่าง\n\n",
        second="หัวข้อ การจัดการข้อมูลตัวอย่าง\n\n",
        third="หัวข้อ การแบ่งปันผลการอบรม\n",
    )
    assert kind_of("การอบรมชุดตัวอย่าง", body) is MessageKind.INVITATION


def test_guard_a_log_of_sessions_each_over_its_agenda_is_still_other() -> None:
    body = _SERIES.format(
        opening="Notes of the Sample Working Group, session by session.",
        first="1. Status update on the sample draft\n\n",
        second="1. Review of open issues\n\n",
        third="1. Welcome and introductions\n",
    ).replace("April", "March")  # (mend-r22f: a log's sessions held before the message)
    assert kind_of("Sample Working Group notes", body) is MessageKind.OTHER


def test_could_have_convened_tells_of_no_meeting_held() -> None:
    body = (
        "Statement of the Sample Forum\n\nThe secretariat could have convened an in-person "
        "summit this year, but the hall was not free. Members are asked to send views to "
        "sec@example.org.\n"
    )
    assert kind_of("Sample Forum statement", body) is not MessageKind.REPORT


def test_had_we_hosted_tells_of_no_meeting_held() -> None:
    body = (
        "Statement of the Sample Forum\n\nHad we hosted an in-person summit this year, costs "
        "would have doubled. Members are asked to send views to sec@example.org.\n"
    )
    assert kind_of("Sample Forum statement", body) is not MessageKind.REPORT


def test_guard_the_forum_that_convened_a_summit_still_reports() -> None:
    body = (
        "Statement of the Sample Forum\n\nThe secretariat convened an in-person summit in "
        "Example City last week. Members are asked to send views to sec@example.org.\n"
    )
    assert kind_of("Sample Forum statement", body) is MessageKind.REPORT


_COURSE = (
    "{heading}\n\n{where}\n\n"
    "12 May: module one, first steps\n9 June: module two, cleaning data\n"
    "14 July: module three, models\n11 August: module four, maps\n"
    "8 September: module five, sharing results\n\n{tail}\n"
)


def test_a_course_over_five_months_with_a_way_to_register_is_no_calendar() -> None:
    body = _COURSE.format(
        heading="Sample data course 2026",
        where="The course is held at Example Hall, Bangkok, in five modules:",
        tail="To take part, register at https://example.org/course before 1 May.",
    )
    assert kind_of("Sample data course 2026", body) is MessageKind.INVITATION


def test_a_thai_course_over_five_months_with_a_way_to_register_is_no_calendar() -> None:
    body = _COURSE.format(
        heading="หลักสูตรข้อมูลตัวอย่าง",
        where="จัด ณ ห้องประชุมตัวอย่าง กรุงเทพฯ",
        tail="ผู้สนใจลงทะเบียนที่ https://example.org/course ภายใน 1 พฤษภาคม 2569",
    )
    assert kind_of("หลักสูตรข้อมูลตัวอย่าง 2569", body) is MessageKind.INVITATION


def test_guard_the_same_days_with_no_way_to_register_are_a_calendar() -> None:
    body = _COURSE.format(
        heading="Sample Board meetings 2026",
        where="The Sample Board meets at Example Hall, Bangkok. The public are welcome to attend.",
        tail="Minutes are posted after each meeting.",
    )
    assert kind_of("Sample Board meetings 2026", body) is MessageKind.CIRCULAR


_INSTRUCTIONS = (
    "Dear members,\n\nThe Sample Committee will meet at Example House, Bangkok; the day will "
    "follow.\n\nInstructions on how to {what} are below.\n"
)


def test_instructions_on_how_to_reach_the_venue_are_no_formalities() -> None:
    body = _INSTRUCTIONS.format(what="reach Example House by train")
    assert kind_of("Sample Committee meeting", body) is not MessageKind.CIRCULAR


def test_guard_instructions_on_how_to_connect_are_still_formalities() -> None:
    body = _INSTRUCTIONS.format(what="connect to the sessions through the sample platform")
    assert kind_of("Sample Committee meeting", body) is MessageKind.CIRCULAR
