"""The days a delegate travels for a meeting abroad, as the seeds write them: "ระหว่างวันที่
๑๕-๑๘ ธันวาคม ๒๕๖๘ (รวมวันเดินทาง)". From the organiser's note when it gives the stay
(check-in and check-out, arrival and departure), else by the office's rule of days before
and after the meeting."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

_DAY = r"(\d{1,2}\s+[A-Z][a-z]+\s+\d{4})"
# "from 15 December 2025 (check-in) to 18 December 2025 (check-out)"
_CHECK_IN_OUT = re.compile(
    _DAY + r"\s*\(check[\s-]?in\).{0,40}?" + _DAY + r"\s*\(check[\s-]?out\)", re.I | re.S
)
# "arrival on 15 December 2025 and departure on 18 December 2025"
_ARRIVE_DEPART = re.compile(
    r"arriv(?:al|e)\s+(?:on\s+)?" + _DAY + r".{0,60}?depart(?:ure)?\s+(?:on\s+)?" + _DAY,
    re.I | re.S,
)


@dataclass(frozen=True)
class Stay:
    arrive: dt.date
    leave: dt.date

    @property
    def nights(self) -> int:
        return (self.leave - self.arrive).days


def stay_in(text: str | None) -> Stay | None:
    """The stay the organiser's note states, or None."""
    if not text:
        return None
    for pattern in (_CHECK_IN_OUT, _ARRIVE_DEPART):
        if found := pattern.search(text):
            try:
                arrive, leave = (dt.datetime.strptime(found[i], "%d %B %Y").date() for i in (1, 2))
            except ValueError:
                continue
            if arrive <= leave:
                return Stay(arrive, leave)
    return None


def travel_days(
    start: dt.date, end: dt.date | None, stay: Stay | None, days_around: int
) -> tuple[dt.date, dt.date]:
    """First and last day away: the stated stay, else `days_around` days each side."""
    if stay is not None:
        return stay.arrive, stay.leave
    margin = dt.timedelta(days=days_around)
    return start - margin, (end or start) + margin
