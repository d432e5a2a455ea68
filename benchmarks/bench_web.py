"""Server time of the workspace's meetings page and a meeting page, on SQLite with 5,000
meetings and 50,000 messages stored. Goal: under 200 ms each.

    python -m benchmarks.bench_web [MEETINGS] [MESSAGES_PER_MEETING] [RUNS]

The store is filled with one real invitation's extraction (the demo corpus), its title and
dates varied per meeting, ten messages each with their raw bytes, so the pages read
what a real store holds. Requests go through the whole application (session cookie,
CSRF, templates) in process, so the figure is server time without the network.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import gzip
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

import httpx
from sqlalchemy import insert

from bot.app import App
from bot.config.settings import Settings, StoreSettings
from bot.reading.mime import read_message
from bot.services.users import Role, add_user
from bot.store.tables import MeetingRow, MeetingValueRow, MessageRow, start_key_of
from bot.understanding.extract import extract_message
from bot.web.app import create_web_app
from tests.corpus_paths import CORPUS

CORPUS_MESSAGE = CORPUS / "01-slomwg-invitation.eml"
PASSWORD = "benchmark password"


def fill(app: App, meetings: int, per_meeting: int) -> None:
    raw = CORPUS_MESSAGE.read_bytes()
    record = extract_message(read_message(raw)).meeting.to_json()
    raw_gz = gzip.compress(raw)
    # Four meetings a day, half of them still to come (in Bangkok's day as in UTC's).
    first = dt.date.today() - dt.timedelta(days=meetings // 8)
    with app.db.session() as session:
        meeting_rows, message_rows, value_rows = [], [], []
        for n in range(1, meetings + 1):
            day = first + dt.timedelta(days=n // 4)
            varied = dict(record)
            varied["title"] = {**record["title"], "value": f"{n}th Meeting of Working Group {n}"}
            varied["start"] = {**record["start"], "value": f"{day.isoformat()}T09:00:00+07:00"}
            meeting_rows.append(
                {
                    "id": n,
                    "uid": f"{n}@bench",
                    "record": varied,
                    "start_key": start_key_of(varied),
                    "revision": 1,
                }
            )
            for k in range(per_meeting):
                message_id = f"m{n}-{k}@bench.example.org"
                message_rows.append(
                    {
                        "message_id": message_id,
                        "sha256": f"{n:032d}{k:032d}",
                        "raw_gz": raw_gz,
                        "size": len(raw),
                        "source": "bench",
                        "subject": f"Re: meeting {n} ({k})",
                        "status": "extracted",
                        "warnings": [],
                        "kind": "update",
                        "meeting_id": n,
                    }
                )
                if k == 0:
                    value_rows += [
                        {"meeting_id": n, "field": name, "value": value, "message_id": message_id}
                        for name, value in varied.items()
                        if isinstance(value, dict)
                    ]
        session.execute(insert(MeetingRow), meeting_rows)
        session.execute(insert(MessageRow), message_rows)
        session.execute(insert(MeetingValueRow), value_rows)


async def timed(client: httpx.AsyncClient, path: str, expected: str, runs: int) -> float:
    """The median time of `runs` requests, in milliseconds."""
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        answer = await client.get(path)
        samples.append((time.perf_counter() - start) * 1000)
        assert answer.status_code == 200, (path, answer.status_code)
        assert expected in answer.text, (path, expected)
    return statistics.median(samples)


async def measure(app: App, meetings: int, runs: int) -> None:
    transport = httpx.ASGITransport(app=create_web_app(app))
    async with httpx.AsyncClient(transport=transport, base_url="http://bench") as client:
        form = (await client.get("/login")).text
        token = re.search(r'name="csrf_token" value="([^"]+)"', form)
        assert token
        data = {"name": "bench", "password": PASSWORD, "csrf_token": token.group(1)}
        assert (await client.post("/login", data=data)).status_code == 303
        middle = meetings // 2
        for label, path, expected in (
            ("meetings page (upcoming)", "/meetings", "of Working Group"),
            ("meetings page (search)", "/meetings?when=all&q=Group+4999", "Working Group 4999"),
            # Which values need review is judged on every record not yet past.
            ("meetings page (needs review)", "/meetings?when=all&state=needs_review", "/ meetings"),
            (f"meeting page #{middle}", f"/meetings/{middle}", f"Working Group {middle}<"),
        ):
            took = await timed(client, path, expected, runs)
            print(f"{label}: {took:.1f} ms (median of {runs})")


def main() -> None:
    meetings = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    per_meeting = int(sys.argv[2]) if len(sys.argv) > 2 else 10
    runs = int(sys.argv[3]) if len(sys.argv) > 3 else 20
    with tempfile.TemporaryDirectory() as folder:
        settings = Settings(
            data_dir=Path(folder), store=StoreSettings(url=f"sqlite:///{folder}/bench.db")
        )
        app = App.open(settings)
        try:
            started = time.perf_counter()
            fill(app, meetings, per_meeting)
            print(
                f"stored {meetings:,} meetings and {meetings * per_meeting:,} messages "
                f"in {time.perf_counter() - started:.1f} s"
            )
            add_user(app.db, "bench", Role.VIEWER, PASSWORD, now=app.clock.now())
            asyncio.run(measure(app, meetings, runs))
        finally:
            app.close()


if __name__ == "__main__":
    main()
