"""Dates that name something other than the meeting's days, read from the words around them:
the day of an occasion the event marks ("เนื่องในโอกาสวันเฉลิมพระชนมพรรษา ๒๘ กรกฎาคม", "on the
occasion of Human Rights Day, 10 December", "World Day (12 June)"), and the day of a meeting
held to prepare another ("on 8 August, senior officials met to prepare for the ministers'
meeting", "… ได้มีการประชุมระดับเจ้าหน้าที่อาวุโสเพื่อเตรียมการประชุมระดับรัฐมนตรี"), and the day of a
briefing or an orientation held beside the meeting, and of an event the meeting discussed."""

from __future__ import annotations

import re

from bot.understanding import cues
from bot.understanding.fields.text import MessageText, sentence_end, sentence_start
from bot.understanding.fields.title_words import MEETING_NOUNS
from bot.understanding.prefilter import case_blind
from bot.understanding.temporal.types import Temporal

# A day's name before its date in brackets: "World Day (12 June)" ("Today (30 March)" is not).
_NAMED_DAY = re.compile(r"(?i:\bday)[^\S\n]*\($")
# The name of an occasion ending right before its date: Thai writes the day's name as one run
# of letters after "เนื่องใน(โอกาส)"; English names a day, an anniversary or a birthday.
_OCCASION = re.compile(
    # (the name wrapped onto the next line: "เนื่องในวัน" / "เยาวชนแห่งชาติวันที่ 20 …", round
    # twenty-three; not a next line telling of a meeting: "เนื่องในวันครู" / "ประชุมคณะ…วันที่ 5",
    # review mend)
    r"เนื่องใน\s{0,2}(?:โอกาส)?(?:วัน|งาน)"
    r"(?:[^\s\d๐-๙]|\n(?=[^\s\d๐-๙])(?![^\s\d๐-๙]*?(?:ประชุม|สัมมนา|อบรม))){1,40}"
    r"[^\S\n]*+(?:\n[^\S\n]*+)?$"
    r"|(?i:\b(?:on\s+the\s+occasion|in\s+(?:celebration|honou?r|commemoration))\s+of"
    r"|\bto\s+(?:mark|celebrate|commemorate))"
    r"(?:[^\S\n]+[\w'’-]+){0,6}?[^\S\n]+(?i:day|anniversary|birthday|jubilee),?[^\S\n]*+"
    r"(?i:on[^\S\n]+)?(?:\n[^\S\n]*+)?$"
)
_OCCASION_REACH = 80
_OCCASION_WORDS = ("occasion", "celebrat", "honour", "honor", "commemorat", "mark")
# A meeting held to prepare another: its day is the preparation's, not the meeting's.
# ("to prepare for upcoming events": a meeting's purpose, not another meeting's day)
_PREPARES = re.compile(
    r"เพื่อเตรียม(?:การ|ความพร้อม)?\s?(?:สำหรับ|ใน)?\s?(?:การ)?(?:ประชุม|สัมมนา)"
    rf"|(?i:\bto\s+prepare\s+for\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,4}}?(?:{MEETING_NOUNS})\b)"
)
_PREPARATION_TITLE = re.compile(r"เตรียม|(?i:prepar)")
_PREPARES_REACH = 80


def named_day(text: MessageText, item: Temporal, line_before: str) -> bool:
    """Whether the date is the day of an occasion named before it, in brackets after "Day (" or
    right after the occasion's name."""
    if _NAMED_DAY.search(line_before[-40:]) and text.plain[item.span[1] : item.span[1] + 1] == ")":
        return True
    return occasion_day(text, item)


def occasion_day(text: MessageText, item: Temporal) -> bool:
    """Whether the date right after an occasion's name is that occasion's day."""
    start = max(0, item.span[0] - _OCCASION_REACH)
    window = text.lower[start : item.span[0]]
    if "เนื่องใน" not in window and not any(word in window for word in _OCCASION_WORDS):
        return False  # most dates follow none: no pattern tried
    return _OCCASION.search(text.plain, start, item.span[0]) is not None


def prepares_another(text: MessageText, end: int, title_spans: list[tuple[int, int]]) -> bool:
    """Whether the words after a date say what happened on it prepared another meeting, unless
    the meeting's title is itself a preparation's."""
    window = text.lower[end : end + _PREPARES_REACH]
    if "เตรียม" not in window and "prepare" not in window:
        return False  # most dates have neither word after them: no pattern tried
    after = text.unwrapped(end, sentence_end(text.plain, end, end + _PREPARES_REACH))
    if _PREPARES.search(after) is None:
        return False
    return not any(_PREPARATION_TITLE.search(text.plain, s, e) for s, e in title_spans)


_BRIEFING = case_blind(cues.BRIEFING)
# The text's heading: its first line that holds a word, its first 200 characters.
_HEADING = re.compile(r"\s*(?P<line>[^\n]{0,200})")


def _heading(text: str, end: int) -> str:
    """The heading of `text` read no further than `end` (without copying what comes before)."""
    found = _HEADING.match(text, 0, end)
    return found["line"] if found else ""


def briefing_day(text: MessageText, near_before: str, title_spans: list[tuple[int, int]]) -> bool:
    """Whether the words before a date name a briefing or an orientation held beside the
    meeting, and the meeting's title, the subject or the text's heading names none: where the
    meeting is itself the briefing, its days are the meeting's own."""
    if _BRIEFING.search(near_before) is None:
        return False
    heading = _heading(text.plain, len(text.plain))
    return not (
        any(_BRIEFING.search(text.plain, s, e) for s, e in title_spans)
        or _BRIEFING.search(text.subject) is not None
        or _BRIEFING.search(heading) is not None
    )


# A day the meeting's report says it discussed an event on: "ที่ประชุมได้หารือเกี่ยวกับกิจกรรม …
# เพื่อเฉลิมฉลองวันอาเซียน … ในวันที่ 8 สิงหาคม", "members discussed the plans for the open day
# celebration on 8 August", not "discussed the budget on 8 August" (round twenty-one). Said in
# the past, of a held meeting; no meeting named between the verb and the day.
# (fast-r23: "\b" read behind the verb's first letter, so that each choice opens with a letter
# the engine skips to; it tried the case-blind choice at every character of the window)
_DISCUSSED = re.compile(r"ได้(?:ร่วม)?(?:กัน)?หารือ|D(?<!\wD)(?i:iscussed)\b|d(?<!\wd)(?i:iscussed)\b")
# (Thai "งาน" alone is also work: "แผนงาน", a work plan)
_EVENT_NOUN = re.compile(
    r"กิจกรรม|จัดงาน|งานฉลอง|เฉลิมฉลอง"
    r"|(?i:\b(?:plans?|preparations?|arrangements?)\s+(?:for|of)\s+[^.\n]{0,60}?"
    r"\b(?:celebration|festival|ceremony|commemoration|anniversary|open\s+day|fair)s?\b)"
)
# A verb said of a talk to come or agreed before, not reported: "จะได้หารือ" (will discuss),
# "ตามที่ได้หารือ" (as discussed), "will have discussed", "to be discussed" (review mend).
_NOT_REPORTED = re.compile(
    r"(?:จะ|ตามที่|ดังที่)[^\S\n]*+\Z"
    r"|(?i:\b(?:will|shall|would|to|as)(?:[^\S\n]+(?:have|be))?[^\S\n]+\Z)"
)
# A meeting named, or said to gather ("… and the board meets again on 20 April", "…
# และคณะกรรมการจะพบกันอีกครั้งในวันที่ …": the group's own next day, review mend).
_MEETING_NAMED = re.compile(
    r"ประชุม|สัมมนา|พบกัน|พบปะ|อีกครั้ง"
    rf"|(?i:\b(?:{MEETING_NOUNS}|meets?|convenes?|reconvenes?|gathers?|again)\b)"
)
_DISCUSSED_REACH = 200


def discussed_event(text: MessageText, start: int) -> bool:
    """Whether the date's sentence says, before it, that the meeting discussed an event: the
    day is that event's."""
    floor = max(0, start - _DISCUSSED_REACH)
    # (asked of every date weighed: the verb is looked for before the sentence's start is)
    if _DISCUSSED.search(text.plain, floor, start) is None:
        return False
    window = text.plain[max(sentence_start(text.plain, start), floor) : start]
    verbs = list(_DISCUSSED.finditer(window))
    if not verbs or _NOT_REPORTED.search(window, 0, verbs[-1].start()) is not None:
        return False
    between = window[verbs[-1].end() :]
    return _EVENT_NOUN.search(between) is not None and _MEETING_NAMED.search(between) is None


# "held on 2 September, preceded by the 4th Session of the Example Working Committee (EWC) on
# 31 August": the day of the meeting before or after it, its body named at length (round
# twenty-three; date_roles' other events read a clause of 80 characters, too short for it).
_NEXT_TO_ANOTHER = re.compile(
    r"(?i:\b(?:preceded|followed)[^\S\n]+by[^\S\n]+(?:the[^\S\n]+)?(?:[\w-]+[^\S\n]+){0,3}?"
    rf"(?:{MEETING_NOUNS})[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?(?P<body>(?:[\w()&-]+\s+){{1,10}}?)"
    r"on\s*)$"
)
_NEXT_TO_REACH = 160


def occasion_before(
    text: MessageText, start: int, near_before: str, title_spans: list[tuple[int, int]]
) -> bool:
    """Whether the words before a date name another occasion than the meeting: a briefing held
    beside it, an event it discussed, or a meeting named as held before or after it."""
    return (
        briefing_day(text, near_before, title_spans)
        or discussed_event(text, start)
        or _next_to_another(text, start)
    )


def _next_to_another(text: MessageText, start: int) -> bool:
    """Whether the date is that of a meeting said to precede or follow the one its sentence
    tells of ("preceded by the 4th Session of the Example Committee (EC) on")."""
    floor = max(sentence_start(text.plain, start), start - _NEXT_TO_REACH)
    if "by" not in text.lower[floor:start]:
        return False  # (most dates follow neither verb: no pattern tried)
    m = _NEXT_TO_ANOTHER.search(text.plain, floor, start)
    if m is None:
        return False
    # ("a reception on 11 May, followed by the Meeting of the Example Council on 12 May" in a
    # message whose subject or heading, above the sentence, names the Council: the meeting
    # itself, review mend)
    body = " ".join(m["body"].split()).lower()
    heading = _heading(text.lower, floor)
    return body not in text.subject.lower() and body not in heading
