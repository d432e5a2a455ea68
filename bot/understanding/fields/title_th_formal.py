"""A news headline's phrase for a meeting, as its story names the meeting formally.

A Thai headline names a meeting in its own words: a bare "ประชุม" glued after the headline's
verb ("<who> บิน<country>ประชุม<group>พบ<whom>", "<who> กล่าวก่อนประชุม<board> พิจารณา…"), or
"the latest" or "the first day" for which one ("การประชุม<group>ครั้งล่าสุด <year>",
"…เริ่มประชุมวันแรก"). Its story names the meeting by the body's name and number: "การประชุม
<body> ครั้งที่ 32", "การประชุมคณะกรรมการ<X>ชุดที่ 22 (<short name>)". That name is the
meeting's when it shares a word with the headline: a story cites other meetings too, and a
formal name the headline does not echo may be one of them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from difflib import SequenceMatcher
from itertools import islice

from bot.understanding.fields.text import MessageText, clean
from bot.understanding.fields.title_th_lines import sentence_lines_end
from bot.understanding.fields.title_th_offsite import THAI_WRAP
from bot.understanding.fields.title_th_phrase import NAME_LIMIT, thai_name

FORMAL_RULE = "title.th.formal_in_story"
# A headline's bare noun glued after its own verb; the notice's verbs ("เลื่อนประชุม",
# "ร่วมประชุม") and a noun opening the subject are a notice's name, not a headline's phrase.
_NOTICE_VERB = re.compile(r"(?:เลื่อน|ยกเลิก|งด|ขอ|เรียก|ร่วม|เชิญ|กำหนด|วัน|จัด|เปิด|ปิด|สมัย)$")
# Which one by its place in time, not by a number: "ครั้งล่าสุด" (the latest), "วันแรก".
_WHICH_BY_TIME = re.compile(r"(?:ครั้ง|วัน|นัด)(?:ล่าสุด|แรก)")
# A formal name's number, in or just after the name: "ครั้งที่ 32", "ชุดที่ 22", "สมัยที่ ๒".
_ORDINAL = re.compile(r"(?:ครั้ง|ชุด|สมัย)ที่\s*[\d๐-๙]")
# What a headline's meeting does, before a number that is the matter's: "ประชุม<board>
# พิจารณาปรับ<wage> ครั้งที่ 3" (the wage's third rise, not the board's third meeting).
_PURPOSE = re.compile(r"\s(?:พิจารณา|เพื่อ|หารือ)")
_NUMBER_AFTER = 40  # how far after the name its number may stand ("… หรือ <short> ครั้งที่ 38")
_ECHO_AFTER = 60  # how far after the name the headline's word may stand (a short name in brackets)
_COVER_NOTE_CHARS = 300  # a body this short is a cover note
_STORY_CHARS = 2000  # a story's lead, where it names what it tells of
_TRIED = 8  # formal nouns read at most
_ECHO_LEAST = 5  # letters a shared word has at least ("เอเปค"); Latin letters: 2
_LATIN_ECHO = re.compile(r"[A-Z]{2,}")
_LETTER = re.compile(r"[ก-ฮA-Za-z]")  # consonants: "เอเปค" has three
_LETTERS_LEAST = 3
# The numbers' words are every name's, no word of this one's: "ครั้งที่", "ประจำปี".
_NUMBERS_WORDS = re.compile(r"(?:ครั้ง|ชุด|สมัย|ประจำปี)[^\s\d๐-๙]*")


def headline_phrase(subject: str, name: str) -> bool:
    """Whether the subject's name is a headline's phrase: a noun glued after its verb, or
    which one told by time; not one with its own number ("ประชุม<group> ครั้งที่ 35", where the
    story may cite the last one's)."""
    if (number := _ORDINAL.search(name)) and not _PURPOSE.search(name, 0, number.start()):
        return False
    at = subject.find(name)
    glued = (
        at > 0
        and name.startswith("ประชุม")
        and "ก" <= subject[at - 1] <= "๙"
        and _NOTICE_VERB.search(subject, 0, at) is None
    )
    return glued or _WHICH_BY_TIME.search(name) is not None


def formal_in_story(text: MessageText, name: str) -> tuple[tuple[str, bool], str] | None:
    """The story's numbered name of the meeting the headline's `name` speaks of, and its
    source: of the names that echo the headline, the first the story does not tell as past,
    or a later one of the same name with a higher number (the story cites the last one's
    first: "ต่อจากการประชุม<X> ครั้งที่ 43 … การประชุม<X> ครั้งที่ 44")."""
    words = _NUMBERS_WORDS.sub(" ", name.removeprefix("การ").removeprefix("ประชุม"))
    # a cover note's story is its attachment, after it
    story_end = text.body_end if text.body_end > _COVER_NOTE_CHARS else len(text.plain)
    limit = min(story_end, _STORY_CHARS)
    chosen: _Formal | None = None
    for at in islice(_formal_nouns(text, limit), _TRIED):
        line_end = sentence_lines_end(text, at)
        # (from the noun's line: a wrapped "การ" stands at the end of the line before)
        phrase = "การ" + clean(THAI_WRAP.sub("", text.raw[at : min(line_end, at + NAME_LIMIT)]))
        found = thai_name(phrase)
        if not found or not phrase.startswith(found[0]) or found[0] == name:
            continue
        cut = len(found[0])
        number = _ORDINAL.search(phrase, 0, cut + _NUMBER_AFTER)
        if number is None or not _echoes(words, phrase[len("การประชุม") : cut + _ECHO_AFTER]):
            continue
        formal = _Formal(
            found,
            text.snippet(at, line_end),
            phrase[: number.start()].strip(),
            _number_of(phrase, number.end() - 1),
            _told_as_past(text.plain, at, phrase, number.end()),
        )
        if chosen is None or _better(formal, chosen):
            chosen = formal
    return (chosen.found, chosen.source) if chosen is not None else None


# A meeting the story tells as past: "ก่อนหน้านี้ได้เข้าร่วมการประชุม<X> ครั้งที่ 43",
# "ผลการประชุม<X> ครั้งที่ 30 เมื่อปีที่แล้ว".
_PAST_BEFORE = re.compile(r"(?:ก่อนหน้านี้|ครั้งก่อน|เคย|ต่อยอด|ต่อจาก)[^\s]{0,24}$")
_PAST_AFTER = re.compile(r"[^\n]{0,30}?(?:เมื่อปีที่แล้ว|เมื่อปี|ปีที่แล้ว|ปีก่อน|ที่ผ่านมา|ครั้งก่อน|ก่อนหน้านี้|เมื่อเดือน)")
_PAST_BEFORE_CHARS = 30
_DIGITS = re.compile(r"[\d๐-๙]+")


@dataclass(frozen=True)
class _Formal:
    found: tuple[str, bool]
    source: str
    base: str  # the name before its number
    number: int
    past: bool


def _better(formal: _Formal, chosen: _Formal) -> bool:
    """Whether a later echoing name is the meeting's rather than the one chosen so far."""
    if chosen.past != formal.past:
        return chosen.past
    return formal.base == chosen.base and formal.number > chosen.number


def _number_of(phrase: str, at: int) -> int:
    digits = _DIGITS.match(phrase, at)
    return int(digits.group()) if digits else 0  # (int() reads Thai digits too)


def _told_as_past(plain: str, at: int, phrase: str, number_end: int) -> bool:
    """Whether the story tells the meeting whose noun is at `at` as one held before."""
    before = plain[max(0, at - _PAST_BEFORE_CHARS) : at].removesuffix("การ")
    return bool(_PAST_BEFORE.search(before) or _PAST_AFTER.match(phrase, number_end))


def _formal_nouns(text: MessageText, limit: int) -> Iterator[int]:
    """Where "ประชุม" stands after its article "การ", also where a line's end parts them."""
    at = text.plain.find("ประชุม", 0, limit)
    while at >= 0:
        before = text.plain[max(0, at - 4) : at].rstrip("\n")
        if before.endswith("การ"):
            yield at
        at = text.plain.find("ประชุม", at + 1, limit)


def _echoes(headline: str, written: str) -> bool:
    """Whether the story's name shares a word with the headline's."""
    if any(short in written for short in _LATIN_ECHO.findall(headline)):
        return True
    match = SequenceMatcher(None, headline, written, autojunk=False).find_longest_match()
    shared = headline[match.a : match.a + match.size]
    return match.size >= _ECHO_LEAST and len(_LETTER.findall(shared)) >= _LETTERS_LEAST
