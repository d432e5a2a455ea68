"""Openings (see bot.understanding.prefilter) for the engine's patterns that begin with a number:
the number's first digit where no digit or separator stands before it (the patterns'
_NO_DIGIT_BEFORE), and a look ahead for what the pattern needs after it, so that the full pattern
is tried at few of a text's digits."""

from __future__ import annotations

from bot.understanding.prefilter import DIGITS, case_blind_words


def numbers(then: str) -> list[str]:
    """Openings for a match that begins with a number: its first digit, followed by what `then`
    looks ahead for."""
    return [rf"{d}(?<![0-9๐-๙,:/]{d})(?<![0-9๐-๙]\.{d})(?={then})" for d in DIGITS]


def number(then: str) -> str:
    """`numbers` as one set, looked for apart: its look-arounds compiled once, not twenty times."""
    return rf"[0-9๐-๙](?<![0-9๐-๙,:/][0-9๐-๙])(?<![0-9๐-๙]\.[0-9๐-๙])(?={then})"


# What DAY_FIRST and DAY_FIRST_RANGE need after a day in digits, blanks and a line break aside,
# case-blind: an ordinal's letters, then "of", a month's first two letters, a range word ("thr"
# of "through": "th" alone is the ordinal's), "and", or Thai, a dash, "&", listed days' comma.
_ORDINAL = case_blind_words("st|nd|rd|th")
_AFTER_DAY = case_blind_words("of|ja|fe|ma|ap|au|ju|se|oc|no|de|to|un|ti|thr|an")
# A day's first digit, then OCR's "1O" or what can follow a day ("9:30", "2.5", "(12)", "18th
# Meeting" and "70 A Jalan" are tried no further).
DAY_DIGIT = number(
    rf"[lIO]|[0-9๐-๙]?(?![0-9๐-๙])(?:[^\S\n]?{_ORDINAL})?\s*(?:[\u0e00-\u0e7f\-–—~&,]|{_AFTER_DAY})"
)
