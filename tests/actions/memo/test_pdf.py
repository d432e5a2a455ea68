"""The PDF through LibreOffice: Thai text extractable, the TH Sarabun stand-in embedded."""

import datetime as dt
import re
import shutil
import subprocess

import pytest
from pdfminer.high_level import extract_pages
from pdfminer.layout import LTTextContainer

from bot.actions.memo.draft import draft
from bot.actions.memo.kinds import MemoKind

pytestmark = [
    pytest.mark.libreoffice,
    pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed"),
]


def nomination_pdf(settings, meeting, origin, out_dir, **numbered):
    """The AGJ nomination memo through meetbot's own PDF step."""
    settings = settings.model_copy(update={"memo": settings.memo.model_copy(update={"pdf": True})})
    result = draft(
        MemoKind.NOMINATION,
        meeting,
        settings,
        out_dir,
        today=dt.date(2025, 12, 11),
        origin=origin,
        **numbered,
    )
    return next(p for p in result.files if p.name == "meeting-2-nomination.pdf")


def test_nomination_pdf_has_thai_text_in_a_thai_font(
    settings, agj_workshop, ministry_letter, tmp_path
):
    pdf = nomination_pdf(settings, agj_workshop, ministry_letter, tmp_path, number=2730)
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "บันทึกข้อความ" in text
    # Justified lines come out of pdftotext with extra spaces: compare without any.
    assert "ที่รง๐๒๑๐.๓/ว๒๘๗๒ลงวันที่๘ธันวาคม๒๕๖๘" in "".join(text.split())
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True).stdout
    assert "Laksaman" in fonts or "Sarabun" in fonts


# A4 in points, less the memo's margins: 3 cm left, 2 cm right.
PAGE_WIDTH = 595.3
CM = 72 / 2.54
_WORD = re.compile(
    r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>'
)


def pages_of(pdf):
    """Each page's words with their left and right edges, as pdftotext -bbox reads them."""
    boxes = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True)
    return [
        [(float(left), float(right), word) for left, right, word in _WORD.findall(page)]
        for page in boxes.stdout.split("<page ")[1:]
    ]


@pytest.mark.parametrize("name", ["meeting-2-nomination.docx", "meeting-2-covering.docx"])
def test_a_plain_soffice_conversion_keeps_every_line_inside_the_margins(
    settings, agj_workshop, ministry_letter, tmp_path, name
):
    """The DOCX as an officer's LibreOffice converts it: no meetbot font swap, no profile."""
    draft(
        MemoKind.NOMINATION,
        agj_workshop,
        settings,
        tmp_path,
        today=dt.date(2025, 12, 11),
        origin=ministry_letter,
    )
    profile = (tmp_path / "profile").as_uri()
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path / "pdf"),
            str(tmp_path / name),
        ],
        capture_output=True,
        timeout=120,
        check=True,
    )
    pages = pages_of(tmp_path / "pdf" / name.replace(".docx", ".pdf"))
    if name.endswith("nomination.docx"):
        assert len(pages) >= 2  # the signature check means something only across pages
    words = [w for page in pages for w in page]
    outside = [w for w in words if w[0] < 3 * CM - 1 or w[1] > PAGE_WIDTH - 2 * CM + 1]
    assert outside == []
    # The signature block never stands alone: the page with the signer's position also
    # holds the closing sentence.
    [last] = [
        page
        for page in pages
        if any(w[2].startswith("ผู้อำนวยการ") or w[2].startswith("อธิบดีกรม") for w in page[-3:])
    ]
    assert any(w[2].startswith("จึงเรียนมา") for w in last)


def top_lines(pdf) -> list[str]:
    """Each page's highest line of text, as pdfminer reads the glyphs drawn."""
    tops = []
    for page in extract_pages(str(pdf)):
        lines = [box for box in page if isinstance(box, LTTextContainer)]
        tops.append(max(lines, key=lambda box: box.y1).get_text().strip())
    return tops


def test_page_numbers_are_thai_digits_from_page_two_in_meetbots_pdf(
    settings, agj_workshop, ministry_letter, tmp_path
):
    pdf = nomination_pdf(settings, agj_workshop, ministry_letter, tmp_path)
    first, *others = top_lines(pdf)
    assert others, "the nomination memo should run over one page"
    assert first.startswith("ด่วน") or "บันทึกข้อความ" in first  # no number on page 1
    thai_digits = "๑๒๓๔๕๖๗๘๙"
    assert others == [f"- {thai_digits[number]} -" for number in range(1, len(others) + 1)]
