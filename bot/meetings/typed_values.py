"""What a person types into a correction, read the way a Thai officer writes it.

Officers write the Buddhist era ("2570-03-03" is 3 March 2027) and Thai digits as often
as not; a year read as 2570 CE would move the meeting five centuries without a word.
Deadlines are typed a line each ("nomination 2027-02-19 17:00", "ลงทะเบียน ๒๕๗๐-๐๒-๑๓"),
not as JSON, which stays accepted for the command line's old habits.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any
from zoneinfo import ZoneInfo

from bot.meetings.field_names import DEADLINE_NAMES, MODE_NAMES
from bot.reading.thai_digits import to_arabic_digits
from bot.understanding.browser_url import browser_host, misread
from bot.understanding.temporal.years import BE_OFFSET, read_year

_DEADLINE_LINE = re.compile(
    r"^\s*(?P<kind>.+?)\s*[:：]?\s+(?P<when>[\d๐-๙][\d๐-๙\-/ :.]*(?:น\.)?)\s*$"
)

# Two times joined by a hyphen, as officers write a meeting's hours ("09.30-12.00 น.").
_SPAN_OF_HOURS = re.compile(r"\d\s*-\s*\d")

# The years a meeting's date (or a deadline's) is typed in, around this year: last
# year's meeting is still corrected for its report; invitations come months, at most a
# year or two, ahead. "2507" (a slip for 2570, CE 1964) is outside, and not stored.
MEETING_YEARS_BACK = 2
MEETING_YEARS_AHEAD = 3


class TypedValueError(ValueError):
    """Text that does not read as the field's value; the message says what was expected."""


def typed_when(text: str, zone: str, *, today: dt.date) -> str:
    """ISO 8601 of a day ("2027-03-05", "2570-03-05") or a moment ("2027-03-05 09:00",
    "09.00" too, read in `zone` unless it carries an offset, "+08:00" or "Z": one after a
    hyphen reads as a span of hours and is refused); Thai digits and Buddhist-era years
    are taken as written, and a year no meeting around `today` has is refused."""
    plain = to_arabic_digits(text.strip()).replace("T", " ")
    day_text, _, time_text = plain.partition(" ")
    day = _typed_day(day_text, text)
    check_meeting_year(day, text, today)
    time_text = time_text.strip().removesuffix("น.").strip().replace(".", ":")
    if not time_text:
        return day.isoformat()
    if _SPAN_OF_HOURS.search(time_text):
        # ISO would read "09:30-12:00" as 09:30 at UTC-12; a zone goes in the zone field.
        raise TypedValueError(
            f"{text!r}: เวลาเริ่มเท่านั้น เวลาสิ้นสุดใส่ในช่อง “สิ้นสุด” / "
            "one time: the hour it ends goes in End"
        )
    try:
        moment = dt.datetime.fromisoformat(f"{day.isoformat()}T{time_text.zfill(5)}")
    except ValueError as exc:
        raise TypedValueError(f"{text!r}: เวลาเป็น ชช:นน / a time as HH:MM") from exc
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=_zone(zone))
    return moment.isoformat()


def typed_zone(text: str) -> str:
    """The organiser's zone by its IANA name: a name no zone has would be kept and then
    passed over wherever times are shown."""
    return _zone(text.strip()).key


def _zone(name: str) -> ZoneInfo:
    # ZoneInfo refuses an unknown name with a KeyError, which callers take for an
    # unknown meeting.
    try:
        return ZoneInfo(name)
    except (KeyError, ValueError) as exc:
        raise TypedValueError(
            f"{name!r}: เขตเวลาเป็นชื่อ IANA เช่น Asia/Bangkok / a zone's IANA name, e.g. Asia/Bangkok"
        ) from exc


def _typed_day(day_text: str, text: str) -> dt.date:
    """The year goes to CE before the day is checked: 2567-02-29 is 29 February 2024,
    though 2567 read as CE is no leap year. A year neither era makes a meeting's (2399,
    CE 1856) is refused, not stored."""
    year = day_text[:4]
    ce = read_year(year, era=None, thai=False) if year.isascii() and year.isdigit() else None
    try:
        if ce is None:
            raise ValueError(year)
        return dt.date.fromisoformat(f"{ce[0]}{day_text[4:]}")
    except ValueError as exc:
        raise TypedValueError(
            f"{text!r}: วันที่เป็น ปปปป-ดด-วว / a date as YYYY-MM-DD (พ.ศ. or CE)"
        ) from exc


def check_meeting_year(day: dt.date, text: str, today: dt.date) -> None:
    first, last = today.year - MEETING_YEARS_BACK, today.year + MEETING_YEARS_AHEAD
    if first <= day.year <= last:
        return
    raise TypedValueError(
        f"{text!r}: ปี พ.ศ. {day.year + BE_OFFSET} (ค.ศ. {day.year}) ไม่ใช่ปีของการประชุม "
        f"รับปี พ.ศ. {first + BE_OFFSET}–{last + BE_OFFSET} / year {day.year} "
        f"(BE {day.year + BE_OFFSET}) cannot be a meeting's: {first} to {last}"
    )


# What officers type for a mode besides its full names: the short Thai words and the
# English of meeting notices.
_MODE_SHORT_FORMS = {
    "ออนไลน์": "virtual",
    "ประชุมทางไกล": "virtual",
    "ไฮบริด": "hybrid",
    "ผสม": "hybrid",
    "ณ สถานที่": "in_person",
    "สถานที่จริง": "in_person",
    "onsite": "in_person",
    "on-site": "in_person",
    "in-person": "in_person",
}


def typed_mode(text: str) -> str:
    """The mode's code from its code, its English or its Thai name, or a short form."""
    wanted = " ".join(text.lower().split())
    for code, (thai, english) in MODE_NAMES.items():
        if wanted in (code, thai, english.lower(), code.replace("_", " ")):
            return code
    if wanted in _MODE_SHORT_FORMS:
        return _MODE_SHORT_FORMS[wanted]
    names = ", ".join(f"{thai} / {english}" for thai, english in MODE_NAMES.values())
    raise TypedValueError(f"{text!r}: เลือกหนึ่งใน / one of: {names}")


def typed_url(text: str) -> str:
    """A web address people can open: http(s), a host, read alike by a browser and by
    meetbot (a link the two read differently is how phishing passes)."""
    url = text.strip()
    scheme = url.partition(":")[0].lower()
    if (scheme in ("http", "https") and browser_host(url)) and misread(url):
        raise TypedValueError(
            f"{text!r}: เบราว์เซอร์จะพาไปคนละที่กับที่อ่านได้ / a browser would go elsewhere: {misread(url)}"
        )
    if scheme not in ("http", "https") or any(c.isspace() for c in url) or not browser_host(url):
        raise TypedValueError(
            f"{text!r}: ลิงก์ต้องเป็นที่อยู่เว็บที่ขึ้นต้นด้วย https:// หรือ http:// / "
            "a web address starting https:// or http://"
        )
    return url


def typed_count(text: str) -> int:
    """A number of people, in Arabic or Thai digits."""
    plain = to_arabic_digits(text.strip())
    if not (plain.isascii() and plain.isdigit() and int(plain) > 0):
        raise TypedValueError(f"{text!r}: จำนวนคนเป็นตัวเลข เช่น 2 หรือ ๒ / a number of people, e.g. 2")
    return int(plain)


def typed_deadlines(text: str, zone: str, *, today: dt.date) -> list[dict[str, Any]]:
    """A deadline a line (or `;` between them): its kind by code or Thai name, then when."""
    items = []
    for line in re.split(r"[;\n]", text):
        if not line.strip():
            continue
        found = _DEADLINE_LINE.match(line)
        kind = _deadline_kind(found["kind"]) if found else None
        if found is None or kind is None:
            kinds = ", ".join(f"{thai} ({code})" for code, (thai, _) in DEADLINE_NAMES.items())
            raise TypedValueError(
                f"{line.strip()!r}: ชนิดแล้ววันที่ เช่น “ลงทะเบียน 2570-02-13 17:00” / "
                f"a kind and a date, e.g. “registration 2027-02-13 17:00”; kinds: {kinds}"
            )
        due = typed_when(found["when"], zone, today=today)
        items.append({"kind": kind, "due": due, "relative": None})
    return items


def _deadline_kind(text: str) -> str | None:
    wanted = text.strip().lower()
    for code, (thai, english) in DEADLINE_NAMES.items():
        if wanted in (code, thai, english):
            return code
    return None
