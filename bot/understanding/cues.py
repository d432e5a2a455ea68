"""The words, English and Thai, that the field extractors read as cues: one vocabulary, so that
the date, link, mode, delegate and session readers agree on what "registration" or "a dry run"
is written as. Each entry is a regex fragment without flags; the readers compile it in their
own patterns (case-blind) with the words of their own around it.
"""

from __future__ import annotations

import re

# Signing up for a meeting: "register", "sign up", "RSVP", "confirm your participation",
# "ลงทะเบียน", "ยืนยันการเข้าร่วม". "ตอบรับ" alone is a reply; "แบบตอบรับ" is the reply form
# that carries the nominees' names, which REPLY_FORM names.
REGISTRATION = (
    r"regist|sign[\s-]?up|\bRSVP\b"
    r"|confirm\w*\s+(?:\w+\s+)?(?:participation|attendance)"
    r"|ลงทะเบียน|(?<!แบบ)ตอบรับ|ยืนยันการเข้าร่วม"
)
REPLY_FORM = r"แบบตอบรับ"
# A nomination form is how a delegation registers ("submit your nominations through the link
# below"), as "แจ้งรายชื่อ" is in Thai.
NOMINATION_FORM = r"nominations?\b|แจ้งรายชื่อ"

# Sessions beside the meeting itself: a test of the connection and a rehearsal.
DRY_RUN = r"dry[\s-]?run|test[\s-]?run|ทดสอบระบบ"
REHEARSAL = r"rehears|ซ้อม"
BRIEFING = r"orientation|briefing|pre-?(?:meeting|training|departure)|ปฐมนิเทศ"
SIDE_SESSION = rf"{DRY_RUN}|{REHEARSAL}|{BRIEFING}"

# How a Thai person's name is opened: "นางสาวสมศรี", "ดร.สมชาย", "ผศ.ดร.…" (longest first).
THAI_HONORIFICS = r"นางสาว|นาย|นาง|คุณ|ดร\.|พล\.|พ\.ต\.|ร\.ต\.|ศ\.|รศ\.|ผศ\."

# A Thai request: "ขอให้…", "ขอความร่วมมือ…", "กรุณา…", "โปรด…" (asks, asks the help of, please).
THAI_ASKS = r"ขอให้|ขอความ|กรุณา|โปรด"

# A day gone by, as a Thai story opens on it: "เมื่อวันที่ …", or by its part, "เมื่อช่วงบ่ายของวันที่
# 13 …", "เมื่อเช้าวันนี้", "เมื่อค่ำวันพฤหัสบดีที่ 8 …" (in the afternoon, morning, evening of).
THAI_GONE_BY = r"เมื่อ(?:ช่วง|ตอน)?(?:(?:เช้า|สาย|บ่าย|เย็น|ค่ำ)(?:ของ)?)?"

# A trip beside the meeting: its day is a milestone, not the meeting's, and its place is not
# where the meeting is ("ศึกษาดูงาน ณ ประเทศมาเลเซีย").
SIDE_TRIP = r"study\s+(?:visit|tour)|field\s+(?:trip|visit)|site\s+visit|excursion|ศึกษาดูงาน|ทัศนศึกษา"

# Holding a meeting: as a participle ("was held", "is convened", "co-hosted by") and in any
# tense ("took place", "takes place", "convene"). Each reader sets the tense and the words
# around them that it needs (a report's past, a place's "in", a day's "today").
HELD_PARTICIPLE = r"held|convened|organi[sz]ed|hosted|conducted"
HELD = rf"{HELD_PARTICIPLE}|take[sn]?\s+place|taking\s+place|took\s+place|convene[ds]?"

# Another meeting this one prepares for, follows or leads up to: "in preparation for the leaders'
# meeting …", "following the 12th Senior Officials' Meeting (SLOM), …"; the place its name is
# "held in" is that meeting's (bot.understanding.fields.world_places.other_meetings_place).
OTHER_MEETING_BEFORE = (
    r"(?i:\b(?:in\s+preparation\s+for|preparatory\s+to|(?:to\s+)?prepare\s+for|ahead\s+of"
    r"|in\s+the\s+(?:run|lead)[\s-]up\s+to|leading\s+up\s+to|following|after|preceded\s+by"
    r"|followed\s+by)\b)"
)
# The first word of each of OTHER_MEETING_BEFORE's choices, where a search for it may begin
# (written beside it, so that a cue added there is added here).
OTHER_MEETING_BEFORE_FIRST = ("in", "preparatory", "to", "prepare", "ahead", "leading",
                              "following", "after", "preceded", "followed")  # fmt: skip
# The verb of holding that belongs to the meeting named before it: "… to be held in", "…, held
# in May 2016 in", "… which will be held at".
HELD_ATTRIBUTIVE = (
    r"(?i:(?:,?\s+to\s+be|,?\s+(?:which|that)\s+(?:will\s+be|is\s+to\s+be|was|were|had\s+been)|,)"
    rf"\s+(?:{HELD_PARTICIPLE})(?:\s+(?:on|in)\s+[^,.;:]{{1,25}}?)?\s+(?:in|at)\s+)"
)

# What a report says happened, beside the words of holding a meeting: "presided over the
# opening", "met", "หารือกับ", "เป็นประธานการประชุม". ประชุม alone names a meeting in any tense
# ("จะประชุม", "ขอเชิญประชุม"): only a verb of holding, convening or opening one ("จัดประชุม",
# "เรียกประชุม", "เปิดการสัมมนา", as English "organized", "convened", "opened"), or a sign of
# the past ("ได้ประชุม", "ได้มีการ", "ร่วมประชุม", "ประชุม…แล้วเสร็จ") says it happened.
HAPPENED = (
    rf"(?i:\b(?:{HELD}|presided|opened|met|chaired|gathered|launched|attended|discussed)\b)"
    r"|หารือ|ได้(?:มีการ|ร่วม)?(?:การ)?ประชุม|ได้มีการ|(?<!เชิญ)(?<!เชิญเข้า)ร่วม(?:การ)?ประชุม"
    r"|(?:จัด|เรียก|เปิด)(?:การ)?(?:ประชุม|สัมมนา|อบรม)|นำคณะ"
    r"|ประชุม[^\s]{0,30}?(?:ไปแล้ว|เสร็จสิ้น|แล้วเสร็จ)|เป็นประธาน|(?<!เชิญ)เข้าร่วม|จัดขึ้น|ได้จัด|พบปะ"
)

# A news dateline: the place a report is filed from, then its date, then a dash or a colon:
# "BANDAR SERI BEGAWAN, 6 April 2017 –", "AKP Phnom Penh, October 03, 2018 —" (a news
# agency's letters may stand first), "SINGAPORE, Dec. 6 (Xinhua) --" (and its name after the
# date). The date between them is each reader's own.
DATELINE_PLACE = (
    r"(?:[A-Z]{2,6}[^\S\n]+(?=[A-Z][a-z]))?(?P<name>[A-Z][A-Za-z]+(?:[^\S\n][A-Z][A-Za-z]+){0,2})"
    # "Bangkok, Thailand, 15 August 2023 –": the country may follow the city.
    r"(?:,[^\S\n]*[A-Z][A-Za-z]+(?:[^\S\n][A-Z][A-Za-z]+){0,2}(?=,))?"
)
DATELINE_END = r"[^\S\n]*(?:\([^()\n]{1,30}\)[^\S\n]*)?(?:[–—:]|--?)"

# Reported speech, the verbs a story gives its source's words by: "…, the ministry said on
# Friday", "says", "said two officials". Readers of a story's source (kind_news), of the day a
# thing was said (fields/news_day), of a count's speakers (fields/delegates_told) and of a verb
# closing a venue's name (fields/venue_name) build on these, each with words of its own.
SPEECH_VERBS = ("said", "says")
# A statement made for the record ("announced Tuesday", "stated that"): the day it was said and a
# clause after a venue's name, but an organiser says it of its own meeting too, so these are no
# sign of a third party's story (kind_news) and take a count as their object, not as speakers
# ("announced 20 seats", fields/delegates_told).
STATEMENT_VERBS = ("announced", "stated")

# Thai events that are not meetings by their nouns and are called off, put off and named as one
# is: a contest ("การประกวด…", "การแข่งขัน…"), a panel ("เสวนา"), an activity ("กิจกรรม"), a course
# ("หลักสูตร"), a fair ("มหกรรม"), a day's celebration ("งานวันแม่…"), a camp ("ค่าย…").
THAI_EVENT = r"ประกวด|แข่งขัน|เสวนา|กิจกรรม|หลักสูตร|มหกรรม|งานวัน|ค่าย"

# English month names and their abbreviations as whole words (without the boundaries).
MONTH_NAME_EN = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)

# Thai's "video": the borrowed word however its vowels are spelt (fields/mode_sides reads a call
# by these), and with the coined word วีดิทัศน์ any Thai "video" (kind_words.HELD_BY_VIDEO).
VIDEO_TH_BORROWED = ("วิดีโอ", "วีดีโอ", "วีดิโอ")
VIDEO_TH = "(?:" + "|".join((*VIDEO_TH_BORROWED, "วีดิทัศน์", "วิดีทัศน์")) + ")"

# A Thai city's title before its name: "กรุงฮานอย", "นครคุนหมิง", "เมืองตูลูซ" (fields/
# thai_titled_city reads the city by it; the gazetteer and place readers step over it).
THAI_CITY_TITLES = ("เมือง", "นคร", "กรุง")
THAI_CITY_TITLE = "(?:" + "|".join(THAI_CITY_TITLES) + ")"

_THAI_SCRIPT = re.compile("[\u0e00-\u0e7f]")


def written_in_thai(text: str) -> bool:
    """Whether `text` has any Thai letter or digit."""
    # (an ASCII text is known as one without reading it: no scan of it)
    return not text.isascii() and _THAI_SCRIPT.search(text) is not None
