"""Years: Gregorian, Buddhist era (BE = CE + 543), two-digit BE stamps, and years left unwritten."""

from __future__ import annotations

import datetime as dt
import re

from bot.understanding.temporal.digits import number

BE_OFFSET = 543
# How the reason for a year `infer_year` gave opens: such days at their base are held for review
# (bot.understanding.calibration).
YEAR_NOT_WRITTEN = "year not written"
# Four-digit numbers from here on are Buddhist-era years: CE 2400 is far beyond any mail we read,
# and BE 2400 (CE 1857) long before it.
_FIRST_BE_YEAR = 2400
_PLAUSIBLE_CE = range(1900, 2200)
_APOSTROPHES = "'’‘"


def era_of(word: str | None) -> str | None:
    """ "be" for a Buddhist era's word (พ.ศ., B.E.), "ce" for another, None for none."""
    if word is None:
        return None
    letters = re.sub(r"[.\s]", "", word).lower()
    return "be" if letters in ("พศ", "be") else "ce"


def read_year(digits: str, *, era: str | None, thai: bool) -> tuple[int, tuple[str, ...]] | None:
    """The CE year for written year digits, with the reasons for any doubt; None if no year.

    `era` is "be" or "ce" when the text says so (พ.ศ., B.E., ค.ศ., A.D.); `thai` tells whether the
    date around it is written in Thai, where a two-digit year is a Buddhist-era stamp ("๖๙").
    """
    digits = "".join(digits.split())  # "๒๕ ๖๙": a year OCR split in two
    if digits[:1] in _APOSTROPHES:  # "'24" is 2024: nobody writes a Buddhist year so
        return 2000 + number(digits[1:]), ()
    value = number(digits)
    if len(digits) == 4:
        if era == "ce":
            return (value, ()) if value in _PLAUSIBLE_CE else None
        if era == "be" or value >= _FIRST_BE_YEAR:
            ce = value - BE_OFFSET
            return (ce, ()) if ce in _PLAUSIBLE_CE else None
        return (value, ()) if value in _PLAUSIBLE_CE else None
    if len(digits) == 2:
        if era == "ce" or not thai:
            return 2000 + value, (f"two-digit year {digits} read as {2000 + value}",)
        ce = 2500 + value - BE_OFFSET
        return ce, (f"two-digit year {digits} read as Buddhist era {2500 + value} ({ce})",)
    return None


def infer_year(month: int, day: int, reference: dt.date, weekday: int | None = None) -> int:
    """The year of the dated day nearest to the reference (a later one wins a tie), among the
    years whose day falls on the written `weekday` (0 is Monday) when one does.

    An invitation sent in August for "30 September" means that year; one sent in December for
    "15 January" means the next; a report written in January about "20 December" means the last.
    One sent in April for "Wednesday, 14 October" means the year 14 October is a Wednesday.
    """
    candidates: list[tuple[tuple[bool, int, bool], int]] = []
    for year in (reference.year - 1, reference.year, reference.year + 1):
        try:
            day_in_year = dt.date(year, month, day)
        except ValueError:  # 29 February in a common year
            continue
        delta = (day_in_year - reference).days
        other_weekday = weekday is not None and day_in_year.weekday() != weekday
        candidates.append(((other_weekday, abs(delta), delta < 0), year))
    return min(candidates)[1] if candidates else reference.year
