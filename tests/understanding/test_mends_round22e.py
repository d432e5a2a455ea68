"""Review mends of round twenty-two's title rules (mend-r22e; tests/realmail/FAILURES.md, "Round
twenty-two, review mends (mend-r22e)"): the near texts the new rules misread, invented, each
beside a guard that the rule's own form still reads as before. The helpers are
tests/understanding/helpers.py's."""

from __future__ import annotations

from tests.understanding.helpers import meeting_of, value_of

# English: a body's organ after its letters, a subject's "<Word> Assembly" ---------------------


def test_a_bodys_organ_stops_at_its_line() -> None:
    """The organ's region is on the name's line: the next line's capitalised words are not it."""
    meeting = meeting_of(
        "The 9th session of the EXO regional committee for Sampleland\n"
        "Registration Opens Monday at https://example.org/reg\n",
        "Sampleland members to meet",
    )
    assert value_of(meeting.title) == "9th session of the EXO regional committee for Sampleland"


def test_guard_a_bodys_organ_and_its_region_on_one_line() -> None:
    meeting = meeting_of(
        "The 9th session of the EXO executive board for North Sampleland opens on 3 May 2027.\n",
        "Sampleland members to meet",
    )
    assert value_of(meeting.title) == (
        "9th session of the EXO executive board for North Sampleland"
    )


def test_a_subjects_assembly_hall_is_no_meeting() -> None:
    meeting = meeting_of(
        "Please note the Assembly Hall reopens on 3 May 2027 after repairs.\n",
        "School Assembly Hall closed for repairs",
    )
    assert meeting.title is None


def test_a_kits_assembly_is_no_meeting() -> None:
    """The text's "the Assembly" is a step of the work, no event one goes to."""
    meeting = meeting_of(
        "Unpack the parts and follow the Assembly steps; the Assembly takes an hour.\n",
        "Shelf Assembly guide",
    )
    assert meeting.title is None


def test_guard_a_bodys_assembly_one_registers_for() -> None:
    meeting = meeting_of(
        "Partner organisations may register two delegates for the Assembly at "
        "https://example.org/reg before 3 May 2027.\n",
        "Example-Commons Assembly 2027: delegates",
    )
    assert value_of(meeting.title) == "Example-Commons Assembly"


# Thai: who met before a headline's bare "ประชุม" -----------------------------------------------


def test_a_thai_headlines_two_officials_are_not_the_name() -> None:
    meeting = meeting_of("ข่าวทั่วไป\n", "ผู้ว่าฯ-นายอำเภอ ประชุมวางแผนรับมือน้ำหลาก")
    assert value_of(meeting.title_th) == "ประชุมวางแผนรับมือน้ำหลาก"


def test_a_thai_committee_that_hastens_a_meeting_is_not_the_name() -> None:
    meeting = meeting_of("ข่าวทั่วไป\n", "คณะกรรมการป้องกันภัยจังหวัดตัวอย่างเร่งประชุมรับมือพายุ")
    assert value_of(meeting.title_th) == "ประชุมรับมือพายุ"


def test_guard_a_thai_headlines_two_sides_still_name_it() -> None:
    meeting = meeting_of("ข่าวทั่วไป\n", "ไทย-ลาว ประชุมระดับเจ้าหน้าที่ มุ่งแก้ปัญหาการค้าชายแดน")
    assert value_of(meeting.title_th) == "ไทย-ลาว ประชุมระดับเจ้าหน้าที่"


def test_a_thai_joint_meetings_fuller_name_still_replaces_the_subjects() -> None:
    """ "…คณะกรรมการ<name>และคณะอนุกรรมการ<name> ครั้งที่…": a second body sits with the first,
    one meeting, not a second thing the sentence joins."""
    meeting = meeting_of(
        "วันนี้ นายตัวอย่าง สมมติ เป็นประธานการประชุมคณะกรรมการชมรมสมมติและคณะอนุกรรมการชมรมสมมติ "
        "ครั้งที่ 2/2569 ณ ห้องประชุมชั้น 2\n",
        "ประชุมคณะกรรมการชมรมสมมติ",
    )
    assert value_of(meeting.title_th) == (
        "การประชุมคณะกรรมการชมรมสมมติและคณะอนุกรรมการชมรมสมมติ ครั้งที่ 2/2569"
    )
