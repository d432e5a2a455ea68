"""Message kinds in the forms of round nineteen's failure classes (tests/realmail/FAILURES.md,
"Round nineteen fixes (kinds24)"; the texts are invented in each class's shape): Thai news of an
official who "พร้อมด้วย <party> เข้าร่วม…" (with a party, attended) a meeting is a report, though
it tells of the invitation the party had; an English wire's lede of a "ministers' meet" held on a
weekday is a report, though the story names the US; the counts in a list of those a meeting
"will be attended by" ask for no delegates, and yield to a share asked after them; Thai news
that a meeting (or its first day) "จบลง" (has ended) is a report; a meeting that "will be
adjourned" is put off.
Guards: a Thai memo that invites its reader with a party, and news of a party that will attend
(จะ), are no report; a letter that addresses its reader ("join us") stays an invitation; a
share asked before "attended by" in its sentence is still read; Thai news of when a meeting is
expected to end (คาดว่าจะจบลง) is no report; an adjournment on a condition its sentence states,
or a sitting "adjourned at" an hour, puts nothing off.
Messages are sent on 2 April 2026 (tests.understanding.helpers)."""

from __future__ import annotations

from bot.understanding.record import MessageKind
from tests.understanding.helpers import kind_of, meeting_of, value_of

_PARTY_SUBJECT = "ผู้อำนวยการสำนักงานสมมติร่วมประชุมคณะทำงานสมมติ ครั้งที่ 2/2569"


def _party(verb: str) -> str:
    return (
        "ข่าวสำนักงานสมมติ\n\n"
        "นางสาวสมมติ ใจดี ผู้อำนวยการสำนักงานสมมติ พร้อมด้วยเจ้าหน้าที่กลุ่มงานวิชาการ "
        f"{verb}การประชุมคณะทำงานสมมติ ครั้งที่ 2/2569 ณ ห้องประชุมชั้น 3 อาคารสมมติ "
        "เพื่อพิจารณาแผนงานประจำปี\n"
    )


def test_thai_news_of_a_party_that_attended_is_a_report() -> None:
    assert kind_of(_PARTY_SUBJECT, _party("เข้าร่วม")) is MessageKind.REPORT


def test_thai_news_of_a_party_that_attended_on_invitation_is_a_report() -> None:
    body = _party("ได้รับเชิญจากองค์การสมมติ เข้าร่วม")
    assert kind_of(_PARTY_SUBJECT, _party("เข้าร่วม") + body) is MessageKind.REPORT


def test_guard_thai_news_of_a_party_that_will_attend_is_no_report() -> None:
    assert kind_of(_PARTY_SUBJECT, _party("จะเข้าร่วม")) is not MessageKind.REPORT


def test_guard_a_thai_memo_inviting_its_reader_with_a_party_invites() -> None:
    body = (
        "เรียน ผู้อำนวยการสำนักงานสมมติ\n\n"
        "สำนักงานสมมติขอเชิญท่าน พร้อมด้วยเจ้าหน้าที่ 1 คน เข้าร่วมการประชุมคณะทำงานสมมติ "
        "ในวันที่ 20 เมษายน 2569 เวลา 09.30 น. ณ ห้องประชุมชั้น 3 อาคารสมมติ\n"
    )
    assert kind_of("ขอเชิญประชุมคณะทำงานสมมติ", body) is MessageKind.INVITATION


_WIRE = (
    "Example City, April 1 (Example Wire): Trade ministers of the Example Group renewed their "
    "pledge to keep supply chains open at the group's virtual ministerial meet on Wednesday, "
    "according to a statement issued afterwards.\n\n"
    "Partners including the US, Canada and the Example Union took part in the talks.\n"
)


def test_a_wires_lede_of_a_ministers_meet_held_is_a_report() -> None:
    assert kind_of("Example Group keeps supply chains open", _WIRE) is MessageKind.REPORT


def test_guard_a_letter_that_asks_its_reader_to_join_us_invites() -> None:
    body = _WIRE.replace("took part in the talks", "are invited; please join us") + (
        "Register at https://example.org/meet by 10 April 2026.\n"
    )
    assert kind_of("Example Group keeps supply chains open", body) is not MessageKind.REPORT


_ATTENDED_BY = (
    "The Example Council will meet online on 20 April 2026. The session will be attended by "
    "some 150 participants comprising ministers and senior officials of the member countries; "
    "6 associate members; and 12 regional centres.\n"
)


def test_counts_of_those_a_meeting_is_attended_by_ask_for_no_delegates() -> None:
    assert value_of(meeting_of(_ATTENDED_BY).delegates_requested) is None


def test_a_share_asked_after_the_tally_is_read_alone() -> None:
    body = _ATTENDED_BY + "Each member country is invited to nominate two delegates.\n"
    assert value_of(meeting_of(body).delegates_requested) == 2


def test_guard_a_share_asked_before_attended_by_is_read() -> None:
    body = (
        "Each member country is invited to nominate two delegates to the Example Council "
        "session on 20 April 2026, which will be attended by ministers and senior officials.\n"
    )
    assert value_of(meeting_of(body).delegates_requested) == 2


_ENDED_SUBJECT = "การประชุมคณะกรรมการสมมติ วันแรก"


def test_thai_news_that_a_meetings_first_day_has_ended_is_a_report() -> None:
    body = (
        "การประชุมคณะกรรมการสมมติวันแรกจบลงแล้ว หลังใช้เวลาราวหนึ่งชั่วโมง "
        "โดยทั้งสองฝ่ายนัดหารือกันต่อในวันที่ 4 เมษายน 2569 ที่ศาลากลางจังหวัดสมมติ\n"
    )
    assert kind_of(_ENDED_SUBJECT, body) is MessageKind.REPORT


def test_guard_thai_news_of_when_a_meeting_will_end_is_no_report() -> None:
    body = (
        "การประชุมคณะกรรมการสมมติคาดว่าจะจบลงในวันที่ 4 เมษายน 2569 "
        "ที่ศาลากลางจังหวัดสมมติ โดยทั้งสองฝ่ายจะหารือเรื่องแผนงานร่วมกัน\n"
    )
    assert kind_of(_ENDED_SUBJECT, body) is not MessageKind.REPORT


_ADJOURNED_SUBJECT = "Example Council meeting of 20 April"


def test_a_council_meeting_to_be_adjourned_is_put_off() -> None:
    body = (
        "Following advice from the health authority, the Mayor has decided that the 20 April "
        "Example Council meeting will be adjourned. The next ordinary meeting is on 18 May.\n"
    )
    assert kind_of(_ADJOURNED_SUBJECT, body) is MessageKind.POSTPONEMENT


def test_guard_an_adjournment_on_a_condition_puts_nothing_off() -> None:
    body = (
        "The Example Council will meet on 20 April 2026 at 7 pm in the Council Chamber. The "
        "meeting will be adjourned to a later date if fewer than five members are present.\n"
    )
    assert kind_of(_ADJOURNED_SUBJECT, body) is not MessageKind.POSTPONEMENT


def test_guard_minutes_of_a_sitting_adjourned_at_an_hour_put_nothing_off() -> None:
    body = (
        "The Example Council met on 1 April 2026. Items 1 to 6 were discussed and the meeting "
        "has been adjourned at 9:05 pm. The next meeting will be held on 20 April 2026.\n"
    )
    assert kind_of(_ADJOURNED_SUBJECT, body) is not MessageKind.POSTPONEMENT
