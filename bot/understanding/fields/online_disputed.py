"""A meeting link whose own number differs from the meeting ID written just under it.

Invitations pasted together from two calendar entries keep one entry's link over the other's
"Meeting ID: …" (and its dial strings): the text gives two numbers for one room. The written
ID is the one its passcode and telephone lines go with, so it is kept, but the session is
marked for review: which of the two joins the meeting cannot be told from the text.
"""

from __future__ import annotations

import re

from bot.understanding.fields.text import MessageText

# Below the 0.8 that marks a value as sure: the link says one room and the ID another.
DISPUTED_ID_CONFIDENCE = 0.7

# Only a list mark or blank space between the link and the ID's label: the ID is the link's
# own line, not the next session's.
_JUST_UNDER = re.compile(r"[\s\-–•*>|]*")


def disputes_link(
    text: MessageText, link_end: int, label_start: int, url_id: str | None, written: str
) -> bool:
    """Whether the ID `written`, labelled at `label_start`, stands just under a link ending at
    `link_end` whose own number `url_id` is another. An ID whose own link the text gives
    elsewhere is that link's session, the next one listed ("link A, then ID B above link B"):
    two rooms, not one in doubt."""
    if url_id is None or url_id == written:
        return False
    if any(written in url.url for url in text.urls):
        return False
    return _JUST_UNDER.fullmatch(text.plain, link_end, label_start) is not None
