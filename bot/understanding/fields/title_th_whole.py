"""A Thai name a headline shortens with ไปยาลน้อย (ฯ), as the text writes it whole.

A headline writes "งดประชุมสภาฯ" where its story writes "การประชุมสภาผู้แทนราษฎร": the mark
says letters are left out, so the name is the text's word that goes on from the letters before
it. Which one is read by how often the text writes it (a story repeats its body's full name),
the longer on a tie (a line cut short writes a part); whatever the headline writes after the
mark is its news ("…เลื่อนออกไป"), not the name.
"""

from __future__ import annotations

import re
from collections import Counter

from bot.understanding.fields.text import MessageText
from bot.understanding.record import Extracted
from bot.understanding.rules import ruled

WHOLE_RULE = "title.th.abbreviation_whole"
_WHY = "a headline's name shortened by ฯ, written whole in the text"
# Thai letters and their vowel and tone marks, up to what ends a name: ฯ itself, a digit, a
# space, or a clause's first word glued on ("…คู่เจรจาออกไปก่อน", "…จังหวัดในพื้นที่…").
_LETTERS = "[ก-ฮะ-ฺเ-๎]+?(?=ออกไป|ใน|เมื่อ|โดย|ซึ่ง|เพื่อ|[^ก-ฮะ-ฺเ-๎]|$)"
# Letters enough before the mark to find the word again (not "กรุงเทพฯ" alone, a place).
_STEM_LEAST = 6
_CONFIDENCE = 0.7  # a newer reading: a person checks it


def written_whole(text: MessageText, name: str) -> Extracted[str] | None:
    """The subject's name shortened by ฯ as the text writes it whole, or None ("ฯลฯ", et
    cetera, shortens no name)."""
    mark = name.find("ฯ")
    if mark < 0 or name.startswith("ฯล", mark) or name[mark + 1 : mark + 2].isspace():
        return None  # (words after a space are the name's own: "ประชุมผู้ว่าฯ 9 จังหวัด")
    stem = name[:mark].removeprefix("การ")
    if len(stem) < _STEM_LEAST or not "ก" <= stem[-1] <= "๎":
        return None
    found = list(re.finditer(re.escape(stem) + f"({_LETTERS})", text.plain))
    if not found:
        return None
    counts = Counter(m[1] for m in found)
    rest = max(counts, key=lambda word: (counts[word], len(word)))
    at = next(m for m in found if m[1] == rest)
    return Extracted(
        name[:mark] + rest, text.snippet(at.start(), at.end()), _CONFIDENCE, ruled(WHOLE_RULE, _WHY)
    )
