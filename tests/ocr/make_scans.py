# ruff: noqa: E501  (a letter's paragraph is one line here; typeset() breaks it)
"""Thai official letters typeset the ministry way, printed, scanned and mailed: OCR test material.

A letter is laid out as หนังสือภายนอก/บันทึกข้อความ are (Laksaman, the TLWG face with
TH Sarabun's metrics, 16 pt, Thai digits, a 3 cm left margin), rendered at 200 or
300 dpi, then degraded as office scanners do: a skew of 0.5-2°, blur, speckle, JPEG
at quality 60-85 and, at the heavy level, a second-generation photocopy. The page
becomes an image-only PDF in a mail, exactly what the ministry's scanner sends.

    python -m tests.ocr.make_scans OUT_DIR [--all]

writes, per letter, LETTER.txt (the true text, as typeset) and LETTER-LEVEL-DPI.eml; without
--all only the small set the test suite uses (tests/ocr/scans).
"""

from __future__ import annotations

import argparse
import io
import zlib
from dataclasses import dataclass
from email.message import EmailMessage
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from pythainlp.tokenize import word_tokenize

FONT = Path("/usr/share/fonts/truetype/tlwg/Laksaman.ttf")
FONT_BOLD = Path("/usr/share/fonts/truetype/tlwg/Laksaman-Bold.ttf")
A4_INCHES = (8.27, 11.69)
POINT_SIZE = 16
SMALL_SET = (("letter1", "clean", 300), ("letter1", "moderate", 300), ("letter2", "light", 200))


@dataclass(frozen=True)
class Degradation:
    skew_degrees: float
    blur_radius: float
    speckle_share: float  # of pixels flipped
    jpeg_quality: int
    photocopy: bool = False


LEVELS = {
    "clean": Degradation(0.0, 0.0, 0.0, 95),
    "light": Degradation(0.5, 0.4, 0.0005, 85),
    "moderate": Degradation(1.2, 0.8, 0.002, 70),
    "heavy": Degradation(2.0, 1.1, 0.004, 60, photocopy=True),
}

# Invented offices' staff and numbers; the shape is that of the seeds' letters.
LETTERS: dict[str, str] = {
    "letter1": """ที่ รง ๐๒๑๐.๓/ว ๒๘๗๒
สำนักงานปลัดกระทรวงแรงงาน
ถนนมิตรไมตรี เขตดินแดง กรุงเทพฯ ๑๐๔๐๐
๘ ธันวาคม ๒๕๖๘
เรื่อง ขอเชิญเข้าร่วมการประชุมเจ้าหน้าที่อาวุโสด้านแรงงานอาเซียน ครั้งที่ ๒๑
เรียน อธิบดีกรมการจัดหางาน
อ้างถึง หนังสือสำนักเลขาธิการอาเซียน ลงวันที่ ๒๘ พฤศจิกายน ๒๕๖๘
สิ่งที่ส่งมาด้วย แบบตอบรับการเข้าร่วมประชุม จำนวน ๑ ฉบับ
ด้วยสำนักเลขาธิการอาเซียนแจ้งว่าจะจัดการประชุมเจ้าหน้าที่อาวุโสด้านแรงงานอาเซียนครั้งที่ ๒๑ ระหว่างวันที่ ๑๔ - ๑๖ มกราคม ๒๕๖๙ ณ กรุงจาการ์ตา สาธารณรัฐอินโดนีเซีย
ในการนี้ สำนักงานปลัดกระทรวงแรงงานขอให้กรมการจัดหางานพิจารณาเสนอชื่อผู้แทนเข้าร่วมการประชุมดังกล่าว หน่วยงานละ ๒ คน และขอให้แจ้งรายชื่อภายในวันที่ ๑๙ ธันวาคม ๒๕๖๘
จึงเรียนมาเพื่อโปรดพิจารณา
ขอแสดงความนับถือ
(นายสมมติ ตัวอย่างดี)
ผู้อำนวยการกองการต่างประเทศ
กองการต่างประเทศ
โทร ๐ ๒๒๓๒ ๑๔๖๒""",
    "letter2": """ที่ รง ๐๓๐๘.๒/ว ๑๙๖
กรมการจัดหางาน
ถนนมิตรไมตรี เขตดินแดง กรุงเทพฯ ๑๐๔๐๐
๒๓ มกราคม ๒๕๖๙
เรื่อง การประชุมคณะทำงานว่าด้วยการคุ้มครองแรงงานข้ามชาติ ครั้งที่ ๑๘
เรียน ผู้อำนวยการกองบริหารแรงงานต่างด้าว
อ้างถึง หนังสือสำนักงานปลัดกระทรวงแรงงาน ที่ รง ๐๒๑๐.๓/ว ๑๙๖ ลงวันที่ ๒๑ มกราคม ๒๕๖๙
ด้วยกระทรวงแรงงานจะเป็นเจ้าภาพจัดการประชุมคณะทำงานว่าด้วยการคุ้มครองแรงงานข้ามชาติครั้งที่ ๑๘ ในวันที่ ๓ มีนาคม ๒๕๖๙ ณ ห้องประชุมแสงสิงแก้ว ชั้น ๕ อาคารกระทรวงแรงงาน
จึงขอให้หน่วยงานของท่านเสนอชื่อผู้เข้าร่วมประชุม หน่วยงานละ ๓ คน และส่งแบบตอบรับภายในวันที่ ๑๓ กุมภาพันธ์ ๒๕๖๙
จึงเรียนมาเพื่อโปรดพิจารณาดำเนินการต่อไป
ขอแสดงความนับถือ
(นางสาวสมหญิง ใจงาม)
รองอธิบดีกรมการจัดหางาน""",
}


def _fonts(dpi: int) -> tuple[ImageFont.FreeTypeFont, ImageFont.FreeTypeFont]:
    size = round(POINT_SIZE * dpi / 72)
    return ImageFont.truetype(str(FONT), size), ImageFont.truetype(str(FONT_BOLD), size)


def typeset(text: str) -> list[str]:
    """The printed lines: each paragraph of `text` broken between words to the measure
    (3 cm left and 2 cm right margins), as a word processor breaks Thai."""
    regular, _ = _fonts(300)
    measure = (A4_INCHES[0] - 1.18 - 0.79) * 300
    lines: list[str] = []
    for paragraph in text.splitlines():
        line = ""
        for word in word_tokenize(paragraph, engine="newmm"):
            if line and regular.getlength(line + word) > measure:
                lines.append(line.rstrip())
                line = word.lstrip()
            else:
                line += word
        lines.append(line)
    return lines


def render(lines: list[str], dpi: int) -> Image.Image:
    """The typeset letter on an A4 page."""
    width, height = (round(side * dpi) for side in A4_INCHES)
    page = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(page)
    regular, bold = _fonts(dpi)
    left = round(1.18 * dpi)  # 3 cm
    y = round(1.0 * dpi)
    for line in lines:
        heading = line.split(" ", 1)[0] in ("เรื่อง", "เรียน", "ที่")
        draw.text((left, y), line, font=bold if heading else regular, fill=0)
        y += round(regular.size * 1.45)
    return page


def degrade(page: Image.Image, level: Degradation, seed: int) -> Image.Image:
    rng = np.random.default_rng(seed)
    if level.photocopy:  # a copy of a copy: resolution lost, then thresholded hard
        small = page.resize((page.width // 2, page.height // 2), Image.Resampling.BILINEAR)
        page = small.resize(page.size, Image.Resampling.BILINEAR).point(
            lambda v: 0 if v < 150 else 255
        )
    if level.skew_degrees:
        sign = 1 if rng.random() < 0.5 else -1
        page = page.rotate(
            sign * level.skew_degrees, resample=Image.Resampling.BILINEAR, fillcolor=255
        )
    if level.blur_radius:
        page = page.filter(ImageFilter.GaussianBlur(level.blur_radius))
    if level.speckle_share:
        pixels = np.array(page)
        flip = rng.random(pixels.shape) < level.speckle_share
        pixels[flip] = 255 - pixels[flip]
        page = Image.fromarray(pixels)
    buffer = io.BytesIO()
    page.save(buffer, "JPEG", quality=level.jpeg_quality)
    return Image.open(io.BytesIO(buffer.getvalue()))


def scanned_pdf(page: Image.Image, dpi: int) -> bytes:
    buffer = io.BytesIO()
    page.save(buffer, "PDF", resolution=dpi)
    return buffer.getvalue()


def scanned_mail(name: str, pdf: bytes) -> bytes:
    message = EmailMessage()
    message["From"] = "Saraban <saraban@example.org>"
    message["To"] = "intl.doe@example.org"
    message["Subject"] = f"หนังสือสแกน {name}"
    message["Date"] = "Mon, 08 Dec 2025 10:00:00 +0700"
    message["Message-ID"] = f"<{name}@scans.example.org>"
    message.set_content("ไฟล์สแกนตามแนบ")
    message.add_attachment(pdf, maintype="application", subtype="pdf", filename=f"{name}.pdf")
    return message.as_bytes()


def scan(letter: str, level: str, dpi: int) -> bytes:
    """The PDF a scanner makes of `letter` at `level`; the same every run (seeded)."""
    page = degrade(
        render(typeset(LETTERS[letter]), dpi),
        LEVELS[level],
        seed=zlib.crc32(f"{letter}-{level}".encode()),
    )
    return scanned_pdf(page, dpi)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--all", action="store_true", help="every letter, level and dpi")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    sets = (
        [(letter, level, dpi) for letter in LETTERS for level in LEVELS for dpi in (200, 300)]
        if args.all
        else SMALL_SET
    )
    for letter in LETTERS:
        text = "\n".join(typeset(LETTERS[letter]))
        (args.out / f"{letter}.txt").write_text(text + "\n", encoding="utf-8")
    for letter, level, dpi in sets:
        name = f"{letter}-{level}-{dpi}"
        (args.out / f"{name}.eml").write_bytes(scanned_mail(name, scan(letter, level, dpi)))


if __name__ == "__main__":
    main()
