"""The words triage reads a message's kind by, English and Thai: follow-ups, cancellations and
postponements, reports and news of a meeting held, circulars (invitations:
bot.understanding.kind_invite_words; mail that is about no meeting:
bot.understanding.kind_mail_words). Kept apart from bot.understanding.triage, which weighs where
they stand.
"""

from __future__ import annotations

import re

from bot.understanding import cues
from bot.understanding.fields.title_words import MEETING_NOUNS
from bot.understanding.prefilter import prefiltered

# The prefiltered patterns are tried only where one of their first words begins
# (bot.understanding.prefilter): a leading \b makes the engine try every position.
# (kinds23: round eighteen: also the gerund, "Cancelling the Regular Board Meeting")
CANCEL = prefiltered(["cancel"], r"\bcancel(?:l?ed|l?ing|lation|s)?\b")
# A meeting called off without the word "cancel": said only of an event, so a hotel named
# beside it does not make it a booking's.
CALLED_OFF = prefiltered(
    ["will", "no", "called", "ขอ", "ยกเลิก", "งด", "ประกาศ", "decided", "agreed", "resolved"],
    r"(?:will\s+(?:no\s+longer|not)|no\s+longer)\s+(?:be\s+)?(?:held|take\s+place|proceed|go(?:ing)?"
    # "will not take place until after the report": put off, not called off; "will not be held
    # in person": moved online, not called off
    r"\s+ahead)(?!\s+(?:until|till|before|in[\s-]person|physically|face[\s-]to[\s-]face|on[\s-]?site))"
    # "งดการประชุมสภา…" calls a sitting off; "ประกาศ ยกเลิกการประกวด…" a contest, as Thai
    # notices call off events that are no meeting by name; what งด calls off is named, as a
    # green meeting "งดการจัดพิมพ์เอกสาร" and "งดการจัดเลี้ยง" (no printing, no banquet)
    # kinds21: round sixteen: a decision whose object is the meeting not held, "has decided
    # not to proceed with the fourth meeting", "agreed not to convene"
    r"|(?:decided|agreed|resolved)\s+not\s+to\s+(?:proceed|hold|convene|go\s+ahead)\b"
    r"|called\s+off|(?:(?:ขอ|ประกาศ)\s*)?ยกเลิก(?:การ)?(?:ประชุม|จัด|สัมมนา|อบรม"
    rf"|{cues.THAI_EVENT})|งด\s{{0,3}}(?:การ)?(?:จัด)?(?:การ)?\s{{0,3}}(?:ประชุม|สัมมนา|อบรม"
    # (kinds22: round seventeen: "งดจัดการประชุม…", also where a PDF breaks the line after งด)
    rf"|{cues.THAI_EVENT})",
)
# A hotel's cancellation policy is not a cancelled meeting, nor is a participant's own
# registration that may be cancelled ("You can cancel your registration at any time").
CANCEL_NOT_MEETING = re.compile(
    r"hotel|room|booking|reservation|fee|charge|policy|refund|flight|ticket|ห้องพัก|โรงแรม"
    r"|(?:your|their|my)\s+(?:registration|attendance|participation|rsvp)"
    # a registration page's terms: "cancellations received in writing", "substitutions",
    # "unpaid registrations will be cancelled"
    r"|registrants?|substitut|in\s+writing|cancellations?\s+(?:received|made|must|requests?)"
    r"|unpaid|payment|registrations?\b[^.\n]{0,50}?(?:will|may|shall)\s+be\s+cancel"
    # the terms of any event: "the organizers reserve the right to cancel", "full cancellations"
    # (not "a full cancellation of the summit": mend-r20b)
    r"|right\s+to\s+cancel|(?:full|partial)\s+cancell?ations?\b(?!\s+of\s+(?:the|this|our|its)\b)"
    # "is not cancelled but postponed to 2021"
    r"|\bnot\s+(?:been\s+|be\s+)?cancel"
    # another event called off before, as the news of this one's cause: "Following the
    # cancellation of the Leaders' Week, Senior Officials will meet in Example City"
    r"|(?:following|after)\s+the\s+cancell?ation\s+of"
    # kinds20: round fifteen: a commitment of one who comes, not the meeting: "X initially had
    # another appointment on that day, but it was canceled"
    r"|\b(?:another|other|prior)\s+(?:appointments?|engagements?|commitments?)\b",
)
# What follows "mov" or "shift" in a move to later days: "moved to late October".
_MOVED_TO = (
    r"(?:e|ed|es|ing|s)?\s+(?:[\w.-]+\s+){0,5}?to\s+(?:(?:late|early|mid)[\s-]+)?"
    rf"(?:(?:{cues.MONTH_NAME_EN})\b|\d|next\s+year\b|a\s+later\s+date\b)"
)
# A meeting given later days: "revised dates", "moved to late October", "move this event to
# April of 2022" (a move to a day or a year, not to a room or online).
_NEW_DATES = (
    r"revised\s+dates?\b"
    # (kinds22: round seventeen: also "shift annual conference to 2021", another verb of the
    # same move)
    # (each verb spelt whole, not "(?:mov|shift)": an alternative that opens on a group makes
    # the engine try the whole pattern, and POSTPONE which holds it, at every character)
    rf"|mov{_MOVED_TO}|shift{_MOVED_TO}"
    # kinds23: round eighteen: "was cancelled and rescheduled to Wednesday November 30": put off
    # (not "the rescheduled meeting for …", nor a move called off later in its sentence; mend19a)
    r"|cancell?ed\s+and\s+(?:\w+\s+){0,2}?re-?scheduled\s+(?:[\w.-]+\s+){0,3}?(?:to|for)\s+"
    rf"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|(?:{cues.MONTH_NAME_EN})\b|\d)(?![^.;\n]*cancel)"
)
NEW_DATES = re.compile(_NEW_DATES)
POSTPONE = re.compile(
    r"postpone|re-?schedul|deferr?ed|new\s+dates?|change\s+(?:of|in)\s+(?:the\s+)?(?:date|schedule)"
    # "ขอแจ้งเลื่อนประชุมใหญ่", "เลื่อนการสัมมนาออกไปก่อน", a headline's "เลื่อน! การจัดงาน…",
    # "…เลื่อนไม่มีกำหนด"; not one denied: "ฝ่ายค้านไม่ได้เลื่อนวัน…" (the day stays)
    # (the words before it read behind it, so that the alternative opens on a letter and the
    # engine skips to where one can begin)
    r"|เลื่อน(?<!ไม่เลื่อน)(?<!ไม่ได้เลื่อน)(?<!ไม่มีการเลื่อน)(?:\s*!\s*|[^\S\n]{1,2})?(?:การ|ออก|กำหนด|วัน|ประชุม|สัมมนา|อบรม|จัด|งาน"
    # (kindsth-r21: round twenty-one: "การเลื่อนเปิดอบรมหลักสูตร…", its opening put off; not one
    # brought forward, "เลื่อนเปิดงานให้เร็วขึ้น", mend-r21b)
    r"|เปิด(?:การ)?(?:ประชุม|สัมมนา|อบรม|งาน)(?![^\n]{0,30}?เร็วขึ้น)"
    rf"|ไม่มีกำหนด|หารือ|{cues.THAI_EVENT})|ออกไปก่อน|เปลี่ยนแปลง(?:วัน|กำหนด)"
    # kinds20: round fifteen: "The revised dates for Conference 2020 will be …", "opted to move
    # this event to April of 2022"
    rf"|{_NEW_DATES}"
    # kindsen-r21: "the committee agreed that the AGM should be delayed", "the summit had been
    # first delayed to mid-2021", "we apologise for the delay in holding the AGM" (not "will
    # not be delayed"; the adjective, "the delayed 2020 AGM", tells of a meeting held since)
    # (read behind "delay", a rare word, so that the engine skips to it)
    r"|delay(?:ed\b(?:(?<=\bbe\sdelayed)|(?<=\bbeen\sdelayed)|(?<=\bbeing\sdelayed)"
    r"|(?<=\bbeen\sfirst\sdelayed))(?<!not\sbe\sdelayed)|\s+in\s+holding\b)",
)
# A subject that denies the meeting is put off: what its text says of a request to move it
# is news of a day kept.
NOT_POSTPONED = re.compile(
    r"ไม่(?:ได้|มีการ)?\s*เลื่อน|\bnot\s+(?:be(?:en)?\s+)?(?:postponed|rescheduled|deferred)\b"
    r"|\bno\s+postponement\b"
)
# News of a meeting already held: "was held", "took place", "convened a workshop", "met in
# Hanoi", "kicked off", "จัดขึ้นเมื่อ", "ได้จัดการประชุม". Said of a meeting still to come only
# in the passive of the future or present ("will be held", "is organized"), or as an
# attribute ("co-hosted by"): left out.
# (kindsen-r22: nor a counterfactual, "if we had hosted an in-person summit", "would have
# convened": what did not happen; mend-r22b: also "could / might / should have convened", "had
# we hosted"; a word's edge first, so the look-behinds are read only there)
NOT_PAST = (
    r"\b(?<!\bbe\s)(?<!\bis\s)(?<!\bare\s)(?<!being\s)(?<!-)(?<!\b(?:would|could|might)\shave\s)"
    r"(?<!\bshould\shave\s)(?<!\bif\s(?:we|it)\shad\s)(?<!\bif\sthey\shad\s)(?<!\bhad\swe\s)"
)


def not_right_after(*words: str) -> str:
    """Look-behinds that let a match open neither right after one of `words` nor after it and
    one blank ("จะได้…", "จะ ได้…")."""
    return "".join(rf"(?<!{word})(?<!{word}\s)" for word in words)


# ได้ before a verb (did …): not ได้แก่ (namely), ได้ที่ (at), ได้ตั้งแต่ (from), ได้ทาง (by)
NOT_DID = "แก่|ที่|ตั้งแต่|ทาง"
# (mend-r23a: what stands before ได้ where it tells no deed done: one that will, may, should or
# must be (จะ, อาจ, ควร, ต้อง), one not done (ไม่, มิ, ไม่เคย), one wished for (ให้, เพื่อ) or
# supposed (หาก, ถ้า, เมื่อ: once done): "ยังมิได้ประชุม…", "หากได้ดำเนินการจัดประชุมแล้ว ขอให้รายงาน…")
_NOT_YET = not_right_after(
    "จะ", "อาจ", "ควร", "ต้อง", "ไม่", "มิ", "เคย", "ให้", "เพื่อ", "หาก", "ถ้า", "เมื่อ"
)
HELD = prefiltered(
    [
        *("was", "were", "has", "have", "had", "took", "concluded", "commenced", "opened"),
        *("wrapped", "closed", "ended", "convened", "organized", "organised", "hosted", "held"),
        *("rolled", "kicked", "gathered", "met", "presided", "recently"),
        *("ได้จัด", r"เป็น\n?ประธาน", "ได้เข้าร่วม", "ร่วมประชุม", "ประชุมหารือ", "จัด"),
        *("เปิด", "มีผู้เข้าร่วม", "นำคณะ", "attended", "co-", "chaired", "วันนี้", "เมื่อ", "คน"),
        *("ได้พบ", "ได้เข้าพบ", "ร่วมรับฟัง", "เข้ารับฟัง", "ได้เชิญ", "ช่วง", "ในการ", "ที่ประชุม"),
        *("ได้ดำเนินการ", "ได้ประชุม"),
    ],
    r"\b(?:was|were|(?:has|have|had)\s+been)\s+(?:\w+ly\s+)?"
    rf"(?:{cues.HELD_PARTICIPLE}|opened|launched|concluded|attended)\b|\btook\s+place\b"
    r"|\b(?:concluded|commenced|opened|wrapped\s+up|closed|ended)\s+(?:today|yesterday|here"
    r"|on\s+\w+day)\b|\brecently\s+(?:ended|concluded|held)\b"
    rf"|{NOT_PAST}\b(?:convened|organi[sz]ed|hosted|opened|commenced|rolled\s+out|kicked\s+off"
    r"|gathered\s+(?:at|for|in)|met\s+(?:in|at|on)|presided\s+over|(?:co-)?chaired)\b(?!\s+by\b)"
    rf"|{NOT_PAST}\bheld\s+(?:on|in|at|from|via|virtually|online|last|its|their)\b"
    # what was held may be an event or a project ("ได้จัดงาน…", "เป็นประธานเปิดโครงการ…")
    # "X attended the Informal Senior Officials Meeting today", not "those who will attend"
    rf"|{NOT_PAST}\battended\s+(?:the|a|an|this)\b"
    # "…ครั้งที่ 3 ได้จัดขึ้นโดย…", "…จัดขึ้นแล้ว": said held, whatever follows
    r"|(?<!จะ)ได้จัดขึ้น|จัดขึ้นแล้ว"
    # (kinds23: round eighteen: not "ที่จะจัดขึ้นใน…", to be held, nor "เตรียมเป็นประธาน…", to chair;
    # "จัด(PDF break)ขึ้นที่เมือง… เมื่อวันที่ 6 …" is held at a place on a day gone by)
    r"|(?<!จะ)(?<!จะ\s)จัด\n?ขึ้น(?:เมื่อ|ระหว่าง|ใน|\s*ณ|ที่[^\n]{0,60}?เมื่อ(?:วัน|เวลา))|ได้จัด(?:ให้มี)?(?:การ)?(?:ประชุม|สัมมนา|ฝึกอบรม|อบรม"
    rf"|งาน|โครงการ|{cues.THAI_EVENT})"
    # (a co-chair "เป็นประธานร่วม…"; a PDF's line may break before the event's noun)
    # (not one who will chair it: "จะเป็นประธานการประชุม…")
    # (since round fourteen's second pass also "เป็นประธานและกล่าวเปิด การประชุม…", presided and
    # gave its opening address)
    # (kindsth-r21: round twenty-one: a PDF's line may break inside "เป็น|ประธาน", as Thai
    # text wraps between any two words)
    # (kindsth-r22: round twenty-two: "เป็นประธานในการจัดงาน…", presided over its holding, and
    # a PDF's line broken inside "การ|ประชุม")
    r"|(?<!จะ)(?<!จะ\s)(?<!เตรียม)เป็น\n?ประธาน(?:ร่วม)?(?:ใน)?(?:พิธี)?(?:(?:และ)?(?:กล่าว)?(?:เปิด|ปิด))?\s*(?:การ)?(?:จัด(?:การ)?)?\n?(?:ประชุม|สัมมนา|ฝึกอบรม|อบรม|งาน|โครงการ"
    rf"|{cues.THAI_EVENT})"
    r"|ได้เข้าร่วม(?:การ)?(?:ประชุม|สัมมนา)|(?<!เชิญ)ร่วมประชุม(?:หารือ)?กับ|ประชุมหารือ(?:ร่วม)?กับ"
    # an envoy who "ได้พบหารือกับ…" (met and talked with) held a meeting of no name
    r"|ได้(?:เข้า)?พบ(?:ปะ)?(?:และ)?หารือ"
    # Thai news tells the day a meeting was held with เมื่อ ("จัดประชุม… เมื่อวันพุธที่ 15…"; a
    # day to come is "ในวันที่"; "ตามมติที่ประชุม… เมื่อวัน…" recalls a resolution), those who
    # came ("มีผู้เข้าร่วมประชุมกว่า 100 คน") and a delegation led to a meeting abroad
    # ("นำคณะผู้แทนไทยเข้าร่วม…"), not those who will ("คาดว่าจะมีผู้เข้าร่วมกว่า 200 คน")
    # (across the lines a mail wraps a paragraph into, not across a blank line)
    # (kinds22: round seventeen: not one told ahead, "จะจัดการประชุม… ในสัปดาห์หน้า", whatever
    # day gone by the next line tells; and also what was said "ในการประชุม… เมื่อวันที่ 20 …",
    # at a meeting held on a day gone by, not a resolution recited "ได้มีมติในการประชุม…")
    r"|(?:(?<!จะ)(?<!จะ\s)(?:จัด|เปิด)|(?<!มติ)(?<!มติ\s)ในการ)(?:การ)?(?:ประชุม|สัมมนา|อบรม|แถลงข่าว)(?:[^\n]|\n(?![^\S\n]*+\n)){0,200}?"
    r"เมื่อ(?:วัน|เวลา)"
    # (kindsth-r22: round twenty-two: also "มีผู้เข้าร่วมประชุมฯ จำนวน 25 คน", the count of those
    # who came; and what the meeting did, "ที่ประชุมได้หารือ…", not a letter's recital of a
    # resolution, "ตามที่ที่ประชุมได้มีมติ…")
    # (mend-r22a: nor those expected, "คาดว่ามีผู้เข้าร่วม…"; nor the meeting asked or supposed to,
    # "เพื่อให้ที่ประชุมได้พิจารณา…" (an agenda's item), "หากที่ประชุมได้ข้อยุติ…", nor a venue's
    # change, "สถานที่ประชุมได้เปลี่ยน…"; and the recital's ที่ doubled, "ตามที่ที่ประชุม…", which
    # "not after ตาม" let by, is one, as is one spaced, "ตามที่ ที่ประชุม…")
    rf"|{not_right_after('จะ', 'คาดว่า')}มีผู้เข้าร่วม(?:ประชุม|สัมมนา|อบรม|งาน)?ฯ?\s*"
    rf"(?:กว่า|ทั้งสิ้น|จำนวน\s*[\d๐-๙]+\s*คน)|{not_right_after('ตาม', 'ตามที่', 'ให้', 'เพื่อ')}"
    r"(?<!สถาน)(?<!หาก)(?<!ถ้า)"
    rf"ที่ประชุม\s*ได้(?!{NOT_DID})[ก-ฮเ-ไ]"
    r"|(?<!จะ)นำคณะ[^\n]{0,80}?เข้าร่วม"
    # (kindsth-r23: round twenty-three: a local office's news of what it did, "อบต.… ได้ประชุม
    # ร่วมกับผู้นำชุมชน…" (did meet; not one that will, may or did not: "จะได้ประชุม", "ไม่ได้
    # ประชุม"), and "ได้ดำเนินการจัดโครงการ… / ได้ดำเนินการประชุมหารือ…" (carried out the project,
    # the meeting): ได้ marks the deed done as in "ได้จัดการประชุม")
    rf"|{_NOT_YET}ได้ประชุม"
    rf"|{_NOT_YET}ได้ดำเนินการ(?:จัด(?:การ)?(?:งาน|โครงการ)|(?:จัด)?(?:การ)?(?:ประชุม|สัมมนา|ฝึกอบรม"
    rf"|อบรม|{cues.THAI_EVENT}))"
    # Thai news opens with the day it tells of: "วันนี้ (9 เมษายน 2562) … สัมมนา…" (today, on
    # the day the story is filed, and the event in its sentence), or a line "เมื่อวันที่ 26
    # มกราคม 2566 ที่ผ่านมา …" (the day gone by); and counts those who came: "… จำนวน 70 คน
    # ร่วมประชุม…" (a request names a few delegates)
    # (since round fourteen not a trip told on it: "วันนี้ (18 …) … จะออกเดินทาง… ไปร่วมการ
    # ประชุม…", a departure for a meeting ahead, or "… จะไม่เข้าร่วมการประชุม", leaders who
    # will stay away)
    # (kinds22: round seventeen: nor one "มีกำหนดออกเดินทาง…", scheduled to leave, the future
    # told as a plan)
    r"|วันนี้\s*\(\s*[\d๐-๙](?:(?!จะ(?:ออก)?เดินทาง|จะไม่|มีกำหนด)[^\n]){0,200}?"
    r"(?:ประชุม|สัมมนา|อบรม|งาน|โครงการ)"
    r"|(?<![^\n])เมื่อ(?:วัน|เวลา)[^\n]{0,40}?ที่ผ่านมา"
    r"|(?:(?<=[\d๐-๙]{2})|(?<=[\d๐-๙]{2}\s))คน\s*(?:ได้)?(?:เข้า)?ร่วม(?:ประชุม|สัมมนา|อบรม|งาน)"
    # since round thirteen: an office that joined a video conference to listen ("ร่วมรับฟังการ
    # ประชุมทางไกล", "เข้ารับฟังการประชุม…", not one asked to: "ขอเชิญร่วมรับฟัง…", "จะเข้ารับฟัง…");
    # those it "ได้เชิญ" (has invited) to a meeting on a day gone by ("… ประชุม เมื่อวันจันทร์ที่
    # 14 …"); a meeting "over the past two days" ("ช่วงสองวันที่ผ่านมา")
    r"|(?:ร่วม|เข้า)รับฟัง(?<!เชิญร่วมรับฟัง)(?<!เชิญเข้ารับฟัง)(?<!จะร่วมรับฟัง)(?<!จะเข้ารับฟัง)"
    r"(?:การ)?ประชุม"
    r"|ได้เชิญ[^\n]{0,120}?ประชุม\s*เมื่อ(?:วัน|เวลา)"
    r"|ช่วง\S{0,12}?(?:วัน|สัปดาห์)ที่ผ่านมา",
)
# kinds20: round fifteen. Thai news of a day gone by: a line that opens on its day with เมื่อ
# ("เมื่อวันที่ ๒๓ … สถานเอกอัครราชทูต… ได้จัดกิจกรรม…", "เมื่อวันอังคารที่ 3 … X ร่วมกับ Y …
# จัดงาน…"; a day to come is "ในวันที่") and tells in its sentence what its subject held, joined
# or chaired. Not what someone said on that day ("… กล่าวว่า ในวันที่ 11 … จะ…"), nor a letter's
# recital ("… ตามที่ …"): their verbs tell of another day.
# (the day gone by may be told by its part: cues.THAI_GONE_BY)
DAY_GONE_BY = prefiltered(
    ["เมื่อ"],
    # (at a line's start, past blanks: bot.understanding.triage asks that)
    # (across the lines a PDF wraps its paragraph into, not across a blank line)
    # (kindsth-r21: round twenty-one: 240 characters, was 160, for an envoy's long title before
    # the verb; what is stated, แถลง, or scheduled, กำหนด, ends the reading as กล่าว does: a
    # spokesman's briefing "เมื่อวันที่ … แถลง… ถึงกำหนดการ… ร่วมประชุม" tells of meetings ahead)
    # (mend-r21b: nor what a letter says, "เมื่อวันที่ … ได้รับหนังสือ… แจ้งว่า… เข้าร่วมประชุม… ในวันที่
    # 20 …": a memo's letter of a meeting ahead)
    rf"{cues.THAI_GONE_BY}(?:วัน|เวลา)(?:(?!กล่าว|เปิดเผย|แถลง|ตามที่|จะ|กำหนด|(?:ได้รับ|มี)หนังสือ|แจ้งว่า)"
    r"(?:[^\n]|\n(?![^\S\n]*+\n))){0,240}?"
    # (kindsth-r23: also those who opened the meeting on that day, "… คณะกรรมการชุมชนเปิดการ
    # ประชุมประจำเดือน…", as its chair does)
    r"(?:ร่วมกับ|(?:ได้)?(?:ร่วมกัน)?(?:จัด(?:ให้มี)?|เปิด)(?:การ)?(?:ประชุม|สัมมนา|อบรม|งาน|โครงการ"
    rf"|{cues.THAI_EVENT})|เป็น\n?ประธาน|(?:ได้)?(?:เข้า)?ร่วม(?:การ)?(?:ประชุม|งาน|พิธี|กิจกรรม))",
)
# What a meeting's news calls it, near the verb: its nouns (title_words, one vocabulary), or
# an event or gathering, or a Thai event, project or public forum ("เป็นประธานเปิดงาน…").
HELD_NEAR = re.compile(
    rf"\b(?:{MEETING_NOUNS}|events?|gatherings?)\b|ประชุม|สัมมนา|อบรม|งาน|โครงการ|ประชาคม|หารือ"
    rf"|{cues.THAI_EVENT}",
)
SENDS_ON = re.compile(
    r"ส่งสำเนา|ขอส่ง|ส่งต่อ|แจ้งเวียน|forward(?:ed|ing)?\b|please\s+find\s+(?:attached|enclosed)",
)
# (kindsth-r23: round twenty-three: not an agenda's kind of items, "วาระเรื่องเสนอพิจารณา … และ
# เพื่อทราบ …", "เรื่องเพื่อทราบ", told in news of the meeting that heard them; mend-r23a: an
# agenda's items are never "เพื่อโปรดทราบ", a request to the reader, and a matter sent or told
# on, "จึงแจ้งเรื่องเพื่อทราบ", "ขอส่งเรื่องเพื่อทราบ", is a memo's closing)
CIRCULAR = prefiltered(
    ["มาเพื่อ", "เพื่อ", "แจ้งเวียน", "ส่งต่อเพื่อ", "for", "fyi"],
    r"มาเพื่อ(?:โปรด)?ทราบ|(?:(?<!และ)(?<!และ\s)(?<!(?<!ส่ง)(?<!แจ้ง)เรื่อง)(?<!วาระ)เพื่อ|เพื่อโปรด)ทราบ"
    r"(?:และ(?:พิจารณา)?ใช้ประโยชน์)?|แจ้งเวียน|ส่งต่อเพื่อ(?:โปรด)?ทราบ"
    r"|for\s+your\s+(?:information|reference)|\bfyi\b|for\s+information\s+only",
)
# A document that lists a meeting's items or people: its items name reports.
LISTS = re.compile(
    r"(?:provisional|annotated|revised|draft)\s+agenda|agenda\s+items?\b"
    r"|(?:list|register)\s+of\s+(?:participants|delegations|delegates|representatives)"
    # a register without its heading: its entries ("Head of Delegation", "Alternate
    # Delegate"), or a line that heads it ("Delegations", "Member States")
    r"|heads?\s+of\s+delegation\b[^\n]{0,80}\n[^\n]{0,200}\b(?:alternates?|advis[eo]rs?|delegates?)\b"
    r"|(?:^|\n)[ \t]*(?:delegations|participants|member\s+states)[ \t]*:?[ \t]*\n"
    r"|ระเบียบวาระ|รายชื่อผู้เข้าร่วม"
)
# Words that only a message following an earlier one uses.
FOLLOW_UP = re.compile(
    r"further\s+to|we\s+refer\s+to|following\s+(?:up|our)"
    # (kindsen-r21: opening its sentence or naming the mail answered; not a decision, mend-r21d)
    r"|with\s+reference\s+to\b(?:(?<![^\n]with\sreference\sto)|(?<=[\n.]\swith\sreference\sto)"
    r"|(?=\s+(?:our|your|my|the\s+(?:above|previous|earlier))\b))(?!\s+(?:the\s+)?(?:[\w'’-]+\s+)"
    r"{0,3}?(?:decisions?|resolutions?|mandates?|articles?|paragraphs?|rules?|regulations?)\b)"
    # (a reminder the organisers will send is no reminder: "sent again in a reminder email";
    # nor one sent before, "a reminder was sent out on 2 May", "I sent a reminder to some
    # members", nor an agenda's item "Reminder about upcoming plenary": the message is one
    # when it says so, "Reminder: …", "This is a reminder that …", "Reminder to register")
    # (every alternative opens on a letter, so the engine skips to where one can begin)
    # (the words before it are read behind it, so that the alternative opens on "reminder")
    r"|reminder(?<!sent\sa\sreminder)(?<!sent\sout\sa\sreminder)"
    r"(?:(?=[^\S\n]*(?:$|\n|[:\-–!])|\s+(?:that|to|of|and|for)\b)|(?<=is\sa\sreminder)"
    r"|(?<=friendly\sreminder)|(?<=gentle\sreminder)|(?<=kind\sreminder)|(?<=quick\sreminder)"
    r"|(?<=just\sa\sreminder)|(?<=as\sa\sreminder))"
    # a notice of a changed hour follows the one that gave it: "Time change for the … meeting"
    r"|time\s+change\b(?<!\wtime\schange)|change\s+of\s+(?:the\s+)?(?:meeting\s+)?time\b"
    # kinds21: round sixteen: so does one of a changed day, "(please note date change from
    # 8 July)": its new day is given beside it
    r"|date\s+change\b(?<!\wdate\schange)"
    r"|เปลี่ยนแปลงเวลา|เปลี่ยนเวลา"
    # and one of a changed room or place: "Change of venue", "สั่งเปลี่ยนที่ประชุม 2 คณะ",
    # "ย้ายห้องประชุม"
    r"|change\s+of\s+(?:the\s+)?(?:meeting\s+)?(?:venue|room)\b"
    r"|เปลี่ยน(?:แปลง)?(?:ห้อง|สถานที่|ที่)(?:การ)?ประชุม|ย้าย(?:ห้อง|สถานที่|ที่)(?:การ)?ประชุม"
    # or its hour moved, or brought forward: "เลื่อนเวลาการประชุม", "ครม.เลื่อนถกเร็วขึ้น 1 ชม."
    # (each opens on a letter, not a group: one alternative that opens on a group makes the
    # engine try the whole pattern at every character)
    r"|เลื่อน(?<!ไม่เลื่อน)(?<!ไม่ได้เลื่อน)(?:เวลา|(?:การ)?(?:ถก|ประชุม)?เร็วขึ้น)"
    # joining details sent to one who signed up: "Thank you for registering for the …"
    r"|registering\b(?:(?<=you\sfor\sregistering)|(?<=thanks\sfor\sregistering))"
    r"|registration\b(?:(?<=you\sfor\syour\sregistration)|(?<=thanks\sfor\syour\sregistration))"
    r"|ขอบคุณที่ลงทะเบียน"
    r"|อ้างถึง|ตามที่.{0,60}ได้(?:แจ้ง|เชิญ)",
)
UPDATE = prefiltered(
    [
        *("administrative", "information", "zoom", "meeting", "provisional", "revised"),
        *("update", "please", "ข้อมูลเพิ่มเติม"),
    ],
    r"administrative\s+(?:note|circular)|information\s+note|zoom\s+(?:details|link)|meeting\s+link"
    r"|(?:provisional|revised|updated)\s+(?:agenda|programme)|updates?\s+on|revised"
    r"|please\s+(?:kindly\s+)?find\s+attached|ข้อมูลเพิ่มเติม",
)
# Details promised for later are not details given: "Zoom details will be provided".
PROMISED = re.compile(
    r"will\s+be\s+(?:provided|shared|sent|circulated|informed|made\s+available|announced)"
    r"|in\s+due\s+course|closer\s+to\s+the|จะแจ้ง(?:ให้ทราบ)?(?:ภายหลัง|ต่อไป)",
)
MEETING_WORDS = re.compile(
    rf"\b(?:{MEETING_NOUNS})\b"
    # a general meeting by its letters: "this year's AGM"
    r"|\bagm'?s?\b|ประชุม|สัมมนา|อบรม",
)
# What Thai notices call off, put off and name like a meeting: also contests, a day's
# celebration, a course (cues.THAI_EVENT); and since round fifteen an "event" by that word
# ("move this event to April of 2022").
EVENT_WORDS = re.compile(rf"{MEETING_WORDS.pattern}|{cues.THAI_EVENT}|\bevents?\b")
# A body's record of its session, sentence by sentence: "The Council noted …", "The Committee
# decided …"; the sessions it says were cancelled are its statistics, not a notice.
PROCEEDINGS = prefiltered(
    ["the"],
    r"the\s+(?:council|committee|board|conference|assembly|commission)\s+(?:also\s+)?"
    r"(?:noted|recalled|decided|agreed|requested|welcomed|endorsed|reaffirmed|stressed"
    r"|emphasi[sz]ed|expressed|took\s+note)\b",
)

# The meeting held online instead: what was cancelled is its room, not the meeting.
MOVED_ONLINE = re.compile(
    # (kinds21: round sixteen: not the plan of the meeting called off, "which was scheduled to
    # be held online")
    r"\b(?:hold|(?<!scheduled\sto\sbe\s)(?<!planned\sto\sbe\s)held|convene[ds]?|take\s+place|go\s+forward|move[ds]?|switch(?:ed)?|transition(?:ed)?)"
    r"\s+(?:[\w-]+\s+){0,5}?(?:virtual(?:ly)?|online)\b(?!\s+(?:registration|payment|form))"
)

# kinds22: round seventeen. A subject that names the meeting held by video ("… ประชุม ครม.
# ผ่านระบบวิดีโอคอนเฟอร์เรนซ์", "Summit via video conference begins"): the story is of the
# meeting held that way, and what its text says was put off or called off is the story of the
# change, an update (a subject that calls it off says so: bot.understanding.triage). Not
# "Virtual Board Meeting", "ประชุมออนไลน์": an organiser names its own meeting so, and puts it
# off in the text below.
HELD_BY_VIDEO = re.compile(rf"video[\s-]*conferenc|\bvia\s+video\b|\bby\s+video\b|{cues.VIDEO_TH}")

# A governing body's paper deciding on a meeting still to come (its composition, its agenda):
# the States it lists are to be invited, no one is invited by it.
DECIDES = prefiltered(
    [r"may\s", "recommend", r"approved\s+the", r"endorsed\s+the", r"governing\s+body,"],
    r"may\s+(?:accordingly\s+|therefore\s+)?wish\s+to\s+(?:approve|authori[sz]e|decide|endorse)"
    # (since round fifteen also the members it appoints: "recommend that the Governing Body
    # reappoint …", "recommend to the Governing Body that it appoint …", "… on the
    # recommendation of its Officers, appointed …")
    r"|recommends?\s+(?:that\s+the\s+(?:governing\s+body|board|council)"
    r"|to\s+the\s+(?:governing\s+body|board|council)\s+that\s+it)\s+(?:approve|authori[sz]e"
    # (kinds23: round eighteen: also "… decide that …", "… invite the above organizations")
    r"|endorse|(?:re)?appoint|decide|invite)"
    r"|(?:approved|endorsed)\s+the\s+(?:following|above|proposed)\s+(?:composition|agenda|list)"
    r"|governing\s+body,\s+on\s+the\s+recommendation\s+of\s+its\s+officers,\s+"
    r"(?:approved|(?:re)?appointed|authori[sz]ed)",
)
