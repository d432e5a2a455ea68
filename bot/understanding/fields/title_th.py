"""The meeting's Thai name, from a memo's เรื่อง line, the subject, or the text's
"เข้าร่วมการประชุม X".

A Thai subject or headline wraps the name in the notice's own words: "ประกาศสภา... เรื่อง
ขอเชิญเข้าฟังการประชุมสภา... สมัยสามัญ สมัยที่ 4 ประจำปี พ.ศ. 2563". The name begins at its
event noun: "การประชุม" (การสัมมนา, การฝึกอบรม) wherever it stands, a bare "ประชุม" or
"โครงการ" only at the start or right after the notice's own verbs (ประกาศเรียก, เลื่อน,
ขอเชิญเข้าฟัง, กำหนดวัน): after another word it is a headline's verb ("รองอธิบดี... ประชุมหารือ
แนวทาง..."). The name ends after its numbers (ครั้งที่ N, สมัยที่ N, ประจำปี <year>) or before a
date, a place, a reason (เนื่องด้วย) or a clause (ซึ่ง, โดย). A session period ("กำหนดสมัยประชุม")
and a purpose ("ประชุมเพื่อ...") name no meeting.
"""

from __future__ import annotations

import re

from bot.reading.thai_months import THAI_MONTHS
from bot.understanding.cues import written_in_thai
from bot.understanding.fields.text import MessageText, clean
from bot.understanding.fields.title_th_assembly import short_form_before, sitting_body
from bot.understanding.fields.title_th_ceremony import programme_ceremony
from bot.understanding.fields.title_th_offsite import offsite_meeting, speaks_of_offsite
from bot.understanding.record import Extracted
from bot.understanding.rules import ruled
from bot.understanding.temporal.number_words import TH_COUNT

_NOUN = re.compile(
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
    r"|(?P<event>การ(?:ประกวด|แข่งขัน)|งานวัน|(?P<held>งาน(?<=การจัดงาน))(?=[ก-๙])(?!คอนเสิร์ต|ตลาดนัด|กิจกรรม|พิธี)|หลักสูตร|ตลาดนัด|คอนเสิร์ต|กิจกรรม(?!และ|ต่าง)"
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
# How a meeting is held is no name: "การประชุมทางไกล", "การประชุมออนไลน์", "ประชุมผ่านระบบ…".
_MEDIUM = re.compile(
    r"\s*+(?:ทางไกล|ออนไลน์|ผ่าน|แบบ(?:ออนไลน์|ทางไกล|ไฮบริด)|\(?\s*+(?:VDO|Video)\s*Conference)",
    re.IGNORECASE,
)
# After a bare noun, what the meeting is for or with whom is a verb's object, not a name:
# "ประชุมเพื่อ…", "ประชุมหารือ…", "ประชุมพิจารณา…", "ประชุมกับผู้แทน…".
_PURPOSE = re.compile(r"\s*(?:เพื่อ|หารือ|พิจารณา|(?:ร่วม)?กับ)")
# After a headline's verb, what it met about follows its object glued: "… ประชุมหัวหน้าส่วน
# ราชการติดตามความคืบหน้า…", "… ประชุมผู้บริหารเพื่อเตรียม…": the name is who met. A body's own
# name keeps its verbs ("คณะกรรมการกำกับ ดูแล และติดตาม…"), and so does a name the noun opens.
_HEADLINE_PURPOSE = re.compile(r"(?<=[ก-๙]{4})(?<!และ)(?:ติดตาม|หารือ|เพื่อ|มอบนโยบาย)")
_DEMONSTRATIVE = re.compile(
    r"\s*(?:ครั้งนี้|ดังกล่าว|นี้|ในครั้ง|ใน(?:วัน|ครั้ง)|จะ|ต้อง|ได้"
    # "การประชุมนัดถัดไป", "ครั้งหน้า": the next, whichever it is
    r"|(?:นัด|ครั้ง)(?:ถัด|ต่อ)ไป|ครั้งหน้า)"
)
# A headline goes on after the name with the news: when ("เป็นพุธที่ ๑๕", "ปลายเดือน เม.ย.",
# "บัดนี้ – ๔ เมษายน") and why ("… เหตุนายกฯ ติดภารกิจ", "… หวั่นโควิด", "… อ้างมิตรประเทศ
# ไม่สะดวก"), or what it is (" เป็นท่าทีร่วม…"); "ฯ" shortens the name where it stands.
_END = re.compile(
    r"\s*(?:(?:เป็น)?วัน(?:จันทร์|อังคาร|พุธ|พฤหัส|ศุกร์|เสาร์|อาทิตย์)|เป็น(?:จันทร์|อังคาร|พุธ"
    r"|พฤหัส|ศุกร์|เสาร์|อาทิตย์)|(?:ปลาย|ต้น|กลาง)(?:เดือน|ปี)|(?<=ฯ)\s"
    # "… เลื่อนไม่มีกำหนด เพราะ…": the headline's own news after the name
    r"|\s(?:เหตุ|หวั่น|อ้าง|บัดนี้|เป็น|เลื่อน|ยกเลิก|งด|เพราะ|ออกไป)"
    # and glued to it: "… ประชุมผู้ถือหุ้นจนกว่า…" (until), "… ประชุมเจ้าหนี้เป็นแบบออนไลน์"
    # (changed to), "… ประชุมแผนฟื้นฟูเคาะ <date>" (sets the day)
    r"|จนกว่า|เป็น(?:รูป)?แบบ(?:ออนไลน์|ทางไกล|ไฮบริด|ผสม)|เคาะ"
    # a clause about it: "… ที่กำหนดจัดขึ้น", "… ที่จะจัด…"
    r"|\sที่(?:กำหนด|จะ|ได้)"
    # its days written after it: "… 12-14 พฤษภาคม 2569", "… 3 มี.ค. 69"
    rf"|\s[\d๐-๙]{{1,2}}(?:\s*[-–]\s*[\d๐-๙]{{1,2}})?\s*(?:{'|'.join(THAI_MONTHS)}|เ?[ก-ฮ][ก-ฮิี]?\.\s?[ก-ฮ]\.)"
    r"|ระหว่างวันที่|เมื่อ|ใน(?:วัน)?(?:ที่)?\s*\d|วันที่|ในวัน|ตั้งแต่|\sณ\s?|ณ\s|ผ่านระบบ"
    r"|เนื่อง(?:ด้วย|จาก|ใน)|ซึ่ง|โดย|\sเพื่อ|ทั้งนี้|จึง|ดังนี้|(?:ใน)?รูปแบบ(?:การประชุม|ออนไลน์|ทางไกล|ไฮบริด|ผสม)|\sตาม(?:โครงการ|ที่|แผน)|[(|+\"“”])"
)
# A session's number in words: "สมัยที่สอง".
_IN_WORDS = rf"{TH_COUNT}|แรก"
# Its numbers close a name: "... สมัยสามัญ สมัยที่ ๑ ประจำปี ๒๕๖๕", "... ครั้งที่ 1/2564" (ำ
# may be typed as its two parts, ํ and า, as PDFs copy it out).
_NUMBERS = re.compile(
    rf"(?:\s*(?:(?:ครั้ง|สมัย)ที่\s*(?:[\d๐-๙]+(?:\s*/\s*[\d๐-๙]{{2,4}})?|{_IN_WORDS})"
    r"|สมัย(?:แรก|สามัญ|วิสามัญ)"
    r"|ครั้งแรก|ประจ(?:ำ|ํา)ปี\s*(?:งบประมาณ\s*)?(?:พ\.\s*ศ\.\s*)?[\d๐-๙]{4}))+"
    r"(?:\s*(?:พ\.\s*ศ\.\s*)?[\d๐-๙]{4}(?![\d๐-๙]))?"
)
# After a headline's bare noun, a body by its short form, and the two countries it joins: "ประชุม
# RBC ไทย – กัมพูชา …" (not an English name going on: "ประชุม ASEAN-Japan Dialogue …").
# A Thai body's short form is its consonants and a dot: "ประชุม กนง. ตามกำหนดเดิม".
_BY_SHORT_FORM = re.compile(
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
_NAME_LIMIT = 300
_SENTENCE_DOT = re.compile(r"(?<![ก-ฮ])[ .]+$")
_SUBJECT_LINE = re.compile(r"^[ \t]*เรื่อง[ \t]*(?P<value>.+)$", re.MULTILINE)
_SUBJECT_LINE_STOP = re.compile(r"^\s*(?:เรียน|ถึง|อ้างถึง|สิ่งที่ส่งมาด้วย|$)")
_IN_SUBJECT = re.compile(r"^(?:|.*?(?<![ก-๙]))เรื่อง\s*")  # a label, not "คุยเรื่อง…" (talk about)
# Where the text names the meeting it is about: "เข้าร่วมการประชุม X", "เป็นประธานเปิดการประชุม X".
_INTRODUCED = re.compile(
    # (each choice opens with a letter, the look-behinds after it, so the engine skips to one)
    r"(?:เ(?<!ผู้เ)ข้าร่วม(?:ใน)?|ร(?<=ไปร)่วม|ขอเชิญ.{0,40}?ร่วม|เชิญชม|เป็นประธาน(?:ใน)?(?:พิธี)?(?:เปิด|ปิด)?"
    r"|ได้จัด(?:ให้มี)?|เ(?<![ก-๙]เ)ปิด|จ(?<![ก-๙]จ)ัด)\s*"
    # an event the text invites to or opens: "เชิญชมงานวันมาตรฐานฝีมือแรงงาน…"
    r"(?=(?:การ)?(?:ประชุม|สัมมนา|ฝึกอบรม)|งานวัน|การ(?:ประกวด|แข่งขัน))"
)


def thai_name(phrase: str) -> tuple[str, bool] | None:
    """The meeting's name in a Thai subject, เรื่อง line or sentence, and whether it closes
    with its numbers; None when the phrase names no meeting."""
    if not written_in_thai(phrase):
        return None  # every noun is Thai; _NOUN, an optional word first, tries every character
    return _thai_name(phrase) or _thai_name(phrase, headline_verb=True)


def _thai_name(phrase: str, *, headline_verb: bool = False) -> tuple[str, bool] | None:
    """The first name an event noun opens; with `headline_verb`, also a bare "ประชุม" after
    the headline's subject ("จังหวัดนครสวรรค์ ประชุมเตรียมความพร้อม…"), when nothing else
    names the meeting: the verb's object is then the meeting's name."""
    for noun in _NOUN.finditer(phrase):
        before = phrase[: noun.start()]
        if _NOT_NAMED.search(before):
            continue
        if noun.group("held") and not _CALLED_OFF.search(before, 0, len(before) - 6):
            continue  # "ประชุมเตรียมความพร้อมการจัดงาน…": the meeting is for the event
        bare = noun.group("article") is None
        opens = not before.strip() or _NOTICE_VERB.search(before) is not None
        if bare and not opens and (not headline_verb or noun.group("event")):
            continue  # a headline's verb: "รองอธิบดี... ประชุมหารือ..."
        rest = phrase[noun.end() : noun.start() + _NAME_LIMIT]
        by_short_form = _BY_SHORT_FORM.match(rest) if bare else None
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
        elif (numbers := _NUMBERS.search(rest)) and not _END.search(rest, 0, numbers.start()):
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
            name, numbered = phrase[noun.start() : cut], False
        # A dot after Thai letters shortens a word and stays ("ประชุม ครม."); another ends a
        # sentence.
        name = _SENTENCE_DOT.sub("", clean(name).rstrip(" -–:"))
        by_number = bare and numbered and _by_number(name, noun.end() - noun.start())
        if by_number and headline_verb and _BODY_BEFORE.match(before):
            # "RBC ไทย–มาเลเซีย ประชุมครั้งที่ 117": a body's short form is who met, and names it
            name = f"{clean(before).rstrip(' -–:')} {clean(name[len(noun.group()) :])}"
        if sum(c.isalpha() for c in name[len(noun.group()) :]) >= 3:  # not "การประชุม !!!"
            return name, numbered
        return None  # the bare word: "เลื่อนการประชุม เนื่องด้วย..." does not say which
    return None


def find_thai_title(text: MessageText) -> Extracted[str] | None:
    # (_SUBJECT_LINE opens with "^", which the engine tries at every character: not without
    # its word)
    subject_lines = _SUBJECT_LINE.finditer(text.plain) if "เรื่อง" in text.plain else ()
    for match in subject_lines:
        if match.start() > 0 and text.wraps_at(match.start() - 1):
            continue  # "…เราจะคุย\nเรื่องสถาบัน…": a wrapped sentence's word, not a memo's label
        start, end = match.start("value"), match.end("value")
        # A long subject wraps onto the following lines.
        for line in text.plain[end + 1 :].split("\n")[:3]:
            if _SUBJECT_LINE_STOP.match(line) or not re.search(r"[ก-๙]", line):
                break
            end += 1 + len(line)
        if found := thai_name(clean(text.raw[start:end])):
            return _named(found, text.snippet(start, end), 0.8, "title.th.memo_subject_line")
    subject = text.subject_as_written or text.subject
    if speaks_of_offsite(subject) and (offsite := offsite_meeting(text)):
        return offsite  # "เลื่อนประชุมครม.สัญจร <province> <date>": the text writes it out
    in_subject = thai_name(_IN_SUBJECT.sub("", subject, count=1))
    introduced = _introduced(text)
    if in_subject and not _mostly_latin(in_subject[0]):
        if introduced and _fuller(introduced[0][0], in_subject[0]):
            return _named(*introduced, 0.7, "title.th.text_whole")  # the text writes it whole
        if not in_subject[1] and (numbered := _numbered_in_text(text, in_subject[0])):
            return _named(*numbered, 0.7, "title.th.text_numbered")
        return _named(in_subject, f"Subject: {text.subject}", 0.75, "title.th.subject")
    # "การประชุม ASEAN-Japan Dialogue on Labour ครั้งที่ ๑๘" is the English name in a Thai
    # frame: the text may write the Thai one.
    if introduced:
        return _named(*introduced, 0.7, "title.th.introduced")
    if in_subject:
        return _named(in_subject, f"Subject: {text.subject}", 0.7, "title.th.subject_latin")
    # names by other words than a meeting's noun, newer rules under review
    return (
        _heading(text)
        or _dated(text)
        or offsite_meeting(text)
        or sitting_body(text)
        or programme_ceremony(text)
    )


def _introduced(text: MessageText) -> tuple[tuple[str, bool], str] | None:
    """The first name the text introduces ("เข้าร่วมการประชุม X"), and its source."""
    for match in _INTRODUCED.finditer(text.plain):
        end = _sentence_lines_end(text, match.end())
        phrase = _THAI_WRAP.sub("", text.raw[match.end() : min(end, match.end() + _NAME_LIMIT)])
        if found := thai_name(clean(phrase)):
            return found, text.snippet(match.start(), end)
    return None


# The subject's name is looked for in the text by the words after its noun, at most so often;
# a noun that begins the text's name stands at most this far before them.
_WORDS_TRIED = 5
_NOUN_BEFORE = 30
_WORDS_LEAST = 4


def _numbered_in_text(text: MessageText, subject_name: str) -> tuple[tuple[str, bool], str] | None:
    """The subject's name as the text writes it with its numbers: a headline's "เลื่อนประชุม
    ผู้ถือหุ้น…" is the text's "การประชุมสามัญผู้ถือหุ้นประจำปี 2563" (the words after its noun
    within the text's name, which closes with its numbers)."""
    noun = _NOUN.match(subject_name)
    if noun is None or noun["article"] or noun["event"]:
        return None
    words = subject_name[noun.end() :].strip()
    if len(words) < _WORDS_LEAST:
        return None
    at, tried = text.plain.find(words), 0
    while at >= 0 and tried < _WORDS_TRIED:
        tried += 1
        opening = text.plain.rfind(noun.group(), max(0, at - _NOUN_BEFORE), at)
        if opening >= 0:
            opening -= 3 if text.plain.startswith("การ", opening - 3) else 0
            end = _sentence_lines_end(text, at)
            phrase = clean(_THAI_WRAP.sub("", text.raw[opening : min(end, opening + _NAME_LIMIT)]))
            found = thai_name(phrase)
            if found and found[1] and words in found[0] and phrase.startswith(found[0]):
                return found, text.snippet(opening, end)
        at = text.plain.find(words, at + 1)
    return None


_NOT_LETTERS = re.compile(r"[\s\"“”]+|^การ")


def _fuller(written: str, subject_name: str) -> bool:
    """Whether the text's name is the subject's and more: a headline cut it at its purpose
    ("<Body>ประชุมแนวทางความร่วมมือเพื่อ…" over "การประชุม “แนวทางความร่วมมือเพื่อ…”")."""
    whole, cut = _NOT_LETTERS.sub("", written), _NOT_LETTERS.sub("", subject_name)
    return len(whole) > len(cut) and whole.startswith(cut)


# A news story's first lines: its headline and lead, which name what it tells of; a cover
# note's own are its attachment's (the text after the note, under its header line).
_HEADING_LINES = 5
_HEADING_CHARS = 600
_COVER_NOTE_CHARS = 300
_HEADING_WINDOW = _HEADING_LINES * _HEADING_CHARS
_NUMBERED = re.compile("ครั้ง|สมัย|ประจ")


def _heading(text: MessageText) -> Extracted[str] | None:
    """The name a text's first lines give, closed by its numbers: a heading ("การประชุม…
    ครั้งที่ 2/2569") or a lead ("ไทย-ลาว ชื่นมื่น ประชุมร่วม… ครั้งที่ 3 ณ …"); a name without
    its numbers there may be any phrase of a headline."""
    openings = [(0, text.body_end)]
    if text.body_end <= _COVER_NOTE_CHARS and text.body_end < len(text.plain):
        openings.append((text.body_end, len(text.plain)))
    for start, limit in openings:
        if not _NUMBERED.search(text.plain, start, min(limit, start + _HEADING_WINDOW)):
            continue  # no name's numbers anywhere near: nothing to read line by line
        lines = 0
        while start < limit and lines < _HEADING_LINES:
            end = text.plain.find("\n", start, limit)
            end = limit if end < 0 else end
            if not text.plain[start:end].strip() or text.plain.startswith("--- ", start):
                start = end + 1
                continue  # a blank line, or the header line of an attachment
            lines += 1
            # a PDF's line may break the name: the line and those it wraps onto
            lines_end = min(_sentence_lines_end(text, start), limit, start + _HEADING_CHARS)
            # only a line with a name's numbers is read (cheaply found, then the name)
            if _NUMBERED.search(text.plain, start, lines_end):
                line = _THAI_WRAP.sub("", text.raw[start:lines_end])
                if (found := thai_name(clean(line))) and found[1]:
                    source = text.snippet(start, lines_end)
                    return _named(found, source, 0.65, "title.th.heading")
            start = end + 1
    return None


# Its days right after a meeting's name (and its short form in brackets): "การประชุม<body>
# (RBC) ระหว่างวันที่ 23-25 สิงหาคม …", or the day it is put off to: "เลื่อนการประชุม<body>
# ออกไปเป็นวันที่ …".
_DAYS_AFTER = re.compile(r"\s*+(?:\([^()\n]{1,40}\)\s*+)?(?:(?:ออกไป)?เป็น)?(?:ระหว่าง|ใน)?วันที่")
_DATED_TRIED = 10  # meeting nouns read at most, from the text's start
_DATED_RULE = "title.th.dated"


def _dated(text: MessageText) -> Extracted[str] | None:
    """A meeting named in the text where its days follow the name, under review: the sentence
    tells of the meeting itself, not of another it cites."""
    at, tried = text.plain.find("การประชุม"), 0
    while at >= 0 and tried < _DATED_TRIED:
        tried += 1
        end = _sentence_lines_end(text, at)
        phrase = clean(_THAI_WRAP.sub("", text.raw[at : min(end, at + _NAME_LIMIT)]))
        found = thai_name(phrase)
        if found and phrase.startswith(found[0]) and _DAYS_AFTER.match(phrase, len(found[0])):
            return _named(found, text.snippet(at, end), 0.65, _DATED_RULE)
        at = text.plain.find("การประชุม", at + 1)
    return None


# A PDF's line breaks a Thai phrase wherever the line is full, even inside a word
# ("การประชุม กรม\nการจังหวัด"): between two Thai letters the break is no space.
_THAI_WRAP = re.compile(r"(?<=[ก-๛])[ \t]*\n[ \t]*(?=[ก-๛])")
_WRAPPED_LINES = 1  # a name runs over at most this many more lines


def _sentence_lines_end(text: MessageText, position: int) -> int:
    """The end of the line holding `position`, or of the lines it wraps onto."""
    end = text.plain.find("\n", position)
    for _ in range(_WRAPPED_LINES):
        if end < 0 or not text.wraps_at(end):
            break
        end = text.plain.find("\n", end + 1)
    return len(text.plain) if end < 0 else end


def _by_number(name: str, noun_end: int) -> bool:
    """Whether a name is its noun and numbers only: "ประชุมครั้งที่ 117", as any series' is."""
    return _NUMBERS.fullmatch(name, noun_end) is not None


def _mostly_latin(name: str) -> bool:
    return len(_LATIN.findall(name)) > len(_THAI_LETTER.findall(name)) - 6  # the noun's letters


_LATIN = re.compile(r"[A-Za-z]")
_THAI_LETTER = re.compile(r"[ก-ฮ]")


def _named(found: tuple[str, bool], source: str, confidence: float, rule: str) -> Extracted[str]:
    """A name closed by its numbers ("ครั้งที่ ๑๘") is surely whole: a little more certain. An
    event's or a council's name without a meeting noun, a meeting named by its number only,
    and one a headline names by a body's short form are read by newer, less tried rules: a
    person checks them."""
    name, numbered = found
    confidence = round(confidence + (0.05 if numbered else 0.0), 2)
    opening = _NOUN.match(name)
    # (a name that opens with no noun opens with the body that held the meeting it numbers)
    if (
        opening is None
        or opening["event"]
        or opening["hearing"]
        or (
            opening["article"] is None
            and (_by_number(name, opening.end()) or _BY_SHORT_FORM.match(name, opening.end()))
        )
    ):
        confidence = min(confidence, _EVENT_CONFIDENCE)
    return Extracted(name, source, confidence, ruled(rule))


_EVENT_CONFIDENCE = 0.75
