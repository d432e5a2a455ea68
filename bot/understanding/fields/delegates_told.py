"""Counts of persons that news and notices tell without asking anyone to send them: the
dead or injured of a storm, the officials a story quotes, a bloc's members (its "10 members
summit"), those on leave from a sitting, a floor for seconders, a contest's winners, a working
group's size as a range; since round fifteen a body's founding members and a group named by a
count ("ASEAN Plus Three"). bot.understanding.fields.delegates drops a count any of these
describes.

Each is asked only of a count already found (a handful per message): no pattern here scans
the whole text.
"""

from __future__ import annotations

import re

from bot.understanding import cues
from bot.understanding.fields.delegate_shapes import NUMBER_WRITTEN
from bot.understanding.fields.text import sentence_start

# Written after the count: "Two people were reported killed", "three officials have been
# arrested"; a meeting the persons name, not a count of them ("the 10 members summit").
_TOLD_AFTER = re.compile(
    r"\s+(?:summit|meeting|conference|bloc|grouping)\b"
    r"|\s+(?:were|have\s+been|had\s+been|are)\s+(?:reported(?:ly)?\s+|confirmed\s+)?"
    r"(?:killed|dead|died|injured|hurt|wounded|missing|evacuated|arrested|detained)\b",
    re.IGNORECASE,
)
# Written just before the count: a story's source ("…, said two US officials", "according to
# three diplomats"); a body's own members ("ASEAN's 10 members are …"); a contest's prizes
# ("Second Prize (2 persons)"); a range, the size of a group ("Five to seven experts"); those a
# quorum lacked and what a fee buys.
# (Not cues.STATEMENT_VERBS: "announced 20 seats" takes the count as its object.)
_SOURCE_WORDS = (*cues.SPEECH_VERBS, "told", r"according\s+to", "quoting", "quoted")
_TOLD_BEFORE = re.compile(
    rf"(?:\b(?:{'|'.join(_SOURCE_WORDS)})\s+"
    r"|\w['’]s\s+"
    r"|\b(?:prizes?|awards?|winners?)\b[^\S\n]*\(?[^\S\n]*"
    rf"|\b(?:{NUMBER_WRITTEN})\s+to\s+"
    # (places-r23) "we were short one member" (of a quorum): those missing; "the registration
    # fee covers one participant only": what a price buys, no one asked to come
    r"|\bshort\s+(?:of\s+|by\s+)?"
    r"|\b(?:fees?|rates?|prices?|tickets?|packages?)\s+(?:only\s+)?(?:covers?|includes?|admits?"
    r"|(?:is|are)\s+(?:valid\s+)?for)\s+(?:only\s+)?)$",
    re.IGNORECASE,
)
# Thai, before the count: those who sent their apologies ("แจ้งลาการประชุม 3 คน") and a
# floor ("อย่างน้อย 2 คน", "ไม่น้อยกว่า 2 คน": seconders of a motion, a quorum's share).
_THAI_TOLD_BEFORE = re.compile(
    r"(?:(?:แจ้ง|ขอ)ลา(?:การ)?(?:ประชุม)?|อย่างน้อย|ไม่น้อยกว่า)\s*(?:จำนวน)?\s*$"
)
# kinds20: round fifteen. A body's founding members, told in its history: "AIPO, which was
# formed on 2 September 1977 in Manila, with five members: …" (a past passive of its founding
# earlier in the sentence).
_FOUNDED = re.compile(
    r"\b(?:was|were)\s+(?:\w+ly\s+)?(?:formed|founded|established|created|set\s+up)\b[^.;]*$",
    re.IGNORECASE,
)
_FOUNDED_REACH = 150
# … and a group named by the count it adds, written in capitals: "ASEAN Plus Three Senior
# Officials' Meeting" (not a request's "one delegate plus two advisers").
_GROUP_PLUS = re.compile(r"\b[A-Z][\w-]*[^\S\n]+Plus[^\S\n]+$")
# (places-r23) "in which the seven BIMSTEC members expressed …", "the 27 EU members": a bloc's
# whole membership, named by the bloc's capitalised name between the count and "members".
_THE = re.compile(r"\bthe[^\S\n]+$", re.IGNORECASE)
_BLOC = re.compile(r"\S+[^\S\n]+[A-Z][\w-]*[^\S\n]+members")
# kinds24: round nineteen. Who a meeting "will be attended by", listed in the sentence that says
# so ("… attended by some 200 participants comprising ministers, …, 5 associate members and …"):
# a tally of those who come, each count of it too, not what the office is asked to send.
# (… unless the sentence goes on to ask before the count: "will be attended by experts, and each
# member state is invited to nominate 2 delegates"; mend20c, round nineteen)
_ATTENDED_BY = re.compile(
    r"\battended\s+by\b(?![^.]*?\b(?:invited|requested|asked|nominate|designate|send)\b)",
    re.IGNORECASE,
)
_REACH_BEFORE = 30
_TIME_UNITS = r"(?i:minutes|hours|days|weeks|months|years)"
_REACH_AFTER = 60
# (round twenty) A count listed after a count over twenty, of the same tally: "178 Member
# Parliaments, 14 Associate Members" (a body's membership), "ผู้รับผลกระทบ จำนวน 71 คน
# หน่วยงาน… จำนวน 16 คน" (those who came, by group). A total is no request, nor the counts it
# is made of; a share asked of each ("…ละ 2 คน") is.
_AFTER_A_TOTAL = re.compile(
    r"(?<![\d.,:/])(?:[2-9]\d|[1-9]\d{2,})[^\S\n]*"
    # (a request between them starts the ask: "… 40 คน จึงขอให้ส่งผู้แทน จำนวน 2 คน", "โปรด
    # พิจารณาให้ผู้แทนเข้าร่วม จำนวน 2 คน"; so does a share, a space after it or not: "หน่วยงานละ
    # 2 คน"; a line may wrap the Thai tally anywhere, a blank line ends it)
    r"(?:(?:คน|ราย|ท่าน)(?:(?!ขอ|ส่ง|มอบหมาย|เสนอ|เชิญ|พิจารณา)[^\d\n]|\n(?![^\S\n]*\n)){0,80}?"
    r"(?<!ละ)(?<!ละ\s)"
    rf"|(?:[A-Za-z][\w-]*[^\S\n]+){{0,2}}(?!(?:{_TIME_UNITS})\b)[A-Za-z][\w-]*s[^\S\n]*,)"
    r"\s*(?:จำนวน\s*)?$"
)
_TOTAL_REACH = 120


def told_not_asked(plain: str, start: int, end: int) -> bool:
    """Whether the count at plain[start:end] is one a story or notice tells (the harmed, its
    sources, a body's members, those on leave, a floor, a contest's winners, a group's size
    as a range, those a meeting is attended by, a part of a total), not a number asked of the
    office."""
    before = max(0, start - _REACH_BEFORE)
    return (
        _TOLD_AFTER.match(plain[end : end + _REACH_AFTER]) is not None
        or _TOLD_BEFORE.search(plain, before, start) is not None
        or _THAI_TOLD_BEFORE.search(plain, before, start) is not None
        or (
            plain[start : start + 1].isupper()
            and _GROUP_PLUS.search(plain, before, start) is not None
        )
        or _FOUNDED.search(plain, max(0, start - _FOUNDED_REACH), start) is not None
        or (
            _THE.search(plain, before, start) is not None
            and _BLOC.fullmatch(plain, start, end) is not None
        )
        or _ATTENDED_BY.search(plain, sentence_start(plain, start), start) is not None
        or (
            _AFTER_A_TOTAL.search(plain, max(0, start - _TOTAL_REACH), start) is not None
            and _A_SHARE.match(plain, end) is None
        )
    )


# A count asked of each after a total, no part of it: "all 35 member states, 2 delegates per
# member".
_A_SHARE = re.compile(r"[^\S\n]+(?:[A-Za-z][\w-]*[^\S\n]+){0,2}?(?i:per|each|from\s+each)\b")
