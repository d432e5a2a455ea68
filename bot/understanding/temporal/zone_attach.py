"""Where the zone of an expression is written: right after it, right before it, or once for the
section it stands in ("All times are in Singapore time (GMT+8)")."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, replace

from bot.understanding.temporal.patterns import HHMM_ZONE
from bot.understanding.temporal.zones import (
    BARE_PLACE,
    NATION_DOUBT,
    PLACE_AFTER,
    SECTION_BREAK,
    ZONE_ANYWHERE,
    ZONE_BEFORE,
    ZONE_STATEMENT,
    ZONE_TAIL,
    by_nation,
    is_fixed_offset,
    place_zone,
    tzinfo_of,
    zone_of,
)

# How far before an expression a zone may stand: "(GMT+8) " with some blanks.
_LOOK_BEFORE = 40
_ANY_DAY = dt.date(2000, 1, 1)
_LINE_BREAK = re.compile(r"[^\S\n]*\n[^\S\n]*")


@dataclass(frozen=True)
class WrittenZone:
    """A zone as written: its name, where the words stand, and a doubt if its forms disagree."""

    zone: str
    start: int
    end: int
    doubt: str | None = None


def zone_after(text: str, pos: int, day: dt.date) -> WrittenZone | None:
    """The zone written right after `pos`: "(Singapore Time, GMT+8)", "GMT+8 (MYT)", and the
    Outlook form "(UTC+07:00) Bangkok, Hanoi, Jakarta" whose first place names the zone."""
    m = ZONE_TAIL.match(text, pos)
    if m is None:
        return None
    written = [(m["z1"], zone_of(m["z1"])), (m["z2"], zone_of(m["z2"]) if m["z2"] else None)]
    end = m.end()
    label = False
    if text[end - 1 : end] == ")":
        place = PLACE_AFTER.match(text, end)
        if place is not None:
            written.append((place["place"], place_zone(place["place"])))
            end, label = place.end(), True
    pairs = [(phrase, zone) for phrase, zone in written if zone]
    if not pairs:
        return None
    zone, doubt = _choose(pairs, day, label=label)
    return WrittenZone(zone, pos, end, doubt)


# A newer reading (round eighteen): the zone is held under review.
WRAPPED_ZONE_DOUBT = "the zone's letters on the line after the hour, as a PDF wraps them"


def zone_wrapped(text: str, pos: int, day: dt.date) -> WrittenZone | None:
    """A zone's letters a PDF wrapped onto the line after the hour: "at 1300" / "UTC"."""
    wrap = HHMM_ZONE.match(text, pos)
    if wrap is None or "\n" not in wrap[0]:
        return None
    written = zone_after(text, pos + wrap[0].index("\n") + 1, day)
    if written is None:
        return None
    return replace(written, start=pos, doubt=written.doubt or WRAPPED_ZONE_DOUBT)


# A booking system's label after the hour: "14:00, Europe Time (Paris, GMT+01:00)", the
# region's name, then the city and the offset in brackets. A newer reading (round eighteen).
_REGION_LABEL = re.compile(r"[^\S\n]*+,[^\S\n]*+(?:[A-Z][a-z]++[^\S\n]++){1,3}Time[^\S\n]*+\(")
REGION_LABEL_DOUBT = "the zone of a region's time label, its city and offset in brackets"


def zone_in_label(text: str, pos: int, day: dt.date) -> WrittenZone | None:
    """The zone of the city a region's time label names after the hour: "14:00, Europe Time
    (Paris, GMT+01:00)"."""
    label = _REGION_LABEL.match(text, pos)
    written = None if label is None else _stated_zone(text, label.end(), day)
    if written is None:
        return None
    return WrittenZone(written.zone, pos, written.end, written.doubt or REGION_LABEL_DOUBT)


def place_after(text: str, pos: int) -> WrittenZone | None:
    """A bare place right after a time, as Zoom writes it: "Jan 28, 2026 02:00 PM Jakarta"."""
    m = PLACE_AFTER.match(text, pos)
    return None if m is None else WrittenZone(place_zone(m["place"]), pos, m.end())


def zone_below(text: str, pos: int, day: dt.date) -> WrittenZone | None:
    """A zone stated on the line right after `pos`, as calendars print it under the time:
    "Wednesday, December 3⋅9:00 – 10:30am" then "Time zone: Asia/Jakarta"."""
    line_break = _LINE_BREAK.match(text, pos)
    if line_break is None:
        return None
    statement = ZONE_STATEMENT.pattern.match(text, line_break.end())
    if statement is None:
        return None
    written = _stated_zone(text, statement.end(), day)
    return None if written is None else WrittenZone(written.zone, pos, written.end, written.doubt)


def zone_before(text: str, pos: int, limit: int, day: dt.date) -> WrittenZone | None:
    """The zone written just before `pos` and after `limit`: "(GMT+8) 10:00 – 11:30, …"."""
    start = max(limit, pos - _LOOK_BEFORE)
    # ZONE_BEFORE is tried at every place of the window; most windows hold no zone at all.
    if ZONE_ANYWHERE.search(text, start, pos) is None:
        return None
    m = ZONE_BEFORE.search(text, start, pos)
    if m is None:
        return None
    written = [(phrase, zone_of(phrase)) for phrase in (m["z1"], m["z2"]) if phrase]
    pairs = [(phrase, zone) for phrase, zone in written if zone]
    if not pairs:
        return None
    zone, doubt = _choose(pairs, day)
    return WrittenZone(zone, m.start(), pos, doubt)


def _choose(
    pairs: list[tuple[str, str]], day: dt.date, *, label: bool = False
) -> tuple[str, str | None]:
    """A named zone over a bare offset ("Jakarta time (UTC+7)" is Asia/Jakarta), with a doubt
    when the forms written give different offsets on that day, except in a Windows zone label,
    whose offset is the zone's winter one all year."""
    named = [zone for _, zone in pairs if not is_fixed_offset(zone)]
    chosen = named[0] if named else pairs[0][1]
    noon = dt.datetime.combine(day, dt.time(12))
    offsets = {tzinfo_of(zone).utcoffset(noon) for _, zone in pairs}
    if len(offsets) > 1 and not (label and _standard_and_summer(chosen, offsets, day)):
        phrases = ", ".join(phrase for phrase, _ in pairs)
        return chosen, f"the zones written ({phrases}) disagree; {chosen} used"
    if any(zone == chosen and by_nation(phrase) for phrase, zone in pairs):
        return chosen, NATION_DOUBT
    return chosen, None


def _standard_and_summer(zone: str, offsets: set[dt.timedelta | None], day: dt.date) -> bool:
    """Whether the offsets written are the named zone's own, in winter and in summer: Outlook
    writes "(UTC-05:00) Eastern Time (US & Canada)" all year; the zone's rule gives the day's."""
    seasons = {tzinfo_of(zone).utcoffset(dt.datetime(day.year, month, 1, 12)) for month in (1, 7)}
    return len(seasons) > 1 and offsets <= seasons


def _stated_zone(text: str, pos: int, day: dt.date) -> WrittenZone | None:
    """The zone after a statement's lead words, where a bare place is a zone too."""
    written = zone_after(text, pos, day)
    place = BARE_PLACE.match(text, pos) if written is None else None
    if place is None:
        return written
    pairs = [(place["place"], place_zone(place["place"]))]
    tail = zone_after(text, place.end(), day)
    if tail is not None:
        pairs.append((text[tail.start : tail.end].strip(" ()"), tail.zone))
    zone, doubt = _choose(pairs, day)
    return WrittenZone(zone, pos, tail.end if tail else place.end(), doubt)


class SectionZones:
    """The zones that statements like "All times are in Singapore time (GMT+8)" set for the times
    after them, up to the next statement or the next message of a mail chain.

    A statement reaches forward only: an administrative note ends with "Time Zone: GMT+8 (MYT)",
    and the Bangkok receiving stamps above it in the same scanned memo are not Malaysian times.
    """

    def __init__(self, text: str) -> None:
        self._text = text
        # (start, end of the lead words, end of the zone) of each statement that names a zone;
        # found on first use, since most texts have times with their zone written beside them.
        self._statements: list[tuple[int, int, int]] | None = None
        self._breaks: list[int] = []

    def at(self, pos: int, day: dt.date) -> tuple[WrittenZone, str] | None:
        """The zone stated for a time at `pos`, and the statement as written."""
        if self._statements is None:
            self._scan()
        assert self._statements is not None
        i = bisect.bisect_right(self._statements, (pos, pos, pos)) - 1
        while i >= 0:
            start, lead_end, end = self._statements[i]
            if end <= pos:
                section_break = bisect.bisect_left(self._breaks, end)
                if section_break < len(self._breaks) and self._breaks[section_break] < pos:
                    return None
                # Only the doubt depends on the day (the offsets of the zones written on it).
                written = _stated_zone(self._text, lead_end, day)
                assert written is not None
                return written, self._text[start:end].strip()
            i -= 1
        return None

    def _scan(self) -> None:
        # Statements that name no zone are dropped here, once: walking back over them for
        # every time would make a long text of such statements take quadratic time.
        self._statements = []
        for m in ZONE_STATEMENT.finditer(self._text):
            # The zone's name and extent do not depend on the day; any day will do.
            written = _stated_zone(self._text, m.end(), _ANY_DAY)
            if written is not None:
                self._statements.append((m.start(), m.end(), written.end))
        self._breaks = [m.start() for m in SECTION_BREAK.finditer(self._text)]
