"""A meeting named by the body that sits, by its short form or as an assembly: "ที่ประชุม
ศบค.ชุดเล็ก มีมติ…", "การประชุม ศบค. ผ่านระบบ…", "ที่ประชุมสมัชชา<…>จะ…".

News names a body's meeting by "ที่ประชุม" (the meeting, as a body that resolves) or
"การประชุม" and the body's short form (letters and a dot: ศบค., ครม.), which the Thai name
rules pass over ("ที่ประชุม" is most often a meeting already named: "ที่ประชุมมีมติ"); a
headline puts the short form it summons before its verb ("นายกฯ นัด ศบค. ประชุม<topic>").
Only a body's short form or an assembly (สมัชชา…) is taken, where nothing else names a
meeting, and a person checks it.
"""

from __future__ import annotations

import re

from bot.understanding.fields.text import MessageText
from bot.understanding.record import Extracted
from bot.understanding.rules import ruled

# A body's short form: Thai letters and a dot, perhaps more ("ศบค.", "ก.พ.ร."), and which of
# its panels ("ชุดใหญ่", "ชุดเล็ก").
_SHORT = r"[ก-ฮ]{2,6}\.(?:[ก-ฮ]{1,4}\.)*+(?:ชุด(?:ใหญ่|เล็ก))?"
# The short forms of a person's office, not of a body: a minister, a governor, a director.
_PERSONS = frozenset(["รมว.", "รมช.", "รมต.", "ผวจ.", "รผวจ.", "ผอ.", "นรม.", "ผบ.", "ผบช."])
_SITTING = re.compile(
    # (or the body summoned: "เรียกประชุม ครม.นัดพิเศษ", its special sitting; a PDF's line
    # may break after "เรียก")
    rf"ประชุม(?:(?<=(?:ที่|การ)ประชุม)|(?<=เรียกประชุม)|(?<=เรียก\sประชุม))\s?(?P<body>{_SHORT}(?:นัด(?:พิเศษ|แรก)(?:เต็มคณะ)?)?(?![ก-๙])"
    # an assembly, up to the verb of what it does
    r"|สมัชชา[ก-๙]{2,40}?(?=จะ|ได้|มีมติ|มี|ว่า|เห็นชอบ|รับทราบ|ครั้ง|\s|$))"
)
# A body summoned right before the headline's "ประชุม": "นายกฯ นัด ศบค. ประชุม<topic>" (the
# body meets; in "<Ministry's short form>ประชุม<whom>" the ministry holds a meeting of others).
_SHORT_BEFORE = re.compile(rf"(?:นัด|เรียก)\s*+(?P<body>{_SHORT})\s*$")
# A headline's subject that is a body by its short form, then its verb on its own meeting:
# "กกต.งดประชุมสัปดาห์นี้" (the body calls off its meeting).
_BODY_VERB = re.compile(rf"(?<![ก-๙.])(?P<body>{_SHORT})\s*+(?:งด|เลื่อน|ยกเลิก|นัด|เปิด)\s*$")
ASSEMBLY_CONFIDENCE = 0.65


def short_form_before(before: str) -> str | None:
    """The body's short form summoned at the end of `before` (a headline's), if a body's."""
    found = _SHORT_BEFORE.search(before)
    return found["body"] if found and found["body"] not in _PERSONS else None


def body_before_verb(before: str) -> str | None:
    """The body's short form before the headline's verb at the end of `before`, if a body's."""
    found = _BODY_VERB.search(before)
    return found["body"] if found and found["body"] not in _PERSONS else None


def sitting_body(text: MessageText) -> Extracted[str] | None:
    """The first "ที่ประชุม/การประชุม <short form>" or "ที่ประชุมสมัชชา…" of the text."""
    for found in _SITTING.finditer(text.plain):
        body = found["body"]
        if body in _PERSONS:
            continue
        name = f"การประชุม{'' if body.startswith('สมัชชา') else ' '}{body}"
        why = ruled(
            "title.th.assembly",
            "a meeting named by the body that sits, its short form or an assembly",
        )
        return Extracted(name, text.snippet(*found.span()), ASSEMBLY_CONFIDENCE, why)
    return None
