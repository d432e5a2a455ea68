"""Why the extractor doubted or chose a value, in Thai, for the officer who checks it.

The reasons are stored in English as the extractor wrote them: a scoring signal as
"meeting_words +2: words of a meeting stand around it" (`Tally.reasons`), other doubts as
sentences. Every signal has its Thai here, by the signal itself (a test enumerates them
from the extractor's `Signal` classes); the sentences by pattern. A reason neither knows
is shown in English alone, as hold reasons are.
"""

from __future__ import annotations

import re

from bot.meetings.reason_patterns import thai_by_pattern
from bot.understanding.fields.date_roles import DateSignal
from bot.understanding.fields.links import LinkSignal
from bot.understanding.signals import Signal

SIGNALS_TH: dict[Signal, str] = {
    DateSignal.MEETING_WORDS: "มีคำที่บอกว่าเป็นการประชุมอยู่รอบวันที่นี้",
    DateSignal.NEW_DATE: "เป็นวันใหม่ของการประชุมที่เลื่อน",
    DateSignal.AFTER_TITLE: "เขียนต่อจากชื่อการประชุมทันที",
    DateSignal.OTHER_EVENT: "ข้างหน้ามีคำของงานอื่นหรือของกำหนดส่ง",
    DateSignal.DOCUMENT_DATE: "เป็นวันที่ของเอกสาร ตราประทับ หรือหัวจดหมาย",
    DateSignal.HEADING: "อยู่ในหัวเรื่องพร้อมชื่อการประชุม",
    DateSignal.NEAR_TITLE: "อยู่ถัดจากชื่อการประชุมไม่ไกล",
    DateSignal.RANGE: "เป็นช่วงหลายวัน",
    DateSignal.DOUBTFUL: "อ่านได้ไม่แน่ชัด",
    DateSignal.OTHER_YEAR: "ก่อนวันที่ของจดหมายเกินหนึ่งปี: เป็นการประชุมอื่นที่อ้างถึง",
    DateSignal.CITED_PAST: "ก่อนวันที่ของจดหมายหลายสัปดาห์ และกล่าวถึงเป็นเรื่องที่ผ่านมา",
    DateSignal.IN_BODY: "อยู่ในเนื้อความของจดหมายเอง ไม่ใช่ข้อความที่ยกมา",
    DateSignal.REPEATED: "มีการเขียนวันเดียวกันซ้ำอีก",
    DateSignal.IN_SUBJECT: "ตรงกับวันในชื่อเรื่องของจดหมาย",
    DateSignal.SESSION_PERIOD: "เป็นสมัยประชุมหรือปีงบประมาณ ไม่ใช่วันประชุม",
    DateSignal.PUBLICATION: "เป็นวันที่เผยแพร่หรือลงนามในเอกสาร",
    DateSignal.IMPORTANT_DATES_ROW: "เป็นแถวของกำหนดการอื่น เช่น ส่งบทความ แจ้งผล ลงทะเบียนล่วงหน้า",
    DateSignal.MEETING_LABEL: "ระบุว่าเป็นวันประชุมหรือวันจัดงาน",
    DateSignal.RECURRING: "เป็นวันที่ของทุกปี ไม่ใช่ของการประชุมครั้งเดียว",
    DateSignal.STORY_DAY: "เป็นวันที่ข่าวเปิดเรื่องว่าเกิดอะไรขึ้นในวันนั้น",
    DateSignal.WHOLE_MONTH: "เป็นเดือนที่ไม่ระบุวัน เช่น เดือนของคณะกรรมการหรือแผนงาน ไม่ใช่วันประชุม",
    DateSignal.DECIDING_MEETING: "เป็นการประชุมที่ผ่านมาซึ่งมีมติหรือกำหนดเรื่องที่ประกาศนี้",
    DateSignal.TOMORROW: "อยู่ในวงเล็บหลังคำว่า “พรุ่งนี้” และเป็นวันถัดจากวันที่ของจดหมาย",
    LinkSignal.REGISTER_IN_ADDRESS: "ที่อยู่ลิงก์มีคำว่าลงทะเบียน",
    LinkSignal.FORM_HOST: "เป็นที่อยู่ของบริการแบบฟอร์ม",
    LinkSignal.DOCUMENT_HOST: "เป็นที่อยู่ของบริการแชร์ไฟล์",
    LinkSignal.CUE_JUST_BEFORE: "คำที่อยู่ข้างหน้าทันทีบอกว่าลิงก์นี้ใช้ทำอะไร",
    LinkSignal.CUE_BEFORE: "ประโยคก่อนหน้าบอกว่าลิงก์นี้ใช้ทำอะไร",
    LinkSignal.CUE_AFTER: "คำที่ตามหลังบอกว่าลิงก์นี้ใช้ทำอะไร",
    LinkSignal.FOR_SOMETHING_ELSE: "ระบุว่าเป็นลิงก์โรงแรม แผนที่ วีซ่า หรือบัตรขาเข้า",
    LinkSignal.REGISTRATION_INSTEAD: "เป็นลิงก์ลงทะเบียน ไม่ใช่ลิงก์เอกสาร",
}
_BY_CODE = {signal.name.lower(): thai for signal, thai in SIGNALS_TH.items()}
# How `Tally.reasons` writes a signal: its name in lower case, the weight it added, its words.
_SIGNAL_REASON = re.compile(r"(?P<code>[a-z_]+) (?P<weight>[+-][\d.]+): .*", re.DOTALL)

# The extractor's other reasons, most often met first; {name} is what the English names.
_SENTENCES = tuple(
    (re.compile(pattern, re.DOTALL), thai)
    for pattern, thai in (
        (r"year not written: (?P<year>\d{4}) inferred from the reference date",
         "ไม่ได้เขียนปี: ถือเป็น ค.ศ. {year} ตามวันที่ของจดหมาย"),
        (r"time zone not stated: (?P<zone>\S+) assumed", "ไม่ได้ระบุเขตเวลา: ถือเป็น {zone}"),
        (r"another date scores (?P<other>[\d.-]+) against its (?P<own>[\d.-]+)",
         "มีวันอื่นได้คะแนน {other} ใกล้กับคะแนน {own} ของวันนี้"),
        (r"two-digit year (?P<short>\d{2}) read as Buddhist era (?P<be>\d{4}) \((?P<ce>\d{4})\)",
         "ปีสองหลัก {short} อ่านเป็น พ.ศ. {be} (ค.ศ. {ce})"),
        (r"two-digit year (?P<short>\d{2}) read as (?P<ce>\d{4})",
         "ปีสองหลัก {short} อ่านเป็น ค.ศ. {ce}"),
        (r"the sentence it is read from dates other days than the meeting's",
         "ประโยคที่อ่านค่านี้มาระบุวันอื่นที่ไม่ใช่วันประชุม"),
        (r"a short form in the subject, no meeting noun names it",
         "เป็นชื่อย่อในชื่อเรื่อง ไม่มีคำที่บอกว่าเป็นการประชุม"),
        (r"a postponement without a new day: the place and the way it is held may change with it",
         "เลื่อนการประชุมโดยยังไม่มีวันใหม่: สถานที่และรูปแบบการประชุมอาจเปลี่ยนด้วย"),
        (r"\"(?P<place>.+)\" named as where it is held( \(GeoNames\))?",
         "“{place}” ระบุเป็นสถานที่จัด"),
        (r"\"(?P<place>.+)\" named as the country it is held in( \(GeoNames\))?",
         "“{place}” ระบุเป็นประเทศที่จัด"),
        (r"the text speaks both of an online format and of a venue or travel",
         "ข้อความกล่าวถึงทั้งการประชุมออนไลน์และสถานที่หรือการเดินทาง"),
        (r"the first day's hour from another sentence", "เวลาของวันแรกมาจากอีกประโยคหนึ่ง"),
        (r"a city in the place's line \(GeoNames\)", "เป็นเมืองในบรรทัดสถานที่ (GeoNames)"),
        (r"an English name in a Thai text", "เป็นชื่อภาษาอังกฤษในข้อความภาษาไทย"),
        (r"a day named from the story's date, not written",
         "วันที่อนุมานจากวันที่ของข่าว ไม่ได้เขียนไว้"),
        (r"(?P<written>[^:]+): (?P<place>[^:]+) \(GeoNames\)",
         "{written}: {place} (ชื่อตามฐานข้อมูล GeoNames)"),
        (r"said of a schedule that was, not of one to come",
         "กล่าวถึงกำหนดการที่ผ่านมาแล้ว ไม่ใช่ที่จะมาถึง"),
        (r"the range holds another meeting's days: (?P<text>.+)",
         "ช่วงวันนี้มีวันของการประชุมอื่นอยู่ด้วย: {text}"),
        (r"another hour of the day scores near it: (?P<text>.+)",
         "มีเวลาอื่นของวันได้คะแนนใกล้เคียง: {text}"),
        (r"another meeting's name stands as well: (?P<name>.+)",
         "มีชื่อการประชุมอื่นอยู่ด้วย: {name}"),
        (r"other meetings of the series are mentioned too: (?P<others>.+)",
         "มีการกล่าวถึงการประชุมครั้งอื่นของชุดนี้ด้วย: {others}"),
        (r"the text gives several counts: (?P<counts>.+)", "ข้อความให้จำนวนไว้หลายค่า: {counts}"),
        (r"day first assumed \(the text does not say\)",
         "ถือว่าเขียนวันก่อนเดือน (ข้อความไม่ได้บอก)"),
        (r"read by OCR \(page confidence (?P<percent>\d+) %\): check it against the scan",
         "อ่านด้วย OCR (ความมั่นใจของหน้า {percent} %): ตรวจกับเอกสารสแกน"),
        (r"only the first (?P<count>\d+) characters were read",
         "อ่านเพียง {count} ตัวอักษรแรก"),
        (r"a meeting named in lower case beside its body; nothing names it better",
         "ชื่อการประชุมเขียนด้วยตัวพิมพ์เล็กข้างชื่อองค์กร และไม่มีชื่ออื่นที่ดีกว่า"),
        (r"named by a word that is not a meeting's usual noun",
         "ชื่อใช้คำที่ไม่ใช่คำเรียกการประชุมตามปกติ"),
        (r"the last day counted from the length the text states",
         "วันสุดท้ายนับจากระยะเวลาที่ข้อความระบุ"),
        (r"a cancellation: the day its words call new may be another meeting's",
         "เป็นการแจ้งยกเลิก: วันที่ข้อความเรียกว่าวันใหม่อาจเป็นของการประชุมอื่น"),
        (r"a postponement: the day is new because an earlier one is said given up",
         "เป็นการแจ้งเลื่อน: ถือเป็นวันใหม่เพราะข้อความบอกว่าวันก่อนหน้าถูกเลื่อนออกไป"),
        (r"the hour later in the day's sentence", "เวลาอยู่ถัดไปในประโยคของวันนั้น"),
        (r"named in a list of bodies: which one the text is about is a guess",
         "อยู่ในรายชื่อหลายองค์กร: องค์กรที่ข้อความกล่าวถึงเป็นการคาดเดา"),
        (r"a page of a conference's milestones names it as its heading",
         "หน้ากำหนดการสำคัญของการประชุมระบุไว้เป็นหัวเรื่อง"),
        (r"a body's session named by a document's heading",
         "สมัยประชุมขององค์กร ตั้งชื่อตามหัวเรื่องของเอกสาร"),
        (r"a dash lost between (?P<first>\d+) and (?P<last>\d+): read as a range",
         "ขีดระหว่าง {first} กับ {last} หายไป: อ่านเป็นช่วงวัน"),
        (r"the hour beside 'tomorrow'", "เวลาที่อยู่ข้างคำว่า “พรุ่งนี้”"),
        (r"a short form and a meeting's noun in lower case",
         "เป็นชื่อย่อตามด้วยคำเรียกการประชุมที่เขียนด้วยตัวพิมพ์เล็ก"),
        (r"the subject's two words, held in the text",
         "เป็นสองคำจากชื่อเรื่อง ที่ข้อความระบุว่าจะจัดขึ้น"),
        (r"a headline's purpose \('to discuss …'\) ends it",
         "ชื่อจบก่อนวัตถุประสงค์ในพาดหัว (“to discuss …”)"),
        (r"its body's name stands before who meets \('… ministers' meeting'\)",
         "ชื่อองค์กรอยู่หน้าผู้ที่มาประชุม (“… ministers' meeting”)"),
        (r"its topic in quotes after its noun and 'on' \(a newer reading\)",
         "หัวข้อในเครื่องหมายคำพูดหลังคำเรียกการประชุมและคำว่า “on” (วิธีอ่านใหม่)"),
        (r"a heading's body, on the line under its meeting, written first",
         "ชื่อองค์กรจากบรรทัดใต้หัวเรื่องการประชุม เขียนไว้ข้างหน้า"),
        (r"the first of the sessions listed a row each at the same hour",
         "เป็นรอบแรกของรอบที่เรียงไว้แถวละรอบในเวลาเดียวกัน"),
        (r"the text's only day, at the start hour written without a day",
         "วันเดียวในข้อความ กับเวลาเริ่มที่เขียนไว้โดยไม่มีวัน"),
        (r"named in the address written under the venue", "มีชื่ออยู่ในที่อยู่ใต้ชื่อสถานที่"),
        (r"(?P<written>[^:]+): (?P<place>[^:]+) \(a Thai province\)",
         "{written}: จังหวัด{place} ของไทย"),
        (r"another phrase as direct names another city, \"(?P<city>.+)\"",
         "อีกวลีหนึ่งระบุเมืองอื่นไว้ตรงเท่ากัน: “{city}”"),
        (r"year from the session year written before it", "ปีมาจากปีของสมัยประชุมที่เขียนไว้ก่อนหน้า"),
        (r"time written apart from its date, earlier in the sentence",
         "เวลาเขียนแยกจากวันที่ ก่อนหน้าในประโยค"),
        (r"the closing day written apart from the first", "วันสุดท้ายเขียนแยกจากวันแรก"),
        (r"a headline of a discussion or a briefing; the text names another event",
         "เป็นหัวข้อของการหารือหรือการบรรยาย ข้อความระบุงานอื่นไว้"),
        (r"end from the duration '(?P<length>[^']+)'", "เวลาสิ้นสุดจากระยะเวลา “{length}”"),
        (r"a group's call named by the group's short form", "การประชุมของกลุ่ม ตั้งชื่อตามชื่อย่อของกลุ่ม"),
        (r"the (?:first day's|meeting's) start hour, written without a day",
         "เวลาเริ่มของการประชุม เขียนไว้โดยไม่มีวัน"),
        (r"written weekday (?P<written>\w+) does not match (?P<day>[\d-]+) \(a (?P<actual>\w+)\)",
         "วันในสัปดาห์ที่เขียน ({written}) ไม่ตรงกับวันที่ {day} ({actual})"),
    )
)  # fmt: skip


def confidence_reason_th(reason: str) -> str | None:
    """The Thai of a stored reason, or None when it is none this table knows."""
    signal = _SIGNAL_REASON.fullmatch(reason)
    if signal and signal["code"] in _BY_CODE:
        return f"{_BY_CODE[signal['code']]} ({signal['weight']})"
    return thai_by_pattern(reason, _SENTENCES)
