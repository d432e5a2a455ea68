"""The noise Tesseract and old scans leave in Thai, undone where there is one right answer.

The classes are those of the seeds' scanned letters and of Tesseract on generated
scans (tests/ocr): SARA AM drawn as NIKHAHIT + SARA AA or doubled, the same tone mark
twice or two tone marks stacked, a vowel doubled, Arabic digits and the letter o inside
a Thai-digit number or a space inside a dotted one, speckle read as bars, dots and
quotes, and spaces or line breaks inside a word. A space or a line break is removed
only between two Thai fragments that make a dictionary word together while one of
them is no word on its own: spaces between words are how Thai marks phrases.
"""

from __future__ import annotations

import re
from functools import cache

from bot.reading.thai_digits import to_thai_digits
from bot.reading.thai_script import repair_thai

__all__ = ["clean_ocr_thai"]

_TONES = "\u0e48-\u0e4b"
_DOUBLED_AM = re.compile("\u0e33[\u0e32\u0e33]+")
_TONE_AFTER_AM = re.compile(f"\u0e33([{_TONES}])")  # "นำ้": the tone belongs before SARA AM
_STACKED_TONES = re.compile(f"([{_TONES}])[{_TONES}]+")
_DOUBLED_MARK = re.compile("([\u0e30\u0e31\u0e34-\u0e3a\u0e47\u0e4c\u0e4d])\\1+")
# A number with at least one Thai digit: the Arabic digits and o/O in it are misread Thai.
_MIXED_NUMBER = re.compile(r"(?<![A-Za-z])[๐-๙0-9oO]*[๐-๙][๐-๙0-9oO]*(?![A-Za-z])")
# "๐๓๐๘. ๒" and "๐๒๑๐.๓/ ว": a dotted or slashed number broken by a space.
# "รง ๐๒๑๐.๓ว ๒๘๗๒": a circular's number that lost its slash before ว.
_LOST_SLASH = re.compile(r"(?<=[๐-๙])ว(?= ?[๐-๙])")
_NUMBER_GAP = re.compile(r"(?<=[๐-๙])([./]) +(?=[๐-๙ว])")
# Speckle and the scanner's edge read as a lone bar, or as dots before a line's first word.
_LONE_BAR = re.compile(r"(?<!\S)\|(?!\S)")
_LEADING_DOTS = re.compile(r"^[ .]+(?=[\u0e01-\u0e5b])", re.MULTILINE)
# ... or as a dot or a quote set apart after a line's last Thai word or number ("๑๘ ."):
# Thai ends a sentence with no stop, and a quote closes against its word.
_TRAILING_SPECKS = re.compile(r"(?<=[\u0e01-\u0e5b])[ \t]+[.,'`‘’\"“”]{1,3}[ \t]*$", re.MULTILINE)
# A leading vowel stands before a consonant, never before a digit: speckle ("ที่ ใ๒๑").
_VOWEL_BEFORE_DIGIT = re.compile("[เแโใไ](?=[๐-๙])")
# "ครั้งที่" before a number, its marks lost ("ครังที ๒๑"): the ordinal of a meeting.
_ORDINAL_WORD = re.compile("ครั?[่้]?ง(\\s*)ที[่้]?(?=[ \t]*[๐-๙])")
# ที่ with its MAI EK lost inside a compound ("เจ้าหน้าทีอาวุโส"): a run of Thai holding a
# bare ที, looked at in `_with_lost_mai_ek`.
_BARE_THI = re.compile("[\u0e01-\u0e4e]*ที(?![\u0e31-\u0e3a\u0e47-\u0e4e])[\u0e01-\u0e4e]*")
_SPACE_RUN = re.compile(r"[ \t]{2,}")
_LINE_END_SPACE = re.compile(r"[ \t]+$", re.MULTILINE)
# Two Thai fragments apart by one space or one line break (the fragment's own last and
# first characters); the fragments' extent is found in `_join_if_word`.
_THAI = "\u0e01-\u0e4e"
_GAP = re.compile(f"(?<=[{_THAI}])(?: |\n)(?=[{_THAI}])")
# No Thai word ends in a leading vowel, and none starts with a mark or a following vowel.
_CANNOT_END = "เแโใไ"
_CANNOT_START = "\u0e30-\u0e3a\u0e45\u0e47-\u0e4e"
_FRAGMENT_LEFT = re.compile(f"[{_THAI}]+$")
_FRAGMENT_RIGHT = re.compile(f"^[{_THAI}]+")


def clean_ocr_thai(text: str) -> str:
    text = repair_thai(text)
    text = _DOUBLED_AM.sub("\u0e33", text)
    text = _STACKED_TONES.sub(r"\1", _TONE_AFTER_AM.sub("\\1\u0e33", text))
    text = _DOUBLED_MARK.sub(r"\1", text)
    text = _MIXED_NUMBER.sub(
        lambda m: to_thai_digits(m.group().replace("o", "0").replace("O", "0")), text
    )
    text = _NUMBER_GAP.sub(r"\1", _VOWEL_BEFORE_DIGIT.sub("", text))
    text = _LOST_SLASH.sub("/ว", text)
    text = _ORDINAL_WORD.sub("ครั้ง\\1ที่", text)
    text = _BARE_THI.sub(lambda m: _with_lost_mai_ek(m.group()), text)
    text = _LEADING_DOTS.sub("", _TRAILING_SPECKS.sub("", _LONE_BAR.sub("", text)))
    text = _LINE_END_SPACE.sub("", _SPACE_RUN.sub(" ", text))
    return _join_broken_words(text)


def _with_lost_mai_ek(run: str) -> str:
    """`run` with ที่ for each ที that the dictionary reads as a word alone but as part of a
    compound once its MAI EK is back (หน้าที่, เจ้าหน้าที่, ที่ประชุม): ทีละ, บางที, ทีม
    and ทีเดียว are words with a bare ที and stay."""
    position = 0
    for token in _tokenize(run):
        if token == "ที":
            mended = run[:position] + "ที่" + run[position + 2 :]
            if _in_compound(mended, position):
                return _with_lost_mai_ek(mended)
        position += len(token)
    return run


def _in_compound(text: str, at: int) -> bool:
    """Whether the dictionary word the tokeniser finds at `at` is longer than one ที่."""
    position = 0
    for token in _tokenize(text):
        if position <= at < position + len(token):
            return len(token) > len("ที่") and token in _dictionary()
        position += len(token)
    return False


def _join_broken_words(text: str) -> str:
    out: list[str] = []
    last = 0
    for gap in _GAP.finditer(text):
        left = _FRAGMENT_LEFT.search(text, 0, gap.start())
        right = _FRAGMENT_RIGHT.search(text[gap.end() :])
        if left is None or right is None:
            continue
        if _belongs_together(left.group(), right.group(), across_lines=gap.group() == "\n"):
            out.append(text[last : gap.start()])
            last = gap.end()
    out.append(text[last:])
    return "".join(out)


def _belongs_together(left: str, right: str, *, across_lines: bool) -> bool:
    if left[-1] in _CANNOT_END or re.match(f"[{_CANNOT_START}]", right):
        return True
    words = _dictionary()
    tokens = _tokenize(left + right)
    position = 0
    for token in tokens:
        if position < len(left) < position + len(token):  # this token spans the gap
            if across_lines:  # a line may end between two words of a compound: keep it
                left_part, right_part = left[position:], token[len(left) - position :]
                return token in words and not (left_part in words and right_part in words)
            return token in words
        position += len(token)
    return False


@cache
def _dictionary() -> frozenset[str]:
    from pythainlp.corpus import thai_words

    return frozenset(thai_words())


def _tokenize(text: str) -> list[str]:
    from pythainlp.tokenize import word_tokenize

    return list(word_tokenize(text, engine="newmm", keep_whitespace=False))
