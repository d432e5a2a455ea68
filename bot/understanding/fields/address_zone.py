"""The zone of a venue's city named only in its address's postcode line ("1211 Geneva",
"Kuala Lumpur 50480") or as a US town and its state ("…, Springfield, Illinois"), for a meeting
whose text states no zone and names no city elsewhere."""

from __future__ import annotations

import re

from bot.understanding.fields.text import MessageText, sentence_end, sentence_start
from bot.understanding.geo import (
    us_states,
    us_town_zone,
    zone_of_city,
    zone_of_us_state,
)
from bot.understanding.prefilter import LineStart

# A line of an address that is a postcode and a city, alone or after the street: "1211 Geneva",
# "Example Street 12, 1211 Geneva 20", "Kuala Lumpur 50480", "CH-1211 Genève".
_CITY = r"[A-Z][A-Za-zÀ-ÿ'’.-]++(?:[^\S\n][A-Z][A-Za-zÀ-ÿ'’.-]++){0,2}"
_POSTCODE_LINE = LineStart(
    rf"^(?:[^\n,]{{0,60}},[^\S\n]*+)?(?:"
    rf"(?:[A-Z]{{1,2}}-)?[0-9]{{4,6}}[^\S\n]++(?P<after>{_CITY})(?:[^\S\n]++[0-9]{{1,2}})?"
    rf"|(?P<before>{_CITY})[^\S\n]++[0-9]{{5,6}})"
    rf"[^\S\n]*+,?[^\S\n]*+$",
)
# A US town and its state after it, in a line or a sentence: "…, 100 Example Road, Springfield,
# Illinois." (the state's name; its postal code only before a ZIP: "Springfield, IL 62701").
# The state is looked ahead at, so that the town before one may be the next match's. (A town's
# words hold no stop, and begin at a word's start: a run across sentences took seconds.)
# (fast-r23: the capital first and the character before it looked behind from there, so that
# the engine skips to the next capital rather than trying the pattern at every character)
_TOWN = r"[A-Z](?<![A-Za-zÀ-ÿ'’.-].)[A-Za-zÀ-ÿ'’-]++(?:[^\S\n][A-Z][A-Za-zÀ-ÿ'’-]++){0,2}"
_US_TOWN_STATE = re.compile(
    rf"(?P<town>{_TOWN}),[^\S\n]*+(?=(?P<state>[A-Z][a-z]+(?:[^\S\n][A-Z][a-z]+)?)(?![A-Za-z])"
    rf"|(?P<code>[A-Z]{{2}})[^\S\n]++[0-9]{{5}}(?![0-9]))"
)
# A venue's address follows the meeting's day in a notice; a letterhead's stands above it,
# unless a "Venue" heading or label stands just above the address ("Venue of the meeting" /
# "Example Headquarters" / "00153 Rome" / "Schedule" / "opened at 9:00 a.m. on ...").
ADDRESS_ZONE_CONFIDENCE = 0.6
_VENUE_LABEL = re.compile(r"\bvenue\b", re.IGNORECASE)
VENUE_LABEL_REACH = 200


def address_city_zone(text: MessageText, after: int) -> tuple[str, str] | None:
    """The zone of the first postcode line's city after `after`, or else of one before it
    under a venue's label, and the line as written."""
    if any(c.isdigit() for c in text.plain[after:]):
        for m in _POSTCODE_LINE.finditer(text.plain, after):
            zone = zone_of_city(m["after"] or m["before"])
            if zone is not None:
                return zone, m.group().strip()
    if (us_town := _us_town_of_venue(text, after)) is not None:
        return us_town
    for m in _POSTCODE_LINE.finditer(text.plain, 0, after):
        above = text.plain[max(0, m.start() - VENUE_LABEL_REACH) : m.start()]
        if _VENUE_LABEL.search(above) and (zone := zone_of_city(m["after"] or m["before"])):
            return zone, m.group().strip()
    return None


# A webinar's day: a speaker's university's town is not where it is held (round twenty-two,
# whole-change review).
_ONLINE = re.compile(
    r"\b(?:online|virtual(?:ly)?|webinar|zoom|webex|(?:microsoft|ms)\s+teams)\b", re.IGNORECASE
)

# A US public notice's own town, on the line under its "Dated:" line (its body's seat, whose
# clock its meeting keeps, online too: "Dated: July 10, 2020" / "Monroe, New York").
_DATED_AT = re.compile(r"(?im)^[^\S\n]*dated\b[^\n]*\n[^\S\n]*\Z")


def _us_town_of_venue(text: MessageText, after: int) -> tuple[str, str] | None:
    """A US town and its state in the sentence of the day ending at `after`, or under a venue's
    label after it: a speaker's or a partner office's town in a later sentence is not the
    venue's (round twenty-two, whole-change review)."""
    plain = text.plain
    end = sentence_end(plain, after, len(plain))
    if _ONLINE.search(plain, sentence_start(plain, after), end):
        return None
    for m in _US_TOWN_STATE.finditer(plain, after):
        above = plain[max(0, m.start() - VENUE_LABEL_REACH) : m.start()]
        if m.start() >= end and not _VENUE_LABEL.search(above) and not _DATED_AT.search(above):
            continue
        if (zone := _us_town_zone(m["town"], m["state"] or m["code"])) is not None:
            return zone, f"{m['town']}, {m['state'] or m['code']}"
    return None


def _us_town_zone(town: str, state: str) -> str | None:
    """The zone of a town of a US state whose people nearly all keep one, where the name before
    it is a town of that state's ("Tbilisi, Georgia" is the country's; "… University,
    Washington" no town of the state): the town's own, as a border town may keep the
    neighbour's ("Pensacola, Florida" is on Central time; round twenty-two, review)."""
    if (code := us_states().get(state.lower())) is None or zone_of_us_state(state) is None:
        return None
    words = town.split()
    # ("Example Road, Springfield": the town is the last words before the comma)
    for first in range(len(words)):
        if (zone := us_town_zone(" ".join(words[first:]), code)) is not None:
            return zone
    return None
