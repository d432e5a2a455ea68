"""What the host pays for: airfare, accommodation, allowance, or nothing (self-funded).

The value is the statement as written (cleaned), since a memo quotes it; the sentence
chosen is the one that says most about what is covered for member-state delegates.
"""

from __future__ import annotations

import re

from bot.understanding.fields.text import MessageText, clean
from bot.understanding.prefilter import case_blind, prefiltered
from bot.understanding.record import Extracted

# Tried only where one of its first words begins (bot.understanding.prefilter).
_FUNDING = prefiltered(
    [
        *("sponsor", "fund", "cover", "borne", "bear", r"at\s", "own", "self", "free"),
        *("provided", "will", "subsidi", "reimburse", "responsible", "สนับสนุนค่า", "ออกค่า"),
        *("รับผิดชอบค่า", "เป็นผู้รับผิดชอบ", "ค่าใช้จ่ายเอง", "ไม่มีค่าใช้จ่าย", "งบประมาณ"),
    ],
    r"sponsor|fund(?:ed|ing)|cover(?:ed|s|ing)?\b|borne\s+by|bear\s+the\s+cost|at\s+(?:their|its|your)"
    r"\s+own\s+(?:cost|expense)|own\s+expense|self[-\s]funded|free\s+of\s+charge|provided\s+by\s+the"
    r"|will\s+(?:be\s+)?(?:provide|support)|subsidi[sz]|reimburse[ds]?\b|responsible\s+for\s+(?:their|its|your)\s+own"
    r"|(?:สนับสนุน|ออก|รับผิดชอบ)ค่า|เป็นผู้รับผิดชอบ|ค่าใช้จ่ายเอง|ไม่มีค่าใช้จ่าย|งบประมาณ",
)
# Words that speak of paying whatever follows them; "will provide" or "cover" alone may
# be about anything ("Zoom details will be provided") unless an item paid for is named.
_MONEY = case_blind(
    r"sponsor|fund(?:ed|ing)|self[-\s]funded|free\s+of\s+charge|own\s+(?:cost|expense)|expenses?"
    r"|costs?\b|ค่า"
)
_ITEMS = case_blind(
    r"air\s*fares?|air\s*tickets?|flights?|economy[-\s]class|accommodat\w*|hotels?|lodging|DSA"
    r"|daily\s+subsistence|per\s+diem|allowance|meals|lunch(?:es)?|dinners?|local\s+transport"
    r"|ground\s+transport\w*|airport\s+transfers?|travel\s+costs?"
    r"|ค่าบัตรโดยสาร|ค่าตั๋ว|ค่าเครื่องบิน|ค่าที่พัก|ค่าเบี้ยเลี้ยง|ค่าอาหาร|ค่าพาหนะ|ค่าเดินทาง"
)
# "Travel arrangements for sponsored participants will be re-issued": whom the host pays
# for, named without saying what it covers.
_SPONSORED_PERSONS = re.compile(
    r"sponsored\s+(?:participants?|delegates?|delegations?|officials?|persons?|nominees?)"
)
# Thai runs a letter's sentences together; a clause starts at one of these words.
_THAI_CLAUSE = re.compile(r"\s(?=โดย|ซึ่ง|ทั้งนี้|ในการนี้|จึง|อนึ่ง|และขอ)")
_THAI_CONNECTIVE = re.compile(r"^(?:โดย|ซึ่ง|ทั้งนี้)\s*")
_OURS = case_blind(
    r"AMS|Member\s+States?|each\s+country|per\s+country|SLOM|delegates?|participants?|ผู้แทน"
    r"|ผู้เข้าร่วม"
)
# Statements about other groups (partners, observers) that say nothing about ours.
_OTHERS = case_blind(r"observers?|partners?|development\s+partners|non-AMS|dialogue")
_LIST_MARK = re.compile(r"^(?:[-•▪]\s*)?(?:\(?(?:[ivx]{1,4}|\d{1,2}|[a-h])\)\s*|\d{1,2}\.\s+)?")
MAX_CHARS = 300


def find_sponsorship(text: MessageText) -> Extracted[str] | None:
    best: tuple[int, int, int, int] | None = None  # score, in body, -start, end
    cells: list[tuple[str, str]] = []  # our row's table cell, put together; its source
    for match in _FUNDING.finditer(text.lower):
        start, end = _sentence(text, match.start())
        statement = text.plain[start:end]
        cell = _table_cell(text.plain, match.start(), end)
        if cell and _OURS.search(statement) and not _OTHERS.search(statement):
            cells.append((cell[0], text.snippet(start, cell[1])))
        items = len(_ITEMS.findall(statement))
        if not items and (
            not _MONEY.search(statement) or _SPONSORED_PERSONS.match(text.lower, match.start())
        ):
            continue
        score = 1 + min(3, items)
        if _OURS.search(statement):
            score += 1
        if _OTHERS.search(statement):
            score -= 2
        if statement.count("(") != statement.count(")"):
            score -= 1  # a fragment of a table cut at a line break
        rank = (score, 1 if text.in_body(start) else 0, -start, end)
        if best is None or rank > best:
            best = rank
    if best is None or best[0] < 2:
        return None
    score, _, negative_start, end = best
    start = -negative_start
    value = _THAI_CONNECTIVE.sub("", _LIST_MARK.sub("", clean(text.raw[start:end])))
    if len(value) > MAX_CHARS:
        value = value[: MAX_CHARS - 1].rsplit(" ", 1)[0] + "…"
    confidence = min(0.9, 0.4 + 0.1 * score)
    named = {item.lower() for item in _ITEMS.findall(value)}
    if more := [c for c in cells if {i.lower() for i in _ITEMS.findall(c[0])} - named]:
        # A table row of ours names what the chosen sentence does not ("Sponsored (flight &
        # accommodation)" beside "will be accommodated at the hotel"): both are quoted, and
        # a person checks the row put together from a PDF's pieces.
        row, source = more[0]
        both = f"{value.rstrip('.')}; {row}"
        return Extracted(both, f"{text.snippet(start, end)} … {source}", min(confidence, 0.6))
    return Extracted(value, text.snippet(start, end), confidence)


# A PDF table row leaves a cell's bracket open ("Sponsored (flight &") and prints its rest
# at the end of a following line, after the other cells ("× 11 AMS) (1+1) accommodation)").
_CELL_REST = re.compile(r"[^\S\n]*\n(?:[^\S\n]*\n)?[^\n]*?([^()\n]{2,40})\)[^\S\n]*$", re.MULTILINE)


def _table_cell(plain: str, start: int, end: int) -> tuple[str, int] | None:
    """A cell from `start` whose bracket is left open at `end`, closed by the next line or two,
    and where its last piece ends."""
    cell = plain[start:end]
    if cell.count("(") <= cell.count(")") or not (rest := _CELL_REST.match(plain, end)):
        return None
    words = rest.group(1).strip()
    if not re.search(r"[^\W\d_]{3}", words):
        return None
    return f"{clean(cell)} {words})", rest.end()


def _sentence(text: MessageText, position: int) -> tuple[int, int]:
    """The sentence (or table row, or list item) holding `position`.

    A sentence wrapped at a line break goes on when the line is wrapped text or the next
    line starts in lower case.
    """
    line_start, line_end = text.line_at(position)
    if re.match(r"[ก-๙]", text.plain[position]):
        return _thai_clause(text, position, line_start, line_end)
    start = _sentence_start(text, line_start, position)
    while True:
        stop = _STATEMENT_END.search(text.plain, position, line_end)
        if stop:
            return start, stop.end()
        following = text.plain[line_end + 1 : line_end + 2]
        if not (following.islower() or text.wraps_at(line_end)) or line_end - start > MAX_CHARS:
            return start, line_end
        position = line_end + 1
        line_end = text.line_at(position)[1]


_STATEMENT_END = re.compile(r"[.;](?=\s|$)")


def _sentence_start(text: MessageText, line_start: int, position: int) -> int:
    """After the last full stop before `position`, going back over wrapped lines."""
    start = line_start
    while True:
        ends = [m.end() for m in _STATEMENT_END.finditer(text.plain, start, position)]
        if ends:
            return ends[-1]
        if position - start > MAX_CHARS or start == 0 or not text.wraps_at(start - 1):
            return start
        start = text.line_at(start - 1)[0]


def _thai_clause(
    text: MessageText, position: int, line_start: int, line_end: int
) -> tuple[int, int]:
    start = line_start
    for match in _THAI_CLAUSE.finditer(text.plain, line_start, position):
        start = match.end()
    stop = _THAI_CLAUSE.search(text.plain, position, line_end)
    return start, stop.start() if stop else line_end
