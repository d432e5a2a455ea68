"""A ceremony named by a programme's line: "– เวลา 10.00 น. พิธีเชิญธงชาติขึ้นสู่ยอดเสา โดย…".

An embassy's or a province's invitation to a national day or a commemoration often names no
meeting: its programme (กำหนดการ) lists the hours, and the ceremony it invites to is named on
its line after the hour. Read where nothing else names the event; a person checks it. An
opening or a closing ceremony (พิธีเปิด, พิธีปิด) is of another event, not a name.

A service the office runs away from home (a mobile consular service) is named likewise by no
meeting noun: by its programme's line, "โครงการ<name>", alone near the page's top.
"""

from __future__ import annotations

import re

from bot.understanding.fields.text import MessageText
from bot.understanding.record import Extracted
from bot.understanding.rules import ruled

# "10.00 น. พิธี<name>", up to the first space (its first word; "โดย…" says who leads it).
_CEREMONY = re.compile(r"น\.[ \t]*+(?P<name>พิธี(?!การ|เปิด|ปิด)[ก-๙]{6,60})(?=[\s(]|$)")
CEREMONY_CONFIDENCE = 0.6


def programme_ceremony(text: MessageText) -> Extracted[str] | None:
    at = text.plain.find("พิธี")
    if at < 0:
        return None
    found = _CEREMONY.search(text.plain, max(0, at - 4))
    if found is None:
        return None
    why = ruled("title.th.ceremony", "a ceremony named by the programme's line after its hour")
    return Extracted(found["name"], text.snippet(*found.span()), CEREMONY_CONFIDENCE, why)


# "โครงการ<name>" alone on its line, Thai letters only (a sentence goes on with spaces and words).
_PROGRAMME_LINE = re.compile(r"(?m)^[ \t]*(?P<name>โครงการ[ก-๙]{4,40})[ \t]*$")
_PROGRAMME_HEAD = 400  # the page's top, where its heading stands
PROGRAMME_CONFIDENCE = 0.6


def programme_heading(text: MessageText) -> Extracted[str] | None:
    head = text.plain[:_PROGRAMME_HEAD]
    if "โครงการ" not in head or (found := _PROGRAMME_LINE.search(head)) is None:
        return None
    why = ruled("title.th.programme_line", "a programme named alone on a line at the page's top")
    return Extracted(found["name"], text.snippet(*found.span("name")), PROGRAMME_CONFIDENCE, why)
