"""Where a Thai place phrase ("ณ ห้องประชุม 741 ศาลากลางจังหวัดพิษณุโลก", "ที่โรงแรม…") ends.

Thai writes a space between the parts of a place and also between clauses, and no full stop,
so a place phrase ends where a clause begins: at a joining word (โดย, เพื่อ, ในวันที่, …),
or at the first part that is neither a part of a place (it opens with a place noun: ห้อง,
อาคาร, ชั้น, โรงแรม, จังหวัด, …), nor a number, nor the short rest of the name the part before
it began ("ห้องประชุมบุญชู โรจนเสถียร"). A sentence's next clause ("… สำหรับการประชุมครั้งนี้
ที่ประชุมได้…", "… มีมติมอบหมายให้…") is none of these, whatever its verb.
"""

from __future__ import annotations

import re

from bot.understanding import cues
from bot.understanding.fields.text import MessageText
from bot.understanding.fields.thai_provinces import province_ending

# The one vocabulary of Thai place nouns (venue_name reads a venue and an address with it).
# A building or grounds: "ที่" before one says where ("ที่ห้องประชุม…", "ที่ศูนย์การประชุม…");
# before an office or ministry it is as often "which" ("หนังสือที่กรม…แจ้ง"), and "ที่ประชุม" is
# the meeting itself.
THAI_BUILDINGS = (
    r"ห้อง|หอประชุม|อาคาร|ตึก|โรงแรม|รีสอร์ท|ศูนย์(?:การ)?ประชุม|ศูนย์นิทรรศการ|ศาลากลาง|ศาลาว่าการ"
    r"|ที่ว่าการ|ทำเนียบ|สวน|อุทยาน|พระราชวัง|สนาม|สโมสร|สำนักเลขาธิการ"
    # (thnames-r23) a district's or a temple's hall: "ที่ศาลาประชาคมอำเภอ…", "ศาลาการเปรียญ…"
    r"|ศาลา(?:ประชาคม|[อเ]นกประสงค์|การเปรียญ)"
    # a border checkpoint, where two provinces' or countries' officials meet
    r"|จุดผ่านแดน|จุดผ่อนปรน|ด่านพรมแดน|ด่านศุลกากร"
)
# What a venue is named by: a building, also an office, a ministry, a floor, a school.
# "ร.ร.": a hotel or a school, as news shortens either (a venue after "ณ" or "ที่" only: a
# heading's "ปีการศึกษา 2563 ร.ร.…" names whose the meeting is)
_SHORTENED = r"ร\.ร\."
THAI_VENUES = rf"{THAI_BUILDINGS}|{_SHORTENED}|ศูนย์|สำนักงาน|กระทรวง|ชั้น|มหาวิทยาลัย|โรงเรียน"
THAI_VENUE_NOUN = re.compile(THAI_VENUES)
# The street and district of an address, which follow the building.
# (thnames-r23) and a village's number before them: "… หมู่ที่ 2 ตำบล…"
THAI_ADDRESS = r"หมู่ที่|ถนน|ถ\.|ซอย|แขวง|เขต|ตำบล|ต\.|อำเภอ|อ\.|จังหวัด|จ\."
# Nouns that open a part of a place: rooms, buildings, grounds, offices, and the address.
_PLACE_NOUN = re.compile(
    rf"{THAI_VENUES}|หอ(?!การค้า)|ศาลา|สำนัก|กรม|วิทยาลัย|สถาบัน|วัด|วัง|ลาน|สภา|เทศบาล|องค์การ"
    # a university's faculty ("คณะแพทยศาสตร์"), not a committee or a cabinet
    # (nor a party of people: "คณะเยาวชน…", "คณะนักศึกษา…", the next clause's subject)
    r"|คณะ(?!กรรมการ|ทำงาน|ผู้|รัฐมนตรี|บุคคล|เยาวชน|นัก|ครู|เจ้าหน้าที่|ข้าราชการ|ทูต)"
    rf"|ค่าย|หมู่บ้าน|บ้าน|โถง|บริเวณ|ภายใน|{THAI_ADDRESS}|เลขที่|กรุง|นคร|เมือง|ประเทศ|สาธารณรัฐ"
    r"|ราชอาณาจักร|สหพันธ์|สปป\.|บริษัท|จำกัด|โรงพยาบาล"
    # (places-r22) the quarter of a city a building stands in: "ย่านใจกลางเมือง…"
    r"|ย่าน"
    # an embassy's or consulate's own building ("ห้อง… ชั้น G สถานเอกอัครราชทูตฯ")
    r"|สถานเอกอัครราชทูต|สถานทูต|สถานกงสุล"
)
# (Not after a Thai letter: "ครั้งที่", "ทุกที่". The letters first, for a quick scan.)
# ("ที่กรุงมะนิลา": a capital is a place too.)
# ("ที่บ้านทะเลรีสอร์ท": a resort's name that ends with its noun.)
THAI_AT = re.compile(
    rf"(?:ณ|ที่(?=\s*(?:{THAI_BUILDINGS}|{_SHORTENED}|กรุง|[ก-๙]{{2,24}}?(?:รีสอร์ท|รีสอร์ต)(?![ก-๙]))))"
    # (glued to a verb before a room: "ได้รับฟังที่ห้อง…", not "พื้นที่ห้อง…", a room's area, nor
    # "นั่งประชุมที่ห้องทำงานของแต่ละคน", each in a room of their own)
    r"(?<![ก-๙]ณ)(?:(?<![ก-๙]ที่)|(?<!พื้นที่)(?<!หน้าที่)(?=ห้อง(?![ก-๙]{0,12}ของ)))\s*"
)
# Words that join a clause to the place, glued to it or not: the phrase ends before them.
_CLAUSE_JOIN = re.compile(
    r"\s*(?:มาเพื่อ|โดย|ระหว่าง|วันที่|เมื่อ|ในวัน|เวลา|รายละเอียด|ซึ่ง|ทั้งนี้|ตามที่|เพื่อ|จึง"
    # "ณ คูเวตจากฟิลิปปินส์เป็นอินโดนีเซีย": where a thing passes from and to is no place of it
    # (a vowel or mark after it makes another word: "จาการ์ตา")
    r"|จาก(?![ะ-ฺเ-๎])|ไปยัง"
    # "และ" after a space joins a clause; glued, it joins a name ("ศูนย์ประชุมและแสดงสินค้า")
    r"|\s(?:และ|หรือ)"
    r"|จำนวน|รวม|ตั้งแต่|\n\s*\n"
    # "ณ โรงเรียน… ถึงความคืบหน้า…": what was told, after a space (glued, "ถึง" is a name's)
    r"|\sถึง"
    # (round twenty) the verb or purpose after the place, over a space: "… กรุงเทพมหานคร
    # กำหนดจัดขึ้นระหว่าง…", "… อาคาร… สำหรับการหารือครั้งนี้"; not whom a place serves, a
    # name's ("ศูนย์ประชุม สำหรับเยาวชน")
    r"|\s(?:กำหนด|จัดขึ้น|สำหรับ(?=การ|ใช้|จัด|เรื่อง))"
    # an adverb of the sentence: "ณ อาคารรัฐสภา ตามปกติแล้ว" (as usual), "… เช่นเดิม" (as before)
    r"|ตามปกติ|ตามเดิม|เช่นเดิม|เช่นเคย|เหมือนเดิม|ดังเดิม"
    # an aside in brackets, though not a name's short form: "ศูนย์การประชุม… (PICC) กรุงมะนิลา",
    # nor a building's other name: "อาคารรัฐประศาสนภักดี(อาคาร B)", "อาคารอเนกประสงค์ (โดม)
    # วัด…" (thnames-r23: one Thai word, the place going on after it)
    rf"|\((?![A-Z][A-Z0-9&.-]{{1,9}}\))(?!\s*(?:{THAI_BUILDINGS}|ชั้น|ฝั่ง))"
    rf"(?![ก-๙]{{1,12}}\)\s*(?:{THAI_VENUES}|วัด(?=[ก-๙])))"
    # (thnames-r23) a second place phrase ("ณ นคร<X> เป็นประธาน ณ โรงแรม…"): the first ends
    # before its "ณ" (not an embassy's seat, its name: "สถานเอกอัครราชทูต ณ กรุง…"), and before
    # a spaced "เป็น…", the next clause's verb, or a glued "และ<verb>" ("ณ วัด<X>และเยี่ยมชม…")
    # (mend-r23d2: the verb's role or work, not a room's name, "ห้อง เป็นหนึ่ง", nor "และร่วมใจ")
    # (mend-r23d2: nor before the place's city, "ณ โรงแรม<X> ณ กรุงโตเกียว")
    r"|(?<!ทูต)(?<!ทูตฯ)(?<!กงสุล)(?<!กงสุลใหญ่)\sณ\s(?!กรุง|นคร|เมือง|ประเทศ|จังหวัด|จ\.)"
    r"|\sเป็น(?=(?:องค์)?ประธาน|ผู้|เจ้าภาพ|การ)"
    r"|และ(?=เยี่ยม|ร่วม(?!ใจ|มือ|พลัง)|ได้|เดินทาง|พบปะ|มอบ|กล่าว))"
)
# (places-r22) A person's title glued to a province's name ends the place: the source wrote no
# space before the sentence's subject (not a name's letters: "นครนายก" holds "นาย").
_GLUED_TITLE = re.compile(r"(?<=[ก-๙])(?:นางสาว|นาย|นาง)(?=[ก-๙])")


def _glued_person(word: str) -> int | None:
    """Where a person's title glued to the end of a province's name begins in `word`."""
    for m in _GLUED_TITLE.finditer(word):
        if province_ending(word[: m.start()], shortest=3):
            return m.start()
    return None


# (places-r22) A Latin name's own noun ends its words and the phrase goes on: "ณ Sample Thai
# Restaurant ย่าน…", the quarter and city after it (a name's rest alone stops at two words).
_LATIN_NOUN = re.compile(
    r"(?i:hotel|resort|restaurant|caf[eé]|bistro|hall|cent(?:re|er)|building|tower|plaza)"
)
# A person named after the place is the sentence's subject: "… ศาลากลางจังหวัด นายสมชาย …".
# (a rank too: "พ.อ.", "พ.ต.อ.", "ร.ท.", "พล.อ.")
_PERSON = re.compile(rf"(?:{cues.THAI_HONORIFICS}|(?:พล|พ|ร|ส)\.(?:ต\.)?[อทต]\.)(?=[ก-๙])")
# A person's title written apart from the name: "… อำเภอ<X> นาย สมมุติ …", "… ดร. สมมุติ …".
_LONE_TITLE = re.compile(cues.THAI_HONORIFICS)
_REGION = re.compile(r"ประเทศ|สาธารณรัฐ|ราชอาณาจักร|สปป\.|จังหวัด|จ\.|กรุง")
_NUMBER = re.compile(r"[\d๐-๙][\d๐-๙./-]*")
# A floor's or a wing's letter right after its noun: "ชั้น G", "อาคาร B", "ห้อง B2".
_LETTER = re.compile(r"[A-Z]\d{0,2}")
# The rest of a name is short: a surname, a campus, a number's letters ("สนอ."), or a name
# in Latin letters.
# ("โรงแรม แชงกรี-ลา": a borrowed name's parts joined by a hyphen)
_NAME_REST = re.compile(
    r"[ก-๙.]{1,14}(?:-[ก-๙.]{1,14})?|\(?[A-Z][A-Z0-9&.-]{1,9}\)?|[A-Z][a-z][A-Za-z'’&.-]{0,18}"
)
_PART = re.compile(r"\S+")
# A title's letters and stop, written apart: "ศ", ".", "นพ.", as a PDF spaces "ศ.นพ.".
_ABBREVIATION = re.compile(r"[ก-๙]{1,3}\.?|\.")
# A room named for a person: "ห้องประชุม ศ.ดร.สมชาย ใจดี" (not a sentence's subject after a
# place that has its name: "ศาลากลางจังหวัด นายสมชาย …").
_BARE_ROOM = re.compile(r"ห้อง(?:ประชุม)?|หอประชุม|อาคาร|ตึก")
_THAI = re.compile(r"[ก-๙]")
# A royal dedication written after a building's name, over its own words.
_ROYAL = re.compile(r"เฉลิมพระเกียรติ|รอบพระชนมพรรษา|พระชนมพรรษา|(?:ใน)?วโรกาส")
# A jubilee's years after its number: "อาคาร 100 ปี", "ศูนย์ราชการเฉลิมพระเกียรติ 80 พรรษา".
_JUBILEE = re.compile(r"ปี|พรรษา")
MAX_THAI_PLACE_CHARS = 160
# "โรงแรม ดิ เอเมอรัลด์", "ห้องประชุมบุญชู โรจนเสถียร": a name goes on over a few short words.
MAX_NAME_REST_WORDS = 2


def thai_place_end(text: MessageText, start: int) -> int:
    """Where the Thai place phrase that begins at `start` ends."""
    plain = text.plain
    limit = min(len(plain), start + MAX_THAI_PLACE_CHARS)
    join = _CLAUSE_JOIN.search(plain, start, limit)
    if (capacity := _IN_CAPACITY.search(plain, start, limit)) is not None and (
        join is None or capacity.start() < join.start()
    ):
        # "… กรุงวอชิงตัน สถานเอกอัครราชทูตฯ ในฐานะประธาน ได้แจ้ง…": the part before "ในฐานะ"
        # is who acts in the next clause, not the place's
        subject = _last_word_start(plain, start, capacity.start())
        limit = subject if subject > start else limit
        join = None if subject > start else join
    end = start
    rest_words = 0  # the first part after ณ is the place's name, noun or not
    bare_room = False  # the last part was a room's noun alone: a person's name may follow
    noun = after_noun = False  # the last part opened with a place noun
    previous = ""  # the last part
    for word_start, word_end in _words(text, start, join.start() if join else limit):
        # ("(อาคาร B)": a building's other name in brackets is read as its words)
        word = plain[word_start:word_end].replace("\n", "").strip("()")
        if _ABBREVIATION.fullmatch(word) and (
            word.endswith(".") or plain.startswith(".", _next_part(plain, word_end))
        ):
            # "ห้องประชุม ศ . นพ . สมชาย": a title's letters, spaced by a PDF, open the name
            # that follows and are not counted as its words
            end = word_end
            continue
        if (_PERSON.match(word) or _LONE_TITLE.fullmatch(word)) and not bare_room:
            break
        if (glued := _glued_person(word)) is not None:
            end = word_start + glued  # "…ศาลากลางจังหวัดตรังนายสมมุติ": the next clause's subject
            break
        bare_room = _BARE_ROOM.fullmatch(word) is not None
        after_number = _NUMBER.fullmatch(previous) is not None
        previous = word
        after_noun, noun = noun, bool(_PLACE_NOUN.match(word) or _LATIN_NOUN.fullmatch(word))
        if _ROYAL.match(word) or (after_number and _JUBILEE.fullmatch(word)):
            # "ศูนย์ประชุม… เฉลิมพระเกียรติ 7 รอบพระชนมพรรษา": a dedication is the name's
            rest_words = 0
        elif noun:
            # a country or province glued to its name ends the name: what follows is no part
            # of it ("… สาธารณรัฐสิงคโปร์ ในการนี้ …")
            named_region = (region := _REGION.match(word)) is not None and region.end() < len(word)
            rest_words = MAX_NAME_REST_WORDS if named_region else 0
        elif _NUMBER.fullmatch(word) or (after_noun and _LETTER.fullmatch(word)):
            rest_words = MAX_NAME_REST_WORDS
        elif rest_words < MAX_NAME_REST_WORDS and _NAME_REST.fullmatch(word):
            rest_words += 1
        elif word_start != start:
            break
        end = word_end
    last_word = _last_word_start(plain, start, end)
    if _CUT_NAME.fullmatch(plain, last_word, end) and not plain[end:].strip():
        # "… ณ ห้องป" where the text stops: a room's name cut short names no room
        return last_word
    return end


# (places-r21b) "ในฐานะ" (in its role as) after a space follows the actor of a new clause.
# (mend-r21g) Not after a room's number ("ห้องประชุม 301 ในฐานะ…"), nor "ในฐานะที่" (since,
# as), which joins a reason, not an actor.
_IN_CAPACITY = re.compile(r"(?<!\d)\sในฐานะ(?!ที่)")
# A room or building noun and one or two letters of its name.
_CUT_NAME = re.compile(r"(?:ห้อง(?:ประชุม)?|หอประชุม|อาคาร|ตึก|โรงแรม)[ก-๙]{1,2}")


def _last_word_start(plain: str, start: int, end: int) -> int:
    """Where the last space-separated part of plain[start:end] begins."""
    space = max(plain.rfind(" ", start, end), plain.rfind("\n", start, end))
    return start if space < 0 else space + 1


def _next_part(plain: str, position: int) -> int:
    """Where the next part after `position` begins, past the blanks of its line."""
    while position < len(plain) and plain[position] in " \t":
        position += 1
    return position


def _words(text: MessageText, start: int, stop: int) -> list[tuple[int, int]]:
    """The space-separated parts of text.plain[start:stop]; a PDF wraps a Thai line inside a
    word ("ณ หอ\nประชุมใหญ่…"), so a wrapped line break between Thai letters joins them."""
    words: list[tuple[int, int]] = []
    for part in _PART.finditer(text.plain, start, stop):
        gap = text.plain[words[-1][1] : part.start()] if words else ""
        if (
            gap == "\n"
            and text.wraps_at(part.start() - 1)
            and _THAI.match(part.group())
            and _THAI.match(text.plain, part.start() - 2)
            # ("… วอเตอร์เกท" and "กรุงเทพมหานคร" on the next line: a city or province opens a
            # part of its own, as a word wrapped mid-way does not)
            and not _REGION.match(part.group())
        ):
            # (between Thai letters: "ชั้น 5" and "โรงแรม…" on the next line are two parts)
            words[-1] = (words[-1][0], part.end())
        else:
            words.append(part.span())
    return words
