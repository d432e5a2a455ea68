"""The meeting's name in English and Thai, its series ("SLOM-WG") and ordinal (18).

An English title is grown around a meeting noun ("Meeting", "Workshop", "Forum"...) over
capitalised words and the small words between them, so "the 18th Meeting of the Senior
Labour Officials ... of ASEAN (18th SLOM-WG)" yields the name without its short form.
The Thai title comes from the เรื่อง line of a memo or the phrase after "เข้าร่วม".
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from bot.understanding import cues
from bot.understanding.fields.gazetteer import find_places, opens_city_name
from bot.understanding.fields.series import (
    NOT_SERIES,
    ORDINAL,
    find_series,
    ordinal_of,
    thai_ordinal,
)
from bot.understanding.fields.text import MessageText, clean
from bot.understanding.fields.title_words import (
    CONNECTORS,
    HEADLINE_VERBS,
    NOT_TITLE_WORDS,
    SUBJECT_TAIL,
)
from bot.understanding.prefilter import prefiltered
from bot.understanding.record import Extracted

MEETING_NOUNS = (
    "meeting|meetings|workshop|conference|forum|seminar|dialogue|summit|symposium|consultation"
    "|training|course|webinar|roundtable|round-table|session|retreat|congress|assembly"
    "|colloquium|caucus|exchange|expo|conclave|programme|program"
    "|summits|sessions|conferences|workshops|forums|dialogues|hackathon|exhibition"
)
# Run over lower-case text; tried only where a noun begins (bot.understanding.prefilter).
_NOUN = prefiltered(MEETING_NOUNS.split("|"), rf"\b(?:{MEETING_NOUNS})\b")
# "Seventy-ninth session of the Commission", "the 3rd annual general meeting of ABC Ltd.": a
# name written in small letters, whose ordinal says where it begins.
_ORDINAL_LEAD = re.compile(rf"(?:{ORDINAL.pattern})[\s-]+(?:[a-z]+\s+){{0,2}}$", re.IGNORECASE)
_OF_A_NAME = re.compile(r"\s+of\s+(?:the\s+)?[A-Z]")
_PLAN_NOT_EVENT = re.compile(r"\b(?:work|action|strategic|national)\s+$")
_MONTHS = re.compile(
    rf"^(?:{cues.MONTH_NAME_EN})\.?$"
    r"|^(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?$",
    re.IGNORECASE,
)
_TOKEN = re.compile(r"[ \t]*+\n?[ \t]*+(\([A-Z][A-Za-z0-9&+\-]*\)|[A-Za-z0-9][\w'’.&+\-]*|[&–:-])")
_INTRODUCED = re.compile(
    r"(?:invit\w*|participat\w*\s+in|attend(?:ance)?(?:\s+at)?|host(?:ing)?|convene|organi[sz]e"
    r"|nominat\w*.{0,40}?\s+for|to\s+join)\s+(?:to\s+)?(?:attend\s+|participate\s+in\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)
_THAI_SUBJECT = re.compile(r"^[ \t]*เรื่อง[ \t]*(?P<value>.+)$", re.MULTILINE)
_THAI_SUBJECT_STOP = re.compile(r"^\s*(?:เรียน|ถึง|อ้างถึง|สิ่งที่ส่งมาด้วย|$)")
_REPLY_PREFIX = re.compile(r"^(?:\s*(?:re|fwd?|fw|aw|ตอบกลับ|ส่งต่อ)\s*:\s*|\s*\[[^\]]*\]\s*)+", re.I)
_THAI_PREFIXES = re.compile(
    r"^(?:ขอ(?:เรียน)?เชิญ|เชิญ|ขอความอนุเคราะห์|ขอให้|พิจารณา|ขอ|ส่ง|เสนอ|แจ้ง|รายชื่อ|ผู้แทน"
    r"|ยกเลิก|เลื่อน"
    r"|เข้าร่วม|ร่วม|การเดินทางไปราชการ(?:ต่างประเทศ)?|เพื่อ|รายงาน(?:สรุป)?(?:ผล)?|ประชาสัมพันธ์"
    r"|การเข้าร่วม|หน่วยงาน|ใน|\s)+"
)
_THAI_EVENT = re.compile(r"ประชุม|สัมมนา|อบรม|เวที|หารือ")
# A เรื่อง line about the meeting's arrangements ("แจ้งเปลี่ยนแปลงสถานที่ประชุม") does not name
# it: the name is in the letter's text.
_NO_NAME_TH = re.compile(
    r"(?:เปลี่ยนแปลง|เลื่อน|ยกเลิก)?(?:สถานที่|วัน(?:และ)?เวลา|กำหนด(?:การ)?|ห้อง)?(?:จัด)?(?:การ)?"
    r"(?:ประชุม|สัมมนา|อบรม)\s*$"
)
_THAI_BODY = re.compile(
    r"(?:เข้าร่วม|ขอเชิญ.{0,40}?ร่วม)\s*(?P<value>(?:การ)?(?:ประชุม|สัมมนา|ฝึกอบรม)[^\n(]{8,300}?)"
    r"(?=\s*(?:\(|ระหว่างวันที่|ในวัน|ณ\s|เมื่อวันที่|ผ่านระบบ|โดย|ซึ่ง|ทั้งนี้|$))",
    re.MULTILINE,
)
_THAI_TAIL = re.compile(r"\s*(?:ระหว่างวันที่|ในวันที่|วันที่|ณ\s|ผ่านระบบ|\().*$")


@dataclass(frozen=True)
class Titles:
    title: Extracted[str] | None
    title_th: Extracted[str] | None
    series: Extracted[str] | None
    ordinal: Extracted[int] | None


@dataclass(frozen=True)
class _Candidate:
    start: int
    end: int
    value: str
    score: int


def find_titles(text: MessageText) -> Titles:
    title = _english_title(text)
    title_th = _thai_title(text)
    series, ordinal = find_series(text)
    if ordinal is None:
        ordinal = ordinal_of(title) or thai_ordinal(title_th)
    return Titles(title, title_th, series, ordinal)


# English title ------------------------------------------------------------------------


def _english_title(text: MessageText) -> Extracted[str] | None:
    candidates = [
        _Candidate(c.start, c.end, c.value, c.score + 4)
        for c in _title_candidates(text.subject, text.subject_lower)
    ]
    body = _title_candidates(text.plain, text.lower, in_body=text.body_end)
    counts = Counter(c.value.lower() for c in [*candidates, *body])
    best: tuple[int, int, _Candidate, bool] | None = None
    for index, candidate in enumerate([*candidates, *body]):
        from_subject = index < len(candidates)
        score = candidate.score + min(3, counts[candidate.value.lower()] - 1)
        rank = (score, len(candidate.value))
        if best is None or rank > best[:2]:
            best = (*rank, candidate, from_subject)
    if best is None or best[0] < 3:
        return None
    score, _, candidate, from_subject = best
    # A subject line often cuts the name short: the full name is written in the text.
    fuller = [
        c
        for c in body
        if len(c.value) > len(candidate.value)
        and _comparable(c.value).startswith(_comparable(candidate.value))
    ]
    if fuller:
        candidate, from_subject = max(fuller, key=lambda c: len(c.value)), False
    elif expansion := _expansion(candidate, body, text.plain):
        candidate, from_subject = expansion, False
    elif from_subject and (named := _named_after_the(candidate, body, text.plain)):
        candidate, from_subject = named, False
    value = _recase(candidate.value, text.plain)
    source = (
        f"Subject: {text.subject}" if from_subject else text.snippet(candidate.start, candidate.end)
    )
    return Extracted(value, source, min(0.95, 0.45 + 0.05 * score))


_ACRONYM = re.compile(r"\b[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*[A-Z0-9]\b")
_ASIDE = re.compile(r"\s*\(([^()\n]{2,40})\)")


def _expansion(candidate: _Candidate, body: list[_Candidate], text: str) -> _Candidate | None:
    """The name written out where the chosen one uses its short form: "3rd ACSS Meeting"
    is "the 3rd Meeting of the ASEAN Committee on Social Security (ACSS)"."""
    acronyms = set(_ACRONYM.findall(candidate.value)) - NOT_SERIES
    if not acronyms:
        return None
    # The written-out name keeps the short form's other words ("3rd", "Meeting"); one that
    # lacks them spells out an organiser named beside it ("... Restaurant Association (RAS)").
    others = {w.lower() for w in candidate.value.split() if w not in acronyms}
    longer = []
    for other in body:
        aside = _ASIDE.match(text, other.end)
        if (
            aside
            and len(other.value) > len(candidate.value)
            and others <= {w.lower() for w in other.value.split()}
            and acronyms & set(_ACRONYM.findall(aside.group(1)))
            and not acronyms & set(_ACRONYM.findall(other.value))
        ):
            longer.append(other)
    return max(longer, key=lambda c: len(c.value)) if longer else None


_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)


def _named_after_the(candidate: _Candidate, body: list[_Candidate], text: str) -> _Candidate | None:
    """The subject's "ILO Regional Consultation on X" is "the Regional Consultation on X" in
    the text, which never writes the longer form: the article says where the name begins,
    and the subject's first word labels its sender."""
    subject_name = _comparable(candidate.value)
    if any(_comparable(c.value) == subject_name for c in body):
        return None
    for other in body:
        if subject_name.endswith(" " + _comparable(other.value)) and _THE_BEFORE.search(
            text, max(0, other.start - 5), other.start
        ):
            return other
    return None


def _comparable(value: str) -> str:
    return re.sub(r"\s+", " ", value.lower())


def _title_candidates(haystack: str, lowered: str, in_body: int | None = None) -> list[_Candidate]:
    found: list[_Candidate] = []
    for noun in _NOUN.finditer(lowered):
        word = haystack[noun.start() : noun.end()]
        lead = None
        if not word[0].isupper():
            if not _OF_A_NAME.match(haystack, noun.end()):
                continue
            lead = _ORDINAL_LEAD.search(haystack, max(0, noun.start() - 40), noun.start())
            if lead is None:
                continue
        if word.lower().startswith("program") and _PLAN_NOT_EVENT.search(
            lowered, max(0, noun.start() - 12), noun.start()
        ):
            continue  # "the ALM Work Programme 2026-2030" is a plan, not a meeting
        start = lead.start() if lead else _grow_left(haystack, noun.start())
        end = _grow_right(haystack, noun.end(), caps=word.isupper())
        value = clean(haystack[start:end]).rstrip(".")
        value = re.sub(r"^(?:the|The|THE)\s+", "", value)
        words = value.split()
        if len(words) < 3 or len(value) > 300:
            continue
        if any(c.start <= start and end <= c.end for c in found):
            continue
        found = [c for c in found if not (start <= c.start and c.end <= end)]
        score = 1
        if _INTRODUCED.search(haystack[max(0, start - 80) : start]):
            score += 3
        if ORDINAL.match(value):
            score += 1
        if len(words) >= 6:
            score += 1
        if in_body is not None and start < in_body:
            score += 1
        found.append(_Candidate(start, end, value, score))
    return found


_WORD_BEFORE = re.compile(r"([A-Za-z0-9][\w'’&\-]*)[ \t]*\n?[ \t]*$")


# "Asia and the Pacific Regional Meeting": a name that joins two capitalised words with "and
# the"; the join counts only when a capitalised word stands before it. (A plain "and" joins
# as often an organiser's words: "Ministry of Labour and Vocational Training".)
_ASIDE_BEFORE = re.compile(r"(?<=[A-Za-z])[ \t]+\([A-Z][A-Za-z0-9&+\-]{1,20}\)[ \t]+$")
_JOIN_BEFORE = re.compile(r"(?<=[A-Za-z])[ \t]+(?:and|&)[ \t]+the[ \t]+$")


def _grow_left(text: str, start: int) -> int:
    position = start
    while True:
        window = text[max(0, position - 60) : position]
        join = _JOIN_BEFORE.search(window)
        if join is not None and position != start:
            joined = _WORD_BEFORE.search(window[: join.start()])
            if joined and joined.group(1)[0].isupper():
                word_before = joined.group(1).lower()
                if word_before not in NOT_TITLE_WORDS and not _MONTHS.match(word_before):
                    position -= len(window) - join.start()
                    continue
        # "… Network (ASEAN-OSHNET) Coordinating Board Meeting": a short form inside the name
        aside = _ASIDE_BEFORE.search(window)
        if aside is not None and position != start and _WORD_BEFORE.search(window[: aside.start()]):
            position -= len(window) - aside.start()
            continue
        match = _WORD_BEFORE.search(window)
        if match is None:
            return position
        word = match.group(1)
        token_start = position - (len(match.group(0)))
        lowered = word.lower().strip("'’")
        is_ordinal = bool(ORDINAL.fullmatch(word))
        if lowered in NOT_TITLE_WORDS or lowered in HEADLINE_VERBS or _MONTHS.match(word):
            return position
        if not (word[0].isupper() or is_ordinal):
            return position
        position = token_start


def _grow_right(text: str, end: int, *, caps: bool) -> int:
    committed = end
    position = end
    while True:
        match = _TOKEN.match(text, position)
        if match is None:
            return committed
        token = match.group(1)
        lowered = token.lower()
        if token.startswith("("):
            if ORDINAL.search(token) or len(token) > 14:
                return committed
            position = match.end()
            continue
        if lowered in CONNECTORS and (not caps or token.isupper() or token in "&–:-"):
            if lowered in ("in", "at") and _place_follows(text, match.end()):
                return committed
            position = match.end()
            continue
        if ORDINAL.fullmatch(token):  # "... Meeting for the 29th ASEAN ..."
            position = match.end()
            continue
        if _MONTHS.match(token) or token[0].isdigit():
            return committed
        if token[0].isupper() and (not caps or token.isupper() or not token.isalpha()):
            if lowered in ("from", "by") or lowered in SUBJECT_TAIL or lowered in HEADLINE_VERBS:
                return committed
            # "… Contingency Planning Vientiane": a headline's city after the name
            if opens_city_name(token) and _city_at(text, match.start(1)):
                return committed
            position = committed = match.end()
            continue
        return committed


_THE = re.compile(r"\s*(?:the\s+)?", re.IGNORECASE)


def _city_at(text: str, position: int) -> bool:
    places = find_places(text, position, position + 40)
    return bool(places) and places[0].start == position and places[0].is_city


def _place_follows(text: str, position: int) -> bool:
    """Whether a place is named right after `position`: "in Geneva", "in the Philippines",
    not "in the Platform Economy (Geneva …)"."""
    start = _THE.match(text, position)
    places = find_places(text, start.end() if start else position, position + 40)
    return bool(places) and places[0].start == (start.end() if start else position)


def _recase(value: str, text: str) -> str:
    """An all-capitals title in the casing the text uses elsewhere, or in title case."""
    if not value.isupper():
        return value
    pattern = re.compile(r"\s+".join(re.escape(w) for w in value.split()), re.IGNORECASE)
    for match in pattern.finditer(text):
        if not match.group().isupper():
            return clean(match.group())
    acronyms = {
        w
        for line in text.splitlines()
        if re.search(r"[a-z]", line)
        for w in re.findall(r"\b[A-Z][A-Z0-9-]+\b", line)
    }
    words = []
    for index, word in enumerate(value.split()):
        bare = word.strip("()")
        if bare in acronyms or re.fullmatch(r"\d+(?:ST|ND|RD|TH)", bare):
            words.append(word.lower() if bare[0].isdigit() else word)
        elif index > 0 and word.lower() in CONNECTORS:
            words.append(word.lower())
        else:
            words.append(word.capitalize())
    return " ".join(words)


# Thai title ----------------------------------------------------------------------------


def _thai_title(text: MessageText) -> Extracted[str] | None:
    for match in _THAI_SUBJECT.finditer(text.plain):
        start, end = match.start("value"), match.end("value")
        # A long subject wraps onto the following lines.
        for line in text.plain[end + 1 :].split("\n")[:3]:
            if _THAI_SUBJECT_STOP.match(line) or not re.search(r"[ก-๙]", line):
                break
            end += 1 + len(line)
        value = _strip_thai(text.raw[start:end])
        if value and _THAI_EVENT.search(value) and not _NO_NAME_TH.match(value):
            return Extracted(value, text.snippet(start, end), 0.85)
    phrase = _THAI_BODY.search(text.plain)
    if phrase:
        start, end = phrase.span("value")
        value = _strip_thai(text.raw[start:end])
        if value:
            return Extracted(value, text.snippet(start, end), 0.7)
    # A Thai mail without a memo's เรื่อง line names the meeting in its subject.
    subject = _strip_thai(_REPLY_PREFIX.sub("", text.subject))
    if subject and _THAI_EVENT.match(subject.removeprefix("การ")):
        return Extracted(subject, f"Subject: {text.subject}", 0.6)
    return None


def _strip_thai(value: str) -> str:
    value = clean(value)
    value = _THAI_PREFIXES.sub("", value)
    value = _THAI_TAIL.sub("", value)
    return clean(value) if len(value) >= 8 else ""
