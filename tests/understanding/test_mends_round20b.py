"""Review mends of round twenty's English kind rules (tests/realmail/FAILURES.md, "Round twenty,
review mends (mend-r20b)"; the texts are invented near cases of kindsen-r20's rules): a subject
of "key dates and registration" is a notice of the meeting, not a page of dates; a standing rule
of monthly meetings told to set this month's apart announces this one; one meeting's programme
day by day is no calendar of meetings; a mail "About" one meeting's day is no site's page; a
notice convening the next meeting, another body's, or an old notice quoted, convenes nothing
anew; "you will receive a separate invitation" is said to the one invited; "a full
cancellation of the summit" calls it off.
Guards: each rule still holds on the form it was made for.
Messages are sent on 2 April 2026 (tests.understanding.helpers)."""

from __future__ import annotations

from bot.understanding.record import MessageKind
from tests.understanding.helpers import kind_of

_FORUM = (
    "Dear colleagues,\n\nThe Example Forum 2026 will take place on 8-10 October 2026 at the "
    "Example Hall, Bangkok.\nPlease register your delegation of two officials by 31 July 2026 "
    "at https://example.org/forum.\nKey dates:\n- 31 July 2026: registration closes\n"
    "- 8 October 2026: opening\n"
)


def test_key_dates_and_registration_is_a_notice_of_the_meeting() -> None:
    subject = "Example Forum 2026: key dates and registration"
    assert kind_of(subject, _FORUM) is MessageKind.INVITATION


def test_guard_a_page_named_key_dates_alone_is_other() -> None:
    for subject in ("Example Forum 2026: key dates", "Example Forum: key dates and deadlines"):
        assert kind_of(subject, _FORUM) is MessageKind.OTHER


_EXCEPTED = (
    "Dear members,\n\nBoard meetings are usually scheduled on the fourth Monday of every month, "
    "but this month's meeting will be held on Thursday 16 April 2026 at 10:00 in Room 3 of "
    "the Example Building.\nPlease confirm your attendance to board@example.org by 10 April "
    "2026.\n"
)


def test_a_standing_rule_setting_this_meeting_apart_announces_it() -> None:
    assert kind_of("Example Board meeting - April", _EXCEPTED) is not MessageKind.OTHER


def test_guard_a_standing_rule_alone_is_other() -> None:
    body = (
        "Board meetings are held on the second Wednesday of each month in the Example Hall, "
        "from 6:30 pm. The public may join by Zoom; the link is on the board's page.\n"
    )
    assert kind_of("Example Board monthly meeting", body) is MessageKind.OTHER


def test_guard_a_standing_rule_with_months_left_out_is_other() -> None:
    body = (
        "Board meetings are held on the second Wednesday of each month, but not in July or "
        "August, in the Example Hall. The public may join by Zoom.\n"
    )
    assert kind_of("Example Board monthly meeting", body) is MessageKind.OTHER


_PROGRAMME = (
    "The 5th Example Workshop on Placeholder Studies will be held at the Example Hall, "
    "Bangkok. Programme:\n20 May: arrival\n21 May: opening\n22 May: sessions\n"
    "23 May: field visit\n24 May: closing and departure\n"
)


def test_one_meetings_programme_day_by_day_is_no_calendar() -> None:
    subject = "5th Example Workshop on Placeholder Studies"
    assert kind_of(subject, _PROGRAMME) is not MessageKind.OTHER


def test_guard_a_year_of_meetings_is_a_calendar() -> None:
    body = (
        "Sessions of the Example Bodies\n12 February: placeholder committee\n"
        "20 May: example board\n3 July: placeholder council\n9 September: example panel\n"
        "18 November: placeholder assembly\n"
    )
    # (a circular since round twenty-two, kindsen-r22)
    assert kind_of("Sessions of the Example Bodies", body) is MessageKind.CIRCULAR


_CHANGED_ROOM = (
    "The Example Committee meeting on 16 April 2026 will now be held in Room 5 of the Example "
    "Building, at 14:00.\n"
)


def test_a_mail_about_one_meetings_day_is_no_site_page() -> None:
    subject = "About the Example Committee meeting on 16 April"
    assert kind_of(subject, _CHANGED_ROOM) is not MessageKind.OTHER


def test_guard_a_site_page_about_a_body_is_other() -> None:
    assert kind_of("About the Example Committee", _CHANGED_ROOM) is MessageKind.OTHER


def _called_off_then(notice: str) -> MessageKind:
    body = (
        "Dear members,\n\nThe Finance Committee meeting of 14 April 2026 had to be cancelled "
        f"because of the strike.\n\n{notice} will be held on 12 May 2026 at 10:00 at the "
        "Example Hall.\n"
    )
    return kind_of("Example Society meetings", body)


def test_a_notice_convening_another_bodys_meeting_convenes_nothing_anew() -> None:
    notice = "NOTICE IS HEREBY GIVEN that the Annual General Meeting of the Example Society"
    assert _called_off_then(notice) is MessageKind.CANCELLATION


def test_a_notice_convening_the_next_meeting_convenes_nothing_anew() -> None:
    notice = "Notice is hereby given that the next regular meeting"
    assert _called_off_then(notice) is MessageKind.CANCELLATION


def test_an_old_notice_quoted_convenes_nothing_anew() -> None:
    notice = "Our earlier notice read: NOTICE IS HEREBY GIVEN that the Finance Committee meeting"
    assert _called_off_then(notice) is MessageKind.CANCELLATION


def test_guard_the_same_meeting_convened_anew_is_an_invitation() -> None:
    notice = "NOTICE IS HEREBY GIVEN that the Finance Committee meeting"
    assert _called_off_then(notice) is MessageKind.INVITATION


def test_guard_a_meeting_called_off_by_its_initials_or_unnamed_is_convened_anew() -> None:
    notice = "NOTICE IS HEREBY GIVEN that the Annual General Meeting of the Example Guild Limited"
    for called_off in ("the AGM planned for 16 May 2026", "the meeting planned for 16 May 2026"):
        body = (
            f"Dear Member,\nAs you know, {called_off} had to be cancelled because of the strike."
            f"\n\n{notice} will be held at 11am on 3 July 2026 at the Example Hall.\n"
        )
        assert kind_of("AGM 2026", body) is MessageKind.INVITATION


_ONLINE = (
    "Dear colleagues,\n\nThe Example Committee will meet online on 20 May 2026 at 14:00. "
    "{whom} will receive a separate invitation with the Zoom link.\n"
)


def test_you_will_receive_a_separate_invitation_is_said_to_the_invited() -> None:
    body = _ONLINE.format(whom="You")
    assert kind_of("Example Committee online meeting, 20 May 2026", body) is (
        MessageKind.INVITATION
    )


def test_guard_others_to_receive_an_invitation_invite_no_one_here() -> None:
    body = _ONLINE.format(whom="Parties to the placeholder dockets")
    assert kind_of("Example Committee online meeting, 20 May 2026", body) is not (
        MessageKind.INVITATION
    )


_SUMMIT = (
    "After consulting the member agencies, the organisers have decided on a full cancellation "
    "{what} scheduled for 14-15 May 2026 in Bangkok.\n"
)


def test_a_full_cancellation_of_the_summit_calls_it_off() -> None:
    body = _SUMMIT.format(what="of the Example Summit")
    assert kind_of("Example Summit 2026 - update", body) is MessageKind.CANCELLATION


def test_guard_full_cancellations_in_fee_terms_call_nothing_off() -> None:
    body = (
        "The Example Summit takes place on 14-15 May 2026 in Bangkok. Fees: 200 USD.\n"
        "Full cancellations (all days) before 1 May 2026 are refunded at 80%.\n"
    )
    assert kind_of("Example Summit 2026 - update", body) is not MessageKind.CANCELLATION
