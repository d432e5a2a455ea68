"""The label of a table row a date stands in, as a table copied to text (a page, a PDF) leaves
it: on the line above the date, after it, or before it on its line."""

from __future__ import annotations

import re

from bot.understanding.fields.news_day import DATE_LINE_TAIL
from bot.understanding.fields.text import MessageText

# A row's label on the line above its date, as a table copied to text leaves it:
# "วันประชุมนำเสนอผลงาน" then "19 – 20 ตุลาคม 2560". Short, and without digits.
# Searched in the 64 characters before a line (see its use): a line of more cannot match
# there, and saying so bounds the blanks the repetitions share between them.
# (A label may name a year or an ordinal, "การประชุมวิชาการ … ครั้งที่ 9 พ.ศ. 2569", its only digits.)
_LABEL_CHAR = r"(?:[^\d๐-๙\n]|(?:พ\.ศ\.|ค\.ศ\.|ครั้งที่)[^\S\n]*[\d๐-๙]{1,4})"
_ROW_LABEL = re.compile(
    rf"(?:^|\n)(?=[^\n]{{0,64}}\n)[^\S\n]*(?P<label>(?=[^\n]{{3}}){_LABEL_CHAR}{{1,60}}?)[^\S\n]*[:：]?[^\S\n]*\n"
    r"[^\S\n]*\Z"
)
# A line of a label cell wrapped over lines: short, no digits but the row's number ("8." or,
# as a PDF's table cell leaves it, "8 ").
_LABEL_LINE = re.compile(
    rf"[^\S\n]*(?P<number>\d{{1,2}}[.)][^\S\n]*|\d[^\S\n]+)?(?P<label>(?=[^\n]{{3}}){_LABEL_CHAR}{{1,40}})"
)
_LABEL_LINES = 4
# A line ending on a preposition or an article is a sentence wrapped before its date ("received
# by the Secretariat on" / "December 31, 2015 at the latest"), not a row's label.
_CUT_CLAUSE = re.compile(
    r"(?i:(?<![A-Za-z])(?:on|by|at|from|to|until|till|of|the|before|after|in|for|and|or))[^\S\n]*$"
)
# A table copied with each date above its row's label: "14 – 15 กันยายน 2566" then
# "งานการนำเสนอผลงานวิจัย". Not a letter's subject or salutation under its date.
_ROW_LABEL_AFTER = re.compile(
    r"\n[^\S\n]*+(?!เรื่อง|เรียน|อ้างถึง|(?i:subject|dear|to\b|re\b|ref))"
    r"(?P<label>[^\d๐-๙\n]{3,60})[^\S\n]*(?:\n|\Z)"
)
# A list whose items each open with a bullet and a date, the item's label under it (after a
# blank line, as a page's list copied to text leaves it): "• 30 เมษายน 2565" then
# "วันสุดท้ายของการลงทะเบียน". The line above is the item before's, not this one's.
BULLET = re.compile(r"[^\S\n]*[-•*▪●◦][^\S\n]*")
_ITEM_LABEL_UNDER = re.compile(
    r"\n(?:[^\S\n]*\n)?[^\S\n]*+(?![-•*▪●◦])(?P<label>[^\d๐-๙\n]{3,60})[^\S\n]*(?:\n|\Z)"
)
# A Thai row's label cell before its date on the same line, as a PDF's table loses its cells:
# short, in Thai, without digits, stops or a cell's bar. (An English row keeps its colon or its
# tab, and a short English line before a date is as often a wrapped sentence's.)
_ROW_LABEL_BEFORE = re.compile(r"[^\S\n]*[ก-๛][^\d๐-๙\n.,;:|]{2,59}[^\S\n]+")
# A date the stop after it ends: a sentence wrapped onto its line ("... during the event" /
# "20-22 May 2030. Registration opens ..."), whose next sentence labels no row.
_SENTENCE_ENDS = re.compile(r"[.;](?:[^\S\n]|$)")
# How long the rest of a line opened by a date may be to label a row; a longer one is prose.
_SAME_LINE_LABEL = 60


def row_label(
    text: MessageText, line_start: int, line_end: int, line_before: str, rest: str
) -> str:
    """The label of the row whose date stands between `line_before` and `rest` on its line,
    or "" when the date stands in prose."""
    if BULLET.fullmatch(line_before):
        if rest:
            return rest if len(rest) <= _SAME_LINE_LABEL else ""
        under = _ITEM_LABEL_UNDER.match(text.plain, line_end)
        return under["label"].strip() if under else ""
    label = _row_label(text, line_start) if not line_before.strip() else ""
    if not label and not line_before.strip():
        # "15 – 16 มิถุนายน 2561 เจ้าของบทความนำเสนอผลงาน": a row's label after its date
        label = rest or _row_label_after(text, line_end)
        label = label if len(label) <= _SAME_LINE_LABEL and not _SENTENCE_ENDS.match(label) else ""
    elif (
        not label
        and _ROW_LABEL_BEFORE.fullmatch(line_before)
        and len(rest) <= DATE_LINE_TAIL
        and not text.wraps_at(line_start - 1)
    ):
        # "นำเสนอบทความผ่านระบบออนไลน์ 15 มีนาคม 2565": a row whose label cell opens the line
        label = line_before.strip()
    return label


def _row_label_after(text: MessageText, line_end: int) -> str:
    """The label of a table row whose date stands on the line above it, or ""."""
    m = _ROW_LABEL_AFTER.match(text.plain, line_end)
    return m["label"] if m else ""


def _row_label(text: MessageText, line_start: int) -> str:
    """The label of a table row whose date opens the next line, or "": a label cell a PDF
    wraps over lines ("8. นำเสนอผลงานในรูปแบบ" / "Oral presentation Paper") is read whole."""
    m = _ROW_LABEL.search(text.plain, max(0, line_start - 64), line_start)
    if not m or _CUT_CLAUSE.search(m["label"]):
        return ""
    lines = [m["label"]]
    above = m.start() + (text.plain[m.start()] == "\n")
    while len(lines) < _LABEL_LINES and above > 0:
        line = _LABEL_LINE.fullmatch(text.plain, text.line_at(above - 1)[0], above - 1)
        if line is None:
            break
        lines.insert(0, line["label"])
        if line["number"]:
            break  # the row's number opens its label
        above = text.line_at(above - 1)[0]
    return " ".join(lines)


def label_of(text: MessageText, span: tuple[int, int]) -> str:
    """The label of the table row or list item a date at `span` stands in, or "" in prose."""
    start, end = span
    line_start, line_end = text.line_at(start)
    return row_label(
        text, line_start, line_end, text.plain[line_start:start], text.plain[end:line_end].strip()
    )


def ends_on_mark(line: str) -> bool:
    """Whether `line` ends on a label's mark (":", "：", "|" or a tab) and blanks: a pattern of a
    label ending there is searched only then (a date's line rarely holds one)."""
    kept = line.rstrip()
    return kept.endswith((":", "：", "|")) or "\t" in line[len(kept) :]
