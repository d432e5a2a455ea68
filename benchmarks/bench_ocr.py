"""OCR of scanned Thai letters: character error rate per degradation level, field accuracy
against the same letters' typed text, and CPU seconds per A4 page.

Run from the project folder: python -m benchmarks.bench_ocr [--font FACE.ttf]

--font sets the letters in another face (regular; its bold for headings if FACE-Bold.ttf
is beside it), e.g. Sarabun, to see the Thai-digit pass on a face it has no template of.

The letters are typeset, rendered at 200 and 300 dpi and degraded by
tests/ocr/make_scans.py (clean, light, moderate, heavy), then read as meetbot reads a
mail: pdftoppm at [ocr].dpi (300) and Tesseract tha+eng, then clean_ocr_thai. Goals
(issue 15): CER ≤ 3 % clean at 300 dpi, ≤ 8 % moderate; fields right from OCR in ≥ 90 %
of the cases they are right from the typed text; ≤ 6 s of CPU per page on one core.

CER is edits per character of the typed text, whitespace left out (tests/ocr/measure.py);
"CER w/o digits" leaves Thai and Arabic digits out of both sides, to show how much of the
error is Tesseract's Thai digits. CPU is this process's and its children's (pdftoppm,
Tesseract with OMP_THREAD_LIMIT=1) user+system time per page.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import statistics
import time
from dataclasses import dataclass
from pathlib import Path

from bot.reading.limits import ReadLimits
from bot.reading.mime import read_message
from bot.reading.ocr import OcrOptions
from bot.understanding.letter import Letter, find_letter, letters_in
from bot.understanding.ocr_values import repair_ocr_dates
from tests.ocr import make_scans
from tests.ocr.make_scans import LETTERS, LEVELS, scan, scanned_mail, typeset
from tests.ocr.measure import character_error_rate, without_provenance

FIELDS = ("number", "date", "subject", "delegates_requested", "reply_deadline")
WRITTEN = dt.datetime(2025, 12, 8, 10, tzinfo=dt.timezone(dt.timedelta(hours=7)))
_DIGITS = re.compile("[0-9๐-๙]")


@dataclass(frozen=True)
class Run:
    letter: str
    level: str
    dpi: int
    cer: float
    cer_without_digits: float
    cpu_seconds: float
    fields_typed: tuple[str, ...]  # the fields the typed text gives
    fields_right: tuple[str, ...]  # of those, the ones OCR's text gives the same


def _cpu() -> float:
    own, children = os.times(), os.times()
    return own.user + own.system + children.children_user + children.children_system


def _value(letter: Letter | None, name: str) -> object:
    found = getattr(letter, name) if letter else None
    return getattr(found, "value", None)


def measure(letter: str, level: str, dpi: int) -> Run:
    truth = "\n".join(typeset(LETTERS[letter]))
    mail = scanned_mail(f"{letter}-{level}-{dpi}", scan(letter, level, dpi))
    before = _cpu()
    doc = read_message(mail, limits=ReadLimits(ocr=OcrOptions()))
    cpu = _cpu() - before
    (attachment,) = doc.attachments
    read = without_provenance(attachment.text)
    typed = find_letter(truth, reference=WRITTEN)
    letters = letters_in(repair_ocr_dates(doc))
    scanned = next((one for one in letters if one.where.startswith("attachment")), None)
    given = tuple(name for name in FIELDS if _value(typed, name) is not None)
    return Run(
        letter,
        level,
        dpi,
        character_error_rate(read, truth),
        character_error_rate(_DIGITS.sub("", read), _DIGITS.sub("", truth)),
        cpu,
        given,
        tuple(name for name in given if _value(scanned, name) == _value(typed, name)),
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--font", type=Path, help="typeset the letters in this face")
    font = parser.parse_args().font
    if font is not None:
        bold = font.with_name(font.name.replace("-Regular", "-Bold"))
        make_scans.FONT, make_scans.FONT_BOLD = font, bold if bold.exists() else font
    started = time.monotonic()
    runs = [
        measure(letter, level, dpi) for letter in LETTERS for level in LEVELS for dpi in (300, 200)
    ]
    print("level     dpi  CER    CER w/o digits  fields right (OCR/typed)  CPU s/page")
    for level in LEVELS:
        for dpi in (300, 200):
            group = [r for r in runs if r.level == level and r.dpi == dpi]
            right = sum(len(r.fields_right) for r in group)
            typed = sum(len(r.fields_typed) for r in group)
            print(
                f"{level:<9} {dpi:>3}  {statistics.mean(r.cer for r in group):5.1%}  "
                f"{statistics.mean(r.cer_without_digits for r in group):14.1%}  "
                f"{right:>3}/{typed:<3} = {right / typed:4.0%}{'':>10}  "
                f"{statistics.mean(r.cpu_seconds for r in group):5.1f}"
            )
    best = [r for r in runs if r.level in ("clean", "light") and r.dpi == 300]
    for name in FIELDS:
        right = sum(name in r.fields_right for r in best)
        typed = sum(name in r.fields_typed for r in best)
        print(f"clean+light 300 dpi, {name}: {right}/{typed} right from OCR")
    for run in runs:
        wrong = [name for name in run.fields_typed if name not in run.fields_right]
        if wrong:
            print(f"{run.letter} {run.level} {run.dpi}: wrong from OCR: {', '.join(wrong)}")
    print(f"{len(runs)} pages in {time.monotonic() - started:.0f} s wall")


if __name__ == "__main__":
    main()
