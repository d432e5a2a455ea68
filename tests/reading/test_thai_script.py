from __future__ import annotations

from bot.reading.thai_script import garble_count, garble_ratio, repair_thai

CLEAN = "บันทึกข้อความ น้ำ ที่นี่ ผู้ใหญ่ ปฏิบัติ ญี่ปุ่น ฐาน กำลัง ซึ่ง เรื่อง แผนงานโบโฮล"


def test_clean_thai_scores_zero():
    assert garble_count(CLEAN) == 0
    assert garble_ratio(CLEAN) == 0.0
    assert garble_ratio("English only") == 0.0


def test_pypdf_garbling_of_a_libreoffice_pdf_is_counted():
    # What pypdf returned for a LibreOffice + Laksaman PDF of CLEAN's first words.
    garbled = "น้ำ.า ที่นี่ ผ้้ใหญ่ ก้ำาลัง"
    assert garble_count(garbled) >= 3


def test_orphan_and_out_of_order_marks():
    assert garble_count(" ่ก") == 1  # tone mark with nothing under it
    assert garble_count("ก่ิ") == 1  # tone before the vowel mark
    assert garble_count("เ ก") == 1  # leading vowel not followed by a consonant
    assert garble_count("\uf70a\ufffd") == 2


def test_repair_pua_and_split_sara_am():
    assert repair_thai("ท\uf70aี") == "ท่ี"
    assert repair_thai("น\u0e4d\u0e49\u0e32") == "น้ำ"
    assert repair_thai("ก\u0e4d\u0e32ลัง") == "กำลัง"
    assert repair_thai(CLEAN) == CLEAN
