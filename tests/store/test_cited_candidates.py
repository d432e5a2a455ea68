"""The meetings a Thai letter's title is compared with: the query that keeps the 200 invited
to last (GROUP BY, not DISTINCT ON) gives the same answer on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt

from bot.meetings.cited_invitation import CitedInvitation
from bot.reading.mime import read_message
from bot.store.database import open_database
from tests.meetings.test_cited_invitation import NOT_CITING, _invited, _mail


def test_of_many_meetings_invited_to_lately_the_latest_are_compared(database_url):
    db = open_database(database_url)
    first = dt.datetime(2025, 9, 1, 9, tzinfo=dt.UTC)
    try:
        with db.session() as session:
            for n in range(205):
                title = f"การสัมมนาเชิงปฏิบัติการเรื่องการท่องเที่ยวชุมชน รุ่นที่ {n}"
                _invited(session, title, first + dt.timedelta(hours=6 * n), f"seminar{n}")
            named = _invited(
                session,
                "การประชุมเจ้าหน้าที่อาวุโสด้านแรงงานอาเซียน ครั้งที่ ๒๑",
                dt.datetime(2025, 12, 5, 9, tzinfo=dt.UTC),
                "slom",
            )
        doc = read_message(_mail("letter", "หนังสือ", NOT_CITING))
        with db.session() as session:
            found = CitedInvitation(doc).meeting(session)
    finally:
        db.close()
    assert found is not None
    assert found[0] == named
