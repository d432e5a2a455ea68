"""Round nineteen: Thai title classes of test19 (tests/realmail/FAILURES.md, "Round nineteen
fixes (titlesth24)"), each in an invented Thai text of the class's shape, with a guard beside
each: a near text the rule must leave as it was. Every new reading is under review (below 0.8).
The helpers are tests/understanding/helpers.py's."""

from __future__ import annotations

from tests.understanding.helpers import assert_under_review, meeting_of, rule_code, value_of

# A headline's phrase is the story's numbered name ---------------------------------------------

_TRIP_HEADLINE = "“สมปอง” บินไปประชุมสหภาพตัวอย่างพบผู้นำหลายชาติ"


def test_a_headline_s_glued_phrase_is_the_story_s_numbered_name() -> None:
    meeting = meeting_of(
        "นายสมปอง ตัวอย่าง รัฐมนตรีตัวอย่าง กล่าวก่อนออกเดินทางไปการประชุมผู้นำสหภาพตัวอย่าง "
        "ครั้งที่ 12 ที่เมืองสมมุติ ว่าหวังจะได้พบผู้นำหลายคน\n",
        _TRIP_HEADLINE,
    )
    assert_under_review(meeting.title_th, "การประชุมผู้นำสหภาพตัวอย่าง ครั้งที่ 12")
    assert rule_code(meeting.title_th) == "title.th.formal_in_story"


def test_a_story_s_numbered_name_sharing_no_word_is_another_meeting() -> None:
    """Guard: the story's numbered name shares no word with the headline: one it cites."""
    meeting = meeting_of(
        "นายสมปอง ตัวอย่าง กล่าวว่า ผลของการประชุมคณะกรรมการประมงสมมุติ ครั้งที่ 4 จะถูกนำไปหารือด้วย\n",
        _TRIP_HEADLINE,
    )
    assert value_of(meeting.title_th) == "ประชุมสหภาพตัวอย่างพบผู้นำหลายชาติ"
    assert rule_code(meeting.title_th) == "title.th.subject"


def test_the_latest_meeting_is_the_story_s_numbered_one_over_a_wrapped_article() -> None:
    meeting = meeting_of(
        "สำนักข่าวสมมุติรายงานว่า การ\nประชุมสุดยอดผู้นำสหภาพตัวอย่าง ครั้งที่ 9 เปิดขึ้นอย่างเป็นทางการในวันนี้\n",
        "การประชุมสหภาพตัวอย่างครั้งล่าสุด 2570",
    )
    assert_under_review(meeting.title_th, "การประชุมสุดยอดผู้นำสหภาพตัวอย่าง ครั้งที่ 9")


def test_a_headline_s_own_number_keeps_its_name() -> None:
    """Guard: the headline numbers its meeting; the story's other number is the last one's."""
    meeting = meeting_of(
        "ไทยพร้อมเป็นเจ้าภาพ ต่อจากการประชุมสุดยอดสหภาพตัวอย่าง ครั้งที่ 8 ที่เมืองสมมุติ\n",
        "เลขาธิการเผยความพร้อมประชุมสุดยอดสหภาพตัวอย่าง ครั้งที่ 9",
    )
    assert value_of(meeting.title_th) == "ประชุมสุดยอดสหภาพตัวอย่าง ครั้งที่ 9"


def test_a_number_after_the_headline_s_purpose_is_the_matter_s() -> None:
    """ "พิจารณาปรับราคา ครั้งที่ 2" is the price's second change: the board's own name and
    number are the story's."""
    meeting = meeting_of(
        "อธิบดีกล่าวก่อนการประชุมคณะกรรมการราคาข้าวสมมุติชุดที่ 5 (บอร์ดราคาข้าว) ว่าจะพิจารณาการปรับราคา\n",
        "อธิบดีกล่าวก่อนประชุมบอร์ดราคาข้าว พิจารณาปรับราคา ครั้งที่ 2",
    )
    assert_under_review(meeting.title_th, "การประชุมคณะกรรมการราคาข้าวสมมุติชุดที่ 5")


# A Thai subject's name over an English one the text cites ------------------------------------

_CITED_ENGLISH = (
    "ที่ประชุมรับทราบผลการประชุมรัฐมนตรีสหภาพตัวอย่าง ครั้งที่ 7 และเห็นชอบร่างถ้อยแถลงร่วม "
    "[Joint Statement of The Fifth Example Plus Three Ministers Meeting] "
    "และมอบหมายให้กระทรวงตัวอย่างดำเนินการตามผลการประชุมต่อไป ตามที่เสนอมาทุกประการ\n"
)


def test_an_all_thai_subject_s_name_over_an_english_one_the_text_cites() -> None:
    meeting = meeting_of(_CITED_ENGLISH, "รายงานผลการประชุมรัฐมนตรีสหภาพตัวอย่าง ครั้งที่ 7")
    assert value_of(meeting.title) is None
    assert_under_review(meeting.title_th, "การประชุมรัฐมนตรีสหภาพตัวอย่าง ครั้งที่ 7")


def test_a_subject_with_latin_letters_keeps_the_english_name() -> None:
    """Guard: a subject that writes Latin letters may name the meeting the English name is."""
    meeting = meeting_of(_CITED_ENGLISH, "รายงานผลการประชุม EXM ครั้งที่ 7")
    assert value_of(meeting.title) is not None


def test_an_english_name_translating_the_thai_one_stays() -> None:
    """Guard: the English name written in brackets right after the Thai one translates it."""
    meeting = meeting_of(
        "ด้วยสำนักเลขาธิการสหภาพตัวอย่างขอเชิญกระทรวงตัวอย่างเข้าร่วมการประชุมเชิงปฏิบัติการ"
        "ว่าด้วยแรงงานสมมุติ (ASEAN Workshop on Protection of Imagined Workers) ระหว่างวันที่ 3 - 5 "
        "มีนาคม 2570 ณ เมืองสมมุติ จึงขอให้เสนอชื่อผู้แทนเข้าร่วมตามที่เห็นสมควรต่อไป\n",
        "ขอเชิญเสนอชื่อผู้แทนเข้าร่วมการประชุมเชิงปฏิบัติการว่าด้วยแรงงานสมมุติ",
    )
    assert value_of(meeting.title) == "ASEAN Workshop on Protection of Imagined Workers"


# A celebration's name, and a headline's news after a name ----------------------------------


def test_an_anniversary_celebration_is_named() -> None:
    meeting = meeting_of(
        "ประธานสมาคมเป็นประธานเปิดงานในวันศุกร์ ณ ห้องโถง อาคารตัวอย่าง\n",
        "งานเฉลิมฉลองครบรอบ 25 ปีของสมาคมตัวอย่าง",
    )
    assert_under_review(meeting.title_th, "งานเฉลิมฉลองครบรอบ 25 ปีของสมาคมตัวอย่าง")


def test_a_celebration_after_another_word_is_no_name() -> None:
    """Guard: "งานฉลอง" after a headline's word opens no name (as "งานวัน" does not)."""
    meeting = meeting_of(
        "สมาชิกมากันอย่างคึกคักตลอดทั้งวัน\n", "ภาพบรรยากาศงานฉลองครบรอบ 25 ปีของสมาคมตัวอย่าง"
    )
    assert value_of(meeting.title_th) is None


def test_a_headline_s_news_after_the_name_is_left_out() -> None:
    meeting = meeting_of(
        "ผู้แทนสองฝ่ายพบกันที่เมืองสมมุติเป็นเวลาสองวัน\n",
        "การประชุมความร่วมมือประมงสมมุติ ไม่คืบ ขอเวลาศึกษาอีก 1 ปี",
    )
    assert value_of(meeting.title_th) == "การประชุมความร่วมมือประมงสมมุติ"


def test_an_informal_meeting_s_words_stay_in_its_name() -> None:
    """Guard: " ไม่เป็นทางการ" (informal) is the name's own word, not the headline's news."""
    meeting = meeting_of(
        "ผู้แทนสองฝ่ายพบกันที่เมืองสมมุติเป็นเวลาสองวัน\n",
        "การประชุมรัฐมนตรีสหภาพตัวอย่าง ไม่เป็นทางการ",
    )
    assert value_of(meeting.title_th) == "การประชุมรัฐมนตรีสหภาพตัวอย่าง ไม่เป็นทางการ"
