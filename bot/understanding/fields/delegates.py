"""How many delegates the host asks for: "หน่วยงานละ ๒ คน", "2 pax", "(1+1)", "up to two".

Counts of nights, days and totals over all countries are not delegates: "๓ คืน" is three
nights, "(2 pax × 11 AMS) 22" asks for two per country, not twenty-two.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from bot.understanding import cues
from bot.understanding.fields.delegate_shapes import (
    COUNT_EN,
    NUMBER_WRITTEN,
    WORD_NUMBERS,
    one_nominee,
    shares_per_country,
    tripartite,
)
from bot.understanding.fields.delegates_told import told_not_asked
from bot.understanding.fields.text import MessageText, sentence_end, sentence_start
from bot.understanding.prefilter import case_blind
from bot.understanding.record import Extracted
from bot.understanding.temporal.number_words import TH_COUNT, thai_count

# "at least one member of each delegation should join the dry run": a floor for a session,
# not the number asked for.
# "bans on gatherings of more than 10 people": a bound on a crowd, not a request either.
_FLOOR = re.compile(
    r"(?:at\s+least|a\s+minimum\s+of|minimum\s+of|more\s+than|over|fewer\s+than|less\s+than"
    r"|about|approximately|around|roughly|nearly|almost|some|อย่างน้อย"
    # "just two or three people": a rough count
    rf"|\b(?:{NUMBER_WRITTEN})\s+or)\s*$",
    re.IGNORECASE,
)
# "If only one delegate is nominated, that person carries both votes": a case the text
# supposes, not the number asked for (since round fourteen).
_SUPPOSED = case_blind(r"\b(?:if|unless|in\s+case)\s+(?:only\s+)?$")
# Counts that ask nobody: a room's capacity ("only accommodates 40"), a total or a report ("a
# total of 12 delegates", "attended by 12"), a quorum ("quorum of 12 members"), the others.
_NOT_ASKED = case_blind(
    r"(?:accommodat\w*|seats?|seating\s+for|capacity\s+(?:of|for)|room\s+for|holds?)\s+"
    r"(?:up\s+to\s+|only\s+|about\s+|some\s+|a\s+maximum\s+of\s+)?$"
    r"|(?:a\s+total\s+of|attended\s+by|in\s+all|quorum\s+of)\s+$"
    # "Quorum = 7 members", "the quorum is five members": those needed to decide
    r"|\bquorum\s*(?:[=:]|\bis\b|\bshall\s+be\b)\s*$"
    # "the other eight members and observers to confirm": a count of the others, not of ours
    r"|\bthe\s+(?:other|remaining)\s+$"
    # "opened to maximum 20 selected participants": a course's places over all who apply;
    # "three of the four club officers": the whole of a known group (since round fourteen)
    r"|\bopen(?:ed)?\s+to\s+(?:a\s+)?(?:maximum|max\.?)\s+(?:of\s+)?$|\bof\s+the\s+$"
)
_NOT_ASKED_REACH = 40
# "4. Number of Participants | Up to 18 participants": a project's field, its total over all
# member countries, unless a share per country follows the number on its line.
_TOTAL_LABEL = re.compile(
    r"\bnumber\s+of\s+(?:participants|delegates|persons)[\s|:.–-]*+"
    r"(?:up\s+to\s+|a\s+maximum\s+of\s+|maximum\s+|max\.?\s+)?$",
    re.IGNORECASE,
)
# "… six members present, short of the quorum": a count of those who came.
_PRESENT = re.compile(r"[^\S\n]+(?:were\s+)?present\b|[^.\n]{0,60}\bquorum\b", re.IGNORECASE)
# A body's composition ("composed of up to ten representatives of governments and independent
# experts"): a count of seats, under review; unless per country ("consists of one
# representative from each country" is this office's share); "will comprise 15 experts" too.
_COMPOSED = re.compile(
    r"(?:(?:compos(?:ed|ition)|consist(?:s|ing)?|compris(?:ed|es|ing)|made\s+up)\s+of"
    r"|\bcompris(?:e|es))\s+"
    r"(?:up\s+to\s+|not\s+more\s+than\s+|no\s+more\s+than\s+|a\s+maximum\s+of\s+)?$",
    re.IGNORECASE,
)
# A body's composition named in the sentence: the seats of each group, not a delegation.
_COMPOSITION = case_blind(r"\bcomposition\b")


# "up to two delegates", "only two representatives": a cap written just before the number.
_CAP = case_blind(
    r"(?:up\s+to|maximum\s+of|max\.?|at\s+most|not\s+more\s+than|no\s+more\s+than|only)\s*$"
)
# Every Thai count ends in one of these words: without them, no need to look for one.
_THAI_UNITS = ("คน", "ราย", "ท่าน")
# A count per body or per place ("แห่งละหนึ่งคน", "หมู่บ้านละ ๒ คน") asks each of them.
# An office's share ("หน่วยงานละ ๒ คน") is what this office is asked to send; a place's
# ("หมู่บ้านละ ๔ คน") is a count per place, weaker evidence of a delegation.
_THAI_PER_OFFICE = r"หน่วยงานละ|หน่วยละ|กรมละ|ประเทศละ|ส่วนราชการละ|แห่งละ|องค์กรละ|สถาบันละ|สหกรณ์ละ"
_THAI_PER = rf"{_THAI_PER_OFFICE}|จังหวัดละ|อำเภอละ|ตำบลละ|หมู่บ้านละ|โรงเรียนละ"
_THAI = re.compile(
    rf"(?P<per>{_THAI_PER})?\s*+(?:จำนวน|ไม่เกิน|(?P<total>รวม))?\s*+"
    # (a number whole: "สิบสอง" is twelve, "419" four hundred and nineteen, never their ends)
    rf"(?<!ร้อย)(?<!\d)(?P<n>\d{{1,2}}|{TH_COUNT})\s*+(?:คน|ราย|ท่าน)"
    # the unit ends its word, though Thai writes the next one on ("คนเพื่อเข้าประชุม"): not
    # "รายงาน", "รายชื่อ", "คนละ"
    r"(?:(?![ก-๙])|(?=เพื่อ|เข้า|โดย|ไป|มา|และ|ร่วม|ทั้งนี้|ภายใน))",
)
_THAI_REQUEST = re.compile(r"(?:มอบหมาย|ส่ง|เสนอชื่อ|แจ้งรายชื่อ)ผู้แทน")
_HEAD_PLUS = re.compile(r"\((?P<a>\d)\s*\+\s*(?P<b>\d)\)")
# Words near a count that say it is per country or agency, i.e. what we are asked to send.
_PER_COUNTRY = case_blind(
    r"per\s+(?:AMS|country|(?:Member\s+)?State|delegation|agency|ministry)"
    # "from every participating country", "each member economy"
    r"|(?:each|every)\s+(?:participating\s+|member\s+)?(?:AMS|country|(?:Member\s+)?State|delegation"
    r"|agency|ministry|economy|government)|from\s+(?:each|every)|AMS\b|Member\s+States?"
    r"|from\s+any\s+(?:one\s+|single\s+)?(?:country|State|economy)"
    rf"|{_THAI_PER_OFFICE}"
)
_REQUEST = case_blind(
    r"nominat|designat|send|invite|request|attend|participat|register|delegation"
    r"|มอบหมาย|ผู้แทน|ส่งรายชื่อ|เข้าร่วม|แจ้งรายชื่อ"
)
_MONTH_BEFORE = case_blind(rf"\b(?:{cues.MONTH_NAME_EN})\.?\s+$")
_DONE = case_blind(
    r"\b(?:has|have|had)\s+(?:already\s+)?(?:completed|registered|nominated|submitted|confirmed|sent)"
    r"|ได้(?:ลงทะเบียน|ส่งรายชื่อ|เสนอชื่อ|แจ้งรายชื่อ|ส่งผู้แทน)"
)
# What the host pays for, written just before a count: "will cover the airfare ... of one (1)
# delegate", "รับผิดชอบค่าที่พักสำหรับผู้แทนประเทศละ ๑ คน". A sponsored count is often smaller than
# the delegation asked for, so it yields to a count without such words.
_SPONSORED = case_blind(r"\b(?:cover|sponsor|fund|bear|pay)\w*\b|รับผิดชอบค่า|ค่าใช้จ่าย|สนับสนุนค่า")
_SPONSOR_REACH = 100
# "Teams may have up to a maximum of 3 members", "ทีมละ ๓ คน": the size of a team that
# competes or works together, not a delegation asked of an office.
_TEAM = case_blind(r"\bteams?\b|per\s+team|ทีม")
# "Five persons attended", "officials from ten countries gathered": what happened, reported.
_REPORTED = re.compile(
    r"^[^.\n]{0,40}?\b(?:attended|gathered|took\s+part|participated|were\s+present|joined)\b"
    r"|^[^\n]{0,20}?ได้เข้าร่วม",
    re.IGNORECASE,
)
_TEAM_REACH = 60
# "ผู้รับมอบอำนาจมีสิทธิ์รับมอบอำนาจได้ 1 ราย", "may hold two proxies": the proxies a member
# may carry at a general meeting, not a delegation.
_PROXIES = case_blind(r"มอบอำนาจ|\bprox(?:y|ies)\b")
# "one person per registration form", "two participants per room": a count per thing, not per
# country or office.
_PER_THING = re.compile(
    r"\s*(?:per|each|in\s+each|for\s+each)\s+(?:[\w-]+\s+)?(?:forms?|rooms?|tables?|vehicles?"
    r"|cars?|households?|slots?|tickets?|accounts?)\b",
    re.IGNORECASE,
)
# "18 participants from six GMS countries", "40 delegates from 12 States": a total over all of
# them, not what each is asked to send.
_OVER_COUNTRIES = re.compile(
    r"\s+(?:from|of|representing)\s+(?:the\s+)?(?:\d{1,3}|two|three|four|five|six|seven|eight"
    r"|nine|ten|eleven|twelve|several|many|various)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:countries|States|economies|nations|member\s+states)\b"
    rf"|\s+จาก\s*(?:\d{{1,3}}|{TH_COUNT})\s*ประเทศ",
    re.IGNORECASE,
)
# kinds21: round sixteen: "Delegations from 19 members of the forum are gathering": a count
# governed by "from" counts those who send, not whom each is asked to send.
_SENDERS_COUNTED = re.compile(r"\bfrom\s+$", re.IGNORECASE)
# "three members from each of the regions will be chosen": the seats of each region
# on a body, not what a government is asked to send.
_PER_REGION = re.compile(
    r"\s+(?:from|for|of|per)\s+(?:each|every)\s+(?:of\s+(?:the|these|those)\s+)?"
    r"(?:regions?|regional\s+groups?|groups?|constituenc)",
    re.IGNORECASE,
)
# "มีเจ้าหนี้ 20 ราย", "ผู้บริหารแผน … จำนวน 2 ราย": the creditors or the plan's administrators of
# a company under rehabilitation, counted in a report; nobody is asked to attend.
_RESTRUCTURING_PARTIES = re.compile(
    r"(?:เจ้าหนี้|ลูกหนี้|ผู้บริหารแผน|(?i:\b(?:creditors?|bondholders?|debtors?)\b))[^\n]{0,40}$"
)
# A count is trusted (at or above the review threshold) only with words of a request or of
# "per country" around it; a bare count of persons is often something else.
UNASKED_CONFIDENCE = 0.7
MAX_DELEGATES = 20  # anything larger is a total across countries, not a request


@dataclass(frozen=True)
class _Candidate:
    value: int
    start: int
    end: int
    score: int
    asked: bool
    most: float = 0.95  # the highest confidence its reading allows


def find_delegates_requested(text: MessageText) -> Extracted[int] | None:
    candidates = [
        *_english(text),
        *_thai(text),
        *_head_plus(text),
        *_apart(text),
    ]
    candidates = [
        c
        for c in candidates
        if 0 < c.value <= MAX_DELEGATES
        and not _already_done(text, c.start)
        and not _team_or_report(text, c.start, c.end)
    ]
    if not candidates:
        return None
    best = max(candidates, key=lambda c: (c.score, text.in_body(c.start), -c.start))
    values = {c.value for c in candidates if c.score == best.score}
    reasons: tuple[str, ...] = ()
    confidence = min(best.most, 0.55 + 0.1 * best.score)
    if not best.asked:
        confidence = min(confidence, UNASKED_CONFIDENCE)
    if len(values) > 1:
        confidence = min(confidence, 0.5)
        reasons = (f"the text gives several counts: {sorted(values)}",)
    return Extracted(best.value, text.snippet(best.start, best.end), confidence, reasons)


def _already_done(text: MessageText, start: int) -> bool:
    """ "Thailand has completed the registration for two participants" reports what was
    done (a reply in the thread); it asks for nobody."""
    sentence_start = max(text.plain.rfind(".", 0, start), text.plain.rfind("\n\n", 0, start))
    return _DONE.search(text.plain, max(0, sentence_start, start - 120), start) is not None


def _team_or_report(text: MessageText, start: int, end: int) -> bool:
    clause_start = max(text.paragraph_at(start)[0], start - _TEAM_REACH)
    return (
        _TEAM.search(text.plain, clause_start, start) is not None
        or _PROXIES.search(text.plain, clause_start, start) is not None
        or _REPORTED.search(text.plain[end : end + 60]) is not None
        or _PER_THING.match(text.plain, end) is not None
        or _OVER_COUNTRIES.match(text.plain, end) is not None
        or _SENDERS_COUNTED.search(text.plain, max(0, start - 6), start) is not None
        or _PER_REGION.match(text.plain, end) is not None
        or _RESTRUCTURING_PARTIES.search(text.plain, max(0, start - 45), start) is not None
        or _THAI_NOT_ASKED_BEFORE.search(text.plain, max(0, start - 20), start) is not None
        or _THAI_CAME.search(text.plain, max(0, start - 45), start) is not None
        or _THAI_QUORUM_AFTER.match(text.plain, end) is not None
        or _QUORUM_MISSED_BEFORE.search(text.plain, max(0, start - 60), start) is not None
        or _THAI_VACANT_SEATS.search(text.plain, max(0, start - 40), start) is not None
        or _SEATS_ELECTED.search(text.plain, max(0, start - 20), start) is not None
        or _BREAKDOWN.search(text.plain, max(0, start - _BREAKDOWN_REACH), start) is not None
        or told_not_asked(text.plain, start, end)
    )


# Thai counts that ask nobody: those who came ("มีสมาชิกมาประชุม 8 คน"), a total ("ทั้งสิ้น
# 15 คน"), a room's capacity ("รองรับได้ 20 คน", "ความจุ"), short of a quorum ("… ไม่ครบองค์ประชุม").
# "มาร่วมประชุมครบทั้ง 5 คน": all five came. A count said roughly ("ประมาณ 10 คน", "about ten
# people") is an estimate of a crowd; a request names its number.
_THAI_NOT_ASKED_BEFORE = re.compile(
    r"(?:มา(?:ร่วม)?ประชุม|ทั้งสิ้น|ทั้งหมด|ครบ|ทั้ง|รองรับ(?:ได้)?|จุได้|ความจุ|ประมาณ|ราว|กว่า)"
    r"\s*(?:จำนวน)?\s*(?:ไม่เกิน)?\s*$"
)
# "มีกรรมการเข้าร่วมประชุมเพียง 9 คน": there were nine who came (a request sends them: "ส่ง
# ผู้แทนเข้าร่วมประชุม 2 คน" has no "มี", "ขอให้มีผู้แทน…" asks).
_THAI_CAME = re.compile(r"(?<!ให้)มี[ก-๙]{0,15}?(?:มา|เข้า)(?:ร่วม)?ประชุม(?:เพียง|แค่|ได้)?\s*$")
_THAI_QUORUM_AFTER = re.compile(r"[^\n]{0,20}?ไม่ครบองค์ประชุม")
# (places-r22) "องค์ประชุมไม่ครบ เนื่องจากกรรมการ 4 คน ติดภารกิจ", "no quorum as 3 members were
# away": after a quorum missed, a count is of members absent (one wanting it met asks nobody).
# (mend-r22d) not where a request comes between: "if there is no quorum, each office is asked to
# send 2 representatives", "หากไม่ครบองค์ประชุม ขอให้ส่งผู้แทน 2 คน" ask for the count.
_ASKED = rf"{cues.THAI_ASKS}|ขอเชิญ|(?i:please|ask|request|invit|send|nominat)"
_QUORUM_MISSED_BEFORE = re.compile(
    rf"(?:องค์ประชุมไม่ครบ|ไม่ครบองค์ประชุม|(?i:\b(?:no|lack(?:ed|ing)?(?:\s+of)?|without)\s+(?:a\s+)?"
    # (Thai shortens a body's name with a stop: "กสทช.")
    rf"quorum\b))(?:(?!{_ASKED})[^\n]){{0,50}}$"
)
# "… กรรมการ … แทนตำแหน่งที่ว่าง จำนวน 2 คน": the vacant seats of a body, to be filled.
_THAI_VACANT_SEATS = re.compile(r"ตำแหน่ง(?:ที่)?\s*ว่าง\s*(?:จำนวน)?\s*$")
# (places-r21b) "Election of 2 Representatives": the seats a vote fills, not a delegation.
_SEATS_ELECTED = case_blind(r"\belect(?:ion|ing|s|ed)?\s+(?:of\s+)?$")
# (places-r21b) "ลงทะเบียน 96 คน (สมาชิก 80 คน ผู้สังเกตการณ์ 3 คน)": the parts of a count in
# brackets after it (a request's total stands before its own parts).
_BREAKDOWN = re.compile(
    r"\d\s*(?:คน|ราย|ท่าน|(?i:people|persons|participants))\s*\("
    r"(?:[^()\n]|\n(?![^\S\n]*\n))*$"  # (a line may wrap inside; a blank line ends them)
)
_BREAKDOWN_REACH = 80


def _asked(text: MessageText, start: int, end: int) -> bool:
    around = text.plain[max(0, start - 120) : min(len(text.plain), end + 60)]
    return _PER_COUNTRY.search(around) is not None or _REQUEST.search(around) is not None


def _context_score(text: MessageText, start: int, end: int) -> int:
    around = text.plain[max(0, start - 120) : min(len(text.plain), end + 60)]
    score = 1
    if _PER_COUNTRY.search(around):
        score += 2
    if _REQUEST.search(around):
        score += 1
    clause_start = max(text.paragraph_at(start)[0], start - _SPONSOR_REACH)
    if _SPONSORED.search(text.plain, clause_start, start):
        score -= 2
    return score


def _candidate(
    text: MessageText, value: int, start: int, end: int, score: int, most: float = _Candidate.most
) -> _Candidate:
    return _Candidate(value, start, end, score, _asked(text, start, end), most)


def _english(text: MessageText) -> list[_Candidate]:
    found = []
    for match in COUNT_EN.finditer(text.lower):
        value = WORD_NUMBERS.get(match.group("n").lower()) or int(match.group("n"))
        # "September 18 participants...": the number belongs to the date before it.
        if _MONTH_BEFORE.search(text.plain, max(0, match.start("n") - 12), match.start("n")):
            continue
        if _FLOOR.search(text.plain, max(0, match.start() - 25), match.start()):
            continue
        if _SUPPOSED.search(text.plain, max(0, match.start() - 25), match.start()):
            continue
        if _NOT_ASKED.search(text.plain, max(0, match.start() - _NOT_ASKED_REACH), match.start()):
            continue
        if _PRESENT.match(text.plain, match.end()):
            continue
        if _TOTAL_LABEL.search(
            text.plain, max(0, match.start() - _NOT_ASKED_REACH), match.start()
        ) and not _PER_COUNTRY.search(text.plain, match.end(), text.line_at(match.end())[1]):
            continue
        sentence = sentence_start(text.plain, match.start())
        if _COMPOSITION.search(text.plain, sentence, match.start()):
            continue  # "the following composition formula: … 12 Government representatives"
        if _membership(text, match, sentence):
            continue
        score = _context_score(text, match.start(), match.end())
        if _CAP.search(text.plain, max(0, match.start() - 25), match.start()):
            score += 1
        candidate = _candidate(text, value, match.start(), match.end(), score)
        if match.group().endswith(_NEW_PERSONS):
            candidate = replace(candidate, most=NEW_PERSONS_CONFIDENCE)
        composed = _COMPOSED.search(
            text.plain, max(0, match.start() - _NOT_ASKED_REACH), match.start()
        ) and not _PER_COUNTRY.search(text.plain, match.end(), match.end() + _NOT_ASKED_REACH)
        if composed or _OF_ALL_GOVERNMENTS.match(text.lower, match.end()):
            candidate = replace(candidate, asked=False)
        if composed and not _DELEGATION_BEFORE.search(text.plain, sentence, match.start()):
            # a body's seats yield to a count asked of us ("the committee will comprise 15
            # experts", then "invited to nominate one expert"); a delegation's are its size
            candidate = replace(candidate, score=candidate.score - 1)
        found.append(candidate)
    return found


_DELEGATION_BEFORE = case_blind(r"\bdelegations?\b")
# kinds23: round eighteen. What a body has: "ASEAN has 10 members", "a committee comprising
# six elected members", its membership, not a count asked of anyone; unless a share follows
# or leads ("each delegation may have two members").
# Not a rule's "should have", "may have": a cap on what is sent ("Delegations should have
# three members at most"; mend19a).
_HAS = case_blind(
    r"\b(?:has|have(?<!should\shave)(?<!shall\shave)(?<!must\shave)(?<!may\shave)"
    r"(?<!can\shave)(?<!could\shave)|had|compris(?:es|ing)|consist(?:s|ing)\s+of)\s+$"
)


def _membership(text: MessageText, match: re.Match[str], sentence: int) -> bool:
    return (
        match.group().endswith(("member", "members"))
        and _HAS.search(text.plain, max(0, match.start() - _NOT_ASKED_REACH), match.start())
        is not None
        and not _PER_COUNTRY.search(text.plain, sentence, match.end() + _NOT_ASKED_REACH)
        # a sentence that asks ("delegations", "nominate", "attend") asks for its count
        and not _REQUEST.search(
            text.plain, sentence, sentence_end(text.plain, match.end(), len(text.plain))
        )
    )


# "nominate one expert", "two experts", "one fellowship per country" (a funded seat: one person):
# read since round eleven, under review until measured; "up to three applications from any one
# country" (one person each) since round thirteen, likewise.
_NEW_PERSONS = ("expert", "experts", "fellowship", "fellowships", "application", "applications")
NEW_PERSONS_CONFIDENCE = 0.75


def _counted_unit(text: str) -> bool:
    """Whether a unit of _THAI follows a count, as it must in each of its matches: the word
    before it, past blanks, ends with a digit or a Thai count word."""
    for unit in _THAI_UNIT.finditer(text):
        before = unit.start()
        while before > 0 and text[before - 1].isspace():  # as `\s` reads blanks
            before -= 1
        if _COUNT_ENDS.search(text, max(0, before - _COUNT_REACH), before):
            return True
    return False


_THAI_UNIT = re.compile("|".join(_THAI_UNITS))
_COUNT_ENDS = re.compile(rf"(?:\d|{TH_COUNT})\Z")
_COUNT_REACH = 20  # more than the longest count TH_COUNT reads ("หนึ่งสิบหนึ่ง", 13 characters)


# "up to eight representatives of governments and independent experts": a total over all
# governments, a body's size, not what one is asked to send.
_OF_ALL_GOVERNMENTS = re.compile(r"\s+of\s+(?:the\s+)?(?:governments|member\s+states)\b")


def _thai(text: MessageText) -> list[_Candidate]:
    found: list[_Candidate] = []
    # _THAI may begin at any blank, so the engine tries it at every character (most of what a
    # Thai letter's delegates cost): skip mails where no unit stands after a count.
    if not _counted_unit(text.plain):
        return found
    for match in _THAI.finditer(text.plain):
        if match.group("total") and not match.group("per"):
            # "… จากมหาวิทยาลัยในภูมิภาค ก ข และ ค รวม 13 คน": the sum of those just named, as
            # "a total of" is (a cap is "รวมไม่เกิน", "ไม่เกิน" then matched on its own)
            continue
        raw = match.group("n")
        value = int(raw) if raw.isdigit() else thai_count(raw)
        score = _context_score(text, match.start(), match.end())
        if match.group("per"):
            score += 1
        # "มอบหมายผู้แทน จำนวน ๑ คน": the number the letter asks of this office.
        if _THAI_REQUEST.search(text.plain, max(0, match.start() - 30), match.start() + 1):
            score += 2
        found.append(_candidate(text, value, match.start(), match.end(), score))
    return found


def _head_plus(text: MessageText) -> list[_Candidate]:
    """ "(1+1)": a head of delegation plus one, written next to a country or group."""
    found = []
    for match in _HEAD_PLUS.finditer(text.plain):
        value = int(match.group("a")) + int(match.group("b"))
        score = _context_score(text, match.start(), match.end())
        found.append(_candidate(text, value, match.start(), match.end(), score))
    return found


SHARE_CONFIDENCE = 0.75  # the persons are named before, not with the number: under review
ONE_NOMINEE_CONFIDENCE = 0.75  # a new reading, under review
TRIPARTITE_CONFIDENCE = 0.75  # a new reading, under review


def _apart(text: MessageText) -> list[_Candidate]:
    """The counts written apart from their persons (bot.understanding.fields.delegate_shapes)."""
    lower = text.lower
    found = []
    for shape, most, bonus in (
        (shares_per_country, SHARE_CONFIDENCE, 0),
        (one_nominee, ONE_NOMINEE_CONFIDENCE, 0),
        # one above the Government's own count, which the same words hold
        (tripartite, TRIPARTITE_CONFIDENCE, 1),
    ):
        for value, start, end in shape(lower):
            score = _context_score(text, start, end) + bonus
            found.append(_candidate(text, value, start, end, score, most))
    return found
