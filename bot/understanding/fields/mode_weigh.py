"""How much a way of holding a meeting weighs in a text: each statement of it counted, unless
it is about another meeting, denied, quoted, only permitted, or a desk at the venue; more when
it is about holding the meeting and in the message itself (bot.understanding.fields.mode).
"""

from __future__ import annotations

import re

from bot.understanding.fields.mode_sides import denied_around
from bot.understanding.fields.sideline_event import of_the_setting, setting_names
from bot.understanding.fields.text import (
    SENTENCE_REACH,
    MessageText,
    sentence_end,
    sentence_start,
)
from bot.understanding.fields.title_words import MEETING_NOUNS
from bot.understanding.prefilter import Prefiltered

# Unless the sentence only allows it: "Directors may take part by other means not requiring
# physical presence" is a by-law's permission, and says nothing of how this meeting is held.
_PERMITTED = re.compile(
    # (not the month: "on 3 May 2026", "May 3")
    r"\bmay\b(?<![\d.,]\smay)(?!\s+\d)"
    r"|\b(?:can|could|might|allow(?:s|ed)?|permit(?:s|ted)?|authori[sz]ed|entitled|option)\b"
    r"|\bif\s+(?:necessary|needed|required)\b"
)

# "In case restrictions prevent attendance, the workshop will be held remotely", "หากสถานการณ์
# ไม่เอื้ออำนวย จะจัดประชุมผ่านระบบออนไลน์": a way kept in reserve, should the plan be prevented,
# is not the way the meeting is held.
_FALLBACK = re.compile(
    r"\b(?:in\s+case|in\s+the\s+event|if|should|unless)\b[^.;\n]{0,100}?"
    r"\b(?:restrictions?|covid|pandemic|situation|circumstances|unable|cannot|prevent\w*|worsen\w*)\b"
    r"|(?:กรณี|หาก|ถ้า)[^\n]{0,60}?(?:สถานการณ์|โควิด|ไม่สามารถ|แพร่ระบาด|ไม่เอื้ออำนวย)"
)
# (places-r22) "if we had held it face to face", "had we met in person": a way
# in an unreal past, the one not taken.
# (mend-r22d) "had" then a verb of meeting or choosing, and no "will" or "shall" after it: "the
# chair had it confirmed that …", "if the members had questions, they were told the meeting will
# be held online" say the way taken.
_HAD_DONE = r"(?:met|held|hosted|run|convened|organi[sz]ed|gone|chosen|opted|decided|kept|stayed)"
_UNREAL = re.compile(
    rf"\bif\s+(?:we|it|they|the\s+\w+)\s+had\s+(?:been\s+)?{_HAD_DONE}\b"
    r"(?:(?!\b(?:will|shall)\b)[^.;\n]){0,60}$"
    rf"|\bhad\s+(?:we|it|they)\s+(?:been\s+)?{_HAD_DONE}\b(?:(?!\b(?:will|shall)\b)[^.;\n]){{0,40}}$"
)


def _unreal(lower: str, start: int, end: int) -> bool:
    """Whether `lower[start:end]` ends in an unreal past (`_UNREAL`), looked for only where
    "had", which both of its forms hold, stands (fast-r22b: the pattern, opened by "\\b", is
    tried at every character of the window)."""
    return lower.find("had", start, end) >= 0 and _UNREAL.search(lower, start, end) is not None


# How far before a match a desk's words ("on-site registration") are looked for.
_DESK_REACH = 60
_DESK_CUES = ("regist", "pay", "paid", "check", "accredit")  # (tried before the pattern)
# "not requiring physical presence": a way of meeting denied; "an additional virtual meeting":
# the way of another meeting. Neither says how this one is held.
# "preceded by a mandatory webinar": a session beside this one; "the possibility of holding a
# virtual AGM": a way weighed, not chosen; "a series of workshops and webinars": the kinds of
# a programme's events.
_NOT_THIS = re.compile(
    r"\b(?:additional|another|separate|subsequent|future|later|follow-up)\s+(?:\w+\s+)?$"
    r"|\b(?:preceded|followed)\s+by\s+(?:an?\s+)?(?:\w+\s+)?$"
    r"|\bpossibility\s+of\s+(?:\w+\s+){0,2}$"
    r"|\b(?:workshops|meetings|conferences|seminars|courses|trainings|events)\s+(?:and|or)\s+$"
)
# (places-r22) "Logistics involved in holding a hybrid conference", "the cost of running an
# online event": a way named as a burden, weighed against it among reasons, is not the way chosen.
_BURDEN_OF = re.compile(
    r"\b(?:logistics|costs?|complexit(?:y|ies)|challenges?|difficult(?:y|ies)|burden|risks?)"
    r"\s+(?:(?:involved|entailed)\s+in|of)\s+(?:holding|running|organi[sz]ing|hosting|staging)"
    r"\s+(?:an?\s+|the\s+)?$"
)
_BURDEN_REACH = 60
# What stands between a burden's verb and the way (fast-r23): its verb, "holding", "running" …,
# ends on the window's last "ing", found without trying the pattern at each of its characters.
_AFTER_BURDEN_VERB = re.compile(r"\s+(?:an?\s+|the\s+)?")
# (mend-r22d) "the host will cover the costs of running the hybrid session", "the costs of holding
# the hybrid forum will be shared": a burden someone takes on, the way kept.
_BURDEN_TAKEN_BEFORE = re.compile(
    r"\b(?:cover|bear|meet|share|fund|pay)(?:s|ed|ing)?\s+(?:the\s+|all\s+|any\s+)?[^\s]+\s+\Z"
)
_BURDEN_TAKEN_AFTER = re.compile(
    r"[^.;\n]{0,40}?\b(?:will\s+be|shall\s+be|is|are|be)\s+"
    r"(?:covered|borne|shared|met|paid|funded|reimbursed)\b"
)


def _weighed_against(lower: str, match: re.Match[str]) -> bool:
    """Whether a way is named as a burden weighed against it, not one someone takes on."""
    start, end = max(0, match.start() - _BURDEN_REACH), match.start()
    verb_end = lower.rfind("ing", start, end) + len("ing")
    if verb_end < len("ing") or _AFTER_BURDEN_VERB.fullmatch(lower, verb_end, end) is None:
        return False
    burden = _BURDEN_OF.search(lower, start, end)
    return not (
        burden is None
        or _BURDEN_TAKEN_BEFORE.search(lower, max(0, burden.start() - 30), burden.start())
        or _BURDEN_TAKEN_AFTER.match(lower, match.end())
    )


# "ซักซ้อม… สำหรับการประชุมผ่านระบบทางไกล", "a dry run for the meeting via Zoom": the way of the
# meeting a side session prepares, not of the side session.
_FOR_THE_MEETING = re.compile(
    rf"(?:\bfor\s+the\s+(?:\w+\s+)?(?:{MEETING_NOUNS})|สำหรับ(?:การ)?ประชุม)\s*$"
)


# "The webinar is scheduled for …" after "preceded by a webinar": the same other session.
_THE = re.compile(r"\bthe\s+$")
# "A 'virtual' committee meeting … by email": a word in quotes, used loosely.
_QUOTES = ("'\"‘“", "'\"’”")
# ("while circumstances prevent in-person meetings": a way the times do not allow)
_DENIED_BEFORE = re.compile(r"\b(?:not|no|without|prevents?|prevented|preventing)\s+(?:\w+\s+)?$")
_NOT_THIS_REACH = 30
# "The previous meeting was conducted virtually", "ครั้งที่แล้วจัดขึ้นผ่านระบบออนไลน์": the way
# an earlier edition was held, said from the sentence's start, not this one's.
_EARLIER = r"previous|last|prior|preceding"
_EARLIER_TH = r"ครั้ง(?:ก่อน|ที่แล้ว|ที่ผ่านมา)|ปี(?:ที่แล้ว|ก่อน)"
_FIRST = r"first|inaugural"
_FIRST_TH = r"ครั้งแรก"


def _edition_held(earlier: str, earlier_th: str) -> re.Pattern[str]:
    return re.compile(
        rf"[\s\W]*(?:the\s+)?(?:{earlier})\b[^.;\n]{{0,80}}?\b(?:was|were)\b"
        rf"|[^\n]{{0,40}}?(?:{earlier_th})[^\n]{{0,20}}?จัด"
    )


_PAST_EDITION = _edition_held(_EARLIER, _EARLIER_TH)
# "The first meeting was held virtually" is most often this meeting's own news: the first one is
# another edition only when the sentence names another ("this year", "ปีนี้", "the 7th").
_FIRST_EDITION = _edition_held(_FIRST, _FIRST_TH)
_ANOTHER_EDITION = re.compile(
    r"\bthis\s+year|ปีนี้|\b(?:[2-9]|[1-9]\d+)(?:st|nd|rd|th)\b"
    r"|\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b"
    r"|ครั้งที่\s*(?:[2-9๒-๙]|[1-9๑-๙][\d๐-๙]+)"
)
_HOLDING = re.compile(
    r"held|conduct|convene|take\s+place|meeting\s+will|join|participat|attend|format|mode"
    # "chaired the workshop through video conference": the way it is held
    r"|\b(?:through|via|by|over)\s+(?:the\s+|a\s+)?(?:video|vdo|tele|remote)"
    r"|จัดขึ้น|จัดการประชุม|เข้าร่วม|รูปแบบ",
)


def weigh(
    text: MessageText,
    pattern: Prefiltered,
    *,
    unless: re.Pattern[str] | None = None,
    deniable: bool = True,
    unless_permitted: bool = False,
    unless_before: re.Pattern[str] | None = None,
    denied: list[tuple[int, int]] | None = None,
) -> tuple[int, tuple[int, int] | None, int]:
    """The total weight of a pattern's matches, the span of the weightiest one, its weight;
    matches with `unless` around them, of another meeting, denied (when `deniable`) or only
    allowed by their sentence (when `unless_permitted`), kept in reserve should the plan be
    prevented, with `unless_before` right before them in their sentence, or denied further off
    (when `denied` collects them) do not count."""
    total = 0
    best: tuple[int, tuple[int, int]] | None = None
    others: set[str] = set()  # the words of sessions found to be another's
    settings = setting_names(text)
    for match in pattern.finditer(text.lower):
        line_start, line_end = text.line_at(match.start())
        around = text.lower[max(line_start, match.start() - 120) : min(line_end, match.end() + 80)]
        before = max(0, match.start() - _NOT_THIS_REACH)
        if (
            unless is not None
            and unless.search(around)
            and not _FOR_THE_MEETING.search(text.lower, before, match.start())
        ):
            continue
        if _NOT_THIS.search(text.lower, before, match.start()):
            others.add(match.group())
            continue
        if _weighed_against(text.lower, match):
            continue
        if (deniable and _DENIED_BEFORE.search(text.lower, before, match.start())) or (
            match.group() in others and _THE.search(text.lower, before, match.start())
        ):
            continue
        if _quoted(text.lower, *match.span()) or _listed_in_brackets(text.lower, *match.span()):
            continue
        if denied is not None and denied_around(text.lower, *match.span()):
            denied.append(match.span())
            continue
        before_start = max(0, match.start() - _DESK_REACH)
        if (
            unless_before is not None
            and any(w in text.lower[before_start : match.start()] for w in _DESK_CUES)
            and unless_before.search(text.lower, before_start, match.start())
        ):
            continue
        sentence = sentence_start(text.plain, match.start())
        if unless_permitted and _PERMITTED.search(text.lower, sentence, match.start()):
            continue
        if _FALLBACK.search(text.lower, sentence, match.start()) or _of_an_earlier_edition(
            text, sentence, match.start()
        ):
            continue
        if _unreal(text.lower, max(sentence, match.start() - 80), match.start()):
            continue
        if of_the_setting(text, settings, match.start()):
            continue  # "The <Forum>, where he spoke, will be held in a hybrid format"
        weight = 2 if _HOLDING.search(around) else 1
        if text.in_body(match.start()):
            weight += 1
        total += weight
        if best is None or weight > best[0]:
            best = (weight, match.span())
    return total, (best[1] if best else None), (best[0] if best else 0)


NONE: tuple[int, tuple[int, int] | None, int] = (0, None, 0)


def _quoted(lower: str, start: int, end: int) -> bool:
    return (
        start > 0
        and lower[start - 1] in _QUOTES[0]
        and end < len(lower)
        and lower[end] in _QUOTES[1]
    )


# "Taking action (voting, ties, order of voting, remote participation)": one of the topics an
# agenda item or a by-law lists in its brackets, not the way this meeting is held (places23b).
_LIST_REACH = 120
_LIST_ITEMS = 3


def _listed_in_brackets(lower: str, start: int, end: int) -> bool:
    """Whether a match is one item of a list of three or more in one pair of brackets."""
    if "(" not in lower[max(0, start - _LIST_REACH) : start]:
        return False
    opened = lower.rfind("(", max(0, start - _LIST_REACH), start)
    closed = lower.find(")", end, end + _LIST_REACH)
    if closed < 0 or "\n" in lower[opened:closed] or ")" in lower[opened:start]:
        return False
    inside = lower[opened + 1 : closed]
    return "(" not in inside and inside.count(",") >= _LIST_ITEMS - 1


def _of_an_earlier_edition(text: MessageText, sentence: int, position: int) -> bool:
    """Whether the sentence, from its start to `position`, says an earlier edition was held so:
    a previous one, or the first one beside another edition the sentence names."""
    if _PAST_EDITION.match(text.lower, sentence, position):
        return True
    if not _FIRST_EDITION.match(text.lower, sentence, position):
        return False
    end = sentence_end(text.plain, position, min(len(text.plain), position + SENTENCE_REACH))
    return _ANOTHER_EDITION.search(text.lower, sentence, end) is not None
