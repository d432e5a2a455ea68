"""Thai forms for what meetbot writes: Thai digits, Thai month names, Buddhist-era years."""

from __future__ import annotations

import datetime as dt

from bot.reading.thai_digits import to_thai_digits as thai_digits
from bot.reading.thai_months import THAI_MONTHS

BE_OFFSET = 543  # Buddhist era = Common era + 543

THAI_MONTHS_ABBR = (
    "ม.ค.",
    "ก.พ.",
    "มี.ค.",
    "เม.ย.",
    "พ.ค.",
    "มิ.ย.",
    "ก.ค.",
    "ส.ค.",
    "ก.ย.",
    "ต.ค.",
    "พ.ย.",
    "ธ.ค.",
)
# Monday first, as datetime.weekday() counts.
THAI_WEEKDAYS = ("จันทร์", "อังคาร", "พุธ", "พฤหัสบดี", "ศุกร์", "เสาร์", "อาทิตย์")


def thai_date(
    day: dt.date, *, digits: bool = True, weekday: bool = False, abbreviated: bool = False
) -> str:
    """'๓๐ กันยายน ๒๕๖๘'; with weekday 'วันอังคารที่ ๓๐ กันยายน ๒๕๖๘'; abbreviated
    '๓๐ ก.ย. ๒๕๖๘', the short form a table of dates reads."""
    months = THAI_MONTHS_ABBR if abbreviated else THAI_MONTHS
    text = f"{day.day} {months[day.month - 1]} {day.year + BE_OFFSET}"
    if weekday:
        text = f"วัน{THAI_WEEKDAYS[day.weekday()]}ที่ {text}"
    return thai_digits(text) if digits else text


def thai_time(moment: dt.time | dt.datetime, *, digits: bool = True) -> str:
    """'๐๙.๓๐ น.' : the official form uses a dot and น. (นาฬิกา)."""
    text = f"{moment.hour:02d}.{moment.minute:02d} น."
    return thai_digits(text) if digits else text
