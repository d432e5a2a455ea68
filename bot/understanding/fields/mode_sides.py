"""How a meeting is held, round twelve's signs (bot.understanding.fields.mode weighs them):

- a session's way written in brackets beside its days or hours ("7 May 2026, 10 am – 12 pm
  CET (online)"), and a programme whose parts are held each its own way ("from 5 to 9 May
  (online) and from 18 to 29 May (in person in <Country>)");
- a way in from afar offered beside a room: "If you cannot travel to <City>, you are welcome
  to participate online", "interact with the on-site participants", "held at the <Hall>,
  <Street> Rd. <Town> and online via Zoom";
- an in-person word its own sentence denies after it ("physical attendance by the public at
  the meeting will not be permitted") or a few words before it ("without permitting in public
  in-person access").
"""

from __future__ import annotations

import re

from bot.understanding import cues
from bot.understanding.prefilter import prefiltered

# "(online)" right after a day's or an hour's digits, a.m./p.m. or a zone's letters. (Looked
# behind, so that the engine skips to the bracket's word.)
_BESIDE_DAYS = (
    r"(?<=\d \()|(?<=\d\()|(?<=[ap]m \()|(?<=[ap]\.m\. \()|(?<=[ap]m [a-z]{3} \()"
    r"|(?<=\d [a-z]{3} \()|(?<=[ap]m [a-z]{4} \()"
)
# Thai's borrowed "video conference": "ผ่านระบบวิดีโอคอนเฟอเรนซ์", however its vowels are spelt;
# not denied ("ไม่มีการวิดีโอคอนเฟอเรนซ์ ขอพบรัฐมนตรีทุกคนพร้อมหน้า": no call, all in the room).
_NOT_TH = "".join(
    f"(?<!{word})(?<!{word} )"
    for word in ("ไม่มี", "ไม่มีการ", "ไม่ใช้", "ไม่ใช้ระบบ", "ไม่ผ่าน", "ไม่ผ่านระบบ", "งด", "งดการ")
)
# Not the coined วีดิทัศน์: "ผ่านระบบวีดิทัศน์ทางไกล" is fields/mode.py's own sign of a call, which
# these signs would count a second time.
_VIDEO = "(?:" + "|".join(cues.VIDEO_TH_BORROWED) + ")"
# ("คอนเฟอร์เรนซ์" is spelt with its r as often as without)
_VIDEO_CONFERENCE_TH = rf"{_NOT_TH}{_VIDEO}\s*คอนเฟอ(?:ร์)?(?:เรน|เร้น)ซ์"
# "การประชุมสุดยอดผ่านทางวิดีโอ": a meeting held "by way of video" (round seventeen, under
# review); a clip shown or watched is no call ("ชมผ่านวิดีโอคลิป", "ผ่านวิดีโอที่บันทึกไว้").
_BY_VIDEO_TH = rf"ผ่าน(?:ทาง|ระบบ)?\s*{_VIDEO}(?!\s*(?:คอนเฟอ|คลิป|ที่|บันทึก))"
# (places-r21b) "ได้พบปะพูดคุยกับชุมชน…ทางออนไลน์": a talk's verb and, in its Thai run, its way
# (not "ลงทะเบียนทางออนไลน์", registering online)
_TALKS_TH = ("ประชุม", "หารือ", "พบปะ", "พูดคุย", "สัมมนา", "อบรม")
# (mend-r21g) nor a meeting one registers for or says is not online ("ลงทะเบียนเข้าร่วม
# ประชุมทางออนไลน์", "ไม่มีการประชุมทางออนไลน์"), nor a form its attendees fill in online
# ("ผู้เข้าร่วมประชุมกรอกแบบประเมินทางออนไลน์")
_SIGN_UP_TH = "".join(
    f"(?<!{word}เข้าร่วม)(?<!{word}เข้าร่วมการ)(?<!{word})" for word in ("ลงทะเบียน", "สมัคร")
)
_FORM_TH = "(?:แบบ|กรอก|ส่ง|ยืนยัน|ตอบ|ลงทะเบียน|สมัคร)"
_TALK_ONLINE_TH = (
    rf"{_NOT_TH}{_SIGN_UP_TH}(?:{'|'.join(_TALKS_TH)})(?:(?!{_FORM_TH})[ก-๙]){{0,40}}?ทางออนไลน์"
)
# (places-r22) "run the conference as a digital conference", "moved to a digital format", "held
# digitally": the meeting itself on screens (not "a digital agenda", "digital skills", a topic)
# (looked behind, so that a match opens at "digital", the word the scan skips to)
_MEETING_HELD = "|".join(
    f"(?<={noun} {verb} )(?<!of the {noun} {verb} )"  # (not "papers of the meeting will be …")
    for noun in ("meeting", "session", "event", "conference", "forum", "summit", "assembly", "agm")
    for verb in ("will be held", "to be held", "shall be held", "is held", "was held", "been held")
)
# (mend-r22d: "papers in a digital format", "the shift to a digital conference market", "minutes
# held digitally by the secretariat" are no way of a meeting: "to a" or "in a" only after a verb
# of moving or holding, "digitally" only after a meeting's being held)
_DIGITAL = (
    r"(?<=as a )digital\s+(?:conference|meeting|event|forum|summit|session|agm)\b"
    r"|(?:(?<=moved to a )|(?<=move to a )|(?<=held in a )|(?<=switched to a ))digital\s+"
    r"(?:conference|meeting|event|forum|summit|session|agm|format)\b"
    # (a format "for all handouts" is the papers', not the meeting's: round twenty-two review)
    r"(?!\s+for\s+(?!(?:the\s+|this\s+|its\s+)?(?:conference|meeting|event|forum|summit|session)))"
    rf"|(?:{_MEETING_HELD}|(?<=convene )|(?<=convened ))digitally\b"
)
NEW_CALL_SIGNS = prefiltered(
    ["online", "virtual", *cues.VIDEO_TH_BORROWED, "ผ่าน", "video", *_TALKS_TH, "digital"],
    rf"(?:{_BESIDE_DAYS})(?:online|virtual)\)|{_VIDEO_CONFERENCE_TH}|{_BY_VIDEO_TH}"
    # "a new regular video meeting", "our weekly video call" (round eighteen)
    rf"|\bvideo[\s-](?:meeting|call)s?\b|{_TALK_ONLINE_TH}|{_DIGITAL}",
)
_WAY_CUES = ("(online)", "(virtual)")
_CALL_CUES = (
    *(*_WAY_CUES, "คอนเฟอ", "ผ่านวิดีโอ", "ผ่านทางวิดีโอ", "ผ่านระบบวิดีโอ"),
    *("video meeting", "video call", "video-meeting", "video-call", "ทางออนไลน์", "digital"),
)
# A part online and a part in person, each in brackets, in one sentence.
_IN_BRACKETS_ONLINE = r"\((?:online|virtual(?:ly)?)\)"
_IN_BRACKETS_ROOM = r"\((?:in[\s-]person|on[\s-]?site|face[\s-]to[\s-]face)\b[^)\n]{0,40}\)"
_PHASES = re.compile(
    rf"{_IN_BRACKETS_ONLINE}[^.;\n]{{0,100}}?{_IN_BRACKETS_ROOM}"
    rf"|{_IN_BRACKETS_ROOM}[^.;\n]{{0,100}}?{_IN_BRACKETS_ONLINE}"
)


def new_call_signs(lower: str) -> bool:
    """Whether a text may hold one of NEW_CALL_SIGNS (tried before the pattern)."""
    return any(cue in lower for cue in _CALL_CUES)


def call_sign_rule(lower: str, span: tuple[int, int]) -> str:
    """The rule's code of the NEW_CALL_SIGNS match at `span`."""
    said = lower[span[0] : span[1]]
    if "คอนเฟอ" in said:
        return "video_conference_th"
    if said.startswith("video"):
        return "video_meeting"
    if said.endswith("ทางออนไลน์"):
        return "online_talk_th"
    if "digital" in said:
        return "digital_format"
    return "by_video_th" if said.startswith("ผ่าน") else "way_beside_days"


def phases(lower: str) -> tuple[int, int] | None:
    """Where a programme's online part and its in-person part are written side by side."""
    if not any(cue in lower for cue in _WAY_CUES):
        return None
    found = _PHASES.search(lower)
    return found.span() if found else None


# "If you cannot travel to <City>, you are welcome to follow … online", "the on-site
# participants", "participants in the room": a way in from afar for those not in the room.
# (every choice opens on a letter, "\b" read after it: the engine skips to where one can begin)
_TRAVEL_TO = r"\s+(?:travel|come)\s+to\b"
_REMOTE_OFFERED = re.compile(
    rf"c(?<!\wc)an(?:not|'t|\s+not){_TRAVEL_TO}|u(?<!\wu)nable\s+to{_TRAVEL_TO}"
    rf"|n(?<!\wn)ot\s+able\s+to{_TRAVEL_TO}"
    r"|o(?<!\wo)n[\s-]?site\s+participants\b|i(?<!\wi)n[\s-]person\s+participants\b"
    r"|p(?<!\wp)articipants\s+(?:(?:who\s+are\s+)?on[\s-]?site|in\s+the\s+room)\b"
)
_REMOTE_CUES = ("travel to", "come to", "participants")
# "… 300 Example Rd. Westminster, MD and online via Zoom": the room and the call of one meeting.
# "… at Town Hall located at <Street>, and as an electronic video meeting via Zoom": the same.
_AND_ONLINE = re.compile(
    r"\b(?:and|&)\s+(?:also\s+)?(?:online|virtually"
    r"|as\s+an?\s+(?:(?:electronic|online|virtual|video)\s+){1,2}meeting)\s+(?:via|through|on|using)\s+"
    r"(?:zoom|webex|(?:microsoft\s+)?teams|google\s+meet)\b"
)


def remote_offered(lower: str) -> tuple[int, int] | None:
    """Where the text offers a way in from afar to those not in the meeting's room."""
    if not any(cue in lower for cue in _REMOTE_CUES):
        return None
    for found in _REMOTE_OFFERED.finditer(lower):
        if "travel" not in found.group() and "come" not in found.group():
            return found.span()
        # "unable to travel to the venue" offers nothing unless a way in from afar follows in
        # its paragraph: news of a meeting put off gives it as the reason (round seventeen)
        paragraph = lower[found.end() : found.end() + _OFFER_REACH].split("\n\n", 1)[0]
        if _FROM_AFAR.search(paragraph):
            return found.span()
    return None


# (a way in from afar offered to those who cannot travel follows in a sentence or two; further
# on the text has moved on to another matter)
_OFFER_REACH = 200
_FROM_AFAR = re.compile(r"online|virtual|remote|zoom|webex|teams|stream|video|webinar|watch|follow")


def room_and_online(lower: str) -> tuple[int, int] | None:
    """Where a sentence gives the meeting's room and, after "and", its call."""
    if "online" not in lower and "virtually" not in lower and " meeting via " not in lower:
        return None
    found = _AND_ONLINE.search(lower)
    return found.span() if found else None


# "The public is invited to listen-in via webinar or telephone" beside the meeting's room: those
# not in the room follow it from afar (a meeting held only online says it too, so the room must
# be named).
_PUBLIC_LISTENS = re.compile(
    r"\b(?:public|observers|stakeholders)\b[^.\n]{0,40}?\b(?:listen|watch|follow|observe)"
    r"(?:[\s-]in)?\b[^.\n]{0,30}?\b(?:via|by|through|using)\s+(?:an?\s+|the\s+)?"
    r"(?:webinar|telephone|phone|livestream|live\s*stream|zoom|webex)\b"
)
_PUBLIC_CUES = ("listen", "watch", "follow", "observe")


def public_listens(lower: str) -> tuple[int, int] | None:
    """Where the text offers the public a way to follow the meeting from afar."""
    if not any(cue in lower for cue in _PUBLIC_CUES):
        return None
    found = _PUBLIC_LISTENS.search(lower)
    return found.span() if found else None


# places21: round sixteen. "Delegations may choose to participate in the meeting in person, or
# online through <platform>", "… in person, through an online platform …, or by both means":
# one clause offering either way of taking part (an offer: not "interest in attending either in
# person or online", asked of members before the meeting moved online).
_EITHER_WAY = (
    r"\b(?:may|can|could|choose\s+to|able\s+to|option\s+to)\s+(?:[a-z]+\s+){0,2}?"
    r"(?:participate|attend|join)\b[^.;\n]{0,60}?\bin[\s-]person\b"
    r"(?:,?\s+or\s+|,\s+)(?:(?:through|via|using|by)\s+)?(?:an?\s+)?"
    r"(?:online|virtual(?:ly)?|remote(?:ly)?)\b"
)
# "This meeting will be held at the <Library>. Alternatively, the public may attend by computer
# or telephone": a second way in, offered beside the first (the room).
_ALTERNATIVELY = (
    r"\balternatively,?\s+(?:the\s+public|members(?:\s+of\s+the\s+public)?|participants"
    r"|attendees|delegates|you|those)\b[^.\n]{0,30}?\b(?:may|can|could)\s+(?:also\s+)?"
    r"(?:attend|participate|join|watch|follow)\b[^.\n]{0,20}?"
    r"\b(?:by\s+(?:computer|telephone|phone|video)|online|virtually|remotely|via|through)\b"
)
# "to be held in the Council Chambers, <Street>, <Town> and via Zoom": the meeting's room and
# its call in one phrase after the verb of holding (not an hour: "held at 10 am and via …").
_HELD_HERE_AND_VIA = (
    r"\b(?:held|convened|take\s+place)\s+(?:in|at)\s+(?!\d)[^.\n]{3,80}?\s(?:and|&)\s+"
    r"(?:also\s+)?(?:via|through|using)\s+(?:zoom|webex|(?:microsoft\s+|ms\s+)?teams|google\s+meet)\b"
)
# (The three are sources, compiled by `re` where first used, behind each one's literal, and kept
# in its cache: no cost at a worker's start-up.)
# Each of those rules' reason, as an officer reads it (Thai in bot.meetings.confidence_reasons_th).
SIDE_REASONS = {
    "either_way": "the text offers a choice of taking part in person or online",
    "alternatively_online": "the text offers another way in from afar beside the meeting's room",
    "held_here_and_via": "the text holds the meeting in a room and via a call in one phrase",
}


def offered_either_way(lower: str) -> tuple[str, tuple[int, int]] | None:
    """Where a text offers either way of taking part (round sixteen's signs): the rule's code
    and where it is read."""
    if ("in person" in lower or "in-person" in lower) and (m := re.search(_EITHER_WAY, lower)):
        return "either_way", m.span()
    if "alternatively" in lower and (m := re.search(_ALTERNATIVELY, lower)):
        return "alternatively_online", m.span()
    if " via " in lower and (m := re.search(_HELD_HERE_AND_VIA, lower)):
        return "held_here_and_via", m.span()
    return None


def both_ways(
    lower: str, in_person: int, virtual: int, *, has_venue: bool
) -> tuple[str, tuple[int, int]] | None:
    """A room and a way in from afar for one meeting (round twelve's hybrid signs, under
    review), given the weights of the in-person and online words: the rule's code and where
    it is read."""
    if in_person and (parts := phases(lower)):
        return "phases", parts
    if virtual and (afar := remote_offered(lower)):
        return "remote_offered", afar
    if virtual and has_venue and (both := room_and_online(lower)):
        return "room_and_online", both
    if virtual and has_venue and (listens := public_listens(lower)):
        return "public_listens", listens
    return offered_either_way(lower)


# "… will not be permitted", "is not allowed", "is prohibited" after the word, in its sentence.
# (not over a clause of another way: "in person, and remote participation will not be offered")
_SAME_CLAUSE = (
    r"(?:(?!\b(?:and|but|while|whereas|however|online|virtual\w*|remote\w*|zoom)\b)[^.;\n])"
)
_DENIED_AFTER = re.compile(
    rf"{_SAME_CLAUSE}{{0,80}}?\b(?:will\s+not\s+be|won't\s+be|is\s+not|are\s+not|not\s+be)\s+"
    r"(?:permitted|allowed|possible|available|offered)\b"
    rf"|{_SAME_CLAUSE}{{0,80}}?\b(?:is|are|will\s+be)\s+prohibited\b"
)
# "without permitting in public in-person access": the verb a few words before.
_DENIED_WELL_BEFORE = re.compile(
    r"\b(?:without|not)\s+(?:permitting|allowing|offering|providing)\s+(?:[\w-]+\s+){0,3}$"
)


_DENIED_REACH = 40


def denied_around(lower: str, start: int, end: int) -> bool:
    """Whether the sentence around a word of holding (at `start`–`end`) denies it: after it,
    or with a verb a few words before it."""
    return (
        _DENIED_AFTER.match(lower, end) is not None
        or _DENIED_WELL_BEFORE.search(lower, max(0, start - _DENIED_REACH), start) is not None
    )
