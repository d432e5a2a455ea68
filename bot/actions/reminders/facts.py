"""The values people act on, as they read them: dates and times, the venue, links,
deadlines. A notice compares them with what the chat was last told to say, value
by value, what a follow-up changed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from bot.actions.calendar.text import platform_name
from bot.actions.clock import people_when
from bot.actions.reminders.deadlines import local_date
from bot.actions.reminders.messages import TARGET_NAMES, grouped, target_key_name
from bot.actions.reminders.plan import Target
from bot.meetings.field_names import MODE_NAMES, STATUS_NAMES, chat_name
from bot.meetings.meeting import Meeting
from bot.understanding.record import Platform

STATUS = "สถานะ (Status)"
DATES = "วันประชุม (Dates)"
VENUE = "สถานที่ (Venue)"
REGISTER_AT = "ลงทะเบียนที่ (Register at)"
LINK = "ลิงก์ (Link)"
NONE = "(ไม่มี; none)"
WITHHELD = "(รอการอนุมัติ; held for approval)"


@dataclass(frozen=True)
class Facts:
    """What the chat is told of a meeting: values by the label they are shown with, and
    the reminders' targets by their key ("registration", "dry-run-2"), each as said."""

    values: dict[str, str]
    targets: dict[str, str]


@dataclass(frozen=True)
class Change:
    label: str
    old: str | None
    new: str | None
    target: str | None = None  # the key of the reminder target that changed


def meeting_facts(meeting: Meeting, targets: Sequence[Target], tz: ZoneInfo) -> Facts:
    record = meeting.record
    facts = {STATUS: meeting.status.value}
    if record.start is not None:
        facts[DATES] = span(record.start.value, record.end.value if record.end else None, tz)
    where = ", ".join(f.value for f in (record.venue, record.city, record.country) if f)
    if where:
        facts[VENUE] = where
    dues = {}
    for target in targets:
        when = people_when(target.due, tz)
        if target.opens is not None:
            when = f"{people_when(target.opens, tz)} ถึง {when}"
        dues[target.key] = when
    for session in record.online_meetings:
        parts = [
            session.url or "",
            f"Meeting ID: {grouped(session.meeting_id)}" if session.meeting_id else "",
            f"Passcode: {session.passcode}" if session.passcode else "",
        ]
        facts[f"{LINK} {session.label.value}"] = " · ".join(p for p in parts if p)
    if record.registration_url is not None:
        facts[REGISTER_AT] = record.registration_url.value
    return Facts(facts, dues)


def is_target(change: Change) -> bool:
    return change.target is not None


def said_labels(changed: Sequence[Change]) -> list[str]:
    """Each change's label as the notice says it: a target's key ("[meeting]") only where
    two targets of one name changed together, to keep them apart."""
    names = [c.label for c in changed]
    return [
        f"{change.label} [{change.target}]"
        if change.target is not None and names.count(change.label) > 1
        else change.label
        for change in changed
    ]


def changes(old: Facts, new: Facts) -> list[Change]:
    """Value by value, old → new: the meeting's own values, then its reminders' targets."""
    return [
        *(
            Change(label, before, after)
            for label, before, after in _differing(old.values, new.values)
        ),
        *(
            Change(target_key_name(key), before, after, target=key)
            for key, before, after in _differing(old.targets, new.targets)
        ),
    ]


def _differing(
    old: Mapping[str, str], new: Mapping[str, str]
) -> list[tuple[str, str | None, str | None]]:
    return [
        (key, old.get(key), new.get(key))
        for key in dict.fromkeys([*new, *old])
        if old.get(key) != new.get(key)
    ]


def shown(change: Change, value: str | None, approved: bool) -> str:
    """A value for the notice: a link of mail not yet approved may be phishing."""
    if value is None:
        return NONE
    if not approved and change.label.startswith((LINK, REGISTER_AT)):
        return WITHHELD
    if change.label == STATUS and value in STATUS_NAMES:
        # The facts keep the status's code, so what the chat was told compares as before.
        return chat_name(STATUS_NAMES[value])
    return value


def stored_words(stored: Any, tz: ZoneInfo) -> str:
    """A field's stored value (as a correction keeps it) in the words of the chat: dates
    and times as people read them, Bangkok time first; each deadline with its name."""
    inner = stored
    while isinstance(inner, dict) and "value" in inner:  # {"value": {"value": ..., "source": ...}}
        inner = inner["value"]
    if isinstance(inner, list):
        return "; ".join(_item_words(item, tz) for item in inner)
    if inner is None:
        return ""
    text = str(inner)
    if text in MODE_NAMES:
        return chat_name(MODE_NAMES[text])
    return _when_words(text, tz) or text


def _item_words(item: Any, tz: ZoneInfo) -> str:
    if not isinstance(item, dict):
        return str(item)
    if item.get("due"):
        kind = str(item.get("kind") or "other")
        return f"{TARGET_NAMES.get(kind, kind)}: {_when_words(str(item['due']), tz)}"
    if "platform" in item:
        return _session_words(item)
    return str(item.get("value") or item)


def _session_words(item: dict[str, Any]) -> str:
    """An online session as the chat names it: its link, else its platform, ID and passcode
    (a session corrected without a link would otherwise be shown as raw data)."""
    if item.get("url"):
        return str(item["url"])
    try:
        platform = platform_name(Platform(str(item.get("platform"))))
    except ValueError:
        platform = platform_name(Platform.OTHER)
    words = [f"ประชุมออนไลน์ ({platform})"]
    if item.get("meeting_id"):
        words.append(f"ID {item['meeting_id']}")
    if item.get("passcode"):
        words.append(f"รหัสผ่าน (passcode) {item['passcode']}")
    return " ".join(words)


def _when_words(text: str, tz: ZoneInfo) -> str:
    """'วันพุธที่ 3 มีนาคม 2570 เวลา 09.30 น. เวลาประเทศไทย' for an ISO date or time, else ''."""
    try:
        moment: dt.date = (
            dt.datetime.fromisoformat(text) if "T" in text else dt.date.fromisoformat(text)
        )
    except ValueError:
        return ""
    if isinstance(moment, dt.datetime) and moment.tzinfo is None:
        moment = moment.replace(tzinfo=tz)
    return people_when(moment, tz)


def span(start: dt.date | dt.datetime, end: dt.date | dt.datetime | None, tz: ZoneInfo) -> str:
    if end is None or local_date(end, tz) == local_date(start, tz):
        return people_when(start, tz)
    return f"{people_when(start, tz)} ถึง {people_when(end, tz)}"
