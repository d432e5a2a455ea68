"""The meeting's name in one Thai phrase: a subject, a memo's เรื่อง line, or a sentence.

A Thai subject or headline wraps the name in the notice's own words: "ประกาศสภา... เรื่อง
ขอเชิญเข้าฟังการประชุมสภา... สมัยสามัญ สมัยที่ 4 ประจำปี พ.ศ. 2563". The name begins at its
event noun: "การประชุม" (การสัมมนา, การฝึกอบรม) wherever it stands, a bare "ประชุม" or
"โครงการ" only at the start or right after the notice's own verbs (ประกาศเรียก, เลื่อน,
ขอเชิญเข้าฟัง, กำหนดวัน): after another word it is a headline's verb ("รองอธิบดี... ประชุมหารือ
แนวทาง..."). The name ends after its numbers (ครั้งที่ N, สมัยที่ N, ประจำปี <year>) or before a
date, a place, a reason (เนื่องด้วย) or a clause (ซึ่ง, โดย). A session period ("กำหนดสมัยประชุม")
and a purpose ("ประชุมเพื่อ...") name no meeting. Where in a text the phrase is read is
bot.understanding.fields.title_th's.
"""

from __future__ import annotations

import re

from bot.reading.thai_months import THAI_MONTHS
from bot.understanding.cues import written_in_thai
from bot.understanding.fields.text import clean
from bot.understanding.fields.title_th_assembly import body_before_verb, short_form_before
from bot.understanding.temporal.number_words import TH_COUNT

NOUN = re.compile(
    # "งานสัมมนา…" opens a phrase or follows จัด; "ผลงาน" ends another word
    r"(?P<article>การ|(?:(?<![ก-๙])|(?<=จัด))งาน)?(?:ประชุม|สัมมนา|ฝึกอบรม|อบรม|เสวนา)|โครงการ"
    # Events a notice names as it names a meeting, without a meeting's noun: a contest, a day's
    # celebration ("งานวันแม่แห่งชาติ"), a course: only where the name opens the phrase or
    # follows the notice's verb ("ประกาศยกเลิกการประกวด…"); elsewhere "ในการแข่งขัน" is
    # competitiveness, not a contest.
    # A council's sitting by its session: "เรื่อง สภาเทศบาลเมือง… สมัยสามัญ สมัยแรก ประจำปี…".
    # An event called off or put off ("ยกเลิกการจัดงานฉลอง… ประจำปี 2020"), a fair, a
    # ceremony, a concert, an activity ("ตลาดนัด…ครั้งที่ 7", "พิธีมอบรางวัล…",
    # "กิจกรรมวันครบรอบ 30 ปี…"); "พิธีการ" is a procedure, no ceremony, and a heading's
    # "กิจกรรมและกำหนดการ" lists what a page holds.
    # A public forum a local office holds: "จัดทำประชาคมรับฟังความคิดเห็น…" (not "ประชาคมอาเซียน",
    # a community, which no one holds).
    r"|(?P<event>การ(?:ประกวด|แข่งขัน)|งาน(?:วัน|(?:เฉลิม)?ฉลอง)|(?P<held>งาน(?<=การจัดงาน))(?=[ก-๙])(?!คอนเสิร์ต|ตลาดนัด|กิจกรรม|พิธี)|หลักสูตร|ตลาดนัด|คอนเสิร์ต|กิจกรรม(?!และ|ต่าง)"
    r"|(?:(?<=จัด)|(?<=ทำ))ประชาคม"
    r"|พิธี(?!การ)"
    r"|สภา(?=(?:(?!ประชุม)[^\n]){0,60}?สมัย(?:สามัญ|วิสามัญ|ที่|แรก)))"
    # A public hearing: "จัดเวทีรับฟังความคิดเห็น…", "เตรียมประชาพิจารณ์โครงการ…" (a stage, "เวที",
    # is a forum only where it hears the public).
    r"|(?P<hearing>เวที(?=รับฟัง|ประชาพิจารณ์)|ประชาพิจารณ์)"
)
# The notice's own words, directly before a bare noun: "ประกาศเรียกประชุม", "เลื่อนวันประชุม".
_NOTICE_VERB = re.compile(
    r"(?:(?:ประกาศ|เรียก|เลื่อน|ยกเลิก|งด|ขอ|ตาราง|สมัคร|ลงทะเบียน|เชิญ|เข้าฟัง|เข้าร่วม|ร่วม|ประชาสัมพันธ์|กำหนด|วัน|จัด(?:ทำ)?|เปิด"
    r"|ปิด|ประธาน(?:ใน)?|จัดงาน|รายละเอียด|(?<!กำหนด)สมัยประชุม)|เรื่อง\s*)$"
)
# The notice's verb before an event it holds ("ขอยกเลิกการจัดงาน…"), "การจัด" (6 letters) aside.
_CALLED_OFF = re.compile(r"(?:ยกเลิก|เลื่อน|งด)\s*$")
# A noun that is no meeting's name: "ผู้เข้าร่วมประชุม" are the people, "สมัยประชุม" a council's
# session period, "ห้องประชุม" a room, "ที่ประชุม" the assembly; "มติในการประชุม…" cites a
# resolution of another meeting.
_NOT_NAMED = re.compile(r"(?:ผู้(?:เข้าร่วม)?|สมัย|ห้อง|ที่|รูปแบบ|มติ(?:ใน|ของ)?)(?:การ)?\s*$")
# How a meeting is held is no name: "การประชุมทางไกล", "การประชุมออนไลน์", "ประชุมผ่านระบบ…",
# "ประชุมด้วยตนเอง" (in person).
_MEDIUM = re.compile(
    r"\s*+(?:ทางไกล|ออนไลน์|ผ่าน|ด้วยตนเอง|แบบ(?:ออนไลน์|ทางไกล|ไฮบริด)|\(?\s*+(?:VDO|Video)\s*Conference)",
    re.IGNORECASE,
)
# After a bare noun, what the meeting is for or with whom is a verb's object, not a name:
# "ประชุมเพื่อ…", "ประชุมหารือ…", "ประชุมพิจารณา…", "ประชุมกับผู้แทน…".
_PURPOSE = re.compile(r"\s*(?:เพื่อ|หารือ|พิจารณา|(?:ร่วม)?กับ)")
# After a headline's verb, what it met about follows its object glued: "… ประชุมหัวหน้าส่วน
# ราชการติดตามความคืบหน้า…", "… ประชุมผู้บริหารเพื่อเตรียม…": the name is who met. A body's own
# name keeps its verbs ("คณะกรรมการกำกับ ดูแล และติดตาม…"), and so does a name the noun opens.
# (titles-r22: and what it aims at, spaced: "<A>-<B> ประชุม<topic> มุ่งแก้…")
_HEADLINE_PURPOSE = re.compile(r"(?<=[ก-๙]{4})(?<!และ)(?:ติดตาม|หารือ|เพื่อ|มอบนโยบาย|\sมุ่ง)")
# A person's office opening a side: "ผู้ว่าฯ", "นายอำเภอ", "รองนายก", "ปลัด…", "รมว.…".
_OFFICE = r"(?:ผู้|นาย|รอง|ปลัด|อธิบดี|รมว|รัฐมนตรี)"
# titles-r22: a headline's subject that met, the verb glued or spaced after it, is the name's
# own: a committee ("คณะกรรมการ<topic><province>ประชุมร่วม<body>") or two sides joined by a
# dash ("<A>-<B> ประชุมระดับ…"); a person or an office is news about a meeting, not its name.
# mend-r22e: not a committee that hastens, calls or opens a meeting ("คณะกรรมการ<topic>เร่ง
# ประชุม…": its verb is the news's), nor two people's offices ("ผู้ว่าฯ-นายอำเภอ ประชุม…").
_WHO_MET = re.compile(
    r"\s*(?:คณะ(?:อนุ)?กรรมการ|คณะทำงาน)[ก-๙]{2,60}(?<!เร่ง)(?<!นัด)(?<!เรียก)(?<!เปิด)\s*"
    rf"|\s*(?!{_OFFICE})[ก-๙]{{2,15}}\s*[-–]\s*(?!{_OFFICE})[ก-๙]{{2,15}}\s+"
)
_DEMONSTRATIVE = re.compile(
    r"\s*(?:ครั้งนี้|ดังกล่าว|นี้|ในครั้ง|ใน(?:วัน|ครั้ง)|จะ|ต้อง|ได้"
    # "การประชุมนัดถัดไป", "ครั้งหน้า": the next, whichever it is
    r"|(?:นัด|ครั้ง)(?:ถัด|ต่อ)ไป|ครั้งหน้า"
    # titles-r21: "เข้าร่วมการประชุมด้วยนั้น <who> ได้กล่าว…": the meeting as well, told of
    # before (a clause's tail), and "การประชุมนั้น", that one: no name follows
    r"|ด้วย(?!ตนเอง)|นั้น)"
)
# A headline goes on after the name with the news: when ("เป็นพุธที่ ๑๕", "ปลายเดือน เม.ย.",
# "บัดนี้ – ๔ เมษายน") and why ("… เหตุนายกฯ ติดภารกิจ", "… หวั่นโควิด", "… อ้างมิตรประเทศ
# ไม่สะดวก"), or what it is (" เป็นท่าทีร่วม…"); "ฯ" shortens the name where it stands.
_END = re.compile(
    r"\s*(?:(?:เป็น)?วัน(?:จันทร์|อังคาร|พุธ|พฤหัส|ศุกร์|เสาร์|อาทิตย์)|เป็น(?:จันทร์|อังคาร|พุธ"
    # (a sitting after "ฯ" is still its name: "ประชุมสภาฯ นัดแรก", and how many are summoned:
    # "ประชุมผู้ว่าฯ 13 จังหวัด")
    r"|พฤหัส|ศุกร์|เสาร์|อาทิตย์)|(?:ปลาย|ต้น|กลาง)(?:เดือน|ปี)"
    r"|(?<=ฯ)\s(?!นัด(?:แรก|พิเศษ)|[\d๐-๙]{1,3}\s?(?:จังหวัด|ประเทศ))"
    # "… เลื่อนไม่มีกำหนด เพราะ…": the headline's own news after the name; "… และเป็นประธาน
    # การประชุม<another>": a second meeting the same person chairs, not this one's name; "…
    # เตรียมการประชุม<another>": what it prepares for (not "เตรียมความพร้อม", a name's word);
    # "… จำนวน 7 เรื่อง": how many, not which
    # titles-r22: "… <day's event> และจัดการประชุมประจำเดือน…", a second event the same office
    # holds or joins (not "และจัดทำ…", a name's own work)
    r"|\s(?:เหตุ|หวั่น|อ้าง|เลี่ยง|ไม่(?!เป็นทางการ)|บัดนี้|เป็น|เลื่อน|ยกเลิก|งด|เพราะ|ออกไป|และเป็นประธาน|เตรียม(?!ความ)|จำนวน"
    # (thnames-r23) who it gathers, listed after it: "… ภาค ๒ ประกอบด้วยจังหวัด…"
    r"|ประกอบด้วย"
    r"|และ(?:จัด|ร่วม)(?=(?:การ)?(?:ประชุม|สัมมนา)|งาน))"
    # a day told from the news's own ("… นัดแรกพรุ่งนี้", "… ครม.อังคารนี้", "… สัปดาห์นี้"), or
    # how suddenly ("… กะทันหัน"): when, not which
    r"|พรุ่งนี้|มะรืนนี้|วันนี้|(?:เช้า|บ่าย|เย็น|ค่ำ|คืน)นี้|เมื่อวาน|สัปดาห์(?:นี้|หน้า)"
    r"|(?:อย่าง)?กะทันหัน"
    r"|(?:จันทร์|อังคาร|พุธ|พฤหัส(?:บดี)?|ศุกร์|เสาร์|อาทิตย์)นี้"
    # and glued to it: "… ประชุมผู้ถือหุ้นจนกว่า…" (until), "… ประชุมเจ้าหนี้เป็นแบบออนไลน์"
    # (changed to), "… ประชุมแผนฟื้นฟูเคาะ <date>" (sets the day)
    r"|จนกว่า|เป็น(?:รูป)?แบบ(?:ออนไลน์|ทางไกล|ไฮบริด|ผสม)|เคาะ"
    # a clause about it: "… ที่กำหนดจัดขึ้น", "… ที่จะจัด…"
    r"|\sที่(?:กำหนด|จะ|ได้)"
    # its days written after it: "… 12-14 พฤษภาคม 2569", "… 3 มี.ค. 69"
    rf"|\s[\d๐-๙]{{1,2}}(?:\s*[-–]\s*[\d๐-๙]{{1,2}})?\s*(?:{'|'.join(THAI_MONTHS)}|เ?[ก-ฮ][ก-ฮิี]?\.\s?[ก-ฮ]\.)"
    # titles-r21: on what occasion or in whose term it sat ("… ในวาระแรก", "… ในโอกาส…"), not
    # which meeting: "เป็นประธานการประชุม <body> ในวาระ…"; mend-r21c: unless the name's number
    # follows ("… ในโอกาสครบรอบ 20 ปี ครั้งที่ 5": the occasion is inside the name)
    r"|\sใน(?:วาระ|โอกาส)(?![^\n]{0,30}?(?:ครั้ง|สมัย)ที่)"
    r"|ระหว่างวันที่|เมื่อ|ใน(?:วัน)?(?:ที่)?\s*\d|วันที่|ในวัน|ตั้งแต่|\sณ\s?|ณ\s"
    r"|เนื่อง(?:ด้วย|จาก|ใน)|ซึ่ง|โดย|\sเพื่อ|ทั้งนี้|จึง|ดังนี้|(?:ใน)?รูปแบบ(?:การประชุม|ออนไลน์|ทางไกล|ไฮบริด|ผสม)|\sตาม(?:โครงการ|ที่|แผน)|[(|+\"“”]"
    # titles22: how it is held, whatever the medium ("… ผ่านวิดีโอคอนเฟอเรนซ์", "… ผ่านทางวิดีโอ";
    # not "ที่ผ่านมา", the past, nor "ผ่านการ…", passed), a headline's "!", what was said of it
    # (" ว่า…") or its other name (" หรือ …"; its letters, " หรือ IPU ครั้งที่ 151", go on to
    # its numbers), that it began or ended ("… เริ่มขึ้นแล้ว"), and a
    # line's last "ใน" (in), the sentence going on past a wrap ("ภายใน", internal, is a name's)
    r"|ผ่าน(?!มา|พ้น|การ|เกณฑ์)|!|\sว่า(?!ที่|การ|จ้าง)|\sหรือ\s(?![A-Z]{2,}\b)|เริ่มขึ้น|(?:จบ|สิ้นสุด)ลง|(?:ปิด|เปิด)ฉาก"
    r"|(?<!ภาย)ใน\s*$"
    # titles23: where it is held, glued on ("… อาเซียนจัดที่จังหวัด…", "… จะจัดขึ้นที่เมือง…"; not
    # "จัดงาน", "จัดทำ", a name's own verbs, nor "จัดที่ดิน", "จัดที่พัก", "จัดที่นั่ง", what a
    # committee allots; one choice opening with its letter, tried cheaply)
    r"|จ(?:ะจัด|ัด(?:ขึ้น|(?=ที่(?!ดิน|พัก|นั่ง)|ณ))))"
)
# A session's number in words: "สมัยที่สอง".
_IN_WORDS = rf"{TH_COUNT}|แรก"
# Its numbers close a name: "... สมัยสามัญ สมัยที่ ๑ ประจำปี ๒๕๖๕", "... ครั้งที่ 1/2564" (ำ
# may be typed as its two parts, ํ and า, as PDFs copy it out).
_NUMBERS = re.compile(
    rf"(?:\s*(?:(?:ครั้ง|สมัย)ที่\s*(?:[\d๐-๙]+(?:\s*/\s*[\d๐-๙]{{2,4}})?|{_IN_WORDS})"
    r"|สมัย(?:แรก|สามัญ|วิสามัญ)"
    r"|ครั้งแรก|ประจ(?:ำ|ํา)ปี\s*(?:งบประมาณ\s*)?(?:พ\.\s*ศ\.\s*|พุทธศักราช\s*)?[\d๐-๙]{4}"
    # a sitting's number beside its session's: "สมัยที่ 1 (ครั้งที่ 1)"
    r"|\(\s*ครั้งที่\s*[\d๐-๙]+\s*\)))+"
    r"(?:\s*(?:พ\.\s*ศ\.\s*|พุทธศักราช\s*)?[\d๐-๙]{4}(?![\d๐-๙]))?"
)
# After a headline's bare noun, a body by its short form, and the two countries it joins: "ประชุม
# RBC ไทย – กัมพูชา …" (not an English name going on: "ประชุม ASEAN-Japan Dialogue …").
# A Thai body's short form is its consonants and a dot: "ประชุม กนง. ตามกำหนดเดิม".
BY_SHORT_FORM = re.compile(
    r"\s*+(?:[A-Z][A-Z0-9]{1,9}(?:\s*+[ก-๙]++\s*+[-–]\s*+[ก-๙]++)?|[ก-ฮ]{2,5}\.)"
    r"(?=\s*$|\s+[^A-Za-z\s])"
)
_SPECIAL = re.compile(r"\s*+สมัยพิเศษ")  # "ประชุม JBC สมัยพิเศษ": its special session
# A headline's subject that is a body by its short form: "RBC ไทย–มาเลเซีย" (a few words only,
# not a sentence about one).
_BODY_BEFORE = re.compile(r"\s*+(?:\S+\s+){0,2}?[A-Z]{2,}[A-Za-z]*(?:\s+\S+){0,2}\s*$")
# A discussion numbered by its sessions is a name: "ประชุมหารือความร่วมมือส่วนภูมิภาค สมัยวิสามัญ"
# (its topic as a few words, then its session).
_DISCUSSION_SESSION = re.compile(r"\s*หารือ[ก-๙]{2,60}?\s*(?:สมัย(?:สามัญ|วิสามัญ|ที่)|ครั้งที่)")
# Whom a meeting was held with names it after a headline's subject: "ประชุมหารือร่วมกับ…",
# "<who> ประชุมร่วมกับผู้แทน…" (a headline's subject apart: glued, "ผู้ว่าฯประชุมร่วมกับ…" is a
# sentence's verb), also said with how ("ประชุมหารือในรูปแบบออนไลน์กับแกนนำชุมชน…").
_WITH_WHOM = re.compile(
    r"\s*(?:(?P<discussed>หารือ)(?:ร่วม)?|ร่วม)(?:(?:ใน)?รูปแบบ(?:ออนไลน์|ทางไกล))?กับ"
)
_QUOTED = re.compile(r"\s*[“\"][^”\"\n]{2,200}[”\"]")
# A bracket after the name that is still the name: its sitting ("(นัดพิเศษ)") or its English
# name ("ประชุมผู้ปกครองชั้นเรียน (Classroom Meeting)"); any other bracket ends it.
_ASIDE = re.compile(
    r"\s*\((?:นัดพิเศษ|สมัยพิเศษ|สมัยวิสามัญ|วาระพิเศษ|[A-Za-z][A-Za-z &'’-]{0,60}?"
    r"\b(?:Meeting|Conference|Seminar|Workshop|Forum|Training|Assembly)s?)\)"
)
# A headline's next word glued to a body's short form after its bare noun: "ประชุมสภากทม.เสนอ…"
# (not its sitting, "ครม.นัดพิเศษ", nor its travels, "ครม.สัญจร").
# (thnames-r23) Nor a chain of short forms, one office's ("รมว.กห.", the defence minister): the
# word glued after the chain is whose it is ("ประชุม รมว.กห.อาเซียน", the region's ministers).
_GLUED_TO_SHORT = re.compile(r"(?<=[ก-ฮ][ก-ฮ]\.)(?=[ก-ฮเแโใไ])(?!นัด|สัญจร|ชุด|[ก-ฮ]{1,4}\.)")
_SHORT_CHAIN = re.compile(r"[ก-ฮ]{1,5}\.[ก-ฮ]{1,4}\.$")
NAME_LIMIT = 300
_SENTENCE_DOT = re.compile(r"(?<![ก-ฮ])[ .]+$")


def thai_name(phrase: str) -> tuple[str, bool] | None:
    """The meeting's name in a Thai subject, เรื่อง line or sentence, and whether it closes
    with its numbers; None when the phrase names no meeting."""
    if not written_in_thai(phrase):
        return None  # every noun is Thai; NOUN, an optional word first, tries every character
    found = _thai_name(phrase) or _thai_name(phrase, headline_verb=True)
    opening = NOUN.match(found[0]) if found else None
    if opening and opening["event"] and (changed := _CHANGED.search(phrase)):
        # "ขอเชิญร่วมกิจกรรมวันแม่ … เลื่อนประชุมครม.อังคารนี้": the notice is of the meeting
        # it puts off, the event only why
        return _thai_name(phrase[changed.end() :]) or found
    return found


# A meeting put off or called off: "เลื่อนประชุม…", "งดการประชุม…".
_CHANGED = re.compile(r"(?:เลื่อน|ยกเลิก|งด)(?=(?:การ)?ประชุม)")


def _thai_name(phrase: str, *, headline_verb: bool = False) -> tuple[str, bool] | None:
    """The first name an event noun opens; with `headline_verb`, also a bare "ประชุม" after
    the headline's subject ("จังหวัดนครสวรรค์ ประชุมเตรียมความพร้อม…"), when nothing else
    names the meeting: the verb's object is then the meeting's name."""
    for noun in NOUN.finditer(phrase):
        before = phrase[: noun.start()]
        if _NOT_NAMED.search(before) and not _people_of_numbered(before, noun, phrase):
            continue
        if noun.group("held") and not _CALLED_OFF.search(before, 0, len(before) - 6):
            continue  # "ประชุมเตรียมความพร้อมการจัดงาน…": the meeting is for the event
        bare = noun.group("article") is None
        opens = not before.strip() or _NOTICE_VERB.search(before) is not None
        if bare and not opens and (not headline_verb or noun.group("event")):
            continue  # a headline's verb: "รองอธิบดี... ประชุมหารือ..."
        rest = phrase[noun.end() : noun.start() + NAME_LIMIT]
        by_short_form = BY_SHORT_FORM.match(rest) if bare else None
        if bare and headline_verb and rest[:1].isspace() and not by_short_form:
            continue  # "ไทย-ลาว ประชุม ชื่นมื่น": the verb alone, no meeting's name after it
        purpose = bare and _PURPOSE.match(rest)
        with_whom = _WITH_WHOM.match(rest) if purpose and headline_verb and not opens else None
        if with_whom and not with_whom["discussed"] and not before[-1:].isspace():
            with_whom = None
        if with_whom:
            purpose = False  # "กรม… ประชุมหารือร่วมกับผู้แทน…": named by whom it met
        if purpose and _DISCUSSION_SESSION.match(rest):
            purpose = False  # "ประชุมหารือความร่วมมือ… สมัยวิสามัญ": a discussion's session
        if purpose or _DEMONSTRATIVE.match(rest) or _MEDIUM.match(rest):
            continue
        if bare and headline_verb and not opens and (body := short_form_before(before)):
            return f"{noun.group()} {body}", False  # "นายกฯ นัด ศบค. ประชุม<topic>": the body met
        if bare and headline_verb and not opens and (purpose := _HEADLINE_PURPOSE.search(rest)):
            rest = rest[: purpose.start()]
        if by_short_form:
            # "ประชุม RBC ไทย-กัมพูชา พื้นที่แรกที่ จ.ตราด จบลงแล้ว": a body by its short form (and
            # the countries it joins) and its numbers, then the headline's news
            numbers = _NUMBERS.match(rest, by_short_form.end()) or _SPECIAL.match(
                rest, by_short_form.end()
            )
            cut = noun.end() + (numbers or by_short_form).end()
            name, numbered = phrase[noun.start() : cut], numbers is not None
        elif (numbers := _NUMBERS.search(rest)) and not _ends_before(rest, numbers.start()):
            name, numbered = phrase[noun.start() : noun.end() + numbers.end()], True
        else:
            # (the words up to whom it met are the name's: "… ในรูปแบบออนไลน์กับ…")
            end = _END.search(rest, with_whom.end() if with_whom else 0)
            # a name in quotes after its noun is the name: "งานเสวนา “อนาคตแรงงานไทย”"
            quoted = (
                (_QUOTED.match(rest, end.start()) or _ASIDE.match(rest, end.start()))
                if end
                else None
            )
            cut = noun.end() + (quoted.end() if quoted else end.start() if end else len(rest))
            if bare and (glued := _glued_to_short(phrase, noun.end(), cut)) is not None:
                cut = glued  # "ประชุมสภากทม.เสนอ…": the headline goes on after the body
            name, numbered = phrase[noun.start() : cut], False
        # A dot after Thai letters shortens a word and stays ("ประชุม ครม."); another ends a
        # sentence.
        name = _SENTENCE_DOT.sub("", clean(name).rstrip(" -–:"))
        if bare and headline_verb and not opens and _WHO_MET.fullmatch(before):
            name = f"{clean(before)}{' ' if before[-1:].isspace() else ''}{name}"
        only_numbered = bare and numbered and by_number(name, noun.end() - noun.start())
        if only_numbered and headline_verb and _BODY_BEFORE.match(before):
            # "RBC ไทย–มาเลเซีย ประชุมครั้งที่ 117": a body's short form is who met, and names it
            name = f"{clean(before).rstrip(' -–:')} {clean(name[len(noun.group()) :])}"
        if sum(c.isalpha() for c in name[len(noun.group()) :]) >= 3:  # not "การประชุม !!!"
            return name, numbered
        if bare and (body := body_before_verb(before)):
            return f"{noun.group()} {body}", False  # "กกต.งดประชุมสัปดาห์นี้": the body's
        return None  # the bare word: "เลื่อนการประชุม เนื่องด้วย..." does not say which
    return None


def _glued_to_short(phrase: str, start: int, end: int) -> int | None:
    """Where a headline's next word is glued to a body's short form in phrase[start:end]: the
    first glue that does not follow a chain of short forms; None if none."""
    for glued in _GLUED_TO_SHORT.finditer(phrase, start, end):
        if not _SHORT_CHAIN.search(phrase, start, glued.start()):
            return glued.start()
    return None


# titles22: the people at a meeting, its formal noun and name after them: "ผู้เข้าร่วมการประชุม…"
_PEOPLE_AT = re.compile(r"ผู้(?:เข้าร่วม)?\s*$")


def _people_of_numbered(before: str, noun: re.Match[str], phrase: str) -> bool:
    """Whether the people before "การประชุม" are those of a meeting its numbers name: "…
    ต้อนรับผู้เข้าร่วมการประชุม<body> ครั้งที่ 8" (the people alone, "ผู้เข้าร่วมประชุม", name none)."""
    if noun["article"] != "การ" or not _PEOPLE_AT.search(before):
        return False
    rest = phrase[noun.end() : noun.start() + NAME_LIMIT]
    numbers = _NUMBERS.search(rest)
    return numbers is not None and not _ends_before(rest, numbers.start())


# A body's short form in brackets, between its name and its numbers: "การประชุมคณะกรรมการ…
# (ก.น.จ.) ครั้งที่ 3/2560", "การประชุมคณะกรรมการ… (RBC) ระหว่าง… สมัยวิสามัญ".
_SHORT_ASIDE = re.compile(r"\s*\((?:(?:[ก-ฮ]{1,6}\.)+|[A-Z][A-Z0-9-]{1,9})\)")
# mend-r21c: an occasion shortly before the numbers (where they end the search) is inside the
# name, as _END's own look ahead reads it: "… ในโอกาสครบรอบ 20 ปี ครั้งที่ 5".
_OCCASION_INSIDE = re.compile(r"\sใน(?:วาระ|โอกาส)[^\n]{0,30}\Z")


def _ends_before(rest: str, numbers: int) -> bool:
    """Whether the name ends before its numbers (a body's short form aside does not end it)."""
    at = 0
    while end := _END.search(rest, at, numbers):
        aside = _SHORT_ASIDE.match(rest, end.start()) or _OCCASION_INSIDE.match(
            rest, end.start(), numbers
        )
        if aside is None:
            return True
        at = aside.end()
    return False


def by_number(name: str, noun_end: int) -> bool:
    """Whether a name is its noun and numbers only: "ประชุมครั้งที่ 117", as any series' is."""
    return _NUMBERS.fullmatch(name, noun_end) is not None


def numbers_only(name: str) -> bool:
    """Whether a name is a bare noun and its numbers only: "ประชุมครั้งแรก"."""
    noun = NOUN.match(name)
    return noun is not None and noun["article"] is None and by_number(name, noun.end())
