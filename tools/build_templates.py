"""Build the memo templates (nomination.docx, report.docx, circulation.docx) and the
placeholder emblem, so the committed files can be made again from source.

    python tools/build_templates.py [OUT_DIR]     # default: templates/memo/

An office may instead edit the .docx files in Word: the {{ … }} and {%p … %} tags
are docxtpl's (Jinja2); the shared phrases are in phrases.j2 beside them. Layout per
ระเบียบงานสารบรรณ (see docs/memo.md): A4, margins left 3 cm and right 2 cm, TH
SarabunPSK 16 pt, the emblem 1.5 cm high top left, "บันทึกข้อความ" bold 29 pt, the
header words bold 20 pt with dotted leaders.
"""

from __future__ import annotations

import datetime as dt
import struct
import sys
import zlib
from collections.abc import Callable
from pathlib import Path

from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.section import Section
from docx.shared import Cm, Pt, RGBColor
from docx.styles.style import ParagraphStyle
from docx.text.paragraph import Paragraph

TEMPLATES = Path(__file__).resolve().parents[1] / "templates" / "memo"
FONT = "TH SarabunPSK"
TEXT_WIDTH = Cm(16)  # A4 21 cm less 3 cm left and 2 cm right
MIDDLE = Cm(8)
RED = RGBColor(0xC0, 0x00, 0x00)
IMPORTS = (
    '{%p from "phrases.j2" import title_th, title_both, when, travel_when, where, invitation, '
    "quota, sponsorship, registration, delegate_list, report_subject %}"
)


def main(out_dir: Path = TEMPLATES) -> None:
    write_placeholder_emblem(out_dir / "emblem-placeholder.png")
    for name, write_body in (
        ("nomination", nomination_body),
        ("report", report_body),
        ("circulation", circulation_body),
        ("covering", covering_body),
    ):
        doc = new_document()
        write_body(doc)
        doc.save(str(out_dir / f"{name}.docx"))
        print(f"wrote {out_dir / f'{name}.docx'}")


# -- the memos and the covering letter ------------------------------------------------


def nomination_body(doc: DocumentObject) -> None:
    header(
        doc,
        subject=(
            '{% if meeting.abroad and meeting.mode != "virtual" %}'
            "การเดินทางไปราชการต่างประเทศเพื่อเข้าร่วม{{ title_th(meeting) }} ณ {{ meeting.country }}"
            "{% else %}การมอบหมายผู้แทนเข้าร่วม{{ title_th(meeting) }}{% endif %}"
        ),
        addressee="{{ office.addressee_th }}",
    )
    body(doc, "๑. ต้นเรื่อง")
    body(doc, "{{ invitation(origin, meeting, office) }}")
    body(doc, "๒. ขอรายงาน")
    body(doc, "๒.๑ การประชุมตามข้อ ๑ มีวัตถุประสงค์เพื่อ {{ blank('วัตถุประสงค์ของการประชุม') }}")
    body(doc, "๒.๒ {{ quota(meeting) }}")
    body(doc, "๒.๓ {{ sponsorship(meeting) }}")
    body(doc, "๒.๔ {{ registration(meeting) }}")
    body(doc, "๓. ข้อพิจารณา")
    body(doc, "{{ office.unit_short_th }}พิจารณาแล้ว เห็นควร ดังนี้")
    body(
        doc,
        "๓.๑ มอบหมายให้{{ delegate_list(delegates) }} เป็นผู้แทน{{ office.department_th }}"
        "เข้าร่วม{{ title_both(meeting) }} {{ where(meeting) }} {{ travel_when(meeting) }}"
        '{% if meeting.abroad and meeting.mode != "virtual" %} โดยเบิกค่าใช้จ่ายในส่วนที่ผู้จัด'
        "มิได้สนับสนุนจากงบประมาณของ{{ office.department_th }}{% endif %}",
    )
    body(
        doc,
        "{% if through_ministry %}๓.๒ ลงนามในหนังสือถึงปลัดกระทรวงแรงงาน เพื่อแจ้งชื่อผู้แทน"
        "ตามข้อ ๓.๑ เพื่อดำเนินการต่อไป{% else %}๓.๒ เห็นชอบให้{{ office.unit_short_th }}"
        "แจ้งรายชื่อผู้แทนตามข้อ ๓.๑ ต่อผู้จัดการประชุม และลงทะเบียนเข้าร่วมการประชุมต่อไป{% endif %}",
    )
    closing(
        doc,
        "จึงเรียนมาเพื่อโปรดพิจารณา{% if through_ministry %} หากเห็นชอบขอได้โปรดลงนาม"
        "ในหนังสือถึงปลัดกระทรวงแรงงาน ตามที่แนบมาพร้อมนี้{% endif %}",
    )
    signature(doc)


def report_body(doc: DocumentObject) -> None:
    header(doc, subject="{{ report_subject(meeting) }}", addressee="{{ office.addressee_th }}")
    body(doc, "๑. เรื่องเดิม")
    body(
        doc,
        "{{ office.department_th }}เห็นชอบให้{{ delegate_list(delegates) }} เป็นผู้แทน"
        "{{ office.department_th }}เข้าร่วม{{ title_both(meeting) }} {{ when(meeting, past=true) }} "
        "{{ where(meeting) }} รายละเอียดตามหนังสือ{{ office.unit_short_th }} ที่ "
        "{{ blank('เลขที่บันทึกเสนอชื่อผู้แทน') }} ลงวันที่ {{ blank('วันที่') }}",
    )
    body(doc, "๒. ขอรายงาน")
    body(doc, "{{ office.unit_short_th }}ขอรายงานสรุปผลการประชุมตามข้อ ๑ ดังนี้")
    body(doc, "๒.๑ วัตถุประสงค์ของการประชุม {{ blank('วัตถุประสงค์') }}")
    body(doc, "๒.๒ ผู้เข้าร่วมการประชุม {{ blank('ผู้เข้าร่วมการประชุม') }}")
    body(doc, "๒.๓ สาระสำคัญของการประชุม {{ blank('สาระสำคัญ') }}")
    body(doc, "๒.๔ ประเด็นที่เกี่ยวข้องกับ{{ office.department_th }} {{ blank('ประเด็นที่เกี่ยวข้อง') }}")
    body(doc, "๓. ข้อพิจารณา")
    body(doc, "{{ office.unit_short_th }}พิจารณาแล้ว เห็นควร ดังนี้")
    body(doc, "๓.๑ รับทราบสรุปผลการประชุมฯ ตามข้อ ๒")
    body(
        doc,
        "๓.๒ แจ้งเวียนสรุปผลการประชุมฯ ให้หน่วยงานสังกัด{{ office.department_th }}ทราบ "
        "และพิจารณาใช้ประโยชน์ในทางราชการตามภารกิจที่สอดคล้องเหมาะสม",
    )
    closing(
        doc,
        "จึงเรียนมาเพื่อโปรดทราบตามข้อ ๓.๑ และพิจารณาตามข้อ ๓.๒ หากเห็นชอบ"
        "{{ office.unit_short_th }}จะได้ดำเนินการในส่วนที่เกี่ยวข้องต่อไป",
    )
    signature(doc)


def covering_body(doc: DocumentObject) -> None:
    """The department's หนังสือภายใน to the Permanent Secretary naming its delegates, for the
    Director-General to sign with the nomination memo (๓.๒) when the route is the ministry."""
    header(
        doc,
        subject="การมอบหมายผู้แทนเข้าร่วม{{ title_th(meeting) }}",
        addressee="ปลัดกระทรวงแรงงาน",
    )
    body(
        doc,
        "ตามที่{{ invitation(origin, meeting, office) }} นั้น",
    )
    body(
        doc,
        "{{ office.department_th }}พิจารณาแล้ว ขอมอบหมายให้{{ delegate_list(delegates) }} "
        "เป็นผู้แทน{{ office.department_th }}เข้าร่วมการประชุมดังกล่าว",
    )
    closing(doc, "จึงเรียนมาเพื่อโปรดทราบ และพิจารณาดำเนินการในส่วนที่เกี่ยวข้องต่อไป")
    signature(doc, name="{{ blank() }}", position="อธิบดี{{ office.department_th }}")


def circulation_body(doc: DocumentObject) -> None:
    header(
        doc,
        subject="{{ report_subject(meeting) }}",
        addressee=(
            "ผู้อำนวยการกอง ผู้อำนวยการสำนัก ผู้อำนวยการศูนย์เทคโนโลยีฯ จัดหางานจังหวัด "
            "เลขานุการกรม ผู้อำนวยการสำนักงานจัดหางานกรุงเทพมหานครพื้นที่ ๑ - ๑๐ "
            "หัวหน้ากลุ่มตรวจสอบภายใน และหัวหน้ากลุ่มพัฒนาระบบบริหาร"
        ),
    )
    closing(
        doc,
        "พร้อมนี้ {{ office.unit_short_th }}ขอส่งสำเนาหนังสือ{{ office.unit_short_th }} ที่ "
        "{{ blank('เลขที่บันทึกรายงาน') }} ลงวันที่ {{ blank('วันที่') }} เรื่อง "
        "{{ report_subject(meeting) }} {{ when(meeting, past=true) }} {{ where(meeting) }} "
        "มาเพื่อโปรดทราบและพิจารณาใช้ประโยชน์ทางราชการตามที่เห็นสมควรต่อไป ทั้งนี้ "
        "สามารถดาวน์โหลดรายละเอียดได้ที่ www.doe.go.th/strategy หรือที่ https://lib.doe.go.th",
    )
    signature(doc)


# -- layout ----------------------------------------------------------------------------


def new_document() -> DocumentObject:
    doc = Document()
    # Fixed properties: the same source builds the same document parts.
    props = doc.core_properties
    props.author = props.last_modified_by = "meetbot"
    props.title = "บันทึกข้อความ"
    props.created = props.modified = dt.datetime(2025, 1, 1)
    props.revision = 1
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin, section.right_margin = Cm(3), Cm(2)
    section.top_margin, section.bottom_margin = Cm(1.5), Cm(2)
    normal = doc.styles["Normal"]
    assert isinstance(normal, ParagraphStyle)
    set_font(normal, size=16)
    normal.paragraph_format.space_before = Pt(0)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.line_spacing = 1.0
    add_style(doc, "Memo Header", lambda s: None)
    add_style(doc, "Memo Body", _body_format)
    add_style(doc, "Memo Closing", _closing_format)
    add_style(doc, "Memo Signature", _signature_format)
    page_numbers(section)
    title_line(doc.add_paragraph(style="Memo Header"))
    doc.add_paragraph(IMPORTS)
    return doc


def page_numbers(section: Section) -> None:
    """ "- ๒ -" at the top centre from the second page: a PAGE field in Thai digits
    (thaiNumbers), the first page left with an empty header, as the seeds' memos do."""
    section.different_first_page_header_footer = True
    paragraph = section.header.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraph.add_run("- ")
    for tag, value in (
        ("begin", None),
        (None, " PAGE "),
        ("separate", None),
        ("", "๒"),
        ("end", None),
    ):
        run = paragraph.add_run(value if tag == "" else None)
        if tag:
            char = OxmlElement("w:fldChar")
            char.set(qn("w:fldCharType"), tag)
            run._r.append(char)
        elif tag is None:
            code = OxmlElement("w:instrText")
            code.set(qn("xml:space"), "preserve")
            code.text = value
            run._r.append(code)
    paragraph.add_run(" -")
    # Word draws the number in Thai digits (thaiNumbers). LibreOffice 7 reads thaiNumbers
    # as Arabic digits and the field switch ThaiArabic as Thai letters (ข for 2); it draws
    # Thai digits only in text whose language is Thai, when its numerals option is
    # "Context" (meetbot's PDF step sets it): so every run of the line is marked Thai.
    for run in paragraph.runs:
        language = OxmlElement("w:lang")
        language.set(qn("w:val"), "th-TH")
        language.set(qn("w:bidi"), "th-TH")
        run._r.get_or_add_rPr().append(language)
    number_type = OxmlElement("w:pgNumType")
    number_type.set(qn("w:fmt"), "thaiNumbers")
    section._sectPr.append(number_type)


def _body_format(style: ParagraphStyle) -> None:
    fmt = style.paragraph_format
    fmt.first_line_indent = Cm(2.5)  # the official paragraph indent
    fmt.space_before = Pt(6)
    # Left, not justified: Word and LibreOffice justify Thai by spacing out letters.
    fmt.alignment = WD_ALIGN_PARAGRAPH.LEFT


def _closing_format(style: ParagraphStyle) -> None:
    _body_format(style)
    style.paragraph_format.keep_with_next = True  # never a signature alone on a page


def _signature_format(style: ParagraphStyle) -> None:
    style.paragraph_format.left_indent = Cm(6)
    style.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    style.paragraph_format.keep_with_next = True


def add_style(doc: DocumentObject, name: str, shape: Callable[[ParagraphStyle], None]) -> None:
    style = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    assert isinstance(style, ParagraphStyle)
    style.base_style = doc.styles["Normal"]
    style.quick_style = True
    shape(style)


def title_line(paragraph: Paragraph) -> None:
    """Emblem, the urgency mark in red, and "บันทึกข้อความ" centred, on one line."""
    stops = paragraph.paragraph_format.tab_stops
    stops.add_tab_stop(Cm(2.5), WD_TAB_ALIGNMENT.LEFT)
    stops.add_tab_stop(MIDDLE, WD_TAB_ALIGNMENT.CENTER)
    paragraph.paragraph_format.space_after = Pt(6)
    add_run(paragraph, "{{ emblem }}")
    add_run(paragraph, "\t")
    add_run(paragraph, "{% if urgency %}{{ urgency }}{% endif %}", bold=True, size=20, color=RED)
    add_run(paragraph, "\t")
    add_run(paragraph, "บันทึกข้อความ", bold=True, size=29)


def header(doc: DocumentObject, *, subject: str, addressee: str) -> None:
    unit = header_paragraph(doc)
    label(unit, "ส่วนราชการ")
    add_run(unit, "  {{ office.unit_th }} โทรศัพท์ {{ office.phone_th }}")
    dotted_to(unit, TEXT_WIDTH, WD_TAB_ALIGNMENT.RIGHT)

    number = header_paragraph(doc)
    label(number, "ที่")
    add_run(number, "  {{ reference }}")
    dotted_to(number, MIDDLE, WD_TAB_ALIGNMENT.LEFT)
    label(number, "วันที่")
    add_run(number, "  {{ today }}")
    dotted_to(number, TEXT_WIDTH, WD_TAB_ALIGNMENT.RIGHT)

    about = header_paragraph(doc)
    label(about, "เรื่อง")
    add_run(about, "  " + subject)
    dotted_to(about, TEXT_WIDTH, WD_TAB_ALIGNMENT.RIGHT)

    dear = doc.add_paragraph(style="Memo Header")
    dear.paragraph_format.space_before = Pt(12)
    add_run(dear, "เรียน  " + addressee)


def header_paragraph(doc: DocumentObject) -> Paragraph:
    paragraph = doc.add_paragraph(style="Memo Header")
    paragraph.paragraph_format.space_before = Pt(2)
    return paragraph


def label(paragraph: Paragraph, text: str) -> None:
    add_run(paragraph, text, bold=True, size=20)


def dotted_to(paragraph: Paragraph, position: Cm, alignment: WD_TAB_ALIGNMENT) -> None:
    """A tab whose leader draws the dotted line the regulation puts after each header value."""
    paragraph.paragraph_format.tab_stops.add_tab_stop(position, alignment, WD_TAB_LEADER.DOTS)
    add_run(paragraph, "\t")


def body(doc: DocumentObject, text: str, *, style: str = "Memo Body") -> None:
    add_run(doc.add_paragraph(style=style), text)


def closing(doc: DocumentObject, text: str) -> None:
    body(doc, text, style="Memo Closing")


def signature(
    doc: DocumentObject,
    *,
    name: str = "{{ office.signer.name_th.strip('()') }}",
    position: str = "{{ office.signer.position_th }}",
) -> None:
    for _ in range(3):  # room to sign
        doc.add_paragraph(style="Memo Signature")
    add_run(doc.add_paragraph(style="Memo Signature"), f"({name})")
    add_run(doc.add_paragraph(style="Memo Signature"), position)


# -- fonts and runs ---------------------------------------------------------------------


def add_run(
    paragraph: Paragraph,
    text: str,
    *,
    bold: bool = False,
    size: float | None = None,
    color: RGBColor | None = None,
) -> None:
    run = paragraph.add_run(text)
    rpr = run._element.get_or_add_rPr()
    if bold:
        # Thai is a complex script: Word and LibreOffice read bCs/szCs for it, not b/sz.
        run.bold = True
        rpr.append(OxmlElement("w:bCs"))
    if size is not None:
        run.font.size = Pt(size)
        _set_val(rpr, "w:szCs", str(int(size * 2)))
    if color is not None:
        run.font.color.rgb = color


def set_font(style: ParagraphStyle, *, size: float) -> None:
    style.font.name = FONT
    style.font.size = Pt(size)
    rpr = style.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    assert fonts is not None
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), FONT)
    _set_val(rpr, "w:szCs", str(int(size * 2)))
    # Latin words are English, Thai is the complex-script language: marking Latin text
    # Thai makes LibreOffice break English words anywhere.
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), "en-GB")
    lang.set(qn("w:bidi"), "th-TH")
    rpr.append(lang)


def _set_val(rpr: BaseOxmlElement, tag: str, value: str) -> None:
    element = rpr.find(qn(tag))
    if element is None:
        element = OxmlElement(tag)
        rpr.append(element)
    element.set(qn("w:val"), value)


# -- the placeholder emblem ---------------------------------------------------------------


def write_placeholder_emblem(path: Path, size: int = 180) -> None:
    """An empty box where the Garuda goes, printed at its 1.5 cm: room to paste or stamp
    the emblem, and no mark that could pass for it.

    The office supplies its own emblem file (memo.emblem_path); the real emblem is not
    distributed with meetbot.
    """
    rows = []
    for y in range(size):
        row = bytearray([0])  # PNG filter type 0 for each scanline
        for x in range(size):
            on_edge = min(x, y, size - 1 - x, size - 1 - y) < 3
            row += bytes((160, 160, 160, 255)) if on_edge else bytes((0, 0, 0, 0))
        rows.append(bytes(row))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)  # 8-bit RGBA
    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
    png += chunk(b"IDAT", zlib.compress(b"".join(rows), 9)) + chunk(b"IEND", b"")
    path.write_bytes(png)
    print(f"wrote {path}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else TEMPLATES)
