"""Names in the forms real notices give them (issue 13): how a meeting is held is no name, a
headline's own verb may carry the name, a second numbered meeting or a page's audience after
a dash is not part of the first's name."""

from __future__ import annotations

import pytest

from bot.understanding.fields.title_th_phrase import thai_name
from bot.understanding.record import MeetingRecord
from tests.understanding.helpers import extract, mail


def _meeting(subject: str, body: str) -> MeetingRecord:
    return extract(mail(body, subject)).meeting


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        # the medium is no name; the chair's verb and the form it is held in frame the name
        (
            "ก.ตัวอย่าง ร่วมเป็นประธานประชุมระดับรัฐมนตรีไทย – เวียดนาม ในรูปแบบการประชุมทางไกล",
            "ประชุมระดับรัฐมนตรีไทย – เวียดนาม",
        ),
        # a headline's subject, then its verb and the meeting it holds
        ("จังหวัดลำปาง ประชุมเตรียมความพร้อมการจัดงานกาชาด", "ประชุมเตรียมความพร้อมการจัดงานกาชาด"),
        # "in digital form" is the name's own, not a medium of holding it
        (
            "การประชุมเชิงปฏิบัติการว่าด้วยบริการจัดหางานในรูปแบบดิจิทัล",
            "การประชุมเชิงปฏิบัติการว่าด้วยบริการจัดหางานในรูปแบบดิจิทัล",
        ),
    ],
)
def test_a_thai_name_in_a_headline(phrase: str, name: str) -> None:
    found = thai_name(phrase)
    assert found is not None
    assert found[0] == name


@pytest.mark.parametrize(
    "phrase",
    [
        "กรมการจัดหางานจัดการประชุมทางไกล",  # only how it is held
        "ไทย-กัมพูชา ประชุม ราบรื่น เห็นพ้องแก้ปัญหาประมง",  # the verb alone, no name after it
    ],
)
def test_no_thai_name(phrase: str) -> None:
    assert thai_name(phrase) is None


def test_a_second_numbered_meeting_is_not_part_of_the_first_name() -> None:
    meeting = _meeting(
        "Participation in the 30th ASEAN Labour Ministers' Meeting (ALMM) and the 15th ALMM Plus"
        " Three",
        "The Ministers will meet on 20 May 2026.",
    )
    assert meeting.title is not None
    assert meeting.title.value == "30th ASEAN Labour Ministers' Meeting"


def test_a_pages_audience_after_a_dash_is_not_part_of_the_name() -> None:
    meeting = _meeting("80th session of the Commission - For Delegates", "It opens on 20 May 2026.")
    assert meeting.title is not None
    assert meeting.title.value == "80th session of the Commission"


def test_a_thai_name_ends_before_the_project_it_belongs_to() -> None:
    found = thai_name("เปิดการสัมมนาเชิงปฏิบัติการพัฒนาเครือข่ายแรงงาน ตามโครงการประชาสัมพันธ์")
    assert found is not None
    assert found[0] == "การสัมมนาเชิงปฏิบัติการพัฒนาเครือข่ายแรงงาน"


def test_the_subject_of_a_verb_of_holding_is_the_meetings_name() -> None:
    sentence = (
        "Under the auspices of the Minister, the Delta Process Ambassadors' Meeting in Bangkok"
        " was convened by the Ministry on 5 January 2026."
    )
    meeting = _meeting("", sentence)
    assert meeting.title is not None
    assert meeting.title.value == "Delta Process Ambassadors' Meeting"
    assert meeting.title.confidence < 0.8  # a sentence of news, not a heading
    # a name of a meeting's nouns alone is none: "Meeting Structure: Meetings are held"
    assert _meeting("", "Meeting Structure: Meetings are held on 5 May 2026.").title is None
