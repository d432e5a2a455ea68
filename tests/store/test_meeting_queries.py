"""The queries that read inside a meeting's JSON record, on SQLite and PostgreSQL alike:
a series' named meetings, and which meetings are past."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from bot.meetings.review import is_past
from bot.meetings.series_names import with_series_name
from bot.store.database import open_database
from bot.store.tables import MeetingRow
from bot.understanding.record import Extracted, MeetingRecord

TODAY = dt.date(2026, 3, 10)


def record(series: str, title_th: str | None, start: dt.date, end: dt.date | None = None):
    return MeetingRecord(
        title_th=Extracted(title_th, "a Thai letter") if title_th else None,
        series=Extracted(series, "the subject"),
        ordinal=Extracted(18, "the subject"),
        start=Extracted(start, "the body"),
        end=Extracted(end, "the body") if end else None,
    ).to_json()


def test_series_names_and_past_meetings_are_asked_of_the_database(database_url):
    db = open_database(database_url)
    try:
        with db.session() as session:
            rows = {
                "ended": record("ALMM", None, dt.date(2026, 3, 1)),
                "ends today": record("ALMM", None, dt.date(2026, 3, 8), dt.date(2026, 3, 10)),
                "named": record("Slom -WG", "การประชุม SLOM-WG ครั้งที่ ๑๘", dt.date(2026, 4, 1)),
                "other": record("SOMTC", "การประชุม SOMTC ครั้งที่ ๑๘", dt.date(2026, 4, 2)),
            }
            for uid, data in rows.items():
                session.add(MeetingRow(uid=uid, record=data))
        with db.session() as session:
            past = session.scalars(select(MeetingRow.uid).where(is_past(TODAY))).all()
            live = session.scalars(select(MeetingRow.uid).where(is_past(TODAY, past=False)))
            assert sorted(past) == ["ended"]
            assert sorted(live) == ["ends today", "named", "other"]
            nineteenth = MeetingRecord(
                series=Extracted("slom-wg", "the subject"), ordinal=Extracted(19, "the subject")
            )
            named = with_series_name(session, nineteenth).title_th
        assert named is not None
        assert named.value == "การประชุม SLOM-WG ครั้งที่ ๑๙"
    finally:
        db.close()
