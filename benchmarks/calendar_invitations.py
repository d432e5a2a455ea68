"""How long the calendar action takes per meeting (entries, iTIP mail into the outbox, feed).

    PYTHONPATH=. python benchmarks/calendar_invitations.py [MEETINGS]

No SMTP server: invitations stay pending, so this times building and storing them.
The 18th SLOM-WG (three events) with two delegates: six invitations per meeting.
"""

import asyncio
import dataclasses
import datetime as dt
import sys
import tempfile
import time
from pathlib import Path

from bot.actions.calendar.action import CalendarAction
from bot.actions.mailer import Mailer
from bot.actions.outbox import Outbox
from bot.meetings.change import MeetingChange
from bot.store.database import open_database
from bot.store.tables import MeetingRow
from tests.actions.calendar.slom_wg import office_settings, slom_wg
from tests.actions.conftest import ManualClock


async def main(count: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(f"sqlite:///{folder}/bench.db")
        settings = office_settings(Path(folder))
        clock = ManualClock(dt.datetime(2025, 9, 8, tzinfo=dt.UTC))
        action = CalendarAction(settings, db, Outbox(db, Mailer(settings.smtp), clock), clock)
        with db.session() as session:
            session.add_all(
                MeetingRow(id=n, uid=f"m{n}@bench", record={}, revision=1)
                for n in range(1, count + 1)
            )
        started = time.perf_counter()
        for n in range(1, count + 1):
            meeting = dataclasses.replace(slom_wg(), id=n, uid=f"m{n}@bench")
            await action.handle(MeetingChange(meeting, None, None))
        elapsed = time.perf_counter() - started
        db.close()
    print(f"{count} meetings, 6 invitations each: {elapsed / count * 1000:.0f} ms per meeting")


if __name__ == "__main__":
    asyncio.run(main(int(sys.argv[1]) if len(sys.argv) > 1 else 50))
