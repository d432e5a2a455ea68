"""Weekday names in English and Thai: written weekdays are checked against the date."""

from __future__ import annotations

import re

from bot.understanding.prefilter import case_blind_words

_EN = {
    "monday": 0, "mon": 0, "tuesday": 1, "tues": 1, "tue": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thurs": 3, "thur": 3, "thu": 3, "friday": 4, "fri": 4,
    "saturday": 5, "sat": 5, "sunday": 6, "sun": 6,
}  # fmt: skip
_TH = {
    "จันทร์": 0, "อังคาร": 1, "พุธ": 2, "พฤหัสบดี": 3, "พฤหัส": 3, "ศุกร์": 4,
    "เสาร์": 5, "อาทิตย์": 6,
}  # fmt: skip

WEEKDAY_EN_NAMES = tuple(_EN)
NAMES_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
NAMES_TH = tuple(_TH)


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


# By first letter (`case_blind_words`): tried in every day-first date, where most places hold none.
WEEKDAY_EN = rf"(?<![A-Za-z])(?:{case_blind_words(_alternation(list(_EN)))})\.?(?![A-Za-z])"
WEEKDAY_TH = _alternation(list(_TH))
WEEKDAY = rf"(?:{WEEKDAY_EN}|(?:วัน)?(?:{WEEKDAY_TH}))"


def weekday_number(word: str) -> int | None:
    """0 (Monday) to 6 for a weekday name, None for anything else."""
    key = word.strip().rstrip(".").lower().removeprefix("วัน")
    return _EN.get(key, _TH.get(key))
