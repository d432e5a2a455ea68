"""A body's name numbered otherwise than the subject's: another session of the same series.

A report of "the 17th Global Meeting" goes on to the chair elected "for the 18th Session of
the Global Meeting": the text names the next session (or cites the last one) more fully, or
more often, than the one it is about. Where the subject numbers its name, a name in the text
with another number is of another session, and loses its rank.
"""

from __future__ import annotations

from collections.abc import Iterable

from bot.understanding.fields.series import ORDINAL, ordinal_value

# What a name numbered otherwise loses: more than being introduced ("for the …") gains.
RENUMBERED_PENALTY = 4


def renumbered(value: str, subject_names: Iterable[str]) -> bool:
    """Whether `value` opens with an ordinal and the subject's numbered names have another."""
    own = ORDINAL.match(value)
    if own is None:
        return False
    numbers = {ordinal_value(m) for name in subject_names if (m := ORDINAL.match(name))}
    return bool(numbers) and ordinal_value(own) not in numbers
