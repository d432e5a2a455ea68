"""An iTIP invitation as an email (iMIP, RFC 6047), in the form Gmail sends.

    multipart/mixed
    ├── multipart/alternative
    │   ├── text/plain; charset=utf-8
    │   ├── text/html; charset=utf-8
    │   └── text/calendar; charset=utf-8; method=REQUEST   (what Outlook and Gmail read)
    └── application/ics; name=invite.ics                   (what Thunderbird offers too)

The calendar part carries METHOD in its Content-Type as RFC 6047 requires. Parts
are base64 so Thai text survives servers without 8BITMIME and no line is too long.
"""

from __future__ import annotations

import html
import re
from email.message import EmailMessage
from email.utils import formataddr

from icalendar import Calendar

from bot.actions.calendar.ical import Method, Person

ATTACHMENT_NAME = "invite.ics"
_URL = re.compile(r"https?://[^\s<>\"“”]+")


def invitation_message(
    calendar: Calendar,
    *,
    method: Method,
    subject: str,
    body: str,
    sender: Person,
    recipient: Person,
) -> EmailMessage:
    ics = calendar.to_ical().decode()
    message = EmailMessage()
    message["From"] = formataddr(sender)
    message["To"] = formataddr(recipient)
    message["Subject"] = subject
    message.set_content(body, charset="utf-8", cte="base64")
    message.add_alternative(_html(body), subtype="html", charset="utf-8", cte="base64")
    message.add_alternative(
        ics, subtype="calendar", charset="utf-8", cte="base64", params={"method": method.value}
    )
    message.add_attachment(
        ics.encode(),
        maintype="application",
        subtype="ics",
        filename=ATTACHMENT_NAME,
        params={"name": ATTACHMENT_NAME},
    )
    return message


def _html(body: str) -> str:
    lines = []
    for line in body.split("\n"):
        escaped = html.escape(line)
        lines.append(_URL.sub(lambda m: f'<a href="{m.group(0)}">{m.group(0)}</a>', escaped))
    content = "<br>\n".join(lines)
    return (
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head>\n'
        f'<body><div style="font-family: sans-serif">\n{content}\n</div></body></html>\n'
    )
