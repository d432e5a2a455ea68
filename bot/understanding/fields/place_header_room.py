"""A Thai heading's line that is only a room or a building, under the meeting's day or hour:
"วันอังคารที่ ๒๘ กุมภาพันธ์ ๒๕๖๖ / เวลา ๐๙.๓๐ น. / ห้องประชุมวุฒิสภา", as an agenda's or a
notice's heading gives it, without ณ or a label."""

from __future__ import annotations

import re

from bot.understanding.fields.place_phrase import Candidate
from bot.understanding.fields.text import MessageText
from bot.understanding.fields.thai_venue import THAI_BUILDINGS, thai_place_end

# A short line that opens with a building's noun and is nothing else.
_ROOM_LINE = re.compile(rf"[ \t]*(?:ณ[ \t]*)?(?={THAI_BUILDINGS})[^\n]{{2,80}}$")
# Where a heading ends; how many lines below the day (the hour's line between) are looked at.
HEADING_CHARS = 600
LINES_BELOW = 2
_THAI = re.compile(r"[ก-๙]")
# As direct as a Thai "ณ …" (place_candidates).
HEADING_ROOM_SCORE = 3


def heading_rooms(text: MessageText) -> list[Candidate]:
    found: list[Candidate] = []
    if _THAI.search(text.plain, 0, 2 * HEADING_CHARS) is None:
        return found
    heading = [item for item in text.temporals if item.span[0] <= HEADING_CHARS]
    starts = {item.span[0] for item in text.temporals if item.span[0] <= 2 * HEADING_CHARS}
    for item in heading:
        position = text.line_at(max(item.span[1] - 1, item.span[0]))[1] + 1
        for _ in range(LINES_BELOW):
            if position >= len(text.plain):
                break
            start, end = text.line_at(position)
            if any(start <= s < end for s in starts):
                position = end + 1  # the hour's line under the day's
                continue
            room = _ROOM_LINE.match(text.plain, start, end)
            if room is None or text.wraps_at(start - 1) or text.wraps_at(end):
                break  # (a line of a paragraph, a PDF's, is no heading's)
            if not any(c.start >= start and c.end <= end for c in found):
                place = start + len(room.group()) - len(room.group().lstrip(" \tณ"))
                phrase_end = min(thai_place_end(text, place), end)
                found.append(Candidate(place, phrase_end, HEADING_ROOM_SCORE))
            break
    return found


# An English heading's line of the day and the hour, then the room, maybe joined online too:
# "Tuesday, 5 May 2026 at 6:30 p.m., Room 12 and on Zoom" (round seventeen, under review).
_ROOM_AFTER_HOUR = re.compile(
    r",[^\S\n]*((?:[A-Z][\w'’.-]*[^\S\n]+){0,3}(?:Room|Hall|Chambers?|Auditorium)"
    r"(?:[^\S\n]+[A-Z\d][\w-]*)?)[^\S\n]*"
    r"(?:(?:and|&|\+|/)[^\S\n]+(?:on[^\S\n]+|via[^\S\n]+)?(?i:zoom|online|teams|webex|virtually)"
    r"\b[^\n]*)?$"
)
# (most mail names no room: a plain search spares trying the pattern after each of its dates)
_ROOM_WORDS = ("Room", "Hall", "Chamber", "Auditorium")
# A heading's line of a day, an hour and a room is short; in a longer line of prose the room
# after an hour may be another's.
ROOM_LINE_CHARS = 120


def rooms_after_hour(text: MessageText) -> list[Candidate]:
    """The rooms a short line names right after a day and its hour ("Tuesday, 5 May 2026 at
    6:30 p.m., Room 12 and on Zoom"): a heading's place of the meeting (under review)."""
    if not any(word in text.plain for word in _ROOM_WORDS):
        return []
    found = []
    for item in text.temporals:
        line_start, line_end = text.line_at(item.span[0])
        if line_end - line_start > ROOM_LINE_CHARS or item.span[1] > line_end:
            continue
        if room := _ROOM_AFTER_HOUR.match(text.plain, item.span[1], line_end):
            found.append(Candidate(room.start(1), room.end(1), HEADING_ROOM_SCORE))
    return found
