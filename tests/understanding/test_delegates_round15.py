"""Round fifteen's delegates and registration-deadline classes (tests/realmail/FAILURES.md,
"Round fifteen fixes (kinds20)"), in invented texts: a body's founding members told in its
history and a group named by the count it adds ("Example Plus Three") ask nobody; the deadline
sentence "The deadline for pre-registration is <day>" is read though a PDF wraps it over two
lines; a fee's deadline for those already pre-registered ("pre-registrants") is no
registration deadline. Guards: a count asked beside the history stays read, "one delegate plus
two advisers" still counts; a registration deadline on one line stays read."""

from __future__ import annotations

import datetime as dt

from bot.understanding.temporal.types import day_of
from tests.understanding.helpers import assert_under_review, meeting_of, value_of


def test_a_bodys_founding_members_ask_nobody() -> None:
    body = (
        "The second plenary session of the Example Assembly will be held on 10 April 2026.\n"
        "The Example Organisation, which was formed on 2 September 1977 in Example City, with "
        "five members: Country A, Country B, Country C, Country D and Country E, changed its "
        "name in 2006.\n"
    )
    assert value_of(meeting_of(body, "Example Assembly").delegates_requested) is None


def test_a_count_asked_beside_a_bodys_history_stays_read() -> None:
    body = (
        "The Example Organisation, which was formed in 1977 with five members, will hold its "
        "assembly on 10 May 2026.\n\n"
        "Each Member State is invited to nominate two delegates to the assembly.\n"
    )
    assert value_of(meeting_of(body, "Example Assembly").delegates_requested) == 2


def test_a_group_named_by_the_count_it_adds_asks_nobody() -> None:
    body = (
        "The Permanent Secretary attended the Example Senior Officials' Meeting and the Example "
        "Plus Three Senior Officials' Meeting in Example City on 6-7 March 2026.\n"
    )
    assert value_of(meeting_of(body, "Example SOM").delegates_requested) is None


def test_one_delegate_plus_two_advisers_still_counts() -> None:
    body = (
        "Each Member State is invited to send one delegate plus two advisers to the Example "
        "Meeting in Example City on 6-7 May 2026.\n"
    )
    assert value_of(meeting_of(body, "Example Meeting").delegates_requested) is not None


def _deadline_day(body: str) -> dt.date | None:
    deadline = meeting_of(body, "EX-2 Online Registration").registration_deadline
    return day_of(deadline.value) if deadline is not None else None


def test_a_deadline_sentence_wrapped_over_two_lines_is_read() -> None:
    body = (
        "Online pre-registration is needed for every participant in EX-2, Example City, 5-9 "
        "June 2026.\nThe link to the online system stays valid for later sessions. The "
        "deadline for\npre-registration is 19 May 2026.\n"
    )
    assert _deadline_day(body) == dt.date(2026, 5, 19)
    assert_under_review(meeting_of(body, "EX-2 Online Registration").registration_deadline)


def test_a_deadline_sentence_on_one_line_stays_read() -> None:
    body = (
        "Online pre-registration is needed for every participant in EX-2, Example City, 5-9 "
        "June 2026.\nThe deadline for pre-registration is 19 May 2026.\n"
    )
    assert _deadline_day(body) == dt.date(2026, 5, 19)


def test_a_fee_deadline_of_pre_registrants_is_no_registration_deadline() -> None:
    body = (
        "The Example Workshop will be held in Example City on 16-20 May 2026.\n"
        "Accepted participants are asked to pay the workshop fee by 10 April 2026. For "
        "pre-registrants that are admitted afterwards, the deadline becomes April 20th or ten "
        "days after they are told, whichever is later.\n"
    )
    assert value_of(meeting_of(body, "Example Workshop").registration_deadline) is None
