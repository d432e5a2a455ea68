"""A parliament's sitting named by what it does, in a Thai headline: "… แถลงนโยบายต่อสภา
<date>" (the government's policy statement), "… ลงมติแก้รธน. วาระ 3 …" (a vote on a bill's
reading).

News of parliament names the sitting by its business, with no meeting noun: the Thai name
rules find none. Read from the subject only, where nothing else names the meeting, and under
review.
"""

from __future__ import annotations

import re

from bot.understanding.fields.text import MessageText
from bot.understanding.record import Extracted
from bot.understanding.rules import ruled

_ITEM = re.compile(
    # the government's policy statement to the house or to both houses
    r"แถลงนโยบาย(?:รัฐบาล)?ต่อ(?:รัฐ)?สภา"
    # a vote on a bill's reading: "ลงมติแก้รธน. วาระ 3", "ลงมติร่าง พ.ร.บ.งบฯ วาระที่ ๒"
    r"|ลงมติ[ก-๙.]{2,30}?\s?(?:[ก-๙.]{2,20}\s?)?วาระ(?:ที่)?\s?[\d๐-๙]"
)
PARLIAMENT_CONFIDENCE = 0.6


def parliament_item(text: MessageText) -> Extracted[str] | None:
    subject = text.subject_as_written or text.subject
    if "แถลงนโยบาย" not in subject and "วาระ" not in subject:
        return None
    if (found := _ITEM.search(subject)) is None:
        return None
    why = ruled("title.th.parliament_item", "a parliament's sitting named by its business")
    return Extracted(found.group(), f"Subject: {text.subject}", PARLIAMENT_CONFIDENCE, why)
