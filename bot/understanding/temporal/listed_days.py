"""Days listed before the one that carries their month, as Thai writes a series: "คือวันที่
3/5/7 และ วันที่ 10 มิถุนายน" (the 3rd, 5th, 7th and 10th of June), "on 3/5 and 10 June".
The date patterns read the English list with commas ("on 3, 10 and 17 December"); this reads
the lists they do not: days apart by "/" and a "และ" or "and" before a date that repeats its
lead word, on this line or the next a PDF wraps it onto. Each listed day becomes a day of its
own, as the patterns make them."""

from __future__ import annotations

import dataclasses
import re
from itertools import pairwise

from bot.understanding.temporal.dates import DateHit
from bot.understanding.temporal.types import LISTED_DAY
from bot.understanding.temporal.weekdays import WEEKDAY_TH

# (the lead word may name the weekday: "วันเสาร์ที่ 23 และวันอาทิตย์ที่ 24 มีนาคม")
_LIST_BEFORE = re.compile(
    rf"(?:วัน(?:{WEEKDAY_TH})?ที่|(?<![A-Za-z])(?i:on))"
    r"[^\S\n]*+(?P<days>[0-9]{1,2}(?:[^\S\n]*+[/,][^\S\n]*+[0-9]{1,2})*)"
    r"[^\S\n]*+,?[^\S\n]*+(?:และ|(?<![A-Za-z])(?i:and)|&)[^\S\n]*+(?:\n[^\S\n]*+)?\Z"
)
_DAY = re.compile(r"[0-9]{1,2}")
# What joins the last listed day to the date (a plain find before the pattern is tried).
_JOINS = ("และ", "and", "AND", "And", "&")
# How far before a date its list may begin: "วันที่ 3/5/7/9 และ ".
_REACH = 40


def list_days(text: str, hits: list[DateHit]) -> list[DateHit]:
    """`hits` with the days listed before each single day, each a day of its own, in order."""
    out: list[DateHit] = []
    for hit in hits:
        start = hit.span[0]
        window = max(0, start - _REACH)
        m = (
            _LIST_BEFORE.search(text, window, start)
            if hit.last is None
            and hit.granularity == "day"
            and LISTED_DAY not in hit.reasons
            and any(text.find(word, window, start) >= 0 for word in _JOINS)
            else None
        )
        days = [] if m is None else list(_DAY.finditer(text, *m.span("days")))
        numbers = [int(d[0]) for d in days]
        if (
            not numbers
            or not all(a < b for a, b in pairwise([*numbers, hit.first.day]))
            or (out and out[-1].span[1] > days[0].start())
        ):
            out.append(hit)
            continue
        reasons = [*hit.reasons, LISTED_DAY]
        out += [
            dataclasses.replace(
                hit, span=d.span(), first=hit.first.replace(day=n), weekdays=(None, None),
                reasons=reasons,
            )
            for d, n in zip(days, numbers, strict=True)
        ]  # fmt: skip
        out.append(dataclasses.replace(hit, reasons=reasons))
    return out
