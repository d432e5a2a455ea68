"""How much a Thai letter's name of a meeting is like a stored meeting.

A ministry letter names the meeting in Thai ("การประชุมเจ้าหน้าที่อาวุโสด้านแรงงาน
อาเซียน ครั้งที่ ๒๑"); the invitation it forwards named it in English ("21st ASEAN Senior
Labour Officials Meeting (SLOM)"). The stored meeting's Thai names are its own Thai
title, if a Thai mail gave one, and the glossary's name of its series: the series
extraction found, or the acronym its English title writes or spells out in the initials
of its words ("Senior Labour Officials Meeting" is SLOM, "SLOM Working Group" SLOM-WG).
The letter's name is compared with each, character by character (OCR noise costs a
few characters, another series most of them), and an ordinal both give must be the
same: the 20th and the 21st SLOM are two meetings.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from bot.reading.thai_digits import to_arabic_digits
from bot.understanding.glossary import load_glossary
from bot.understanding.record import MeetingRecord

__all__ = ["thai_title_likeness"]

_ORDINAL_TH = re.compile(r"ครั้?งที่?\s*([0-9๐-๙]{1,3})")
_ORDINAL_EN = re.compile(r"\b(\d{1,3})(?:st|nd|rd|th)\b", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z]+")
_PASSED_OVER = frozenset({"of", "the", "on", "and", "for", "in", "to"})
_LONGEST = 12  # letters of an acronym
_NOT_LETTERS = re.compile(r"[\s\u0e48-\u0e4b.,()\-–]+")


def thai_title_likeness(title_th: str, record: MeetingRecord) -> float:
    """0 (unlike, or another ordinal) to 1 (the same name): how much `title_th` names the
    meeting `record` is."""
    names = _thai_names(record)
    if not names:
        return 0.0
    ours, theirs = _ordinal_th(title_th), _ordinal_of(record)
    if ours is not None and theirs is not None and ours != theirs:
        return 0.0
    bare = _bare(title_th)
    return max(fuzz.ratio(bare, _bare(name)) for name in names) / 100


def _thai_names(record: MeetingRecord) -> list[str]:
    glossary = load_glossary()
    series = glossary.series
    names = [record.title_th.value] if record.title_th else []
    if record.series is not None:
        names += filter(None, [glossary.series_name(record.series.value)])
    if record.title is not None:
        spelt = _acronyms(record.title.value)
        keys = {_letters(en) for en in series}
        # "SLOM" is spelt inside "SLOM Working Group" too: the longest acronym is the series.
        found = {key for key in keys if key in spelt}
        longest = {key for key in found if not any(key in other for other in found - {key})}
        names += [th for en, th in series.items() if _letters(en) in longest]
    return names


def _acronyms(title: str) -> set[str]:
    """Every acronym the English title's runs of words spell: a capitalised word gives its
    initial, a word in capitals itself or its initial; "of", "the" … are passed over."""
    words = [w for w in _WORD.findall(title) if w.lower() not in _PASSED_OVER]
    spelt: set[str] = set()
    for first in range(len(words)):
        run = {""}
        for word in words[first:]:
            if not word[0].isupper():
                break
            ways = {word[0], word} if word.isupper() and len(word) > 1 else {word[0]}
            run = {so_far + way for so_far in run for way in ways if len(so_far) < _LONGEST}
            spelt |= run
    return spelt


def _letters(acronym: str) -> str:
    return re.sub(r"[^A-Za-z]", "", acronym).upper()


def _ordinal_th(title: str) -> int | None:
    found = _ORDINAL_TH.search(title)
    return int(to_arabic_digits(found[1])) if found else None


def _ordinal_of(record: MeetingRecord) -> int | None:
    if record.ordinal is not None:
        return record.ordinal.value
    found = _ORDINAL_EN.search(record.title.value) if record.title else None
    return int(found[1]) if found else None


def _bare(name: str) -> str:
    """The name without its ordinal, spaces, tone marks (OCR drops them) and punctuation."""
    return _NOT_LETTERS.sub("", _ORDINAL_TH.sub("", name))
