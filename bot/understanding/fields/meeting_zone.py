"""The zone of the meeting's time: as the text writes it beside the time, else the zone of the
venue's city or of an address, else (a Thai notice naming no place) the office's own."""

from __future__ import annotations

import datetime as dt
import re

from bot.understanding.cues import written_in_thai
from bot.understanding.fields.address_zone import ADDRESS_ZONE_CONFIDENCE, address_city_zone
from bot.understanding.fields.gazetteer import zone_of_place
from bot.understanding.fields.hours_zone import (
    HOURS_ZONE_CONFIDENCE,
    zone_of_dayless_hours,
    zone_of_next_hours,
)
from bot.understanding.fields.local_offset import LOCAL_OFFSET_CONFIDENCE, local_offset_zone
from bot.understanding.fields.text import MessageText
from bot.understanding.geo import zone_of_country
from bot.understanding.record import When
from bot.understanding.temporal.types import Temporal, day_of
from bot.understanding.temporal.zone_attach import REGION_LABEL_DOUBT, WRAPPED_ZONE_DOUBT
from bot.understanding.temporal.zone_words import EQUIVALENT_DOUBT, REGION_DOUBT
from bot.understanding.temporal.zones import NATION_DOUBT, ZONE_ANYWHERE, tzinfo_of

_ZONE_DOUBTS = frozenset(
    (REGION_DOUBT, EQUIVALENT_DOUBT, NATION_DOUBT, WRAPPED_ZONE_DOUBT, REGION_LABEL_DOUBT)
)
DOUBTED_ZONE_CONFIDENCE = 0.7
# The zone written beside the same day and hour elsewhere: the same time, most likely, but a
# person should look (a second meeting may share the hour in another zone).
SAME_HOUR_ZONE_CONFIDENCE = 0.7


def zone_stated(item: Temporal) -> bool:
    """Whether the text writes the zone of this date: in its words, or as a place after its
    time ("02:00 PM Jakarta") or a section's statement ("All times are Singapore time")."""
    if item.tz is None:
        return False
    if ZONE_ANYWHERE.search(item.text) is not None:
        return True
    return isinstance(item.start, dt.datetime) and not item.zone_assumed


def meeting_zone(
    text: MessageText,
    item: Temporal,
    default_tz: str,
    city: str | None,
    country: str | None,
    *,
    in_body: bool = True,
    letterhead: bool = False,
) -> tuple[str | None, float]:
    """The zone and how sure it is; `letterhead` says the city was read from the sender's
    header lines: a seat, not where a meeting the text says is held in another country is."""
    has_time = isinstance(item.start, dt.datetime)
    if zone_stated(item):
        # a zone read from a region's name alone, a nation's, or worked out from a Thai-time
        # equivalent
        doubted = any(why in _ZONE_DOUBTS for why in item.reasons)
        if doubted and (named := _same_offset(zone_of_place(city, country), item)) is not None:
            return named, DOUBTED_ZONE_CONFIDENCE  # "ณ นครนิวยอร์ก": New York's, by name
        if (over := _over_nation(item, city, country, letterhead)) is not None:
            return over, DOUBTED_ZONE_CONFIDENCE
        return item.tz, DOUBTED_ZONE_CONFIDENCE if doubted else 0.9
    if has_time and in_body and (again := _zone_of_same_hour(text, item)) is not None:
        return again, SAME_HOUR_ZONE_CONFIDENCE
    city_zone = zone_of_place(city, country)
    if city_zone and letterhead and _held_abroad(text, item, city_zone):
        city_zone = None
    if city_zone:
        return city_zone, 0.75
    if in_body and (hours_zone := zone_of_next_hours(text, item)) is not None:
        return hours_zone, HOURS_ZONE_CONFIDENCE
    if in_body and city is None and (address := address_city_zone(text, item.span[1])):
        return address[0], ADDRESS_ZONE_CONFIDENCE
    if (
        in_body
        and not has_time
        and (day := day_of(item.start)) is not None
        and (dayless := zone_of_dayless_hours(text, item, day)) is not None
    ):
        return dayless, HOURS_ZONE_CONFIDENCE
    if has_time and in_body and (local := local_offset_zone(text.plain)) is not None:
        return local, LOCAL_OFFSET_CONFIDENCE
    if has_time and written_in_thai(item.text):
        # a Thai notice that names no place is read where its readers are; an English one
        # may be anywhere: its zone is not guessed
        return default_tz, 0.5
    return None, 0.0


def _zone_of_same_hour(text: MessageText, item: Temporal) -> str | None:
    """The one zone written with the same day and hour elsewhere in the text: "On Monday,
    August 17 at 7:30 P.M. … the council will meet" above "When: Aug 17 07:30 PM Eastern Time"."""
    assert isinstance(item.start, dt.datetime)
    wall = item.start.replace(tzinfo=None)
    zones = {
        other.tz
        for other in text.temporals
        if other.tz is not None
        and isinstance(other.start, dt.datetime)
        and other.start.replace(tzinfo=None) == wall
        and not other.zone_assumed
        and zone_stated(other)
    }
    return zones.pop() if len(zones) == 1 else None


def _over_nation(
    item: Temporal, city: str | None, country: str | None, letterhead: bool
) -> str | None:
    """The written city's zone where the item's was read from a nation's time that the city
    does not keep: "10:00 Samoa Standard Time in Pago Pago" is American Samoa's name for its
    own time (UTC-11), not Samoa's (UTC+13). Not a letterhead's city: the sender's seat is
    not where the time is kept."""
    if NATION_DOUBT not in item.reasons or letterhead:
        return None
    return zone_of_place(city, country)


def meeting_in_zone(value: When | None, zone: str | None, item: Temporal) -> When | None:
    """`in_zone`, and a nation's time `meeting_zone` gave the written city's zone instead is
    wall-clock time in that city."""
    if isinstance(value, dt.datetime) and zone is not None and NATION_DOUBT in item.reasons:
        return value.replace(tzinfo=tzinfo_of(zone))
    return in_zone(value, zone, item)


def _same_offset(zone: str | None, item: Temporal) -> str | None:
    """The place's zone, when a fixed offset read for the item is that zone's on its day."""
    if zone is None or item.tz is None or not isinstance(item.start, dt.datetime):
        return None
    same = tzinfo_of(zone).utcoffset(item.start) == item.start.utcoffset()
    return zone if same else None


def in_zone(value: When | None, zone: str | None, item: Temporal) -> When | None:
    """A time written without a zone is wall-clock time where the meeting is."""
    if not isinstance(value, dt.datetime) or zone is None or zone_stated(item):
        return value
    return value.replace(tzinfo=tzinfo_of(zone))


# "to be held in Japan from 17.10.2027": the country the meeting is held in, named.
_HELD_IN = re.compile(
    r"(?:held|take\s+place|conducted)\s+in\s+(?P<country>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)"
)


def _held_abroad(text: MessageText, item: Temporal, seat_zone: str) -> bool:
    """Whether the text says a meeting with no hour written is held in a country of another
    zone than the sender's seat."""
    at = item.start
    # ("October 01, 2012 00:00": a page's date field leaves midnight, no meeting's hour)
    if isinstance(at, dt.datetime) and (at.hour, at.minute) != (0, 0):
        return False
    return any(
        (zone := zone_of_country(m["country"])) is not None and zone != seat_zone
        for m in _HELD_IN.finditer(text.plain)
    )
