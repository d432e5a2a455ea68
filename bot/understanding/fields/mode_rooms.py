"""A room joined to the meeting by a call: the two ways of one hybrid meeting, said together."""

from __future__ import annotations

import re

from bot.understanding.cues import THAI_ASKS
from bot.understanding.fields.thai_venue import THAI_BUILDINGS
from bot.understanding.prefilter import prefiltered, words


def joined_from_a_room(reach: int) -> str:
    """ "ผ่านระบบการประชุมทางไกล ณ ห้องประชุม…": a room joined to the meeting by video, within
    `reach` characters (a PDF's line may break the sentence between them, a blank line ends
    it)."""
    return (
        rf"ผ่าน\s*(?:ระบบ|โปรแกรม|แอปพลิเคชัน)(?:[^\n]|\n(?![ \t]*\n)){{0,{reach}}}?\s(?:ณ|ที่)\s*"
        rf"(?:{THAI_BUILDINGS})"
    )


# "… เข้าร่วมประชุม… ผ่านระบบวีดิทัศน์ทางไกล โดยการประชุมดังกล่าว <chair> เป็นประธานในการประชุม ณ
# ห้องประชุม…": a room joined by video, further on in a long Thai sentence than mode.py's
# hybrid words read.
_JOINED_FROM_A_ROOM = re.compile(joined_from_a_room(120))
# (places-r22) "จัดประชุม… ณ ห้องประชุม… อาคาร 2 ผ่านระบบออนไลน์ Zoom": the room, then the call
# it is joined by, in one clause (a clause's joint between, "โดย…", "เพื่อ…", says another thing,
# as a desk's errand does: "ลงทะเบียน/ตอบรับ/ส่งเอกสาร ผ่านระบบออนไลน์", mend-r22d; a PDF's or a
# page's line may break it, a blank line ends it).
_NOT_THE_CLAUSE = f"โดย|เพื่อ|และ|หรือ|{THAI_ASKS}|ลงทะเบียน|ตอบรับ|ยืนยัน|สมัคร|ส่ง|ดาวน์โหลด|กรอก|แจ้ง"


def _room_then_call(reach: int, joined: str) -> re.Pattern[str]:
    """A room, then within `reach` characters of its clause the call it is joined by, after
    the words `joined`."""
    return re.compile(
        rf"(?:ณ|ที่)\s*(?:{THAI_BUILDINGS})"
        rf"(?:(?!{_NOT_THE_CLAUSE})(?:[^\n]|\n(?![ \t]*\n))){{0,{reach}}}?{joined}\s*"
        r"(?:ระบบ|โปรแกรม|แอปพลิเคชัน)\s*(?:การประชุม)?\s*(?:ออนไลน์|ทางไกล|วีดิ?ทัศน์|zoom|webex"
        r"|(?:microsoft\s+)?teams)"
    )


_ROOM_THEN_CALL = _room_then_call(80, r"\sผ่าน")
# (places-r23) "ที่ห้องประชุม… ศาลากลางจังหวัด… <a person and their post> เข้าร่วมการประชุมผ่านระบบ
# วีดิทัศน์ทางไกล": a Thai story's room, its actor, then the call the actor joins from it, the
# person's titles making the clause longer than _ROOM_THEN_CALL reaches.
_ROOM_THEN_JOINED = _room_then_call(200, r"\sเข้าร่วม\s*(?:การ)?ประชุม\s*ผ่าน")
_JOINED_CALL = re.compile(r"เข้าร่วม\s*(?:การ)?ประชุม\s*ผ่าน")
_JOINED_REACH = 260  # the room, its 200 characters and the words of joining


def _room_then_joined(lower: str) -> re.Match[str] | None:
    """_ROOM_THEN_JOINED, looked for only before each "เข้าร่วม(การ)ประชุมผ่าน" (its room may
    open at any "ที่", which Thai writes in most sentences)."""
    for call in _JOINED_CALL.finditer(lower) if "เข้าร่วม" in lower else ():
        start = max(0, call.start() - _JOINED_REACH)
        if joined := _ROOM_THEN_JOINED.search(lower, start, call.end() + 80):
            return joined
    return None


# "… at the Example offices, 1 Sample Street, Paris (few seats) with a videoconference": the
# room and the call of one meeting (round 21; a PDF's line may break the sentence between them)
# (tried only where a room word begins: " with " stands in nearly every English text)
_ROOM_WORDS = ("cent", "hotel", "hall", "headquarters", "secretariat", "office", "building", "room")
_ROOM_WITH_A_CALL = prefiltered(
    words(*_ROOM_WORDS, word_start=True),
    r"\b(?:cent(?:re|er)|hotel|hall|headquarters|secretariat|office|building|room)s?\b"
    r"(?P<between>(?:[^.\n]|\n(?=\S)){0,80}?)\swith\s+(?:an?\s+)?"
    r"(?:video[\s-]?conferenc|(?:zoom|webex|teams|online|video)\s+link)",
)
# A verb between the room and "with" makes the call another clause's: "the office will send
# speakers with a Zoom link", "the room is fitted with a videoconference screen" (mend-r21a).
_A_CLAUSE_OF_ITS_OWN = re.compile(
    r"\b(?:will|shall|would|can|could|may|must|is|are|was|were|be|been|send|sends|sent"
    r"|provides?|provided|equipped|fitted|furnished)\b"
)
# "… a side room with a video link to the main hall": an overflow room that watches the
# meeting in the same house, not a way of joining it from afar (mend-r21a).
_TO_ANOTHER_ROOM = re.compile(
    r"\w*\s+(?:to|into|from)\s+(?:the\s+)?(?:\w+\s+)?(?:hall|room|auditorium|chamber|plenary)\b"
)


def room_and_call(lower: str) -> re.Match[str] | None:
    """Where the lower-case text joins a room to the meeting's call, if it does."""
    if joined := _JOINED_FROM_A_ROOM.search(lower):
        return joined
    if "ผ่าน" in lower and (joined := _ROOM_THEN_CALL.search(lower) or _room_then_joined(lower)):
        return joined
    if " with " not in lower:
        return None
    for found in _ROOM_WITH_A_CALL.finditer(lower):
        if not _A_CLAUSE_OF_ITS_OWN.search(found.group("between")) and not (
            _TO_ANOTHER_ROOM.match(lower, found.end())
        ):
            return found
    return None
