"""The meeting's Thai name, from a memo's เรื่อง line, the subject, or the text's
"เข้าร่วมการประชุม X" (a phrase's name is read by bot.understanding.fields.title_th_phrase).
"""

from __future__ import annotations

import re

from bot.reading.thai_digits import to_arabic_digits
from bot.understanding.fields.text import MessageText, clean
from bot.understanding.fields.title_th_assembly import sitting_body
from bot.understanding.fields.title_th_briefing import diplomatic_briefing, regular_briefing
from bot.understanding.fields.title_th_ceremony import programme_ceremony, programme_heading
from bot.understanding.fields.title_th_formal import FORMAL_RULE, formal_in_story, headline_phrase
from bot.understanding.fields.title_th_invited import invited_event
from bot.understanding.fields.title_th_letters import with_letters
from bot.understanding.fields.title_th_lines import sentence_lines_end
from bot.understanding.fields.title_th_offsite import THAI_WRAP, offsite_meeting, speaks_of_offsite
from bot.understanding.fields.title_th_parliament import parliament_item
from bot.understanding.fields.title_th_phrase import (
    BY_SHORT_FORM,
    NAME_LIMIT,
    NOUN,
    by_number,
    numbers_only,
    thai_name,
)
from bot.understanding.fields.title_th_visit import subject_visit, visit_named
from bot.understanding.fields.title_th_whole import written_whole
from bot.understanding.prefilter import LineStart
from bot.understanding.record import Extracted
from bot.understanding.rules import ruled

_SUBJECT_LINE = LineStart(r"^[ \t]*เรื่อง[ \t]*(?P<value>.+)$")
_SUBJECT_LINE_STOP = re.compile(r"^\s*(?:เรียน|ถึง|อ้างถึง|สิ่งที่ส่งมาด้วย|$)")
_IN_SUBJECT = re.compile(r"^(?:|.*?(?<![ก-๙]))เรื่อง\s*")  # a label, not "คุยเรื่อง…" (talk about)
# Where the text names the meeting it is about: "เข้าร่วมการประชุม X", "เป็นประธานเปิดการประชุม X".
_INTRODUCED = re.compile(
    # (each choice opens with a letter, the look-behinds after it, so the engine skips to one)
    r"(?:เ(?<!ผู้เ)ข้าร่วม(?:ใน)?|ร(?<=ไปร)่วม|ขอเชิญ.{0,40}?ร่วม|เชิญชม|เป็น(?:องค์)?ประธาน(?:ใน)?(?:พิธี)?(?:เปิด|ปิด)?"
    # (and a host's, by the meeting's formal noun: "เป็นเจ้าภาพจัดการประชุม…"; a bare "จัดประชุม
    # <X>" in a news text is often a short form the text writes whole elsewhere)
    r"|ได้จัด(?:ให้มี)?|เ(?<![ก-๙]เ)ปิด|จ(?:(?<![ก-๙]จ)|(?<=เจ้าภาพจ)(?=ัดการ))ัด)\s*"
    # an event the text invites to or opens: "เชิญชมงานวันมาตรฐานฝีมือแรงงาน…"
    r"(?=(?:การ)?(?:ประชุม|สัมมนา|ฝึกอบรม)|งานวัน|การ(?:ประกวด|แข่งขัน))"
)


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
    if briefing := diplomatic_briefing(text):
        return briefing  # "… บรรยายสรุปผลประชุม<X> ต่อคณะทูต": the briefing, not the meeting
    subject = text.subject_as_written or text.subject
    if speaks_of_offsite(subject) and (offsite := offsite_meeting(text)):
        return offsite  # "เลื่อนประชุมครม.สัญจร <province> <date>": the text writes it out
    in_subject = thai_name(_IN_SUBJECT.sub("", subject, count=1))
    if (visit := subject_visit(text)) and _before(in_subject, subject, visit[1]):
        return visit[0]  # "คณะ<project> เข้าเยี่ยมคารวะ <whom>": the name is who calls
    introduced = _introduced(text)
    if in_subject and not _mostly_latin(in_subject[0]):
        if introduced and _fuller(introduced[0][0], in_subject[0]):
            return _named(*introduced, 0.7, "title.th.text_whole")  # the text writes it whole
        if introduced and numbers_only(in_subject[0]) and not _DIGIT.search(in_subject[0]):
            # "<who> ใช้ตึกใหม่ประชุมครั้งแรก": a headline's "first meeting" says not which (a
            # number, "ประชุมครั้งที่ 2/58", is a series' own)
            return _named(*introduced, 0.7, "title.th.text_for_number")
        if not in_subject[1] and (numbered := _numbered_in_text(text, in_subject[0])):
            return _named(*numbered, 0.7, "title.th.text_numbered")
        if spelt := _spelt_out(text, in_subject[0]):
            return _named(*spelt, 0.7, _SPELT_RULE)
        if "ฯ" in in_subject[0] and (whole := written_whole(text, in_subject[0])):
            return whole  # "งดประชุมสภาฯ" is the story's "การประชุมสภาผู้แทนราษฎร"
        if headline_phrase(subject, in_subject[0]) and (
            formal := formal_in_story(text, in_subject[0])
        ):
            return _named(*formal, 0.7, FORMAL_RULE)  # "…ประชุมเอเปคพบ…": "…เอเปค ครั้งที่ 32"
        if quoted := _quoted_in_heading(text, in_subject[0]):
            return _named(*quoted, 0.7, "title.th.heading_quoted")
        return _named(in_subject, f"Subject: {text.subject}", 0.75, "title.th.subject")
    # "การประชุม ASEAN-Japan Dialogue on Labour ครั้งที่ ๑๘" is the English name in a Thai
    # frame: the text may write the Thai one.
    if introduced:
        return _named(*introduced, 0.7, "title.th.introduced")
    if in_subject:
        return _named(in_subject, f"Subject: {text.subject}", 0.7, "title.th.subject_latin")
    if spelt := _spelt_out(text, with_letters(subject)):
        return _named(*spelt, 0.7, _SPELT_RULE)
    # names by other words than a meeting's noun, newer rules under review
    return (
        _heading(text)
        or _dated(text)
        or offsite_meeting(text)
        or sitting_body(text)
        or programme_ceremony(text)
        or programme_heading(text)
        or parliament_item(text)
        or visit_named(text)
        or regular_briefing(text)
        or invited_event(text)
    )


# A quotation mark in a headline, and all of them (titles-r21).
_QUOTE = re.compile("[\"'‘’“”]")
_QUOTES = re.compile("\\s*[\"'‘’“”]\\s*")
# (mend-r21c) Only the event's number after the quoted words, or nothing: they are the name's
# own core ("การประชุมเชิงปฏิบัติการ “<name>” ครั้งที่ 2"), no slogan beside it.
_QUOTED_CORE = re.compile(
    r"""["'‘’“”][^"'‘’“”]+["'‘’“”]\s*"""
    r"(?:(?:ครั้ง|รุ่น|สมัย)ที่\s*[\d๐-๙/]+|ประจำปี\s*[\d๐-๙]{4})?\s*$"
)


def _quoted_in_heading(text: MessageText, name: str) -> tuple[tuple[str, bool], str] | None:
    """The subject's name cut where the text's first line, the same headline with its quotes,
    opens one: the subject's "สัมมนา<region> <slogan> <rest>" is the heading's "สัมมนา<region>
    '<slogan>' <rest>", the slogan no part of the name (a newer rule, under review)."""
    first = text.plain.lstrip()
    line = first[: first.find("\n")] if "\n" in first else first
    quote = _QUOTE.search(line)
    if quote is None or _QUOTES.sub(" ", line).split() != _QUOTES.sub(" ", text.subject).split():
        return None
    head = line[: quote.start()].strip()
    if _QUOTED_CORE.match(line, quote.start()) or not (
        name.startswith(head) and name[len(head) : len(head) + 1].isspace()
    ):
        return None
    found = thai_name(head)
    at = len(text.plain) - len(first)
    return ((head, False), text.snippet(at, at + len(line))) if found and found[0] == head else None


def _before(name: tuple[str, bool] | None, subject: str, verb: int) -> bool:
    """Whether the subject names no meeting, or a name that ends before the visit's verb (its
    actor's: "คณะเยาวชนโครงการ…"), not one after it ("เยือน… เพื่อร่วมการประชุม…") nor one
    that holds it ("ประชุมหารือร่วมกับ…")."""
    if name is None:
        return True
    at = subject.find(name[0][:_NAME_OPENING])
    return at >= 0 and at + len(name[0]) <= verb


_NAME_OPENING = 8  # letters enough to find a name in its subject (its digits may differ)


def _introduced(text: MessageText) -> tuple[tuple[str, bool], str] | None:
    """The first name the text introduces ("เข้าร่วมการประชุม X"), and its source."""
    for match in _INTRODUCED.finditer(text.plain):
        end = sentence_lines_end(text, match.end())
        phrase = THAI_WRAP.sub("", text.raw[match.end() : min(end, match.end() + NAME_LIMIT)])
        if found := thai_name(clean(phrase)):
            return found, text.snippet(match.start(), end)
    return None


# A body's short form: Latin capitals ("RBC") or Thai letters and a dot ("ครม.", "ก.น.จ.").
_SHORT_FORM = re.compile(
    r"(?<![A-Za-z])[A-Z]{2,10}(?![A-Za-z])|(?<![ก-๙.])[ก-ฮ]{1,6}\.(?:[ก-ฮ]{1,4}\.)*"
)
_SPELT_BEFORE = 160  # how far before its short form a body's name may open
_SPELT_RULE = "title.th.short_form_spelt"


def _spelt_out(text: MessageText, phrase: str) -> tuple[tuple[str, bool], str] | None:
    """The meeting the text names by a body's full name and, in brackets, a short form the
    subject or its name gives: the subject's "ครม.เลื่อนถก…" is the text's "การประชุม
    คณะรัฐมนตรี (ครม.)" (the name runs to the bracket at least, and on to its numbers)."""
    for short in _SHORT_FORM.finditer(phrase):
        at = text.plain.find(f"({short.group()})")
        opening = text.plain.rfind("การประชุม", max(0, at - _SPELT_BEFORE), at) if at > 0 else -1
        if opening < 0:
            continue
        end = sentence_lines_end(text, at)
        found = thai_name(
            clean(THAI_WRAP.sub("", text.raw[opening : min(end, opening + NAME_LIMIT)]))
        )
        named = clean(THAI_WRAP.sub("", text.raw[opening:at]))
        if found and found[0].startswith(named):
            return found, text.snippet(opening, end)
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
    noun = NOUN.match(subject_name)
    if noun is None or noun["article"] or noun["event"]:
        return None
    words = subject_name[noun.end() :].strip()
    if short := _TRAILING_SHORT.search(words):
        # "ประชุมสภากทม." is the text's "การประชุมสภากรุงเทพมหานคร สมัยที่ 1": the words before
        # the short form, then its first letter
        words = words[: short.start()] + short["first"]
    if len(words) < _WORDS_LEAST:
        return None
    at, tried = text.plain.find(words), 0
    while at >= 0 and tried < _WORDS_TRIED:
        tried += 1
        opening = text.plain.rfind(noun.group(), max(0, at - _NOUN_BEFORE), at)
        if opening >= 0:
            opening -= 3 if text.plain.startswith("การ", opening - 3) else 0
            end = sentence_lines_end(text, at)
            phrase = clean(THAI_WRAP.sub("", text.raw[opening : min(end, opening + NAME_LIMIT)]))
            found = thai_name(phrase)
            if (
                found
                and found[1]
                and words in found[0]
                and phrase.startswith(found[0])
                and not _joins_another(found[0], words)
            ):
                return found, text.snippet(opening, end)
        at = text.plain.find(words, at + 1)
    return None


_TRAILING_SHORT = re.compile(r"\s*(?P<first>[ก-ฮ])[ก-ฮ]{1,5}\.(?:[ก-ฮ]{1,4}\.)*$")
_NOT_LETTERS = re.compile(r"[\s\"“”]+|^การ")


def _fuller(written: str, subject_name: str) -> bool:
    """Whether the text's name is the subject's and more: a headline cut it at its purpose
    ("<Body>ประชุมแนวทางความร่วมมือเพื่อ…" over "การประชุม “แนวทางความร่วมมือเพื่อ…”")."""
    whole, cut = (_letters(n) for n in (written, subject_name))
    if len(whole) > len(cut) and whole.startswith(cut):
        return not _joins_another(whole, cut)
    return _middle_dropped(written, subject_name)


def _letters(name: str) -> str:
    """A name's letters and digits (Arabic), without its event's word, spaces and quotes."""
    return to_arabic_digits(_NOUN_OPENS.sub("", _NOT_LETTERS.sub("", name)))


# (thnames-r23) Each part of a subject's name split by a space, at least so long to be found
# whole at the text's name's ends (more than the noun, "ประชุม", alone).
_PART_LEAST = 10


def _middle_dropped(written: str, subject_name: str) -> bool:
    """Whether the subject's name is the text's without its middle: a headline drops a list of
    ranks ("การประชุม<who> ภายในเขต<where>" of the text's "การประชุม<who>ระดับ<rank>
    <rank>… ภายในเขต<where>"), its first and last words the text's name's ends."""
    head, space, tail = subject_name.partition(" ")
    whole, head, tail = _letters(written), _letters(head), _letters(tail)
    return (
        bool(space)
        and min(len(head), len(tail)) >= _PART_LEAST
        and len(whole) > len(head) + len(tail)
        and whole.startswith(head)
        and whole.endswith(tail)
    )


def _joins_another(written: str, words: str) -> bool:
    """Whether the text's name goes on past the subject's words with "และ…", a second thing
    the sentence joins to the meeting ("…ของประชาชนและมีประกาศใช้แผน… ประจำปี…"): the subject
    named the one meeting (titles-r22). Not a second body that sits with it, one joint
    meeting ("…คณะกรรมการ<name>และคณะอนุกรรมการ<name> ครั้งที่ 2/2569", mend-r22e)."""
    at = written.find(words)
    return (
        at >= 0
        and written.startswith("และ", at + len(words))
        and _SECOND_BODY.match(written, at + len(words) + len("และ")) is None
    )


# A body's word after "และ": the meeting is of both ("…และคณะอนุกรรมการ…", "…และผู้บริหาร…").
_SECOND_BODY = re.compile(r"คณะ|อนุกรรมการ|กรรมการ|ผู้")


# The event's or the act's word before the noun: "งานประชุม…" and "การประชุม…" are one name
# (titles-r20: a headline's "งานประชุมวิชาการ “<theme>”" cut at the theme's colon).
_NOUN_OPENS = re.compile(r"^(?:งาน|การ)")


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
            lines_end = min(sentence_lines_end(text, start), limit, start + _HEADING_CHARS)
            # only a line with a name's numbers is read (cheaply found, then the name)
            if _NUMBERED.search(text.plain, start, lines_end):
                line = THAI_WRAP.sub("", text.raw[start:lines_end])
                if (found := thai_name(clean(line))) and found[1]:
                    source = text.snippet(start, lines_end)
                    return _named(found, source, 0.65, "title.th.heading")
            start = end + 1
    return None


# Its days right after a meeting's name (and its short form in brackets): "การประชุม<body>
# (RBC) ระหว่างวันที่ 23-25 สิงหาคม …", or the day it is put off to: "เลื่อนการประชุม<body>
# ออกไปเป็นวันที่ …".
# (titles23: or after where it is held: "… จะจัดขึ้นที่<city>ระหว่างวันที่ …")
_DAYS_AFTER = re.compile(
    r"\s*+(?:\([^()\n]{1,40}\)\s*+)?(?:(?:ออกไป)?เป็น)?(?:(?:จะ)?จัด(?:ขึ้น)?(?:ที่|ณ)[^\n]{1,80}?)?"
    r"(?:ระหว่าง|ใน)?วันที่"
)
_DATED_TRIED = 10  # meeting nouns read at most, from the text's start
_DATED_RULE = "title.th.dated"


def _dated(text: MessageText) -> Extracted[str] | None:
    """A meeting named in the text where its days follow the name, under review: the sentence
    tells of the meeting itself, not of another it cites."""
    at, tried = text.plain.find("การประชุม"), 0
    while at >= 0 and tried < _DATED_TRIED:
        tried += 1
        end = sentence_lines_end(text, at)
        phrase = clean(THAI_WRAP.sub("", text.raw[at : min(end, at + NAME_LIMIT)]))
        found = thai_name(phrase)
        if found and phrase.startswith(found[0]) and _DAYS_AFTER.match(phrase, len(found[0])):
            return _named(found, text.snippet(at, end), 0.65, _DATED_RULE)
        at = text.plain.find("การประชุม", at + 1)
    return None


def _mostly_latin(name: str) -> bool:
    return len(_LATIN.findall(name)) > len(_THAI_LETTER.findall(name)) - 6  # the noun's letters


_DIGIT = re.compile(r"[\d๐-๙]")
_LATIN = re.compile(r"[A-Za-z]")
_THAI_LETTER = re.compile(r"[ก-ฮ]")


def _named(found: tuple[str, bool], source: str, confidence: float, rule: str) -> Extracted[str]:
    """A name closed by its numbers ("ครั้งที่ ๑๘") is surely whole: a little more certain. An
    event's or a council's name without a meeting noun, a meeting named by its number only,
    and one a headline names by a body's short form are read by newer, less tried rules: a
    person checks them."""
    name, numbered = found
    confidence = round(confidence + (0.05 if numbered else 0.0), 2)
    opening = NOUN.match(name)
    # (a name that opens with no noun opens with the body that held the meeting it numbers)
    if (
        opening is None
        or opening["event"]
        or opening["hearing"]
        or (
            opening["article"] is None
            and (by_number(name, opening.end()) or BY_SHORT_FORM.match(name, opening.end()))
        )
    ):
        confidence = min(confidence, _EVENT_CONFIDENCE)
    return Extracted(name, source, confidence, ruled(rule))


_EVENT_CONFIDENCE = 0.75
