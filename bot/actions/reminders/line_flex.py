"""A notice or reminder as a LINE Flex message: the same words as on Telegram, the first
line as the header, the buttons as postback buttons with the same data.

LINE cannot push a DOCX, so a memo is named in the message with a button to its file in
the workspace when `[web] base_url` is set (Telegram and e-mail carry the file itself).
A bubble is kept under LINE's size limit: a longer notice (a held one quoting hostile
mail) loses its last lines, says so, and keeps its buttons.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from linebot.v3.messaging import FlexContainer, FlexMessage

from bot.actions.reminders.messages import Outgoing

MAX_LABEL = 40  # LINE's limit on a button's label
MAX_ALT_TEXT = 400  # what a phone shows in the chat list and notification; LINE allows 1500
MAX_BUTTONS = 10  # beyond this a bubble grows past a phone's screen
MAX_BUBBLE_BYTES = 30_000  # LINE refuses a bubble whose JSON is larger
MAX_HEADER = 400
CUT = (
    "… ข้อความยาวเกินกว่าที่ LINE รับได้ ส่วนที่เหลือดูในระบบ "
    "(cut to LINE's size limit: the rest is in the workspace)"
)
NOT_ON_LINE = "ไฟล์ส่งทาง LINE ไม่ได้ ขอได้ทาง Telegram หรืออีเมล (LINE cannot carry the file)"


def document_lines(documents: Sequence[Path], links: Mapping[str, str]) -> list[str]:
    """A line for each memo file: its workspace link, or why the file is not here."""
    return [
        f"📎 {document.name}: {links[document.name]}"
        if document.name in links
        else f"📎 {document.name}: {NOT_ON_LINE}"
        for document in documents
    ]


def flex_bubble(message: Outgoing, links: Mapping[str, str] | None = None) -> dict[str, Any]:
    """`links`: the workspace URL of each of the message's documents, by file name."""
    links = links or {}
    header, *rest = message.text.split("\n")
    lines = [line for line in rest if line.strip()]
    # A linked memo's button opens it; the line only names it.
    lines += [
        f"📎 {document.name}" if document.name in links else f"📎 {document.name}: {NOT_ON_LINE}"
        for document in message.documents
    ]
    body: list[dict[str, Any]] = []
    bubble: dict[str, Any] = {
        "type": "bubble",
        "header": {
            "type": "box",
            "layout": "vertical",
            "contents": [
                {"type": "text", "text": header[:MAX_HEADER], "weight": "bold", "wrap": True}
            ],
        },
        "body": {"type": "box", "layout": "vertical", "spacing": "sm", "contents": body},
    }
    actions: list[dict[str, str]] = [
        {
            "type": "postback",
            "label": button.label[:MAX_LABEL],
            "data": button.data,
            "displayText": button.label,
        }
        for button in message.buttons
    ]
    actions += [
        {"type": "uri", "label": f"📄 {document.name}"[:MAX_LABEL], "uri": links[document.name]}
        for document in message.documents
        if document.name in links
    ]
    if actions:
        bubble["footer"] = {
            "type": "box",
            "layout": "vertical",
            "spacing": "sm",
            "contents": [
                {
                    "type": "button",
                    "style": "primary" if index == 0 else "secondary",
                    "height": "sm",
                    "action": action,
                }
                for index, action in enumerate(actions[:MAX_BUTTONS])
            ],
        }
    # The lines that fit, each with the comma between it and the next; room kept for CUT.
    room = MAX_BUBBLE_BYTES - _size(bubble) - _size(_line(CUT)) - 1
    for line in lines:
        room -= _size(_line(line)) + 1
        if room < 0:
            body.append(_line(CUT))
            break
        body.append(_line(line))
    return bubble


def flex_message(message: Outgoing, links: Mapping[str, str] | None = None) -> FlexMessage:
    return FlexMessage(
        alt_text=message.text[:MAX_ALT_TEXT],
        contents=FlexContainer.from_dict(flex_bubble(message, links)),
    )


def _line(text: str) -> dict[str, Any]:
    return {"type": "text", "text": text, "wrap": True, "size": "sm"}


def _size(part: dict[str, Any]) -> int:
    """Bytes of `part` as JSON with every non-ASCII character escaped: the most it takes."""
    return len(json.dumps(part))
