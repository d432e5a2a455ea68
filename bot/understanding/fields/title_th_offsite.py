"""A body's meeting held away from its seat: "ครม.สัญจร", "ประชุมคณะรัฐมนตรีอย่างเป็นทางการ
นอกสถานที่ (ครม.สัญจร) ครั้งที่ 3/2568".

Thai news names a mobile cabinet meeting by the body's short form glued to สัญจร (travelling),
with no meeting noun the Thai name rules open a name on, or writes it out with นอกสถานที่
(off-site) and the short form in brackets, where those rules end a name. Read where the subject
speaks of such a meeting or nothing else names one; a person checks it.
"""

from __future__ import annotations

import re

from bot.understanding.fields.text import MessageText, clean, snippet
from bot.understanding.record import Extracted
from bot.understanding.rules import ruled

_OFFSITE = "นอกสถานที่"
_OFFSITE_START = "นอกสถาน"
# A PDF's line breaks a Thai phrase wherever the line is full, even inside a word: between two
# Thai letters the break is no space.
THAI_WRAP = re.compile(r"(?<=[ก-๛])[ \t]*\n[ \t]*(?=[ก-๛])")
_MOBILE = "สัญจร"
_NUMBERS = r"(?:\s*+ครั้งที่\s*+[\d๐-๙]{1,3}(?:\s*+/\s*+[\d๐-๙]{2,4})?)?"
# "(การ)ประชุม<body>(อย่างเป็นทางการ)นอกสถานที่(อย่างเป็นทางการ) (<short form>)(สัญจร) ครั้งที่ N/YYYY"
_WRITTEN_OUT = re.compile(
    r"(?:การ)?ประชุม\s*+[^\s()]{2,40}?\s*+(?:อย่างเป็นทางการ\s*+)?นอกสถานที่(?:\s*+อย่างเป็นทางการ)?"
    rf"(?:\s*+\(\s*+[ก-ฮ]{{1,6}}\.[ก-๙]{{0,8}}\s*+\)(?:สัญจร)?)?{_NUMBERS}"
)
# "ครม.สัญจร", "ครม. สัญจร ครั้งที่ 3/2568": the body's short form, travelling
_SHORT_FORM = re.compile(rf"(?<![ก-๙])[ก-ฮ]{{2,6}}\.(?:[ก-ฮ]{{1,4}}\.)*+\s?สัญจร{_NUMBERS}")
_AROUND = 120  # how far before the cue word a written-out name may begin
OFFSITE_CONFIDENCE = 0.7


def speaks_of_offsite(subject: str) -> bool:
    return _OFFSITE in subject or _MOBILE in subject


def offsite_meeting(text: MessageText) -> Extracted[str] | None:
    """The text's written-out name (the first with its number, else the first), else the
    subject's or the text's short form."""
    if _OFFSITE_START in text.plain:
        # a PDF's line breaks a Thai phrase anywhere, even inside a word ("นอกสถาน\nที่")
        joined = THAI_WRAP.sub("", text.plain)
        written = [*_written_out(joined)]
        if written:
            found = next((w for w in written if "ครั้งที่" in w.group()), written[0])
            return _named(found.group(), snippet(joined, found.start(), found.end()))
    for haystack, in_subject in ((text.subject, True), (text.plain, False)):
        if _MOBILE in haystack and (short := _SHORT_FORM.search(haystack)):
            source = f"Subject: {text.subject}" if in_subject else text.snippet(*short.span())
            return _named(short.group(), source)
    return None


def _written_out(joined: str) -> list[re.Match[str]]:
    found = []
    at = joined.find(_OFFSITE)
    while at >= 0:
        match = _WRITTEN_OUT.search(joined, max(0, at - _AROUND), at + _AROUND)
        if match and match.start() <= at < match.end():
            found.append(match)
        at = joined.find(_OFFSITE, at + len(_OFFSITE))
    return found


def _named(name: str, source: str) -> Extracted[str]:
    why = ruled("title.th.offsite", "a body's meeting away from its seat (สัญจร, นอกสถานที่)")
    return Extracted(clean(name), source, OFFSITE_CONFIDENCE, why)
