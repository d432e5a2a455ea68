"""The meeting's own name in real notices, not the mail's words around it (issue 13): Thai
names in a headline or เรื่อง line, English names among a notice's and a headline's words."""

from __future__ import annotations

import pytest

from bot.understanding.fields.title_th_phrase import thai_name
from tests.understanding.helpers import assert_held_unseen, meeting_of, value_of

# Thai --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        # a council's notice: its own verbs before the noun, the name closed by its numbers
        (
            "ประกาศเรียกประชุมสภาเทศบาลตำบลหนองแก สมัยสามัญ สมัยที่ 2 ประจำปี 2568",
            "ประชุมสภาเทศบาลตำบลหนองแก สมัยสามัญ สมัยที่ 2 ประจำปี 2568",
        ),
        # an invitation's เรื่อง: ขอเชิญเข้าร่วม is the mail's, not the name's
        (
            "ขอเชิญเข้าร่วมการประชุมคณะทำงานด้านแรงงานต่างด้าว ครั้งที่ ๓/๒๕๖๙",
            "การประชุมคณะทำงานด้านแรงงานต่างด้าว ครั้งที่ ๓/๒๕๖๙",
        ),
        # a schedule page names the conference, then the university that holds it
        (
            "กำหนดการ การประชุมวิชาการระดับชาติ ครั้งที่ 5 มหาวิทยาลัยตัวอย่าง",
            "การประชุมวิชาการระดับชาติ ครั้งที่ 5",
        ),
        # a reason after the name ends it
        (
            "ขอเลื่อนการสัมมนาเครือข่ายครูแนะแนว เนื่องจากสถานการณ์น้ำท่วม",
            "การสัมมนาเครือข่ายครูแนะแนว",
        ),
        # a date and a place after the name end it
        (
            "ขอความอนุเคราะห์ประชาสัมพันธ์การฝึกอบรมหลักสูตรผู้ประกอบการรุ่นใหม่ ระหว่างวันที่ 3-5 พ.ค.",
            "การฝึกอบรมหลักสูตรผู้ประกอบการรุ่นใหม่",
        ),
    ],
)
def test_a_thai_name_is_cut_from_the_notices_words(phrase: str, name: str) -> None:
    found = thai_name(phrase)
    assert found is not None
    assert found[0] == name


@pytest.mark.parametrize(
    "phrase",
    [
        "ประกาศกำหนดสมัยประชุมสามัญ ประจำปี 2569",  # a session period, no meeting
        "ประชุมเพื่อเตรียมการจัดงานประจำปี",  # a purpose, not a name
        "ผู้อำนวยการกอง ประชุมหารือแนวทางการจัดส่งแรงงาน",  # a headline's verb
        "ขอประชาสัมพันธ์เลื่อนการประชุม เนื่องด้วยเหตุอุทกภัย",  # which meeting is not said
        "ผู้เข้าร่วมประชุมจะต้องลงทะเบียนล่วงหน้า",  # the participants
    ],
)
def test_a_thai_phrase_without_a_meetings_name_gives_none(phrase: str) -> None:
    assert thai_name(phrase) is None


def test_a_thai_headline_subject_names_the_meeting_with_its_digits_as_written() -> None:
    record = meeting_of(
        "ด้วยสภาองค์การบริหารส่วนตำบลบ้านใหม่ จะดำเนินการประชุมในวันที่ ๑๕ สิงหาคม ๒๕๖๙",
        "ประกาศสภาองค์การบริหารส่วนตำบลบ้านใหม่ เรื่อง ขอเชิญเข้าฟังการประชุมสภาองค์การบริหาร"
        "ส่วนตำบลบ้านใหม่ สมัยสามัญ สมัยที่ ๓ ประจำปี ๒๕๖๙",
    )
    assert value_of(record.title_th) == (
        "การประชุมสภาองค์การบริหารส่วนตำบลบ้านใหม่ สมัยสามัญ สมัยที่ ๓ ประจำปี ๒๕๖๙"
    )
    assert_held_unseen(record.title_th)


def test_thai_news_names_the_meeting_its_chair_opened() -> None:
    record = meeting_of(
        "วันที่ 3 มีนาคม 2569 อธิบดีกรมตัวอย่าง เป็นประธานเปิดการประชุมเครือข่ายนายจ้างภาคตะวันออก"
        " ณ ห้องประชุมศาลากลางจังหวัด",
        "อธิบดีลงพื้นที่จังหวัดตัวอย่าง พบเครือข่ายนายจ้าง",
    )
    assert value_of(record.title_th) == "การประชุมเครือข่ายนายจ้างภาคตะวันออก"
    # read from a sentence of news, not a subject line: a person checks it
    assert record.title_th is not None
    assert record.title_th.confidence < 0.8


# English -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("subject", "body", "title"),
    [
        # the notice's own words after the name
        (
            "Regional Forum on Skills Mobility - Advance Information Note",
            "Further details will follow.",
            "Regional Forum on Skills Mobility",
        ),
        # a headline's verb after the name
        (
            "Second National Dialogue on Labour Inspection Reviews Progress",
            "Officials met on 3 March 2026.",
            "Second National Dialogue on Labour Inspection",
        ),
        # a headline's verb before the name, the city after it
        (
            "Labour Ministry Concluded Workshop on Wage Statistics Yangon",
            "The workshop closed on Friday.",
            "Workshop on Wage Statistics",
        ),
        # a name that spells "Asia and the Pacific"
        (
            "News",
            "The 9th Asia and the Pacific Forum on Youth Employment will open on 4 May 2026.",
            "9th Asia and the Pacific Forum on Youth Employment",
        ),
        # after a dash, a heading's words; inside a name, the same words are the name's
        (
            "Regional Skills Week - Information for Participants",
            "Details follow.",
            "Regional Skills Week",
        ),
        (
            "News",
            "The 4th Meeting of the Working Group on Labour Market Information will open on"
            " 4 May 2026.",
            "4th Meeting of the Working Group on Labour Market Information",
        ),
        # a session written in lower case, numbered in words
        (
            "News",
            "The sixty-third session of the Governing Council of the Example Institute will"
            " open on 4 May 2026.",
            "sixty-third session of the Governing Council of the Example Institute",
        ),
    ],
)
def test_an_english_name_stops_at_the_notices_and_headlines_words(
    subject: str, body: str, title: str
) -> None:
    assert value_of(meeting_of(body, subject).title) == title


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Meeting Cancelled Due to Snow", "See you next month."),
        (
            "Notice",
            "Under the Open Meeting Law Requirements the board may meet by video conference.",
        ),
        ("Notice", "We will hold our first planning meeting in the library on Tuesday."),
    ],
)
def test_words_about_a_meeting_that_name_none_give_no_title(subject: str, body: str) -> None:
    assert value_of(meeting_of(body, subject).title) is None
