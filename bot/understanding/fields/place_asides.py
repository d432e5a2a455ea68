"""Places a text names for another purpose than saying where its meeting is: a time zone's
city ("16-17 London time", "Venue: online (Geneva time)"), a press room, where a spokesperson
speaks ("… ณ ศูนย์แถลงข่าวรัฐบาล", "ที่ทำเนียบรัฐบาล <name> ผู้ช่วยโฆษก… เปิดเผย"), and where an
audience is granted ("เข้าเฝ้า… เวลา 16.00 นาฬิกา ณ ศาลา…")."""

from __future__ import annotations

import re

from bot.understanding import cues
from bot.understanding.fields.gazetteer import PlaceMatch
from bot.understanding.fields.text import MessageText

# "<City> time", "<City> local time", "<City> Standard Time": the hours' zone, not a place.
_ZONE_AFTER = re.compile(
    r"[^\S\n]*+(?:local[^\S\n]++)?(?:(?:standard|summer|daylight)[^\S\n]++)?time\b",
    re.IGNORECASE,
)


def names_a_zone(text: MessageText, place: PlaceMatch) -> bool:
    """Whether a place found in text.plain is named for its clock ("London time", or one of a
    list of equivalent hours: "10:00 Geneva / 16:00 Bangkok"). (A Thai "เวลา<city>" is no place
    phrase already: the gazetteer reads no name glued to a word.)"""
    if zone_after(text.plain, place.end):
        return True
    line_start, line_end = text.line_at(place.start)
    before = max(line_start, place.start - _HOUR_REACH)
    if not _HOUR_BEFORE_NAME.search(text.plain, before, place.start):
        return False
    # (another hour and a name on the line: one hour read in several places)
    return len(_HOUR_AND_NAME.findall(text.plain, line_start, line_end)) >= TIMES_LIST_LINES


def zone_after(phrase: str, end: int) -> bool:
    """Whether the name that ends at `end` in `phrase` is followed by "time" ("London time")."""
    return _ZONE_AFTER.match(phrase, end) is not None


# A line of a list of equivalent hours: "11am-12.30pm <region>", "16:00 <city>" (the hours first,
# the place whose clock shows them after).
_HOUR = r"\d{1,2}(?:[:.]\d\d)?[^\S\n]*(?:[ap]\.?m\b\.?|น\.|hrs?\b|h\b)?"
_HOUR_OPENS_LINE = re.compile(
    rf"[^\S\n]*{_HOUR}(?:[^\S\n]*[-–][^\S\n]*{_HOUR})?[^\S\n]*(?=[^\W\d_])", re.IGNORECASE
)
# An hour written with its minutes or its half of the day, right before a name ("16:00 Bangkok",
# "9am (Manila)") and in a line's list.
_CLOCK = r"\d{1,2}(?::\d\d|[.]\d\d(?!\d)|[^\S\n]*[ap]\.?m\b\.?)"
_HOUR_BEFORE_NAME = re.compile(rf"(?<![\d.:]){_CLOCK}[^\S\n]*\(?[^\S\n]*\Z", re.IGNORECASE)
_HOUR_AND_NAME = re.compile(rf"(?<![\d.:]){_CLOCK}[^\S\n]*\(?[^\S\n]*[A-Z]", re.IGNORECASE)
_HOUR_REACH = 12
# (and a line that only holds a day or a count opens with a number too: "12.30pm", "16:00")
_HOUR_WRITTEN = re.compile(r"[:.]\d\d|[ap]\.?m\b|น\.|hrs?\b|\dh\b", re.IGNORECASE)


def times_list(lines: list[str]) -> bool:
    """Whether lines are a list of one hour in several places ("11am-12.30pm <region>" over
    "2-3.30pm <islands>"): each place named there is a clock's, no address's."""
    hours = 0
    for line in lines:
        opening = _HOUR_OPENS_LINE.match(line)
        if opening is not None and _HOUR_WRITTEN.search(opening.group()):
            hours += 1
    return hours >= TIMES_LIST_LINES


TIMES_LIST_LINES = 2


# A spokesperson's words: a news item's statement is made there about a meeting held elsewhere
# or at another time (a press conference that is itself the event has no spokesperson).
_SPOKESPERSON = re.compile(
    r"โฆษก|(?i:\bspokes(?:man|woman|person)\b|\btold\s+(?:reporters|journalists|the\s+press)\b)"
)
# (looked for as plain text first: most place phrases have none near, and then the pattern is
# not tried)
_SPOKESPERSON_CUES = ("โฆษก", "spokes", "told")
# A room that is a press room by name.
_PRESS_ROOM = re.compile(
    r"(?:ศูนย์|ห้อง)แถลงข่าว|(?i:\bpress\s+(?:room|cent(?:re|er)|briefing\s+room)\b)"
)
# A verb of holding (or chairing) a meeting just before the place makes it the meeting's.
_HELD_BEFORE = re.compile(
    r"(?i:\b(?:held|hold(?:s|ing)?|tak(?:e|es|ing)\s+place|convened?|meets?)\b)|จัด|ประชุม"
)
_HELD_REACH = 60
_STATEMENT_BEFORE = 100
_STATEMENT_AFTER = 100


# Where a statement is issued from: "ที่ทำเนียบรัฐบาล <capital> ออกแถลงการณ์ว่า …", "the
# President's Office in <capital> said in a statement that …": the words of the statement come
# right after the place, and the meeting they tell of is held elsewhere. (Its verbs are cues';
# they brought "says in a statement", the same statement, which no checked input reads
# differently for.)
_STATEMENT_ISSUED = re.compile(
    r"ออกแถลงการณ์|แถลงการณ์ว่า|(?i:\b(?:"
    rf"{'|'.join((*cues.SPEECH_VERBS, *cues.STATEMENT_VERBS, 'confirmed'))})\s+in\s+a\s+"
    r"(?:press\s+|joint\s+)?statement|\bissued\s+a\s+(?:press\s+)?statement)"
)
_STATEMENT_CUES = ("แถลงการณ์", "statement")  # (tried before the pattern)
_ISSUED_REACH = 40


def statement_place(text: MessageText, start: int, end: int) -> bool:
    """Whether the place phrase text.plain[start:end] is a press room, where a spokesperson
    speaks, or where a statement is issued from (read in the phrase's paragraph around it)."""
    if _statement_issued(text, start, end):
        return True
    if _PRESS_ROOM.search(text.plain, start, end):
        # unless a meeting is held in it: a ministry's press room is often where it meets
        paragraph_start = text.paragraph_at(start)[0]
        held_from = max(paragraph_start, start - _HELD_REACH)
        return _HELD_BEFORE.search(text.plain, held_from, start) is None
    reach = text.lower[max(0, start - _STATEMENT_BEFORE) : end + _STATEMENT_AFTER]
    if not any(cue in reach for cue in _SPOKESPERSON_CUES):
        return False
    if _HELD_BEFORE.search(text.plain, max(0, start - _HELD_REACH), start):
        return False  # "… will be held at <place>, a spokesman said": the meeting's place
    paragraph_start, paragraph_end = text.paragraph_at(start)
    first = max(paragraph_start, start - _STATEMENT_BEFORE)
    last = min(max(paragraph_end, end), end + _STATEMENT_AFTER)
    return _SPOKESPERSON.search(text.plain, first, last) is not None


def _statement_issued(text: MessageText, start: int, end: int) -> bool:
    """Whether a statement is issued from the place: its words within the phrase (a Thai
    phrase may run into them) or right after it in its paragraph, and no verb of holding
    before the place in its line ("จัดประชุม ณ … ออกแถลงการณ์ร่วม": the meeting's own; a
    headline's "ร่วมประชุม" on the line above is another sentence's)."""
    last = min(text.paragraph_at(start)[1], end + _ISSUED_REACH)
    reach = text.lower[start:last]
    if not any(cue in reach for cue in _STATEMENT_CUES):
        return False
    if _STATEMENT_ISSUED.search(text.plain, start, last) is None:
        return False
    held_from = max(text.line_at(start)[0], start - _HELD_REACH)
    return _HELD_BEFORE.search(text.plain, held_from, start) is None


# A royal audience is no meeting; its hall is named in a letter about the sittings it displaces.
_AUDIENCE = re.compile(r"เข้าเฝ้า|(?i:\broyal\s+audience\b)")
_AUDIENCE_REACH = 160


def audience_place(text: MessageText, start: int) -> bool:
    """Whether the place phrase at `start` follows an audience's words in its paragraph."""
    reach = text.lower[max(0, start - _AUDIENCE_REACH) : start]
    if "เข้าเฝ้า" not in reach and "audience" not in reach:
        return False
    first = max(text.paragraph_at(start)[0], start - _AUDIENCE_REACH)
    return _AUDIENCE.search(text.plain, first, start) is not None
