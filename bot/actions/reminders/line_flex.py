"""A notice or reminder as a LINE Flex message: the same words as on Telegram, the first
line as the header, the buttons as postback buttons with the same data.

LINE cannot push a DOCX, so a memo is named in the message (the workspace link and
Telegram or e-mail carry the file).
"""

from __future__ import annotations

from typing import Any

from linebot.v3.messaging import FlexContainer, FlexMessage

from bot.actions.reminders.messages import Outgoing

MAX_LABEL = 40  # LINE's limit on a button's label
MAX_ALT_TEXT = 400  # what a phone shows in the chat list and notification; LINE allows 1500
MAX_BUTTONS = 10  # beyond this a bubble grows past a phone's screen


def flex_bubble(message: Outgoing) -> dict[str, Any]:
    header, *rest = message.text.split("\n")
    lines = [line for line in rest if line.strip()]
    lines += [f"📎 {document.name}" for document in message.documents]
    bubble: dict[str, Any] = {
        "type": "bubble",
        "header": {
            "type": "box",
            "layout": "vertical",
            "contents": [{"type": "text", "text": header, "weight": "bold", "wrap": True}],
        },
        "body": {
            "type": "box",
            "layout": "vertical",
            "spacing": "sm",
            "contents": [
                {"type": "text", "text": line, "wrap": True, "size": "sm"} for line in lines
            ],
        },
    }
    if message.buttons:
        bubble["footer"] = {
            "type": "box",
            "layout": "vertical",
            "spacing": "sm",
            "contents": [
                {
                    "type": "button",
                    "style": "primary" if index == 0 else "secondary",
                    "height": "sm",
                    "action": {
                        "type": "postback",
                        "label": button.label[:MAX_LABEL],
                        "data": button.data,
                        "displayText": button.label,
                    },
                }
                for index, button in enumerate(message.buttons[:MAX_BUTTONS])
            ],
        }
    return bubble


def flex_message(message: Outgoing) -> FlexMessage:
    return FlexMessage(
        alt_text=message.text[:MAX_ALT_TEXT],
        contents=FlexContainer.from_dict(flex_bubble(message)),
    )
