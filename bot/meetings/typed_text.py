"""A stored value written the way an officer types it, to fill the correction form.

The inverse of bot.meetings.typed_values: what this writes, read back in the same zone,
is the value it came from, so correcting one deadline among five means editing one line
rather than typing the other four again.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any
from zoneinfo import ZoneInfo

from bot.meetings.field_names import DEADLINE_NAMES, MODE_NAMES
from bot.understanding.temporal.years import BE_OFFSET

_KEPT_BY_THE_STORE = ("source", "confidence", "needs_review", "reasons")


def typed_text(field: str, stored: Any, zone: str) -> str:
    """`stored` is the record's JSON for `field`; times are written in `zone`, the zone
    the form reads them in. Empty when there is nothing to edit."""
    if field in ("online_meetings", "deadlines"):
        return _items_text(field, stored or [], zone)
    value = stored.get("value") if isinstance(stored, dict) else None
    if value is None:
        return ""
    if field in ("start", "end", "registration_deadline"):
        return _when_text(str(value), zone)
    if field == "mode":
        return MODE_NAMES[value][0] if value in MODE_NAMES else str(value)
    return str(value)


def _when_text(iso: str, zone: str) -> str:
    if "T" not in iso:
        return _day_text(dt.date.fromisoformat(iso))
    moment = dt.datetime.fromisoformat(iso)
    try:
        local = moment.astimezone(ZoneInfo(zone))
    except (KeyError, ValueError):  # a zone the form will refuse: the moment as stored
        return f"{_day_text(moment.date())} {moment.isoformat(timespec='minutes')[11:]}"
    return f"{_day_text(local.date())} {local:%H:%M}"


def _day_text(day: dt.date) -> str:
    return f"{day.year + BE_OFFSET}-{day:%m-%d}"


def _items_text(field: str, items: list[dict[str, Any]], zone: str) -> str:
    # A deadline meetbot derived is derived again after the correction, not typed.
    plain = [
        {k: v for k, v in item.items() if k not in _KEPT_BY_THE_STORE}
        for item in items
        if not item.get("derived")
    ]
    lines = [_deadline_line(item, zone) for item in plain] if field == "deadlines" else []
    if lines and all(lines):
        return "; ".join(line for line in lines if line)
    # Online sessions, and a deadline counted from another day, have no typed form.
    return json.dumps(plain, ensure_ascii=False) if plain else ""


def _deadline_line(item: dict[str, Any], zone: str) -> str | None:
    kind, due = item.get("kind"), item.get("due")
    if kind not in DEADLINE_NAMES or due is None or item.get("relative"):
        return None
    return f"{DEADLINE_NAMES[kind][0]} {_when_text(str(due), zone)}"
