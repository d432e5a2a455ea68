"""The text extraction reads, in a form every field module can search, and provenance snippets.

`plain` has exactly the length of `raw`, so a match in one is a span in the other: Thai
digits become Arabic ones (one character each) and markdown emphasis becomes spaces. Both
have the quote marks of quoted mail ("> ") turned into spaces, so that their offsets stay
those of the message's text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from bot.understanding.fields.urls import Url, find_urls
from bot.understanding.prefilter import ascii_case_only
from bot.understanding.temporal.digits import to_arabic
from bot.understanding.temporal.types import Temporal

# Emphasis marks that HTML-to-text conversion and OCR leave around the words that matter.
_EMPHASIS = ("*", "\u00a0", "\u200b")
# The marks a mail client puts before each line of a quoted message ("> ", ">> "): the words
# behind them are read as if unquoted, a sentence wrapped over quoted lines as one.
_QUOTE_MARKS = re.compile(r"^[ \t]*>[> \t]*", re.MULTILINE)
SNIPPET_WIDTH = 240
# A "line" or "paragraph" never reaches further than this: text without line breaks (a
# pasted document) must not make each lookup scan the whole message.
LINE_LIMIT = 2000


@dataclass(frozen=True)
class MessageText:
    """Everything a field extractor may look at, computed once per message."""

    raw: str
    plain: str
    lower: str  # `plain` with ASCII letters in lower case: search it with lower-case patterns
    subject: str
    subject_lower: str
    body_end: int  # offset where forwarded parts and attachments begin
    urls: tuple[Url, ...] = ()
    temporals: tuple[Temporal, ...] = field(default=())
    subject_as_written: str = ""  # `subject` with its Thai digits kept, for names quoted from it

    @classmethod
    def of(cls, raw: str, *, subject: str = "", body_end: int | None = None) -> MessageText:
        raw = _unquoted(raw)
        plain = _unemphasised(to_arabic(raw))
        as_written = _unemphasised(subject).strip()
        subject = to_arabic(as_written)
        return cls(
            raw=raw,
            plain=plain,
            lower=_ascii_lower(plain),
            subject=subject,
            subject_lower=_ascii_lower(subject),
            urls=tuple(find_urls(plain)),
            body_end=len(raw) if body_end is None else body_end,
            subject_as_written=as_written,
        )

    def in_body(self, position: int) -> bool:
        return position < self.body_end

    @cached_property
    def mostly_thai(self) -> bool:
        """Whether the message's own text opens with more Thai letters than Latin ones (asked
        by several readers: counted once)."""
        sample = self.plain[: min(self.body_end, _LANGUAGE_SAMPLE)]
        thai = len(sample) - len(_THAI_LETTERS.sub("", sample))
        latin = len(sample) - len(_LATIN_LETTERS.sub("", sample))
        return thai > latin

    def line_at(self, position: int) -> tuple[int, int]:
        """The span of the line holding `position` (at most LINE_LIMIT characters each way)."""
        floor = max(0, position - LINE_LIMIT)
        start = max(self.plain.rfind("\n", floor, position) + 1, floor)
        ceiling = min(len(self.plain), position + LINE_LIMIT)
        end = self.plain.find("\n", position, ceiling)
        return start, ceiling if end < 0 else end

    def wraps_at(self, newline: int) -> bool:
        """Whether the line break at `newline` only wraps a sentence: the line it ends is
        long and stops mid-sentence, and another line follows."""
        # the line's length and last character are looked at from the break, never searched for
        # along the line
        start = newline - self.wrapped_line_chars
        ends_line = (
            start >= 0
            and self.plain.rfind("\n", start, newline) < 0
            and _cut_mid_sentence(self.plain, newline)
        )
        return ends_line and _NEXT_LINE_TEXT.match(self.plain, newline + 1) is not None

    @cached_property
    def wrapped_line_chars(self) -> int:
        """How long a line a sentence wraps from is at least: WRAPPED_LINE_CHARS for mail,
        less for a text whose prose is filled to a narrower width throughout (a PDF's lines of
        Thai are about 60 characters, and a full one can be under 50)."""
        lengths = sorted(len(line.rstrip()) for line in self.plain.split("\n") if line.strip())
        if len(lengths) < _MEASURED_LINES:
            return WRAPPED_LINE_CHARS
        # the tenth longest in a hundred: the width the prose is filled to, whatever a
        # heading, a list or a stray long address does
        width = lengths[(len(lengths) - 1) * 9 // 10]
        if width < WRAPPED_LINE_CHARS:
            return WRAPPED_LINE_CHARS  # short lines throughout: a list or a form, not prose
        return min(WRAPPED_LINE_CHARS, width * 4 // 5)

    def unwrapped(self, start: int, end: int) -> str:
        """raw[start:end] with the line breaks that only wrap a sentence made spaces."""
        value = self.raw[start:end]
        newline = value.find("\n")
        while newline >= 0:
            if self.wraps_at(start + newline):
                value = f"{value[:newline]} {value[newline + 1 :]}"
            newline = value.find("\n", newline + 1)
        return value

    def paragraph_at(self, position: int) -> tuple[int, int]:
        """The span of the paragraph (lines up to a blank line) holding `position`."""
        floor = max(0, position - LINE_LIMIT)
        start = _blank_before(self.plain, position, floor)
        ceiling = min(len(self.plain), position + LINE_LIMIT)
        match = _BLANK_LINE.search(self.plain, position, ceiling)
        return start, ceiling if match is None else match.start()

    def snippet(self, start: int, end: int, width: int = SNIPPET_WIDTH) -> str:
        """The sentence or line around text[start:end], whitespace collapsed, for provenance."""
        return snippet(self.plain, start, end, width)


_BLANK_LINE = re.compile(r"\n[ \t]*\n")
# Characters of a message's own text that tell its language.
_LANGUAGE_SAMPLE = 3000
# (a letter, then more: "[…]+" opens with a repeat, which the engine does not skip to)
_THAI_LETTERS = re.compile("[\u0e01-\u0e2e][\u0e01-\u0e2e]*")
_LATIN_LETTERS = re.compile("[A-Za-z][A-Za-z]*")
# Mail clients wrap plain text at 72 to 78 characters; a line of prose cut there is this long
# at least, while the lines of an address block or a list are mostly shorter.
WRAPPED_LINE_CHARS = 50
# A text's own width is measured only over this many lines of text or more.
_MEASURED_LINES = 8
# (a slash too: "ครั้งที่ 1/" / "2557 วันศุกร์ที่ …", a session's number a PDF broke at its slash)
_WRAPPED_LINE_END = re.compile(r"[\w,)/]\n\Z")
# A Thai word may end on a vowel sign or a tone mark ("…วันอังคารที่"): a line cut there wraps
# when it is no longer than a filled line; a longer one is a paragraph of a page of its own.
_THAI_MARK_END = re.compile(r"[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]\n\Z")
_FILLED_LINE_MAX = 100
_NEXT_LINE_TEXT = re.compile(r"[ \t]*[\w(]")
# Every break opens with a blank, written first so that the engine skips to the next blank
# (a look-behind first makes it try the pattern at every character); the look-behinds after
# it say which blank it was.
_SENTENCE_END = re.compile(
    r"\s(?:(?<=[.!?;]\s)|(?<=\n)[ \t]*\n|(?<=\n)(?=\s*(?:[-•▪]|\(?[0-9a-z๐-๙]{1,3}[.)]\s)))"
)


def _cut_mid_sentence(text: str, newline: int) -> bool:
    """Whether the line ending at `newline` stops on a word, not on a sentence's end."""
    if _WRAPPED_LINE_END.match(text, newline - 1, newline + 1) is not None:
        return True
    return _THAI_MARK_END.match(text, newline - 1, newline + 1) is not None and (
        newline <= _FILLED_LINE_MAX or text.rfind("\n", newline - _FILLED_LINE_MAX, newline) >= 0
    )


def _blank_before(text: str, position: int, floor: int) -> int:
    last = floor
    for match in _BLANK_LINE.finditer(text, floor, position):
        last = match.end()
    return last


# (a value and the reasons beside it quote the same span: about one call in four over the
# benchmark's messages asks again)
@lru_cache(maxsize=256)
def snippet(text: str, start: int, end: int, width: int = SNIPPET_WIDTH) -> str:
    """The sentence around text[start:end], cut to about `width` characters."""
    left_limit = max(0, start - width)
    left = left_limit
    for match in _SENTENCE_END.finditer(text, left_limit, start):
        left = match.end()
    right_match = _SENTENCE_END.search(text, end, min(len(text), end + width))
    right = right_match.start() + 1 if right_match else min(len(text), end + width // 2)
    if end - start >= width:
        left, right = start, end
    elif right - left > width:
        spare = max(0, width - (end - start))
        left = max(left, start - spare // 2)
        right = min(right, end + spare - (start - left))
    # Cut between words, not inside one.
    if left > 0 and not text[left - 1].isspace():
        space = re.compile(r"\s").search(text, left, start)
        left = space.end() if space else left
    if right < len(text) and not text[right].isspace():
        cut = text.rfind(" ", end, right)
        right = cut if cut > end else right
    return clean(text[left:right])


def clean(value: str) -> str:
    """Whitespace collapsed, emphasis and stray brackets at the ends removed."""
    # str.split() breaks where the pattern \s would match, several times faster than a sub
    return " ".join(_unemphasised(value).split()).strip(" \t\n,;:<>|")


def _unemphasised(text: str) -> str:
    # A few replaces in C: str.translate looks every character up in a table, several times
    # slower on a long Thai text.
    for mark in _EMPHASIS:
        text = text.replace(mark, " ")
    return text


def _unquoted(text: str) -> str:
    if ">" not in text:
        return text
    return _QUOTE_MARKS.sub(lambda mark: " " * len(mark[0]), text)


def _ascii_lower(text: str) -> str:
    """Lower case for ASCII letters only, so positions stay those of `plain`: keyword patterns
    written in lower case run several times faster than case-insensitive ones."""
    # bytes.lower() changes only the bytes A-Z, which in UTF-8 are only ever those letters.
    return text.encode("utf-8", "surrogatepass").lower().decode("utf-8", "surrogatepass")


# "[.;:]\s|\n", one set first so that the engine skips to it (see _SENTENCE_END)
_CLAUSE_BREAK = re.compile(r"[\n.;:](?:(?<=\n)|\s)")
# How far back on the lines before a position its clause is looked for.
CLAUSE_REACH = 200
# The longest first line read as a subject or a heading.
_HEADING_CHARS = 200


def clause_before(text: MessageText, start: int, *, first_line_too: bool = False) -> str:
    """The clause right before a position (a date's): cues of other events only count there."""
    line_start, line_end = text.line_at(start)
    if line_start == 0 and not first_line_too and line_end <= _HEADING_CHARS:
        # The first line of a text is a subject or a heading: its words name the meeting
        # ("Thank you for registering for the Webinar on 10 March"), not another event; a
        # long one is a paragraph of a page copied without its breaks.
        return ""
    before = text.plain[max(0, line_start - 1, start - CLAUSE_REACH) : start]
    return _CLAUSE_BREAK.split(before)[-1][-80:]


# A full stop before a capital ends a sentence, unless it ends a title ("Ms. Jane Doe"); a
# single line break does not (a PDF or a mail wraps its sentences), a blank line does. The
# titles are looked behind the mark, not before every character: ten times faster, same breaks.
# The mark and the blank line's first break are one set, so that the engine skips to them.
_SENTENCE_BREAK = re.compile(
    r"[.;!?\n](?:(?<=[.;!?])(?<![ก-๙]\.)(?<!\bMr.)(?<!\bMs.)(?<!\bDr.)(?<!\bMrs.)(?<!\bNo.)"
    r"(?<!\bSt.)(?=\s+[A-Z(ก-๙])|(?<=\n)\s*\n)"
)
# How far back a sentence is looked for.
SENTENCE_REACH = 400


# (the readers of dates, deadlines, places and ways ask of the same position: about one call
# in three over the benchmark's messages)
@lru_cache(maxsize=256)
def sentence_start(text: str, position: int) -> int:
    """Where the sentence holding `position` starts (at most SENTENCE_REACH before it)."""
    window = max(0, position - SENTENCE_REACH)
    last = 0
    for match in _SENTENCE_BREAK.finditer(text, window, position):
        last = match.end()
    return last or window


def sentence_end(text: str, position: int, limit: int) -> int:
    """Where the sentence holding `position` ends (at most at `limit`)."""
    found = _SENTENCE_BREAK.search(text, position, limit)
    return found.start() if found else limit


def rest_of_sentence(text: str, position: int) -> str:
    """The words from `position` to the first stop, question or exclamation mark or line end (a
    plain cut, without sentence_end's care for abbreviations)."""
    rest = _PLAIN_SENTENCE_REST.match(text, position)
    return rest[0] if rest else ""


_PLAIN_SENTENCE_REST = re.compile(r"[^.!?\n]*")


def next_sentence_end(text: str, position: int, limit: int) -> int:
    """Where the sentence after the one holding `position` ends (at most at `limit`): a
    meeting's length or its hours' zone may be told in the sentence after its day."""
    first = sentence_end(text, position, limit)
    return sentence_end(text, min(first + 2, len(text)), limit)


_BLANKS = re.compile(r"\s+")


def written_spans(text: MessageText, words: tuple[str, ...]) -> list[tuple[int, int]]:
    """Where `words` stand in the text joined by blanks, in any case: the spans
    `re.finditer(r"\\s+".join(map(re.escape, words)), text.plain, re.IGNORECASE)` gives.

    Why not that pattern: a case-blind pattern opens with no literal character, so the engine
    tries it at every character of the text, and each message's title (what this is asked for)
    would be a pattern compiled anew. ASCII words are compared in `text.lower` instead, from
    each place `str.find` finds the first one; the pattern is kept for other words and for a
    text holding a letter "(?i)" folds to an ASCII one (`prefilter.ascii_case_only`)."""
    if not (all(word.isascii() for word in words) and ascii_case_only(text.plain)):
        pattern = re.compile(r"\s+".join(re.escape(w) for w in words), re.IGNORECASE)
        return [m.span() for m in pattern.finditer(text.plain)]
    lowered = [word.lower() for word in words]
    spans = []
    at = text.lower.find(lowered[0])
    while at >= 0:
        end = _words_end(text, lowered, at)
        if end is not None:
            spans.append((at, end))
        # (the next match begins after this one, as `finditer` finds them)
        at = text.lower.find(lowered[0], at + 1 if end is None else end)
    return spans


def _words_end(text: MessageText, lowered: list[str], at: int) -> int | None:
    """Where the lower-case words written from `at`, blanks between them, end; None if they
    are not."""
    position = at
    for index, word in enumerate(lowered):
        if index:
            blanks = _BLANKS.match(text.plain, position)
            if blanks is None:
                return None
            position = blanks.end()
        if not text.lower.startswith(word, position):
            return None
        position += len(word)
    return position
