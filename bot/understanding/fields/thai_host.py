"""Thailand as the meeting's host, in a Thai story that names no place of it: "ไทยเป็นเจ้าภาพจัด
การประชุม…", "ประเทศไทยจะเป็นเจ้าภาพจัดการประชุมผู้นำ…". Hosting is said with the verb of holding
right after it ("จัด"): "การประชุมครั้งถัดไปซึ่งประเทศไทยจะเป็นเจ้าภาพ ควรจะจัดในปีใด" is a later
meeting's host, and "โดยมีไทยเป็นเจ้าภาพ" may name the host of talks held across a border. Under
review: the host of an online meeting hosts no room (the caller reads it only for a meeting not
held online).
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.understanding.fields.place import Place
from bot.understanding.fields.text import MessageText
from bot.understanding.record import Extracted
from bot.understanding.rules import ruled

_HOSTS = re.compile(r"(?:ประเทศ)?ไทย(?:จะ|ได้รับ|ได้)?เป็นเจ้าภาพ(?:ใน)?(?:การ)?จัด")
HOST_CONFIDENCE = 0.7


def thai_host(text: MessageText, place: Place) -> Place:
    """The place, with Thailand its country when it names none and the text says Thailand
    hosts the meeting it holds."""
    if place.country is not None or "เจ้าภาพ" not in text.plain:
        return place
    if (hosts := _HOSTS.search(text.plain)) is None:
        return place
    source = text.snippet(*hosts.span())
    country = Extracted("Thailand", source, HOST_CONFIDENCE, ruled("country.thai_host"))
    return replace(place, country=country)
