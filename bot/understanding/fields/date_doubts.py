"""Chosen meeting days and zones whose role the signals cannot settle, held under review, and
the days a list adds after a chosen range (test16's blind start gave these at 0.8 and more,
wrong; bot.understanding.fields.meeting_dates applies them):

- a story of a meeting that prepares another ("met on 8 May to discuss preparations for the
  summit", "the preparation for the summit, which will be held on 9-11 October"): the days of
  the meeting reported and of the one it prepares stand side by side, and which one the text
  is about is a question of its main event, not of the words around one date;
- the old day of a postponement chosen while the text writes a new one ("postponed until 14
  December", then "rescheduled to next week as follows"): which new day holds is in doubt;
- a zone written only on the chosen date when that date is another event's or a deadline's
  ("registration open until 3 March, 6 p.m., New York time" for a meeting in Vienna);
- a range that a list continues ("6-9 and 12-15 April"): the meeting ends on the last day
  listed, not on the range's;
- a postponement's new dates whose verb stands far before them, past what is moved and where
  from ("decided to postpone the meeting in <city> from <days> until <days>"): a newer reading
  (round seventeen);
- a new day read from a move's plain verb before "until", with what is moved between ("decided
  to defer the annual meeting until Saturday 24 October"): a newer reading (round eighteen).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from bot.understanding.cues import HELD
from bot.understanding.fields.dates_record import days_of
from bot.understanding.fields.schedule_words import MOVED_FROM_UNTIL, NEW_DATE
from bot.understanding.fields.text import (
    CLAUSE_REACH,
    MessageText,
    clause_before,
    sentence_end,
    sentence_start,
)
from bot.understanding.fields.title_words import MEETING_NOUNS
from bot.understanding.temporal.types import Temporal

PREPARED_REASON = "the text names a meeting this one prepares: whose days these are is in doubt"
LISTED_REASON = "more days are listed after the range: the meeting ends on the last"
NEW_DATE_ELSEWHERE_REASON = "a new date is written for the meeting, and this is not it"
ZONE_OF_ANOTHER_EVENT = "the zone is written on another event's or a deadline's date"
MOVED_FAR_REASON = "the new dates' verb stands far before them, past the old ones"
PUT_OFF_REASON = "the day a meeting is put off until, read from the verb before 'until'"
# A meeting put off until a day, the verb in any form and the meeting named between: "decided
# to defer the Annual General Meeting until" (not "defer payment of dues until": a due day).
PUT_OFF_UNTIL = re.compile(
    r"(?i:(?<![A-Za-z])(?:adjourn|postpon|defer|reschedul)[a-z]*+\s+(?:[\w'’-]+\s+){0,4}?"
    rf"(?:{MEETING_NOUNS}|AGM|EGM)\s+until)\s*+$"
)
# A new reading, or a role in doubt: a person should look.
DOUBTED_ROLE_CONFIDENCE = 0.75

# The meeting a text's meeting prepares, named after the cue: "preparations for the 42nd
# Summit", "in preparation for the ministers' meeting", "ahead of the summit",
# "เพื่อเตรียมการประชุมระดับรัฐมนตรี".
_PREPARES = re.compile(
    r"(?i:\b(?:preparations?\s+(?:for|of)|prepare\s+for|preparatory\s+to|ahead\s+of)\s+(?:the\s+)?"
    rf"(?:[\w'’-]+\s+){{0,6}}?(?:{MEETING_NOUNS})\b)"
    # (not "เตรียมการประชุมในวันที่ …": getting ready for the meeting itself, on its day)
    r"|เตรียม(?:การ|ความพร้อม)?\s?(?:สำหรับ|ใน)?\s?(?:การ)?(?:ประชุม|สัมมนา)(?!\s?(?:ใน|วัน|นี้|ครั้งนี้))"
)
# The prepared meeting said to be held, between its name and its days: "the 12th Summit which
# will be held on", "set to take place … from", "ซึ่งจะจัดขึ้นระหว่างวันที่".
_HELD_AHEAD = re.compile(
    rf"(?i:\b(?:{HELD}|scheduled|set\s+for|will\s+(?:run|open|begin|start)))|จัดขึ้น|จะจัด|กำหนดจัด"
)
_PREPARE_WORDS = ("prepar", "ahead of", "เตรียม")
_SENTENCE_AFTER = 300


def prepared_meeting_doubt(
    text: MessageText, best: Temporal, candidates: Sequence[Temporal]
) -> bool:
    """Whether a sentence names a meeting being prepared and either holds the chosen days after
    that name, said to be when it is held (the prepared meeting's), or holds other days before
    the name (the preparing one's)."""
    if not any(word in text.lower for word in _PREPARE_WORDS):
        return False  # most texts prepare nothing: no pattern tried
    chosen = days_of(best)
    for cue in _PREPARES.finditer(text.plain):
        first = sentence_start(text.plain, cue.start())
        last = sentence_end(text.plain, cue.end(), cue.end() + _SENTENCE_AFTER)
        if cue.end() <= best.span[0] < last and _HELD_AHEAD.search(
            text.plain, cue.end(), best.span[0]
        ):
            return True
        if any(first <= t.span[0] < cue.start() and days_of(t) != chosen for t in candidates):
            return True
    return False


# "6-9 and 12-15 April": days after a range, read by no date of their own.
_LISTED_AFTER = re.compile(
    r"[^\S\n]*+(?:,|&|and)[^\S\n]*+(?:and[^\S\n]++)?(?P<first>\d{1,2})"
    r"(?:[^\S\n]*+[-–][^\S\n]*+(?P<last>\d{1,2}))?(?![\d:./])"
    # (the list ends there: "12-15, 2021", "12-15)", not "12 delegates" or "12:00")
    r"(?=[^\S\n]*+(?:[,;)\n]|\.(?!\d)|$|(?:19|20)\d\d\b))"
)
_LISTED_REACH = 31


def listed_last_day(best: Temporal, candidates: Sequence[Temporal], text: str) -> dt.date | None:
    """The last day a list adds right after a range of days (same month), or None."""
    first, last = days_of(best)
    if first is None or last is None or first == last or isinstance(best.start, dt.datetime):
        return None
    found = _LISTED_AFTER.match(text, best.span[1])
    if found is None or any(found.start() <= t.span[0] < found.end() for t in candidates):
        return None  # a date of its own follows: read as one, it is no list of these days
    day = int(found["last"] or found["first"])
    try:
        listed = last.replace(day=day)
    except ValueError:
        return None
    return listed if last < listed <= first + dt.timedelta(days=_LISTED_REACH) else None


def new_date_doubt(text: MessageText, best: Temporal) -> str | None:
    """Why a chosen new date is in doubt: new only by a verb far before it ("postpone the
    meeting in <city> from <days> until") or by a move's plain verb before "until" ("defer the
    meeting until"), not by a cue of NEW_DATE's in its own clause; asked of a new date only."""
    at = best.span[0]
    clause = clause_before(text, at)
    if NEW_DATE.search(clause) is not None:
        return None
    if MOVED_FROM_UNTIL.search(text.plain, max(0, at - CLAUSE_REACH), at) is not None:
        return MOVED_FAR_REASON
    return PUT_OFF_REASON if PUT_OFF_UNTIL.search(clause) is not None else None
