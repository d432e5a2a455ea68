import datetime as dt

import pytest

from bot.understanding.letter_ref import find_letter_references

WRITTEN = dt.datetime(2025, 12, 11, 9, 0, tzinfo=dt.UTC)


def test_citation_from_seed_002():
    text = (
        "กระทรวงแรงงานมีหนังสือ ด่วนที่สุด ที่ รง ๐๒๑๐.๓/ว ๒๘๗๒ ลงวันที่ ๘ ธันวาคม ๒๕๖๘ "
        "ขอให้กรมการจัดหางานพิจารณามอบหมายผู้แทน จำนวน ๑ คน"
    )
    [ref] = find_letter_references(text, reference=WRITTEN)
    assert ref.number == "รง ๐๒๑๐.๓/ว ๒๘๗๒"
    assert ref.circular
    assert ref.urgency == "ด่วนที่สุด"
    assert ref.date == dt.date(2025, 12, 8)
    assert ref.text == text[ref.span[0] : ref.span[1]]
    assert ref.text.endswith("๒๕๖๘")


@pytest.mark.parametrize(
    ("text", "number", "circular"),
    [
        ("ที่ รง ๐๒๑๐.๓/ ๓๙", "รง ๐๒๑๐.๓/๓๙", False),  # OCR space after the slash (000)
        ("ที่ รง ๐๒๑๗/ว๓๐๕", "รง ๐๒๑๗/ว ๓๐๕", True),  # no space after ว (004)
        ("ที่ รง๐๓๐๘.๒/ว ๑๐๗/๕", "รง ๐๓๐๘.๒/ว ๑๐๗/๕", True),  # sub-number (001)
    ],
)
def test_numbers_as_the_ocr_writes_them(text, number, circular):
    [ref] = find_letter_references(text, reference=WRITTEN)
    assert (ref.number, ref.circular, ref.date, ref.urgency) == (number, circular, None, None)


def test_letter_header_dates_the_letter_on_a_line_of_its_own():
    text = (
        "ที่ รง ๐๒๑๐.๓/ว ๒๘๗๒\n"
        "สำนักงานปลัดกระทรวงแรงงาน\nถนนมิตรไมตรี กทม. ๑๐๔๐๐\n"
        "          ๘ ธันวาคม ๒๕๖๘\n"
        "เรื่อง ขอเชิญส่งผู้แทน"
    )
    [ref] = find_letter_references(text, reference=WRITTEN)
    assert ref.date == dt.date(2025, 12, 8)


def test_a_date_inside_the_text_that_follows_is_not_the_letters():
    text = "ที่ รง ๐๒๑๐.๓/ว ๒๘๗๒ ขอเชิญเข้าร่วมการประชุมในวันที่ ๑๖ ธันวาคม ๒๕๖๘"
    [ref] = find_letter_references(text, reference=WRITTEN)
    assert ref.date is None


def test_several_references_in_order():
    text = (
        "หนังสือสำนักงานปลัดกระทรวงแรงงาน ด่วนที่สุด ที่ รง ๐๒๑๐.๓/๑๘๖๕ ลงวันที่ ๓ พฤษภาคม ๒๕๖๗ "
        "และหนังสือกระทรวงแรงงาน ด่วนที่สุด ที่ รง ๐๒๑๐.๓/๑๕๐๓ ลงวันที่ ๑๖ พฤษภาคม ๒๕๖๗"
    )
    refs = find_letter_references(text, reference=dt.datetime(2024, 5, 27, tzinfo=dt.UTC))
    assert [(r.serial, r.date) for r in refs] == [
        ("๑๘๖๕", dt.date(2024, 5, 3)),
        ("๑๕๐๓", dt.date(2024, 5, 16)),
    ]


def test_no_reference_in_plain_text():
    assert find_letter_references("ที่ประชุมรับทราบ ที่ ๒ แห่ง", reference=WRITTEN) == []
