"""Virtual, in person or hybrid: weighed from what the text says about how the meeting is held.

Each statement counts more when it is about holding the meeting ("will be held virtually")
and when it is in the message itself rather than in a forwarded part or an attachment. A
Thai memo that mentions "ทางไกล" about something else must not outweigh a venue, a hotel
and flights.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.understanding import cues
from bot.understanding.fields.mode_both import ATTENDED_FROM_AFAR, EITHER_WAY, HYBRID
from bot.understanding.fields.mode_given_up import in_person_given_up
from bot.understanding.fields.mode_rooms import room_and_call
from bot.understanding.fields.mode_sides import (
    NEW_CALL_SIGNS,
    SIDE_REASONS,
    both_ways,
    call_sign_rule,
    new_call_signs,
)
from bot.understanding.fields.mode_weigh import NONE, weigh
from bot.understanding.fields.text import MessageText
from bot.understanding.fields.thai_venue import THAI_BUILDINGS
from bot.understanding.fields.title_words import MEETING_NOUNS
from bot.understanding.prefilter import prefiltered, words
from bot.understanding.record import Extracted, Mode
from bot.understanding.rules import rule_of, ruled

# Each pattern is tried only where one of its first words begins (bot.understanding.prefilter).
# The words before "online" that make it the way a meeting is held: "will be held online",
# "to host ... summit online"; each a look-behind of its own, so that the scan starts at
# "online" (single-spaced, as running text writes it).
_ONLINE_AFTER = "|".join(
    f"(?<={word} )"
    for word in (
        *("held", "host", "hosts", "hosted", "hosting", "meet", "convene", "convened"),
        *("conducted", "take place", "takes place", *MEETING_NOUNS.split("|")),
    )
)
# "The Board will hold a meeting by telephone, electronic, or other means not requiring physical
# presence", "there will be no physical meeting": a denied physical presence says virtual.
_DENIED = "|".join(
    f"(?<={words} )"
    for words in ("not", "no", "without", "without a", "without any", "not requiring")
)
# (round twenty) "as we cannot physically meet we will …": a meeting in a room ruled out.
_CANNOT = "|".join(f"(?<={words} )" for words in ("cannot", "can not", "can't", "unable to"))
_DENIED_PHYSICAL = prefiltered(
    ["physical"],
    rf"(?:{_DENIED})physical(?:ly)?\s+(?:presence|meeting|attendance|gathering)"
    rf"|(?:{_CANNOT})physically\s+(?:meet|gather|convene)\b(?!\s+(?:in|at)\s+the\b)",
)
# The press's own briefing, whatever news calls it ("told a virtual presser", "a virtual news
# conference"): held online, it says how the briefing is held, not the meeting it tells of.
_PRESS_BRIEFING = (
    r"press(?:ers?|\s+(?:conferences?|briefings?))|(?:news|media)\s+(?:conferences?|briefings?)"
)
# What a conference may show online while it meets in a hall: its posters, an exhibition, a tour;
# and what news of it may tell of, its briefing of the press.
_VIRTUAL_THINGS = (
    r"posters?|exhibitions?|exhibits?|tours?|booths?|galler(?:y|ies)|backgrounds?|library"
    rf"|reality|assistants?|machines?|private\s+network|{_PRESS_BRIEFING}"
)
# "participated remotely", "use either Google Meet and Jitsi": the verb looked behind, so that
# the scan starts at the rarer word after it.
_REMOTELY_AFTER = "|".join(
    f"(?<={verb} )"
    for verb in (
        *("participate", "participated", "participating", "join", "joined", "joining"),
        *("attend", "attended", "attending"),
    )
)
_USING = "|".join(
    f"(?<={verb} )" for verb in ("use", "uses", "using", "use either", "using either")
)
# "brings together virtually all of the regional dialogues": the adverb of "almost" ("meets
# virtually every month" may be either, and stays).
_ALMOST = (
    r"all|any\w*|no|none|nothing|nobody|identical|impossible|unchanged|unknown|certain"
    r"|the\s+same|whole|entire|unanimous\w*"
)
# "the online event registration system", "online pre-registration of delegations": a desk
# reached online says nothing of how the meeting is held (a registration page for a meeting in
# a hall names one).
_DESK_WORDS = r"(?:pre-?)?registration|accreditation|credentials"
# (a form or paper of the meeting sent online: "แบบตอบรับการประชุม", "เอกสารประกอบการประชุม")
_A_DESKS = "".join(
    f"(?<!{desk}{joint})" for desk in ("ตอบรับ", "ประกอบ", "เอกสาร") for joint in ("", "การ")
)
# (one way of two offered beside a room: "ณ ห้องประชุม… หรือเข้าร่วมอบรมแบบออนไลน์")
_AN_OPTION = "".join(f"(?<!หรือ{joint})" for joint in ("", "เข้าร่วม", "ร่วม", "เข้าร่วมการ"))
# (mend-r23e) "register via online", "payment can be made via online": an applicant's or a
# payer's way, not the meeting's.
_NOT_APPLIED = "".join(
    f"(?<!{w}\\s)"
    for w in ("register", "registration", "apply", "pay", "payment", "made", "submit")
)
_NOT_A_DESK = rf"(?!\s+(?:(?:{_DESK_WORDS})\s+)?(?:system|portal)\b)"
_VIRTUAL = prefiltered(
    [
        *("virtual", "online", "on-line", "video", "via", "webinar", "ผ่าน", "ประชุม", "รูปแบบ"),
        # (not every "on" and "by", of which a text has dozens: the full pattern is long)
        *(r"on\s+(?:the\s+)?zoom", r"by\s+zoom"),
        *("fully", "entirely", "wholly", "remote", "tele", "vdo", "zoom", "webex", "join"),
        *("platform", "need", "microsoft", "google", "jitsi", "คอมพิวเตอร์", "อุปกรณ์"),
        *("อบรม", "สัมมนา"),
    ],
    # (not a thing shown online beside the meeting: "virtual posters", "a virtual tour")
    rf"\bvirtual(?:ly)?\b(?!\s+(?:{_VIRTUAL_THINGS})\b)(?!(?<=ly)\s+(?:{_ALMOST})\b)"
    # (round nineteen: "on-line", the older spelling)
    r"|\bon-?line\s+(?:meeting|format|mode|platform|session|workshop|forum"
    rf"|activity|event|conference|seminar|training|hackathon){_NOT_A_DESK}"
    rf"|(?:{_ONLINE_AFTER})on-?line\b"
    # "chairs the online ASEAN Special Summit" (not "online registration for the meeting", nor
    # "register online for the Assembly", a desk's way: places-r22)
    rf"|\bonline\s+(?!{_DESK_WORDS}|for\s)(?:[\w+-]+\s+){{1,3}}(?:{MEETING_NOUNS})\b{_NOT_A_DESK}"
    # "This hackathon is fully online", "held entirely online"
    r"|\b(?:fully|entirely|wholly)\s+(?:online|remote)"
    # (round twenty: "held on <day> via a Zoom call")
    # (not "address the meeting via a video message": one speaker's way)
    # (places-r23: "Via Jitsi in browser", "held via Skype"; "all activities will be held via
    # online", as Asian English news writes it, not a desk's "apply via online form")
    r"|\bvideo[\s-]?conferenc|\bvia\s+(?:(?:an?\s+)?(?:zoom|teams|webex|google\s+meet|jitsi"
    r"|skype)|video|(?:a\s+)?digital\s+platform)"
    rf"|{_NOT_APPLIED}\bvia\s+online\b(?!\s+(?:{_DESK_WORDS}|forms?|payments?|applications?"
    r"|submissions?|portals?|systems?|shops?|banking)\b)"
    r"|\bwebinar"
    # "Remote Conferencing", "by teleconference": the meeting held from afar
    r"|\bremote\s+conferenc|\btele-?conferenc|\bvdo[\s-]?conferenc"
    # "participated in remote discussions", "will join remotely"
    r"|\bremote\s+(?:discussions?|meetings?|sessions?|participation|consultations?)\b"
    rf"|(?:{_REMOTELY_AFTER})remotely\b"
    # "Zoom Meeting Guideline", "join zoom meeting through this link", "the platform of the
    # Forum is the Cisco Webex Event": the way participants join
    r"|\b(?:zoom|webex)\s+(?:meeting|webinar|event|session)s?\b"
    r"|\bjoin\w*\s+(?:the\s+)?(?:zoom|webex|microsoft\s+teams|google\s+meet)\b"
    # "Use either Google Meet and Jitsi", "using Zoom": the tool the meeting is held with
    rf"|(?:{_USING})(?:zoom|webex|microsoft\s+teams|google\s+meet|jitsi)\b"
    r"|\bplatform\s+(?:of|for)\s+[^.\n]{0,40}?\s(?:is|will\s+be)\s+(?:the\s+)?"
    r"(?:cisco\s+|microsoft\s+|google\s+)?(?:zoom|webex|teams|meet)\b"
    r"|\bon\s+(?:the\s+)?zoom\b|\bby\s+zoom\b"
    r"|ผ่าน\s*(?:ระบบ|ทาง|แอปพลิเคชัน|โปรแกรม)\s*(?:การประชุม)?\s*(?:ทางไกล|ออนไลน์|วีดิ?ทัศน์"
    r"|(?:microsoft\s+|ms\s+|cisco\s+|google\s+)?(?:zoom|webex|teams|meet|jabber|skype))"
    # "ผ่านโปรแกรม Zoom", however the word before the platform is spelt
    r"|ผ่าน\S{0,12}\s*(?:zoom|webex|microsoft\s+teams|google\s+meet|cisco\s+jabber|skype"
    r"|(?:google\s+)?hangouts)\b"
    r"|ประชุมออนไลน์|รูปแบบออนไลน์|ประชุมทางไกล"
    # (round twenty) "รูปแบบการอบรมแบบ Online", "จัดสัมมนาแบบออนไลน์": the meeting's own way, not
    # a desk's ("ลงทะเบียนแบบออนไลน์", "ส่งแบบตอบรับการประชุมแบบออนไลน์")
    rf"|{_A_DESKS}{_AN_OPTION}(?:ประชุม|อบรม|สัมมนา)[ก-๙]{{0,12}}?\s*แบบ\s*(?:online|ออนไลน์)"
    # "To fully participate, you will need a computer with internet access, a speaker and a
    # microphone": each attends from a screen
    r"|\bneed\s+(?:a\s+)?(?:computer|laptop|pc|device|smartphone)\s+with\s+(?:an?\s+)?"
    r"(?:stable\s+|good\s+|reliable\s+)?(?:internet|broadband|webcam|camera)"
    r"|(?:คอมพิวเตอร์|อุปกรณ์)[^\n]{0,30}?(?:เชื่อมต่อ|ต่อ)\s*(?:อินเทอร์เน็ต|อินเตอร์เน็ต)",
)
# Newer signs of a call (round ten), weighed as the others but trusted less when alone:
# platforms whose names mean nothing else ("in our UberConference room", "using the platform
# Go To Meeting"), and "TCG Meeting (online) - Tue, April 05", the way beside the name.
# ("TCG Meeting (online)": a look-behind a meeting noun, so the scan starts at "online")
_ONLINE_IN_BRACKETS = "|".join(f"(?<={word} \\()" for word in MEETING_NOUNS.split("|"))
_CALL_SIGNS = prefiltered(
    ["uberconference", "gotomeeting", r"go\s?to\s?meeting", "bluejeans", "online"],
    r"\b(?:uberconference|gotomeeting|go\s?to\s?meeting|bluejeans)\b"
    rf"|(?:{_ONLINE_IN_BRACKETS})online\)",
)
# A meeting held by electronic means, as company and bondholders' notices name it: "E-AGM",
# "e-Meeting", Thai law's "การประชุมผ่าน(ระบบ)สื่ออิเล็กทรอนิกส์" (a PDF may space its long word).
_ELECTRONIC_MEDIA = r"ผ่าน\s*(?:ระบบ\s*)?สื่อ\s*อิเล็?[กค]\s*ทรอนิ[กค]"
_E_MEETING = prefiltered(
    ["e-", "eagm", "emeeting", "ผ่าน", "electronic"],
    # (a PDF may break the line after the hyphen: "(E-\nMeeting)")
    rf"(?<![a-z0-9-])e(?:-\n?)?(?:agm|egm|meeting)s?\b|{_ELECTRONIC_MEDIA}"
    # "the electronic meeting invitation details will be sent": the meeting held on screens
    # (not its papers: "electronic meeting materials")
    r"|\belectronic\s+(?:meeting|agm|egm)s?\b(?!\s+(?:materials?|documents?|papers?|packs?))",
)
# The meeting moved from a room to the screen: "has moved online", "เปลี่ยน… จากเดิมที่จะจัดขึ้น
# ที่… เป็นการประชุมผ่านสื่ออิเล็กทรอนิกส์", "เปลี่ยนการประชุมเป็นแบบออนไลน์". A venue named
# beside it is the one given up.
_MOVED_ONLINE = prefiltered(
    [
        *words("mov", "switch", "shift", "chang", "transition", word_start=True),
        "เปลี่ยน",
        "ย้าย",
        "ปรับ",
    ],
    r"(?<![A-Za-z])(?:mov|switch|shift|chang|transition)(?:e|es|ed|ing)?\s+(?:to\s+(?:an?\s+)?)?"
    r"(?:online|virtual(?:ly)?)\b"
    # (not "switched to online payment": a service, not the meeting)
    r"(?!\s+(?:registration|payments?|submissions?|applications?|forms?|voting|sales?|shops?"
    r"|banking|classes|learning|teaching|services?)\b)"
    r"|(?:เปลี่ยน|ย้าย|ปรับ)[^\n]{0,200}?เป็น(?:การ)?(?:ประชุม[ก-๙]{0,20})?\s*"
    rf"(?:(?:ใน)?(?:รูป)?แบบ(?:การ)?(?:ประชุม)?(?:ออนไลน์|ทางไกล)|{_ELECTRONIC_MEDIA})",
)
_LEFT_BEHIND = re.compile(r"\b(?:after|since|following)\s+$")
_MOVED_CUES = ("online", "virtual", "ออนไลน์", "ทางไกล", "ทรอนิ")  # (tried before the pattern)
# A desk at the venue: "on-site registration will begin at 8:00", "in-person payment" say
# nothing of how the meeting is held (a registration page names them whatever its mode).
_DESK = (
    r"registration|payments?|check-?in|badge|accreditation|support|help\s*desk|counters?|fees?"
    r"|rates?|prices?"
)
# "… all registration will take place onsite with cash payment", "participants registering
# on-site must …": where a person registers or pays, said before the word (a fees page says it
# whatever the meeting's mode); not "register for the in-person workshop".
_DESK_BEFORE = re.compile(
    r"\b(?:regist\w*|payments?|check-?in|accreditation)\s+(?:[\w,]+\s+){0,6}?"
    r"(?:take\s+place|be\s+(?:done|made|available|possible|open)|is\s+(?:available|possible)"
    r"|opens?)\s+(?:\w+\s+)?$"
    r"|\b(?:registering|register|pay(?:ing)?|paid)\s+$"
    # "you may be allowed to make payment onsite": the payment, not the meeting, is on site
    r"|\bpayments?\s+$"
)
# (mend21c) Faces seen over a call, on a screen or online are no meeting in person.
_ON_A_SCREEN = "".join(f"(?<!{w})(?<!{w} )" for w in ("คอล", "โอ", "ทัศน์", "ไลน์", "จอ"))
_IN_PERSON = prefiltered(
    [r"in[\s-]person", "face", "physical", r"on[\s-]?site", "แบบพบ", "แบบเห็น", "ณ"],
    rf"(?:\bin[\s-]person\b|\bon[\s-]?site\b)(?!\s+(?:{_DESK})\b)"
    r"|\bface[\s-]to[\s-]face\b|\bphysical(?:ly)?\s+(?:meeting|attendance|format"
    # ("แบบเห็นหน้า", face to face as "แบบพบหน้า": round nineteen's second pass; not seen
    # over a call "ผ่านวิดีโอคอลแบบเห็นหน้ากัน", on a screen or online: mend21c)
    r"|participation|presence)|แบบพบหน้า|แบบพบปะ|ณ\s*โรงแรม"
    rf"|{_ON_A_SCREEN}แบบเห็นหน้า",
)
_TRAVEL = re.compile(
    # (not "contributor check-ins", a team's reports, nor "Visa or Mastercard", a card)
    r"air\s*fares?|flight\s+(?:details|itinerary|arrangements?)|accommodation|check[\s-]in(?!s)"
    # (the look-behind after the "v", so that every choice opens with a letter the engine skips to)
    r"|v(?<![a-z]v)isas?(?!\s*(?:card|or\s+master|/\s*master|and\s+master|,\s*master|\)))"
    r"|arrival\s+card|airport|ค่าบัตรโดยสาร|ค่าที่พัก|เดินทางไปราชการต่างประเทศ",
)
# A session beside the meeting (an orientation, a dry run, a briefing) held online says
# nothing about how the meeting itself is held.
_SIDE_SESSION = re.compile(cues.SIDE_SESSION)


def find_mode(
    text: MessageText, *, has_venue: bool, has_online_meeting: bool
) -> Extracted[Mode] | None:
    virtual = weigh(text, _VIRTUAL, unless=_SIDE_SESSION)
    denied = weigh(
        text, _DENIED_PHYSICAL, unless=_SIDE_SESSION, deniable=False, unless_permitted=True
    )
    if denied[2] > virtual[2]:
        virtual = (virtual[0] + denied[0], denied[1], denied[2])
    else:
        virtual = (virtual[0] + denied[0], virtual[1], virtual[2])
    only_new_signs = not virtual[0]
    call = weigh(text, _CALL_SIGNS, unless=_SIDE_SESSION)
    virtual = (virtual[0] + call[0], virtual[1] or call[1], max(virtual[2], call[2]))
    # (round eleven's words, trusted less and named apart when alone)
    only_e_meeting = not virtual[0]
    electronic = weigh(text, _E_MEETING, unless=_SIDE_SESSION)
    virtual = (
        virtual[0] + electronic[0],
        virtual[1] or electronic[1],
        max(virtual[2], electronic[2]),
    )
    only_e_meeting = only_e_meeting and bool(electronic[0])
    # (round twelve's signs of a call, named apart when alone)
    new = weigh(text, NEW_CALL_SIGNS, unless=_SIDE_SESSION) if new_call_signs(text.lower) else NONE
    only_new_call = not virtual[0] and bool(new[0])
    virtual = (virtual[0] + new[0], virtual[1] or new[1], max(virtual[2], new[2]))
    denied_in_person: list[tuple[int, int]] = []
    in_person = weigh(text, _IN_PERSON, unless_before=_DESK_BEFORE, denied=denied_in_person)
    hybrid = weigh(text, HYBRID)
    travel_words = {m.group() for m in _TRAVEL.finditer(text.lower)}
    in_person_score = in_person[0] + min(3, len(travel_words)) + (3 if has_venue else 0)
    virtual_score = virtual[0]
    # "will be held in a hybrid format" settles it; a passing mention needs more weight.
    if hybrid[0] and (hybrid[2] >= 3 or hybrid[0] >= max(virtual_score, in_person[0])):
        return _result(text, Mode.HYBRID, hybrid[1], 0.85, "hybrid_words")
    if in_person[0] and (watched := ATTENDED_FROM_AFAR.search(text.lower)):
        return _result(text, Mode.HYBRID, watched.span(), 0.75, "attended_from_afar")
    if ("remotely" in text.lower or "personally" in text.lower) and (
        either := EITHER_WAY.search(text.lower)
    ):
        return _result(text, Mode.HYBRID, either.span(), 0.75, "either_way")
    if has_venue and (joined := room_and_call(text.lower)):
        return _result(text, Mode.HYBRID, joined.span(), 0.75, "joined_from_room")
    if (moved := _moved_online(text)) is not None:
        return _result(text, Mode.VIRTUAL, moved, 0.75, "moved_online")
    if sides := both_ways(text.lower, in_person[0], virtual_score, has_venue=has_venue):
        return _result(text, Mode.HYBRID, sides[1], 0.7, sides[0], SIDE_REASONS.get(sides[0]))
    if virtual_score and in_person_score:
        if in_person_given_up(text.lower):
            # "will not be held in person. We are now developing plans to hold these meetings
            # virtually": the in-person meeting named elsewhere is the plan given up
            return _result(text, Mode.VIRTUAL, virtual[1], 0.75, "in_person_given_up")
        if virtual_score >= 2 * in_person_score:
            return _result(text, Mode.VIRTUAL, virtual[1], 0.75, "virtual_outweighs")
        if in_person_score >= 2 * virtual_score:
            return _result(
                text, Mode.IN_PERSON, in_person[1] or virtual[1], 0.75, "in_person_outweighs"
            )
        reason = "the text speaks both of an online format and of a venue or travel"
        return _result(text, Mode.HYBRID, hybrid[1] or virtual[1], 0.5, "both_said", reason)
    if virtual_score:
        # One passing mention outside the message's own words, with no word of holding near
        # it ("brings together virtually all …" in an attachment), is too little to trust.
        if only_e_meeting:
            return _result(text, Mode.VIRTUAL, virtual[1], 0.75, "e_meeting")
        if only_new_call and virtual[1] is not None:
            return _result(
                text, Mode.VIRTUAL, virtual[1], 0.7, call_sign_rule(text.lower, virtual[1])
            )
        if denied_in_person:
            # "physical attendance … will not be permitted" beside the call (new: under review)
            return _result(text, Mode.VIRTUAL, virtual[1], 0.75, "in_person_denied")
        trusted = virtual_score > 1 and not only_new_signs
        return _result(text, Mode.VIRTUAL, virtual[1], 0.9 if trusted else 0.75, "online_words")
    if in_person_score:
        span = in_person[1]
        if span is None:
            # Only a venue or travel arrangements: in person, said less directly.
            return Extracted(
                Mode.IN_PERSON, "venue and travel arrangements", 0.7, ruled("mode.venue_or_travel")
            )
        return _result(text, Mode.IN_PERSON, span, 0.9, "in_person_words")
    if has_online_meeting:
        return Extracted(Mode.VIRTUAL, "online meeting link", 0.6, ruled("mode.link_only"))
    if not has_venue and (live := _live_broadcast(text.lower)):
        return _result(text, Mode.VIRTUAL, live.span(), LIVE_BROADCAST_CONFIDENCE, "live_broadcast")
    return None


# (places-r23) "แถลงข่าว… ผ่านการถ่ายทอดสดทาง Facebook", "streamed live on YouTube": a briefing
# or sitting carried live on a platform, with no venue and no other word of its way, is watched
# from afar (new: under review; a hall's sitting also streamed names its hall).
_LIVE_BROADCAST = re.compile(
    r"ถ่ายทอดสด\s*(?:ทาง|ผ่าน)\s*(?:ทาง|ระบบ)?\s*(?:เพจ\s*)?(?:facebook|เฟซบุ๊ก|เฟสบุ๊ค|youtube|ยูทูบ)"
    r"|\bfacebook\s+live\b"
    r"|\b(?:live[\s-]?stream(?:ed|ing)?|stream(?:ed|ing)?\s+live|broadcast\s+live)\s+(?:on|via)"
    r"\s+(?:the\s+)?(?:\w+['’]s\s+)?(?:facebook|youtube)\b"
)
# (tried before the patterns: "live" alone stands in "deliver", "olive")
_LIVE_CUES = ("ถ่ายทอดสด", "facebook live", "stream", "broadcast live")
LIVE_BROADCAST_CONFIDENCE = 0.65
# A room or hall named, even one no venue is read from ("ณ ห้องแถลงข่าว…", a press room): the
# stream is of what goes on in it.
_A_ROOM = re.compile(
    rf"(?:ณ|ที่)\s*(?:{THAI_BUILDINGS})"
    r"|\b(?:at|in|from)\s+(?:the\s+)?(?:\w+\s+){0,3}?(?:room|hall|auditorium|chambers?|cent(?:re|er))\b"
)


def _live_broadcast(lower: str) -> re.Match[str] | None:
    if not any(cue in lower for cue in _LIVE_CUES):
        return None
    live = _LIVE_BROADCAST.search(lower)
    return live if live is not None and _A_ROOM.search(lower) is None else None


# "Covid-19 prevents us convening an AGM", "the meeting will not be convened": no meeting is
# held, so online words are of what goes on without it (papers by e-mail, calls for the work).
_NOT_CONVENED = re.compile(
    r"\bprevent(?:s|ed|ing)?\s+(?:us\s+)?(?:from\s+)?(?:convening|holding)\b"
    r"|\bnot\s+(?:be\s+)?conven(?:e|ed|ing)\b(?!\s+in[\s-]person)"
    # (places-r21b) "the board made a decision not to hold the conference"
    r"|\b(?:decided|decision|decides|resolved)\s+not\s+to\s+hold\b"
    # (mend-r21g) not a part or a way of it ("not to hold a separate online session")
    r"(?!\s+(?:an?|any)\s)(?![^.]{0,40}?\b(?:online|virtual(?:ly)?|hybrid|in[\s-]person)\b)"
)
# The sentence of the online words says what became of the meeting they are of; Thai recalls
# the arrangement called off as "ตามที่ได้แจ้ง … ผ่านระบบ Zoom นั้น".
_CALLED_OFF = re.compile(
    r"(?i:cancel|call(?:ed)?\s+off|scheduled|postpon|instead)|ยกเลิก|เลื่อน|แทน|กำหนดการ|นั้น"
)
# "The meeting will be on a Zoom call": the way of the meeting called off, said of it by name
# (round 21; "The meeting was to be conducted via …": places-r22), not of the work that goes on
# without it.
_THE_MEETING_ONLINE = re.compile(
    r"(?i:\b(?:the|this|our)\s+(?:meeting|call|session)\s+(?:will|(?:is|was)\s+to|shall)\s+be"
    r"\s+(?:held\s+|conducted\s+)?(?:via|through|online\b|virtual"
    # "on" or "over" is a way only with the call it names, not "on hold" (mend-r21a)
    r"|(?:on|over)\s+(?:an?\s+|the\s+)?(?:zoom|teams|webex|skype|google|video|tele|phone|web)))"
)
_NOT_CONVENED_CUES = ("conven", "prevent", "to hold")
_NOT_HELD_WORDS = frozenset({"mode.online_words", "mode.in_person_words"})
# A value read where no meeting is held: a person should look.
NOT_HELD_CONFIDENCE = 0.7


def doubt_not_held(
    mode: Extracted[Mode] | None, text: MessageText, *, cancelled: bool
) -> Extracted[Mode] | None:
    """A meeting's way read from online words, when the text calls the meeting off or says it
    is not convened: words in a sentence of their own are of the work that goes on without it
    ("work may still be accomplished via teleconference", "all business is conducted online"),
    so no way is read; words in the sentence that calls it off ("scheduled to take place via
    Zoom, has been cancelled"), or a move online, are of the meeting, under review (rule
    mode.online_words_not_held). In-person words are kept only in the sentence that calls it
    off."""
    if mode is None or rule_of(mode.reasons) not in _NOT_HELD_WORDS:
        return mode
    if not cancelled and not (
        any(cue in text.lower for cue in _NOT_CONVENED_CUES) and _NOT_CONVENED.search(text.lower)
    ):
        return mode
    if rule_of(mode.reasons) == "mode.in_person_words":
        # (places-r21b) "our face to face meetings will resume when conditions permit": a room
        # the meeting called off is not in is no way of it, unless said where it is called off
        return mode if _CALLED_OFF.search(mode.source) else None
    if (
        not _CALLED_OFF.search(mode.source)
        and not _THE_MEETING_ONLINE.search(mode.source)
        and _moved_online(text) is None
    ):
        return None
    return replace(
        mode,
        confidence=min(mode.confidence, NOT_HELD_CONFIDENCE),
        reasons=ruled("mode.online_words_not_held", *mode.reasons[1:]),
    )


def _moved_online(text: MessageText) -> tuple[int, int] | None:
    """Where the text says the meeting moved from a room to the screen (not a move it now leaves
    behind: "to resume in-person meetings after shifting to an online system")."""
    if not any(cue in text.lower for cue in _MOVED_CUES):
        return None
    for moved in _MOVED_ONLINE.finditer(text.lower):
        if not _LEFT_BEHIND.search(text.lower, max(0, moved.start() - 12), moved.start()):
            return moved.span()
    return None


def _result(
    text: MessageText,
    mode: Mode,
    span: tuple[int, int] | None,
    confidence: float,
    rule: str,
    reason: str | None = None,
) -> Extracted[Mode]:
    """The mode the rule `rule` (its code after "mode.") read from the words at `span`."""
    source = text.snippet(*span) if span else ""
    return Extracted(
        mode, source, confidence, ruled(f"mode.{rule}", *((reason,) if reason else ()))
    )
