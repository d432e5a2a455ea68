"""Outgoing memo numbers (เลขทะเบียนหนังสือส่ง) from the `counters` table.

The registry restarts each Buddhist-era year, and circulars (ว) have their own series.
Taking a number is atomic on SQLite and PostgreSQL alike: the UPDATE takes the row
lock before the value is read, so two drafts never share a number.
"""

from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError

from bot.errors import StoreError
from bot.store.database import Database
from bot.store.tables import CounterRow


def counter_name(*, circular: bool, year_be: int) -> str:
    return f"memo/{'circular' if circular else 'outgoing'}/{year_be}"


def take_number(db: Database, *, circular: bool, year_be: int) -> int:
    """The next number of the series, counted from 1."""
    name = counter_name(circular=circular, year_be=year_be)
    for _ in range(2):  # the second round only when another process created the row first
        try:
            with db.session() as session:
                bumped = session.execute(
                    update(CounterRow)
                    .where(CounterRow.name == name)
                    .values(value=CounterRow.value + 1)
                )
                if bumped.rowcount == 0:  # type: ignore[attr-defined]
                    session.add(CounterRow(name=name, value=1))
                    session.flush()
                    return 1
                return session.scalars(
                    select(CounterRow.value).where(CounterRow.name == name)
                ).one()
        except IntegrityError:
            continue
    raise StoreError(f"counter {name} could be neither created nor raised")
