"""A body's name numbered otherwise than the subject's: another session of the same series.

A report of "the 17th Global Meeting" goes on to the chair elected "for the 18th Session of
the Global Meeting": the text names the next session (or cites the last one) more fully, or
more often, than the one it is about. Where the subject numbers its name, a name in the text
with another number is of another session, and loses its rank.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.understanding.fields.series import NOT_SERIES, ORDINAL, ordinal_value
from bot.understanding.fields.title_fuller import ACRONYM

# What a name numbered otherwise loses: more than being introduced ("for the …") gains.
RENUMBERED_PENALTY = 4


def renumbered(value: str, subject_names: Iterable[str]) -> bool:
    """Whether `value` opens with an ordinal and the subject's numbered names have another."""
    own = ORDINAL.match(value)
    if own is None:
        return False
    numbers = {ordinal_value(m) for name in subject_names if (m := ORDINAL.match(name))}
    return bool(numbers) and ordinal_value(own) not in numbers


# A body's letters and a session's number in a subject: "About EXA 144", "EXA-144 news".
_LETTERS_NUMBER = re.compile(r"\b([A-Z]{2,10})[ \t-]?(\d{1,3})\b")


def by_number(value: str, subject: str) -> bool:
    """Whether the subject names `value` by its number: its ordinal ("112th"), or its body's
    letters and the number ("EXA 144" for "144th Assembly of the EXA"; titles-r20)."""
    lowered = subject.lower()
    if any(m.group().lower() in lowered for m in ORDINAL.finditer(value)):
        return True
    own = ORDINAL.match(value)
    return own is not None and any(
        found[2] == str(ordinal_value(own)) and found[1] in value.split()
        for found in _LETTERS_NUMBER.finditer(subject)
    )


def subject_names(value: str, subject: str) -> bool:
    """Whether the subject names a name by its number ("112th") or by the initials of its
    words ("ILC" for "International Labour Conference")."""
    if by_number(value, subject):
        return True
    initials = "".join(w[0] for w in value.split() if w[:1].isupper())
    return any(
        len(acronym) >= 3 and acronym in initials
        for acronym in set(ACRONYM.findall(subject)) - NOT_SERIES
    )
