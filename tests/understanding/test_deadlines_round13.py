"""Round thirteen's registration-deadline class (tests/realmail/FAILURES.md, "Round thirteen
fixes (kinds17)"), in an invented text of the class's shape: the deadline for submitting one's
application is a registration deadline, under review; and the guard: a programme's line for
one track's application is not read."""

from __future__ import annotations

import datetime as dt

from bot.understanding.record import Extracted
from bot.understanding.temporal.types import day_of
from tests.understanding.helpers import assert_under_review, meeting_of


def _deadline(lines: tuple[str, ...], subject: str) -> Extracted[str] | None:
    return meeting_of("\n".join(lines) + "\n", subject).registration_deadline


def test_the_deadline_for_the_submission_of_the_application_is_read_under_review() -> None:
    lines = (
        "The Example Training Workshop will be held in Example City on 2-3 June 2026.",
        "Judges and lawyers may apply to take part.",
        "The deadline for the submission of your application is 30 April 2026.",
    )
    deadline = _deadline(lines, "Example Training Workshop")
    assert_under_review(deadline)
    assert deadline is not None
    assert day_of(deadline.value) == dt.date(2026, 4, 30)


def test_a_programmes_application_line_for_a_track_is_not_the_registration() -> None:
    lines = (
        "Example Conference 2026, Example City, 9-11 June 2026",
        "Important dates",
        "Sun 19 April 2026: Submission deadline for application for Example Consortium",
    )
    assert _deadline(lines, "Example Conference 2026") is None
