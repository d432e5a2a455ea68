"""Screenshots of the workspace from the demo's data, taken by Debian's headless Chromium.

Run after `make demo`, from the repository root:

    .venv/bin/python -m tools.workspace_screenshots

writes docs/workspace-meetings.png, docs/workspace-meeting.png (a meeting's values with
their sources), docs/workspace-source.png (the source highlighted in the message) and
docs/workspace-review.png (the review queue).
"""

from __future__ import annotations

import secrets
from pathlib import Path

from selenium.webdriver.common.by import By
from sqlalchemy import func, select

from bot.app import App
from bot.demo.run import demo_settings
from bot.services.users import Role, add_user
from bot.store.tables import MeetingValueRow, MessageRow
from tests.web.chromium import chromium, click_through
from tests.web.served import running_workspace

DOCS = Path("docs")
USER = "screenshots"


def richest_meeting(app: App) -> tuple[int, int]:
    """The meeting with the most values recorded, and its first message."""
    with app.db.session() as session:
        meeting_id = session.scalar(
            select(MeetingValueRow.meeting_id)
            .group_by(MeetingValueRow.meeting_id)
            .order_by(func.count().desc(), MeetingValueRow.meeting_id)
            .limit(1)
        )
        if meeting_id is None:
            raise SystemExit("no meetings: run `make demo` first")
        message_pk = session.scalar(
            select(MessageRow.id).where(MessageRow.meeting_id == meeting_id).order_by(MessageRow.id)
        )
    return int(meeting_id), int(message_pk or 0)


def main() -> None:
    app = App.open(demo_settings())
    password = secrets.token_urlsafe(12)
    add_user(app.db, USER, Role.APPROVER, password, now=app.clock.now())
    meeting_id, message_pk = richest_meeting(app)
    try:
        with running_workspace(app) as base, chromium(1280, 1000) as browser:
            browser.get(f"{base}/login")
            browser.find_element(By.NAME, "name").send_keys(USER)
            browser.find_element(By.NAME, "password").send_keys(password)
            click_through(browser, browser.find_element(By.ID, "login"))
            shots = {
                "workspace-meetings.png": f"{base}/meetings?when=all",
                "workspace-meeting.png": f"{base}/meetings/{meeting_id}",
                "workspace-source.png": f"{base}/messages/{message_pk}#src-start",
                "workspace-review.png": f"{base}/review",
            }
            for name, url in shots.items():
                browser.get(url)
                browser.save_screenshot(str(DOCS / name))
                print(DOCS / name)
    finally:
        app.close()


if __name__ == "__main__":
    main()
