"""Draw docs/notice-telegram.png and docs/notice-line.png: one reminder as each chat shows it.

    .venv/bin/python docs/make_notice_images.py

The words, buttons and Flex JSON come from meetbot's own code (the reminder of the
invented SLOM-WG meeting the tests use); the page around them imitates each app's
bubble, and headless Chromium (Debian's /usr/bin/chromium, with fonts-thai-tlwg and
fonts-noto-color-emoji) takes the picture. It is a likeness for the README, not
LINE's or Telegram's own renderer.
"""

from __future__ import annotations

import datetime as dt
import html
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.actions.reminders.line_flex import flex_bubble  # noqa: E402
from bot.actions.reminders.messages import Outgoing, reminder_message  # noqa: E402
from bot.actions.reminders.plan import plan_reminders  # noqa: E402
from bot.config.settings import RemindersSettings  # noqa: E402
from bot.meetings.meeting import Meeting, MeetingStatus  # noqa: E402
from tests.actions.reminders.meetings import slom_record  # noqa: E402

BKK = ZoneInfo("Asia/Bangkok")
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--hide-scrollbars",
]
PAGE = """<!doctype html><html><head><meta charset="utf-8"><style>
body {{ margin: 0; padding: 16px; background: {background};
       font: 15px/1.45 "Loma", "Garuda", "Norasi", "Noto Color Emoji", sans-serif; }}
{style}
</style></head><body>{body}</body></html>"""
TELEGRAM_STYLE = """
.bubble { background: #fff; border-radius: 12px; padding: 8px 12px; max-width: 380px;
          white-space: pre-wrap; box-shadow: 0 1px 1px rgba(0,0,0,.15); }
.keys { max-width: 404px; margin-top: 4px; }
.key { background: rgba(0,0,0,.28); color: #fff; text-align: center; border-radius: 8px;
       padding: 8px; margin-top: 4px; font-size: 14px; }
"""
LINE_STYLE = """
.flex { background: #fff; border-radius: 16px; max-width: 380px; overflow: hidden; }
.header { padding: 14px 16px 6px; font-weight: bold; }
.body { padding: 4px 16px 12px; font-size: 14px; }
.body div { margin-top: 4px; }
.footer { padding: 0 12px 12px; }
.button { border-radius: 8px; text-align: center; padding: 9px; margin-top: 8px;
          font-size: 14px; background: #ecf0f3; color: #111; }
.button.primary { background: #06c755; color: #fff; }
"""


def sample() -> Outgoing:
    meeting = Meeting(1, "slom-wg@example.org", MeetingStatus.SCHEDULED, slom_record(), 0)
    plan = plan_reminders(meeting, RemindersSettings(), BKK)
    morning = [r for r in plan if r.target.key == "registration"][-1]
    return reminder_message([morning], meeting, today=dt.date(2025, 9, 15), tz=BKK)


def telegram_page(message: Outgoing) -> str:
    keys = "".join(f'<div class="key">{html.escape(b.label)}</div>' for b in message.buttons)
    body = f'<div class="bubble">{html.escape(message.text)}</div><div class="keys">{keys}</div>'
    return PAGE.format(background="#b7cfa5", style=TELEGRAM_STYLE, body=body)


def line_page(bubble: dict[str, Any]) -> str:
    def texts(box: dict[str, Any]) -> str:
        return "".join(f"<div>{html.escape(c['text'])}</div>" for c in box["contents"])

    buttons = "".join(
        f'<div class="button {c["style"]}">{html.escape(c["action"]["label"])}</div>'
        for c in bubble.get("footer", {}).get("contents", [])
    )
    body = (
        f'<div class="flex"><div class="header">{texts(bubble["header"])}</div>'
        f'<div class="body">{texts(bubble["body"])}</div>'
        f'<div class="footer">{buttons}</div></div>'
    )
    return PAGE.format(background="#8cabd9", style=LINE_STYLE, body=body)


def screenshot(page: str, out: Path, height: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "page.html"
        source.write_text(page, encoding="utf-8")
        subprocess.run(
            [
                "/usr/bin/chromium",
                *CHROMIUM_FLAGS,
                f"--user-data-dir={folder}/profile",
                f"--screenshot={out}",
                f"--window-size=440,{height}",
                source.as_uri(),
            ],
            check=True,
            capture_output=True,
            timeout=120,
        )


def main() -> None:
    message = sample()
    screenshot(telegram_page(message), ROOT / "docs" / "notice-telegram.png", 400)
    screenshot(line_page(flex_bubble(message)), ROOT / "docs" / "notice-line.png", 460)
    print("wrote docs/notice-telegram.png and docs/notice-line.png")


if __name__ == "__main__":
    main()
