"""The organisers to contact: e-mail addresses the text offers for enquiries, with names.

Only addresses near contact words count ("please contact", "CONTACT INFORMATION",
"ติดต่อ", "ผู้ประสานงาน"): a printed mail thread also lists dozens of recipients.
"""

from __future__ import annotations

import re

from bot.understanding import cues
from bot.understanding.fields.text import MessageText, clean
from bot.understanding.prefilter import prefiltered
from bot.understanding.record import Contact

# Tried only where one of its first words begins (bot.understanding.prefilter).
_CONTACT_WORDS = prefiltered(
    [
        *("contact", "enquir", "inquir", "quer", "clarification", "assistance", "secretariat"),
        *("question", "write", "reach", "ติดต่อ", "ผู้ประสานงาน", "ประสานงาน", "สอบถาม"),
    ],
    r"contact|enquir|inquir|quer(?:y|ies)|clarification|assistance|secretariat\s+via"
    r"|\bquestions?\b|write\s+to\b|reach\s+(?:out\s+to\s+)?us\b"
    r"|ติดต่อ|ผู้ประสานงาน|ประสานงาน|สอบถาม",
)
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}")
_HEADER_LINE = re.compile(r"^\s*(?:to|cc|bcc|from|sent|date|reply-to|ถึง|จาก)\s*:", re.IGNORECASE)
_HEADING = re.compile(r"\n\s*#*\s*\**\s*(?:\d{1,2}|[IVX]{1,4})\s*[.)]\s+\**\s*[A-Zก-๙]")
_NAME = re.compile(
    r"(?:\b(?:Mr|Ms|Mrs|Miss|Dr|Prof|Mdm|Madam|Puan|Encik|Dato'?|Datin|Pak|Ibu|H\.\s?E)\.?"
    r"[ \t]+[A-Z][\w'-]*\.?(?:[ \t]+(?:[A-Z][\w'-]*\.?|bin|binti|binte|bte|de|van|dela|del))*)"
    rf"|(?:(?:{cues.THAI_HONORIFICS})[ \t]?[ก-๙]{{2,}}(?:[ \t]+[ก-๙]{{2,}})?)"
)
# "Jane Doe <jane@example.org>", "Jane Doe (jane@example.org)"
_NAME_BEFORE_EMAIL = re.compile(r"([A-Z][\w'.-]+(?:\s+[A-Z][\w'.-]+){1,4})\s*[<(\[]\s*$")
REGION_CHARS = 1500
MAX_CONTACTS = 12


def find_contacts(text: MessageText) -> tuple[Contact, ...]:
    by_email: dict[str, Contact] = {}
    for start, end in _regions(text):
        previous = start
        for match in _EMAIL.finditer(text.plain, start, end):
            line_start, line_end = text.line_at(match.start())
            line = text.plain[line_start:line_end]
            if _HEADER_LINE.match(line) or len(_EMAIL.findall(line)) > 4:
                continue
            email = match.group().strip(".")
            name = _name_before(text.plain[max(previous, line_start - 300) : match.start()])
            previous = match.end()
            key = email.lower()
            known = by_email.get(key)
            if known is not None and (known.name or not name):
                continue
            by_email[key] = Contact(
                name=name,
                email=email,
                source=text.snippet(match.start(), match.end()),
                confidence=0.9 if name else 0.8,
            )
    return tuple(list(by_email.values())[:MAX_CONTACTS])


def _regions(text: MessageText) -> list[tuple[int, int]]:
    """Spans of text that offer contacts: the paragraph or section after a contact word."""
    regions: list[tuple[int, int]] = []
    for match in _CONTACT_WORDS.finditer(text.lower):
        line_start, line_end = text.line_at(match.start())
        if _HEADER_LINE.match(text.plain[line_start:line_end]):
            continue
        if line_end - line_start <= 60:  # a heading: the section below it
            heading = _HEADING.search(text.plain, line_end, line_end + REGION_CHARS)
            end = heading.start() if heading else min(len(text.plain), line_end + REGION_CHARS)
        else:
            end = text.paragraph_at(match.start())[1]
        start = match.start()
        if regions and start <= regions[-1][1]:
            regions[-1] = (regions[-1][0], max(end, regions[-1][1]))
        else:
            regions.append((start, end))
    return regions


def _name_before(context: str) -> str | None:
    """The nearest name written before an address, on its line or the lines above."""
    same_line = context.rsplit("\n", 1)[-1]
    inline = _NAME_BEFORE_EMAIL.search(same_line)
    if inline:
        return clean(inline.group(1))
    names = list(_NAME.finditer(context))
    if not names:
        return None
    # A name separated from the address by another address belongs to that one.
    last = names[-1]
    if _EMAIL.search(context, last.end()):
        return None
    return clean(last.group()).rstrip(".")
