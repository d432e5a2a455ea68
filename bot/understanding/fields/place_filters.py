"""Which place phrases say where this meeting is: one that names a place at all, and not the
place of a side trip, of another meeting, of an embassy's seat or of a registration desk."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.understanding import cues
from bot.understanding.fields.gazetteer import find_places
from bot.understanding.fields.other_meetings import CITED, one_each, prepared_for
from bot.understanding.fields.place_asides import audience_place, names_a_zone, statement_place
from bot.understanding.fields.place_opening import numbered_otherwise
from bot.understanding.fields.place_phrase import Candidate
from bot.understanding.fields.sideline_event import of_the_setting, setting_names
from bot.understanding.fields.text import MessageText, sentence_start
from bot.understanding.fields.thai_met_in import post_seat_elsewhere
from bot.understanding.fields.thai_titled_city import thai_titled_city
from bot.understanding.fields.venue_name import DESK, EMBASSY_SEAT, VENUE_WORDS
from bot.understanding.fields.world_places import city_in_parts
from bot.understanding.geo import MIN_POPULATION
from bot.understanding.prefilter import case_blind


def with_place(text: MessageText, candidate: Candidate) -> Candidate | None:
    """The candidate when it names a place, marked when only GeoNames knows its city."""
    phrase = text.plain[candidate.start : candidate.end]
    if (
        candidate.country
        or find_places(phrase)
        or VENUE_WORDS.search(phrase)
        or thai_titled_city(phrase)  # "ณ เมืองตูลูซ": GeoNames' Thai name, after its title
    ):
        return replace(candidate, world_city=False) if candidate.world_city else candidate
    if (candidate.world_city or candidate.labelled) and city_in_parts(
        phrase, min_population=MIN_POPULATION
    ):
        # ("Location: Warsaw, Poland": a label's city only GeoNames knows)
        return replace(candidate, world_city=True)
    return None


# The place a notice that changes the meeting moves it to or keeps: its sentence cites the plan
# it changes ("previously scheduled …", "the latest notice … last week") by its nature.
_CHANGED_PLACE = frozenset({"new_venue", "venue_kept"})
# "ศึกษาดูงาน ณ ประเทศมาเลเซีย", "a field trip to": the place of a side trip, not the meeting's.
_SIDE_TRIP = case_blind(cues.SIDE_TRIP)
_SIDE_TRIP_REACH = 40
# Where those who meet set out from, right before the place.
_LEFT_FROM = re.compile(
    r"ออกจาก[^\S\n]*$|(?i:\b(?:departed|left|leaving|departing)\s+(?:from\s+)?)$"
)
# (the verb of leaving stands right before the place: "departing from " and a space or two)
_LEFT_REACH = 20
# Phrases read from a sentence of holding or opening, whose subject is the meeting held.
_SENTENCES = frozenset({"held_at", "opened_in"})
_MAIN_CLAUSE_NEXT = re.compile(
    r",?\s*(?:will|shall|is\s+to)\s+(?:be\s+held|take\s+place|convene|meet)\s+(?:in|at)\b"
)


def elsewhere(text: MessageText, candidate: Candidate) -> bool:
    """Whether the place phrase names where something other than this meeting is."""
    # up to the first place the phrase names: a heading line may run on into the next sentence,
    # and a line of its own may open with the trip ("ศึกษาดูงาน ณ ประเทศสิงคโปร์")
    named = find_places(text.plain, candidate.start, candidate.end)
    if (
        named
        and all(names_a_zone(text, p) for p in named)
        and not VENUE_WORDS.search(text.plain, candidate.start, candidate.end)
    ):
        return True  # "from 16-17 London time": the hours' clock (and no building named)
    upto = named[0].start if named else candidate.start
    if _SIDE_TRIP.search(text.plain, max(0, candidate.start - _SIDE_TRIP_REACH), upto):
        return True
    if prepared_for(text.plain, upto) or _preparing_thai(text, upto):
        return True
    if EMBASSY_SEAT.search(text.plain, max(0, candidate.start - 40), candidate.start):
        return True  # "สถานเอกอัครราชทูต ณ กรุง…": the embassy's seat, not its service's place
    if post_seat_elsewhere(text.plain, candidate.start, candidate.end):
        return True  # "เอกอัครราชทูต ณ กรุง<A> … ได้พบปะ… ในนคร<B>"
    if _MAIN_CLAUSE_NEXT.match(text.plain, candidate.end):
        return True  # "The Congress, organized by the Office in Vienna, will take place in …"
    first = sentence_start(text.plain, upto)
    if candidate.rule not in _CHANGED_PLACE and CITED.search(text.plain, first, upto):
        return True
    if _another_event(text, first, upto) or _rehearsals(text, candidate, first):
        return True
    if of_the_setting(text, setting_names(text), upto):
        return True  # "The <Forum>, where it was said, will be held in <City>"
    if one_each(text.plain, upto):
        return True  # "earlier meetings were held in <A>, <B> and <C> respectively"
    if _LEFT_FROM.search(text.plain, max(0, upto - _LEFT_REACH), upto):
        return True  # "เดินทางออกจากกรุงฮานอยไปยัง…", "departed from Hanoi for": where they left
    if candidate.rule in _SENTENCES and numbered_otherwise(text, first, upto):
        return True  # "The 42nd <Meeting> took place in …" in a story of the 43rd
    if _CONDITIONAL.search(
        text.plain, max(first, candidate.start - _CONDITIONAL_REACH), candidate.start
    ):
        return True  # "should the session take place in the North Lawn Building, …": maybe
    if _ZONE_BEFORE.search(text.plain, max(first, upto - _ZONE_REACH), upto):
        return True  # "The time zone is GMT 7+ (Bangkok)": the zone's city
    if statement_place(text, candidate.start, candidate.end):
        return True  # "… ณ ศูนย์แถลงข่าวรัฐบาล", "at Government House, the spokesman said"
    if audience_place(text, candidate.start):
        return True  # "เข้าเฝ้า… ณ ศาลา…": a royal audience's hall
    line_start = text.line_at(upto)[0]
    if _POSTED_OR_CALLED.search(text.plain, max(line_start, upto - _POSTED_REACH), upto):
        return True
    if DESK.match(text.plain, candidate.start):
        return True  # "ณ จุดรับแจ้งความประสงค์… บริเวณหน้าห้องประชุม": a desk in front of the room
    # "The registration counter is at Level 3 of …": where badges are collected
    desk_start = max(first, upto - _DESK_REACH)
    window = text.lower[desk_start:upto]
    return any(w in window for w in _DESK_CUES) and bool(DESK.search(text.plain, desk_start, upto))


# (thnames-r23) A Thai sentence of a meeting held to prepare another ("… เป็นประธานการประชุม
# คณะกรรมการ…เพื่อเตรียมการจัดการประชุม<X> ณ ทำเนียบรัฐบาล"): the place is the preparing
# meeting's, which a subject that prepares nothing is not about.
_PREPARING_TH = re.compile(r"เพื่อ\s*เตรียม(?:การ|ความพร้อม)")
_PREPARING_REACH = 160
# (mend-r23d2) The preparing meeting's name, from its noun up to "เพื่อเตรียม…": a subject that
# names it ("ขอเชิญประชุมคณะทำงาน<X>") is about the preparing meeting, whose place this is.
_PREPARING_NAME = re.compile(r"ประชุม\s*(?P<name>[^\s(]{4,24})[^\n]{0,60}?$")


def _preparing_thai(text: MessageText, upto: int) -> bool:
    """Whether the Thai sentence before `upto` tells of a meeting that prepares another, in a
    message whose subject prepares nothing and does not name the preparing meeting."""
    if "เตรียม" in text.subject:
        return False
    found = _PREPARING_TH.search(text.plain, max(0, upto - _PREPARING_REACH), upto)
    if found is None:
        return False
    named = _PREPARING_NAME.search(text.plain, max(0, found.start() - 100), found.start())
    return named is None or named["name"] not in text.subject


# An event that is no meeting, held where it is: a fair, a contest, a festival. A sentence that
# names a meeting too ("the Forum and Exhibition held in …") may be the meeting's.
_NOT_A_MEETING = re.compile(
    r"(?i:\b(?:exhibitions?|fairs?|expos?|festivals?|competitions?|championships?|tournaments?"
    r"|contests?|olympiads?|games|concerts?|matches)\b)"
)
_NOT_A_MEETING_WORDS = (
    *("exhibit", "fair", "expo", "festival", "compet", "champion", "tourna", "contest"),
    *("olympiad", "games", "concert", "matches"),
)
_A_MEETING = re.compile(
    r"(?i:\b(?:meetings?|workshops?|conferences?|forums?|seminars?|dialogues?|summits?"
    r"|symposi(?:um|a)|consultations?|sessions?|congress(?:es)?|assembl(?:y|ies)|trainings?"
    r"|webinars?|retreats?|committees?|councils?)\b)|ประชุม|สัมมนา"
    # (thnames-r23) an agenda's items are a meeting's business: "มีวาระเรื่องเสนอพิจารณา…"
    # (mend-r23d2: not a term of office, "ดำรงตำแหน่งวาระที่ 2", "มีวาระ 4 ปี")
    r"|มีวาระ(?!\s*(?:การดำรง|ดำรง|[\d๐-๙]+\s*ปี))"
    r"|(?<!ตำแหน่ง)(?<!ตำแหน่ง\s)วาระ(?:เรื่อง|ที่\s*[\d๐-๙])"
)


def _another_event(text: MessageText, first: int, upto: int) -> bool:
    """ "… won medals at the International Exhibition of Inventions held in Geneva", in a
    message whose subject names a meeting: the place of an event that is none."""
    window = text.lower[first:upto]
    if not any(word in window for word in _NOT_A_MEETING_WORDS):
        return False
    return (
        _NOT_A_MEETING.search(text.plain, first, upto) is not None
        and _A_MEETING.search(text.plain, first, upto) is None
        and _A_MEETING.search(text.subject) is not None
        and _NOT_A_MEETING.search(text.subject) is None
    )


# A place said on a condition: "should the session take place in …", "if the meeting is held
# at …", "in case it moves to …".
_CONDITIONAL = re.compile(
    r"(?i:\b(?:should|if|in\s+case|unless|whether)\s+(?:the\s+|it\s+|this\s+)?(?:[\w-]+\s+){0,4}?"
    r"(?:take\s+place|(?:is|are|be)\s+held|moves?(?:\s+to)?|convenes?)\s+(?:in|at|to)?\s*)$"
)
_CONDITIONAL_REACH = 80
# A city named for a time zone: "GMT+7 (Bangkok)", "the time zone is that of Jakarta".
_ZONE_BEFORE = re.compile(
    r"(?i:\b(?:GMT|UTC)[^\S\n]*+(?:[-+−]?+[^\S\n]*+\d{1,2}(?::?\d\d)?+[^\S\n]*+\+?+)?+"
    r"[^\S\n]*+\(?+|\btime[\s-]*+zones?\b[^.\n]{0,30})$"
)
_ZONE_REACH = 40
# Where a notice is posted ("ปิดประกาศไว้ในที่เปิดเผย ณ สำนักงาน…", a by-law quoted), and where a
# courtesy call is paid ("เข้าเยี่ยมคารวะ… ณ ทำเนียบ…"): no place of the meeting.
_POSTED_OR_CALLED = re.compile(
    r"ปิดประกาศ|เยี่ยมคารวะ|(?i:\b(?:notices?\s+(?:is\s+|are\s+)?posted|courtesy\s+calls?)\b)"
)
_POSTED_REACH = 80
# A rehearsal's or a test run's place: said just before it ("the dry run will be held at …")
# or in the clause after it before any meeting ("ณ ห้องประชุม… ได้เข้าร่วมซักซ้อม… สำหรับการ
# ประชุม…").
# ("ซักซ้อมความเข้าใจ" is going over an understanding, no rehearsal.)
_REHEARSAL = re.compile(rf"(?i:{cues.DRY_RUN}|rehears|ซ้อม(?!\s*(?:ความเข้าใจ|แนวทาง)))")
_REHEARSAL_WORDS = ("rehears", "dry", "test", "ทดสอบ", "ซ้อม")  # (tried before the patterns)
_REHEARSAL_BEFORE = 60
_REHEARSAL_AFTER = 200


def _rehearsals(text: MessageText, candidate: Candidate, first: int) -> bool:
    reach = text.lower[
        max(first, candidate.start - _REHEARSAL_BEFORE) : candidate.end + _REHEARSAL_AFTER
    ]
    if not any(word in reach for word in _REHEARSAL_WORDS):
        return False
    before = _REHEARSAL.search(
        text.plain, max(first, candidate.start - _REHEARSAL_BEFORE), candidate.start
    )
    if before is not None and not _A_MEETING.search(text.plain, before.end(), candidate.start):
        return True
    paragraph_end = text.paragraph_at(candidate.end)[1]
    after = _REHEARSAL.search(
        text.plain, candidate.end, min(paragraph_end, candidate.end + _REHEARSAL_AFTER)
    )
    return after is not None and not _A_MEETING.search(text.plain, candidate.end, after.start())


_DESK_REACH = 200
_DESK_CUES = ("desk", "counter", "booth", "area", "ลงทะเบียน")  # (tried before the pattern)
