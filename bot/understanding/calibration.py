"""Classes of value the blind starts found unreliable, held under the review threshold.

Every round's held-out part was scored once before anyone read it (docs/extraction.md, "the
blind start on testN"); benchmarks/blind_reliability.py scores the eight blind starts of rounds
seven to fourteen again against today's gold. On them 795 values were given at >= 0.8 and 52
were wrong (93.5 %), against the goal's 97 %, while the parts read since show none wrong: the
rules were mended against read texts, so only the blind starts say how a class of value does
on unseen mail. A class listed here was wrong there more than 3 % of the time, with enough
values that chance alone (a class right 97 % of the time) would give so many wrong less than
one time in twenty; its values stay under the threshold, so a person checks them. The classes
the blind starts show reliable (start and end days, but for those at their base whose year was
inferred or which a news story opens with; cities, countries, zones, meeting IDs, hybrid modes,
titles at 0.85 and above, deadlines at 0.95) keep their confidence. Passcodes
are not held: of the 17 the blind starts scored at >= 0.8, 5 wrong were passcodes not found,
scored at their session's confidence until calib20 (a miss now, as any value not found), and
of the 12 given, one was wrong (a word saying a password is required, which today's reader
takes for none): 11 of 12 is no proof of a class under 97 % (chance 0.31).

A value read from a scan is held here first, by the confidence its rule gave, and the scan's
doubt (bot.understanding.ocr_values) lowers it after: a count read from a scan is then no surer
than the same count typed (bot.understanding.extract, its last step).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

from bot.config.output_sections import REVIEW_THRESHOLD
from bot.understanding.fields.date_roles import DateSignal
from bot.understanding.record import Extracted, MeetingRecord, Mode
from bot.understanding.signals import said
from bot.understanding.temporal.assemble import ZONE_ASSUMED
from bot.understanding.temporal.years import YEAR_NOT_WRITTEN

HELD_AT = 0.75  # just under it: the value is shown, a person confirms it
UNRELIABLE_UNSEEN = "under review: values read this way were often wrong on mail not read before"


def blind_cap(
    key: str,
    confidence: float,
    reasons: tuple[str, ...],
    *,
    mode: str | None = None,
    linked: bool = False,
    timed: bool = False,
) -> float:
    """The confidence a value of record field `key` keeps: HELD_AT when its class is one the
    blind starts found unreliable at >= 0.8, else its own."""
    shown = round(confidence, 3)  # as the record is written: 0.7999999999999999 is 0.8
    if shown < REVIEW_THRESHOLD:
        return confidence
    return HELD_AT if _unreliable(key, shown, reasons, mode, linked, timed) else confidence


def _unreliable(
    key: str,
    confidence: float,
    reasons: tuple[str, ...],
    mode: str | None,
    linked: bool,
    timed: bool,
) -> bool:
    if key in ("title", "title_th"):
        # A title given 0.8 exactly (the subject-line and Thai-subject rules' base): 94 values
        # on the blind starts, 10 wrong (89 %); at 0.85, 28 with 2 wrong; at 0.9+, 15, none.
        return confidence < 0.85
    if key == "mode":
        # Online or in-person words at 0.9 with no meeting link or ID in the message: 68
        # values, 10 wrong (85 %): a meeting said to be cancelled, postponed or not convened, a
        # poster session online, a call online beside a meeting held in a city. Virtual with
        # the meeting's link or ID read from the message: 16, none wrong; hybrid at 0.85: 9,
        # none wrong.
        if mode == Mode.HYBRID or (mode == Mode.VIRTUAL and linked):
            return False
        return confidence < 0.95
    if key in ("start", "end") and confidence < 0.85 and _weakly_dated(reasons):
        return True
    if key == "start":
        # An hour whose zone was not written, read as Bangkok's: 39 values, 7 wrong (82 %): US,
        # European and Kyoto hours in English mail, an afternoon session's hour. An hour with
        # its zone written: 11, 1 wrong; a day without an hour is not concerned (166, 3 wrong).
        return timed and any(r.startswith(ZONE_ASSUMED) for r in reasons)
    if key == "registration_deadline":
        # A deadline at 0.85: 11 values, 2 wrong (a queue's closing day, a key-dates row of
        # another step); at 0.95: 21, none wrong.
        return confidence < 0.9
    # Delegates requested at >= 0.8: 13 values, 6 wrong (a count per association or per
    # group read as the whole's); a venue after a label: 5, 2 wrong (a sentence or a
    # paragraph after the label read as the place).
    return key in ("delegates_requested", "venue")


def _weakly_dated(reasons: tuple[str, ...]) -> bool:
    """Whether a day scored under 0.85 (its base, little else around it) rests on a guess the
    blind starts found often wrong (calib22, the eleven blind starts with today's other caps).
    A year not written but inferred from the message's date: 36 values, 8 wrong (78 %): the
    day of a schedule given up, another event's, the meeting a session prepares, a key date's
    deadline; at 0.85 and above, 58 with 1 wrong. The day a news story opens with: 10, 2 wrong
    (a story's "tomorrow" read against its own date, the story's day for a later meeting); at
    0.85 and above, 16, none. On the read parts neither class was wrong (33 and 17 values)."""
    return said(reasons, DateSignal.STORY_DAY) or any(
        r.startswith(YEAR_NOT_WRITTEN) for r in reasons
    )


_HELD_KEYS = (
    "title",
    "title_th",
    "start",
    "end",
    "mode",
    "venue",
    "registration_deadline",
    "delegates_requested",
)


def held_under_review(record: MeetingRecord) -> MeetingRecord:
    """The record with its values of an unreliable class under the threshold, the reason said."""
    changes: dict[str, Any] = {}
    for key in _HELD_KEYS:
        held = _held(key, getattr(record, key), linked=bool(record.online_meetings))
        if held is not None:
            changes[key] = held
    return replace(record, **changes) if changes else record


def _held(key: str, value: Extracted[Any] | None, *, linked: bool) -> Extracted[Any] | None:
    """The value held under review, None when it stays as it is."""
    if value is None:
        return None
    confidence = blind_cap(
        key,
        value.confidence,
        value.reasons,
        mode=str(value.value) if key == "mode" else None,
        linked=linked,
        timed=isinstance(value.value, dt.datetime),
    )
    if confidence == value.confidence:
        return None
    return replace(value, confidence=confidence, reasons=(*value.reasons, UNRELIABLE_UNSEEN))
