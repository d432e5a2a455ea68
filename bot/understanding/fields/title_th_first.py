"""When a Thai notice's name is its Thai subject's, not an English name the text gives.

"… ประชุมสามัญผู้ถือหุ้น ประจำปี 2570 … (E-AGM)": the subject's Thai name is the name, its
letters only how it is held or what it is (a name the text gives elsewhere is not surely the
subject's: "กำหนดการส่งผลงาน INTEC 2022" is named by its letters). And where the subject has
no Latin letter at all, an English name read from the text is one it cites: a cabinet's
"รายงานผลการประชุมรัฐมนตรีแรงงานอาเซียน ครั้งที่ 26" lists the joint statement of "The
<Ordinal> <Group> Plus Three … Meeting" among its papers. An English name written right after
the Thai one ("การประชุม<X> (ASEAN Workshop on <X>)") is its translation, and stays.
"""

from __future__ import annotations

import re

from bot.understanding.fields.text import MessageText
from bot.understanding.fields.title_short import SHORT_RULE
from bot.understanding.record import Extracted
from bot.understanding.rules import rule_of

_THAI_SUBJECT_RULES = frozenset({"title.th.subject", "title.th.memo_subject_line"})
_LATIN = re.compile(r"[A-Za-z]")


def thai_name_first(title: Extracted[str], title_th: Extracted[str], text: MessageText) -> bool:
    """Whether the Thai subject's name stands for the notice instead of `title`."""
    if rule_of(title_th.reasons) not in _THAI_SUBJECT_RULES or not text.mostly_thai:
        return False
    if (rule_of(title.reasons) or "").startswith(SHORT_RULE):
        return True
    return (
        title.confidence < title_th.confidence
        and _LATIN.search(text.subject) is None
        and not _translates(title.value, title_th.value, text.plain)
    )


_PLACES_TRIED = 4
_TRANSLATION_AFTER = 60  # how far after the Thai name its English one may begin
# What may stand between a Thai name and its translation: the name's number, a bracket, "the"
# and the ordinal ("<Thai name> ครั้งที่ 19 (The 19th … Meeting)"), or the word that
# introduces a topic ("สัมมนาวิชาการ ภายใต้หัวข้อ <English name>"); a sentence's other words
# make the English name one the text cites.
_BETWEEN = re.compile(
    r"[\s(\[“\"]*(?:(?:ครั้ง|ชุด|สมัย)ที่\s*[\d๐-๙]+[\s(\[“\"]*)?"
    r"(?:(?:ภายใต้|ใน)?หัวข้อ[\s(\[“\":]*)?(?:[Tt]he\s+)?(?:\d+(?:st|nd|rd|th)\s+)?"
)


def _translates(english: str, thai: str, plain: str) -> bool:
    """Whether the text writes the English name right after the Thai one (its translation)
    where it writes the Thai one, a few times at most (a memo's เรื่อง line writes it first)."""
    at, tried = plain.find(thai), 0
    while at >= 0 and tried < _PLACES_TRIED:
        tried += 1
        end = at + len(thai)
        written = plain.find(english, end, end + _TRANSLATION_AFTER + len(english))
        if written >= 0 and _BETWEEN.fullmatch(plain, end, written):
            return True
        at = plain.find(thai, end)
    return False
