"""A meeting's series ("SLOM-WG") and its ordinal (18): from "18th SLOM-WG" and
"SLOM-WG ครั้งที่ 18" in the subject and text, or else from the title's own ordinal.

A series cited for what it did ("adopted at the 28th ALMM") or prepared for ("the
Preparatory SLOM for the 30th ALMM") is not the one the mail is about.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from bot.understanding.fields.text import MessageText
from bot.understanding.prefilter import case_blind, prefiltered
from bot.understanding.record import Extracted
from bot.understanding.temporal.digits import to_arabic

ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90,
}  # fmt: skip
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
ORDINAL = re.compile(
    r"\b(?:(?P<digits>\d{1,3})\s*(?:st|nd|rd|th)\b"
    r"|(?P<tens>" + "|".join(_TENS) + r")[\s-](?P<unit>first|second|third|fourth|fifth|sixth"
    r"|seventh|eighth|ninth)\b|(?P<word>" + "|".join(ORDINAL_WORDS) + r")\b)",
    re.IGNORECASE,
)


# (asked of each word a name grows over, mostly the same words in every message: the answers
# are kept, a case-blind choice of words costs more to match than a look-up)
@lru_cache(maxsize=4096)
def is_ordinal(word: str) -> bool:
    """Whether ORDINAL matches the whole word: "29th", "Third"."""
    return ORDINAL.fullmatch(word) is not None


# "18th SLOM-WG", "SLOM-WG ครั้งที่ 18", "(HRDWG 52)"
_AFTER_ORDINAL = (
    r"(?P<ord>\d{1,3})\s*(?:st|nd|rd|th)\s*\(?(?P<acr>[A-Z][A-Za-z]*[A-Z](?:[-/&+][A-Z0-9]+)*"
    r"(?:\s?\+\s?\d)?)\b"
)
_BEFORE_THAI_ORDINAL = (
    r"(?P<acr2>[A-Z][A-Za-z]*[A-Z](?:[-/&+][A-Z0-9]+)*)\s*ครั้งที่\s*(?P<ord2>\d{1,3})"
)
_IN_BRACKETS = r"\((?P<acr3>[A-Z][A-Z0-9]*[A-Z](?:-[A-Z]+)?)[\s-]?(?P<ord3>\d{1,3})\)"
# The forms open with a digit, a capital or "(", so the engine would try them at every
# character. They are tried only at a digit before "st"/"nd"/"rd"/"th", at "(", and at a capital
# before "ครั้งที่" (one set first, which the engine skips to, and look-arounds that only narrow
# where a form begins); the form before "ครั้งที่" only in a text that has the word.
_OPENINGS = r"[\d(](?:(?<=\d)(?=\d{0,2}\s*(?:st|nd|rd|th))|(?<=\())"
_SERIES = prefiltered([_OPENINGS], f"{_AFTER_ORDINAL}|{_IN_BRACKETS}")
_SERIES_THAI = prefiltered(
    [
        r"[\dA-Z(](?:(?<=\d)(?=\d{0,2}\s*(?:st|nd|rd|th))|(?<=\()"
        r"|(?<=[A-Z])(?=[A-Za-z0-9/&+-]*+\s*+ครั้งที่))"
    ],
    f"{_AFTER_ORDINAL}|{_BEFORE_THAI_ORDINAL}|{_IN_BRACKETS}",
)
# Acronyms that follow an ordinal without naming a series of meetings.
NOT_SERIES = frozenset(
    ["ASEAN", "APEC", "AMS", "ASEC", "MEETING", "SESSION", "CONFERENCE", "UN", "ILO", "THE", "AND"]
)
_THAI_ORDINAL = re.compile(r"ครั้งที่\s*(\d{1,3})")
# "the Preparatory SLOM for the 30th ALMM", "การประชุมเตรียมการสำหรับการประชุม... ครั้งที่ ๓๐":
# the ordinal is that of the meeting being prepared for, not of this one.
_PREPARES_FOR = case_blind(
    r"(?:preparat\w*|prep)\b[^.\n]{0,60}?\b(?:for|to|towards)\s+the\s+$|เตรียม(?:การ|ความพร้อม)?"
    r"(?:สำหรับ|เพื่อ)",
)

# "the Guidelines adopted at the 28th ALMM", "before it is submitted to the 28th ASEAN-OSHNET
# Meeting": a meeting cited for what it did or will receive, not the one the mail is about.
_CITED = case_blind(
    r"(?:adopted|endorsed|agreed|approved|decided|noted|submitted|presented|reported|tabled"
    r"|launched|mandated|welcomed)\s+(?:\w+\s+)?(?:at|by|to|during)\s+the\s+$"
    r"|(?:outcomes?|decisions?|recommendations?|mandate|report)\s+of\s+the\s+$",
)


def ordinal_value(match: re.Match[str]) -> int:
    if match.group("digits"):
        return int(match.group("digits"))
    if match.group("tens"):
        return _TENS[match.group("tens").lower()] + ORDINAL_WORDS[match.group("unit").lower()]
    return ORDINAL_WORDS[match.group("word").lower()]


def find_series(text: MessageText) -> tuple[Extracted[str] | None, Extracted[int] | None]:
    weights: Counter[str] = Counter()
    ordinals: dict[str, Counter[int]] = {}
    first_span: dict[str, tuple[int, int] | None] = {}
    for haystack, weight, in_subject in ((text.subject, 3, True), (text.plain, 1, False)):
        series = _SERIES_THAI if "ครั้งที่" in haystack else _SERIES
        for match in series.finditer(haystack):
            found = match.groupdict()  # (_SERIES has no Thai form's groups)
            acronym = (found["acr"] or found.get("acr2") or found["acr3"]).upper()
            if acronym in NOT_SERIES or len(acronym.replace("-", "")) < 2:
                continue
            before = (max(0, match.start() - 80), match.start())
            if _PREPARES_FOR.search(haystack, *before) or _CITED.search(haystack, *before):
                continue
            ordinal = int(found["ord"] or found.get("ord2") or found["ord3"])
            weights[acronym] += weight
            ordinals.setdefault(acronym, Counter())[ordinal] += weight
            if acronym not in first_span or (first_span[acronym] is None and not in_subject):
                first_span[acronym] = None if in_subject else match.span()
    if not weights:
        return None, None
    acronym, weight = weights.most_common(1)[0]
    ordinal, ordinal_weight = ordinals[acronym].most_common(1)[0]
    span = first_span[acronym]
    source = text.snippet(*span) if span else f"Subject: {text.subject}"
    confidence = min(0.95, 0.6 + 0.1 * weight)
    reasons: tuple[str, ...] = ()
    if len(ordinals[acronym]) > 1:
        others = sorted(set(ordinals[acronym]) - {ordinal})
        reasons = (f"other meetings of the series are mentioned too: {others}",)
    return (
        Extracted(acronym, source, confidence),
        Extracted(ordinal, source, min(confidence, 0.5 + 0.1 * ordinal_weight), reasons),
    )


def ordinal_of(title: Extracted[str] | None) -> Extracted[int] | None:
    if title is None:
        return None
    match = ORDINAL.match(title.value)
    if match is None:
        return None
    return Extracted(ordinal_value(match), title.source, title.confidence)


def thai_ordinal(title_th: Extracted[str] | None) -> Extracted[int] | None:
    if title_th is None:
        return None
    value = to_arabic(title_th.value)
    found = _THAI_ORDINAL.search(value)
    if found is None or _PREPARES_FOR.search(value, 0, found.start()):
        return None
    return Extracted(int(found.group(1)), title_th.source, title_th.confidence)
