"""iCalendar objects (attached .ics files and inline text/calendar parts) as events."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from bot.reading.document import IcsEvent

__all__ = ["IcsResult", "events_text", "parse_calendar"]


@dataclass(frozen=True)
class IcsResult:
    events: tuple[IcsEvent, ...]
    warnings: tuple[str, ...] = ()


def _text(component: Any, name: str) -> str | None:
    value = component.get(name)
    return str(value) if value is not None else None


def _value(component: Any, name: str) -> Any:
    """The parsed value of a property, None when missing or malformed."""
    prop = component.get(name)
    try:
        return getattr(prop, "dt", None)
    except ValueError:  # icalendar's BrokenCalendarProperty: already listed in .errors
        return None


def _when(component: Any, name: str) -> dt.date | dt.datetime | None:
    when = _value(component, name)
    return when if isinstance(when, dt.date) else None


def _sequence(component: Any) -> int | None:
    try:
        return int(component.get("SEQUENCE"))
    except (TypeError, ValueError):
        return None


def parse_calendar(data: bytes) -> IcsResult:
    """Each VEVENT of the iCalendar data; a malformed calendar gives a warning and no events."""
    from icalendar import Calendar  # 40 ms to import, for the few messages that carry one

    try:
        calendar = Calendar.from_ical(data)
    except (ValueError, KeyError, IndexError, TypeError) as exc:
        return IcsResult((), (f"unreadable iCalendar data ({type(exc).__name__}: {exc})",))
    method = _text(calendar, "METHOD")
    events = []
    warnings: list[str] = []
    for vevent in calendar.walk("VEVENT"):
        warnings.extend(f"iCalendar {name}: {why}" for name, why in getattr(vevent, "errors", ()))
        start = _when(vevent, "DTSTART")
        end = _when(vevent, "DTEND")
        duration = _value(vevent, "DURATION")
        if end is None and start is not None and isinstance(duration, dt.timedelta):
            end = start + duration
        events.append(
            IcsEvent(
                uid=_text(vevent, "UID"),
                summary=_text(vevent, "SUMMARY"),
                start=start,
                end=end,
                location=_text(vevent, "LOCATION"),
                description=_text(vevent, "DESCRIPTION"),
                url=_text(vevent, "URL"),
                method=method,
                sequence=_sequence(vevent),
                status=_text(vevent, "STATUS"),
            )
        )
    if not events:
        warnings.append("iCalendar data holds no event")
    return IcsResult(tuple(events), tuple(warnings))


def events_text(events: tuple[IcsEvent, ...]) -> str:
    """The events as plain lines, so text-based extraction sees them too."""
    blocks = []
    for event in events:
        lines = [f"Event: {event.summary or ''}".rstrip()]
        if event.start is not None:
            lines.append(f"Start: {event.start.isoformat()}")
        if event.end is not None:
            lines.append(f"End: {event.end.isoformat()}")
        for label, value in (
            ("Location", event.location),
            ("URL", event.url),
            ("Description", event.description),
        ):
            if value:
                lines.append(f"{label}: {value}")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)
