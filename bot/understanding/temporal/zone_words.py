"""Zones said after a time without the forms zones.py reads, each a reading to review:

- a North American region alone, in brackets or closing the clause: "2:00pm (Eastern)", "at
  7pm Pacific.", "3:00 PM North American Eastern", "12:00PM US/Eastern" ("Eastern" alone
  elsewhere is a hall or a province: only right after a time);
- the same hour given in Thai time beside it: "เวลา 10.00 น. (21.00 น. ตามเวลาในประเทศไทย)",
  which fixes the local offset (Bangkok's less the difference).
"""

from __future__ import annotations

import datetime as dt
import re

from bot.understanding.temporal.digits import DIGIT, number
from bot.understanding.temporal.zone_attach import WrittenZone
from bot.understanding.temporal.zones import MOST_OFFSET_MINUTES, US_REGION_ZONES

_REGION_ALONE = re.compile(
    r"[^\S\n]*+(?P<open>\()?[^\S\n]*+(?i:north\s{1,3}american\s{1,3}|u\.?s\.?(?:\s{1,3}|/))?"
    r"(?P<region>(?i:eastern|pacific|central|mountain))"
    r"(?(open)[^\S\n]*+\)|(?=[^\S\n]*+(?:[\n.,;)]|\Z)))"
)
# (a PDF may break the line after "North American")
REGION_DOUBT = "a region named without 'time' after the hour: North America's read"
# (a PDF may break the line anywhere inside the brackets)
_THAI_EQUIVALENT = re.compile(
    rf"[^\S\n]*+\(\s{{0,3}}(?P<h>{DIGIT}{{1,2}})[.:](?P<m>{DIGIT}{{2}})\s{{0,3}}(?:น\.|นาฬิกา)?"
    r"\s{0,3}(?:ตาม)?เวลา(?:ใน|ของ)?\s{0,3}(?:ประเทศ)?ไทย\s{0,3}\)"
)
EQUIVALENT_DOUBT = "the zone worked out from the same hour given in Thai time"
_BANGKOK_OFFSET_MINUTES = 7 * 60
_DAY_MINUTES = 24 * 60


def region_after(text: str, pos: int) -> WrittenZone | None:
    """ "(Eastern)" or "Pacific" closing the clause right after the time ending at `pos`."""
    m = _REGION_ALONE.match(text, pos)
    if m is None:
        return None
    return WrittenZone(US_REGION_ZONES[m["region"].lower()], pos, m.end(), REGION_DOUBT)


def thai_equivalent(text: str, pos: int, local: dt.time) -> WrittenZone | None:
    """The fixed offset of a time written at `local` whose Thai-time equivalent follows in
    brackets at `pos`: "10.00 น. (21.00 น. ตามเวลาในประเทศไทย)" is UTC-04:00."""
    m = _THAI_EQUIVALENT.match(text, pos)
    if m is None or number(m["h"]) > 23 or number(m["m"]) > 59:
        return None
    difference = (number(m["h"]) * 60 + number(m["m"])) - (local.hour * 60 + local.minute)
    # the other side of the date line is the nearer: a difference of 21 hours is -3
    difference = (difference + _DAY_MINUTES // 2) % _DAY_MINUTES - _DAY_MINUTES // 2
    offset = _BANGKOK_OFFSET_MINUTES - difference
    if difference == 0:
        return WrittenZone("Asia/Bangkok", pos, m.end())
    if abs(offset) > MOST_OFFSET_MINUTES:
        return None
    sign = "+" if offset >= 0 else "-"
    zone = f"UTC{sign}{abs(offset) // 60:02d}:{abs(offset) % 60:02d}"
    return WrittenZone(zone, pos, m.end(), EQUIVALENT_DOUBT)
