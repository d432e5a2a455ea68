"""A short form a Thai headline writes by its letters' Thai names: "จีบีซี" is "GBC".

Thai news spells an English short form by the names of its letters ("ถกจีบีซี-<country>"),
while its story writes the body's Thai name with the Latin letters in brackets ("การประชุม
<body> (GBC)"). The letters the headline spells are added to it, so the short form is found in
the story as a Latin one the headline writes would be (title_th's `_spelt_out`).
"""

from __future__ import annotations

import re

# The Thai names of the Latin letters, as the press writes them.
_LETTER_NAMES = {
    "เอ": "A",
    "บี": "B",
    "ซี": "C",
    "ดี": "D",
    "อี": "E",
    "เอฟ": "F",
    "จี": "G",
    "เอช": "H",
    "ไอ": "I",
    "เจ": "J",
    "เค": "K",
    "แอล": "L",
    "เอ็ม": "M",
    "เอ็น": "N",
    "โอ": "O",
    "พี": "P",
    "คิว": "Q",
    "อาร์": "R",
    "เอส": "S",
    "ที": "T",
    "ยู": "U",
    "วี": "V",
    "ดับเบิลยู": "W",
    "ดับบลิว": "W",
    "เอ็กซ์": "X",
    "วาย": "Y",
    "แซด": "Z",
}
# A letter's name is not a word's opening: no vowel or tone mark follows it ("ที่" is "at").
_NAME = "(?:" + "|".join(sorted(_LETTER_NAMES, key=len, reverse=True)) + r")(?![ัิ-ฺ็-๎])"
# (the first name apart, so that the engine skips to where one of them begins)
_SPELT = re.compile(f"{_NAME}(?:{_NAME}){{1,5}}")
_ONE = re.compile(_NAME)


def with_letters(subject: str) -> str:
    """The subject with the Latin short forms its Thai letter names spell written after it."""
    spelt = [
        "".join(_LETTER_NAMES[name] for name in _ONE.findall(run.group()))
        for run in _SPELT.finditer(subject)
    ]
    return " ".join([subject, *spelt])
