"""Round thirteen: title classes of test13 (tests/realmail/FAILURES.md, "Round thirteen fixes
(titles17)"), each in an invented text of the class's shape, with a guard beside it: a near
text the rule must leave as it was. Every new reading is under review (below 0.8)."""

from __future__ import annotations

from bot.understanding.record import MessageKind
from bot.understanding.rules import rule_of
from tests.understanding.helpers import (
    assert_under_review,
    kind_of,
    meeting_of,
    read_of,
    value_of,
)

_LATER = "Details will follow."
_LATER_TH = "รายละเอียดจะแจ้งให้ทราบต่อไป"

# English: a title-case headline's verb after its body ends the body's name ------------------


def test_a_headlines_verb_after_a_bodys_name_ends_it() -> None:
    meeting = meeting_of(
        _LATER,
        "Regional Secretariat Invites Applications for Participation at the 2031 Example Youth "
        "Forum",
    )
    assert value_of(meeting.title) == "2031 Example Youth Forum"


def test_a_name_introduced_by_a_lower_case_verb_is_kept() -> None:
    """Guard: "invites" in a sentence introduces the name, as before."""
    meeting = meeting_of(
        "The Example Secretariat invites applications for the 2031 Example Youth Forum.",
        "2031 Example Youth Forum",
    )
    assert value_of(meeting.title) == "2031 Example Youth Forum"


# English: the next session's name, numbered otherwise than the subject's ---------------------

_ELECTED = (
    "Example Office attended the 12th Global Meeting of the Example Regional Offices "
    "Established by the Example Members on 3 March.\n\nUnder agenda item 9, Election of the "
    "Chair for the 13th Session of the "
    "Global Meeting, Example Office nominated Person A as the Chair for the 13th Session of "
    "the Global Meeting and all participants supported the proposal."
)


def test_a_name_numbered_otherwise_than_the_subjects_is_another_session() -> None:
    meeting = meeting_of(_ELECTED, "The 12th Global Meeting of the Example Regional Offices")
    assert (value_of(meeting.title) or "").startswith("12th Global Meeting")


def test_a_numbered_name_stands_where_the_subject_numbers_none() -> None:
    """Guard: with no number in the subject, the text's numbers are not compared."""
    meeting = meeting_of(_ELECTED, "Example Office news")
    assert (value_of(meeting.title) or "").startswith("13th Session")


# English: a summit named by its grouping's letters ---------------------------------------------


def test_a_summit_named_by_its_groupings_letters() -> None:
    meeting = meeting_of(
        "Officials have postponed the summit because of an approaching storm.",
        "Storm forces postponement of upcoming EXAS summit",
    )
    assert read_of(meeting.title) == ("EXAS summit", 0.7)
    assert meeting.title
    assert rule_of(meeting.title.reasons) == "title.body_summit"


def test_a_summits_letters_in_title_case_where_the_text_writes_them_in_capitals() -> None:
    meeting = meeting_of(
        "Leaders of the Example Association of States (EXAS) will not meet as planned.",
        "Exas summit in Example Land postponed",
    )
    assert value_of(meeting.title) == "Exas summit"


def test_a_summit_after_a_word_not_in_capitals_is_no_name() -> None:
    """Guard: "Regional summit" is any region's, its word written nowhere in capitals."""
    meeting = meeting_of(
        "Officials have postponed the summit because of an approaching storm.",
        "Storm forces postponement of upcoming Regional summit",
    )
    assert value_of(meeting.title) is None


# English: leaders named by their office inside the name ---------------------------------------


def test_heads_of_government_stand_inside_the_name() -> None:
    meeting = meeting_of(
        "The 30th Example Heads of Government Meeting will be held in Example City on "
        "4 May 2031. Delegations are invited to register.",
        "Registration open",
    )
    assert value_of(meeting.title) == "30th Example Heads of Government Meeting"


def test_a_papers_of_still_ends_the_name_on_its_left() -> None:
    """Guard: "Minutes of" is the paper's, not the meeting's name."""
    meeting = meeting_of(
        "Please find attached the Minutes of the 12th Example Board Meeting for your review.",
        "Minutes",
    )
    assert_under_review(meeting.title, "12th Example Board Meeting")


# Thai: a visit, a courtesy call, talks -----------------------------------------------------------


def test_a_thai_courtesy_call_is_the_meeting_not_the_callers_project() -> None:
    meeting = meeting_of(
        _LATER_TH,
        "คณะนักศึกษาโครงการแลกเปลี่ยนตัวอย่าง ประจำปี 2574 เข้าเยี่ยมคารวะ อธิบดีกรมตัวอย่าง",
    )
    assert read_of(meeting.title_th) == ("เยี่ยมคารวะ อธิบดีกรมตัวอย่าง", 0.7)
    assert meeting.title_th
    assert rule_of(meeting.title_th.reasons) == "title.th.courtesy_call"


def test_a_meeting_named_after_the_visits_verb_is_the_name() -> None:
    """Guard: "เยือน… เพื่อร่วมการประชุม…": the name after the verb is the meeting's."""
    meeting = meeting_of(
        _LATER_TH,
        "รองอธิบดีเยือนประเทศตัวอย่างอย่างเป็นทางการ และร่วมการประชุมคณะกรรมการร่วมตัวอย่าง ครั้งที่ 5",
    )
    assert value_of(meeting.title_th) == "การประชุมคณะกรรมการร่วมตัวอย่าง ครั้งที่ 5"


def test_a_thai_official_visit_in_the_subject_is_named() -> None:
    subject = "นายกฯ มีกำหนดเยือนประเทศตัวอย่างอย่างเป็นทางการ 3-4 มี.ค.นี้"
    meeting = meeting_of(_LATER_TH, subject)
    assert read_of(meeting.title_th) == ("เยือนประเทศตัวอย่างอย่างเป็นทางการ", 0.7)
    # news of a leader's visit asks the office nothing: the name does not make it an update
    assert kind_of(subject, _LATER_TH) is MessageKind.OTHER


def test_a_thai_official_visit_in_a_wrapped_lead_is_named() -> None:
    meeting = meeting_of(
        "ข่าวทำเนียบรัฐบาล\nผู้สื่อข่าวรายงานว่า นายกรัฐมนตรีประเทศตัวอย่างมีกำหนดการเดินทางเยือน\n"
        "ประเทศไทยอย่างเป็นทางการ ระหว่างวันที่ 24-25 ต.ค.",
        "จ่อเยือนไทย ผู้นำตัวอย่างถกความร่วมมือ",
    )
    assert read_of(meeting.title_th) == ("เยือนประเทศไทยอย่างเป็นทางการ", 0.65)


def test_a_visit_not_said_official_is_no_name() -> None:
    """Guard: tourists' visits are news of no meeting."""
    meeting = meeting_of(_LATER_TH, "นักท่องเที่ยวเยือนจังหวัดตัวอย่างคึกคักช่วงวันหยุดยาว")
    assert value_of(meeting.title_th) is None


def test_thai_talks_with_an_envoy_in_the_subject_are_named() -> None:
    meeting = meeting_of(
        _LATER_TH,
        "รัฐมนตรีว่าการกระทรวงตัวอย่างหารือกับเอกอัครราชทูตประเทศเพื่อนบ้านตัวอย่างประจำประเทศไทย",
    )
    assert read_of(meeting.title_th) == (
        "หารือกับเอกอัครราชทูตประเทศเพื่อนบ้านตัวอย่างประจำประเทศไทย",
        0.65,
    )


def test_thai_talks_only_in_the_text_are_no_name() -> None:
    """Guard: talks read only where the headline says they are its news."""
    meeting = meeting_of(
        "รัฐมนตรีได้หารือกับเอกอัครราชทูตประเทศตัวอย่างเรื่องการค้า", "ข่าวกระทรวงตัวอย่างประจำวัน"
    )
    assert value_of(meeting.title_th) is None


def test_a_meeting_noun_that_holds_the_talks_keeps_its_name() -> None:
    """Guard: "ประชุมหารือร่วมกับ…" is a meeting's name that holds the verb: read as before."""
    meeting = meeting_of(_LATER_TH, "กรมตัวอย่าง ประชุมหารือร่วมกับผู้แทนประเทศตัวอย่าง ผ่านระบบออนไลน์")
    assert (value_of(meeting.title_th) or "").startswith("ประชุม")


# English: a heading's next line, a letter's next sentence --------------------------------------


def test_a_headings_next_line_is_no_more_of_the_subjects_name() -> None:
    meeting = meeting_of(
        "Selection of participants for the Regional Training Workshop\n"
        "Example Rights and Example Duties: Effective Protection in Practice\n"
        "which will be held in Example City on 2-3 November 2031",
        "Selection of participants for the Regional Training Workshop (Example City)",
    )
    assert value_of(meeting.title) == "Regional Training Workshop"


def test_the_subjects_name_written_fuller_on_its_line_is_taken() -> None:
    """Guard: the text's fuller name on the same line stands for the subject's."""
    meeting = meeting_of(
        "Participants are selected for the Regional Training Workshop on Example Rights "
        "which will be held in Example City on 2-3 November 2031.",
        "Selection of participants for the Regional Training Workshop",
    )
    assert value_of(meeting.title) == "Regional Training Workshop on Example Rights"


def test_a_letters_next_sentence_is_no_part_of_the_name() -> None:
    meeting = meeting_of(
        "Invitation to 2031 AGM\nYou're invited to our AGM. Please join our Annual General "
        "Meeting on Monday 20 October 2031 at 18.30 on Zoom.",
        "Invitation to 2031 AGM",
    )
    title = value_of(meeting.title)
    assert title is not None  # (a name is read, so the check below is of something)
    assert "You" not in title


# Thai: how a meeting is held after its name ------------------------------------------------------


def test_a_thai_names_medium_through_a_system_is_no_part_of_it() -> None:
    meeting = meeting_of(
        _LATER_TH,
        "ผู้ว่าราชการจังหวัดตัวอย่าง เข้ารับฟังการประชุมการแก้ไขปัญหาน้ำท่วม ปี 2574 ผ่านทางระบบวีดีทัศน์ทางไกล",
    )
    assert value_of(meeting.title_th) == "การประชุมการแก้ไขปัญหาน้ำท่วม ปี 2574"


def test_a_thai_names_own_words_after_it_stay() -> None:
    """Guard: "ผ่าน" (passed) inside a topic is no medium."""
    meeting = meeting_of(_LATER_TH, "ขอเชิญร่วมการประชุมติดตามผลโครงการที่ผ่านมา ครั้งที่ 2/2574")
    assert value_of(meeting.title_th) == "การประชุมติดตามผลโครงการที่ผ่านมา ครั้งที่ 2/2574"


# English: what a call for nominations is for -------------------------------------------------


def test_a_call_for_nominations_names_what_it_fills() -> None:
    meeting = meeting_of(
        "The Secretariat calls for nominations for the Example Prize 2031, to be presented "
        "at the 40th Example Summit.",
        "Call for Nominations for the Example Prize 2031",
    )
    assert read_of(meeting.title) == ("Example Prize 2031", 0.65)


def test_a_call_for_nominations_of_a_short_form_alone_is_left_to_the_other_rules() -> None:
    """Guard: "the EX-AC" alone is not what the call fills (the rules that read a committee's
    name spell a short form out where the text does; this one does not)."""
    meeting = meeting_of(_LATER, "Call for nominations for the EX-AC")
    assert meeting.title is None  # (nor does another rule name a meeting here)


def test_a_well_placed_meeting_name_outranks_the_call() -> None:
    """Guard: a workshop the call is for, introduced in the subject, is read as before."""
    meeting = meeting_of(
        _LATER, "Call for Nomination of Participants for the Regional Example Workshop on Data"
    )
    assert value_of(meeting.title) == "Regional Example Workshop on Data"


def test_a_thai_official_visit_is_read_as_the_lead_writes_its_places_in_full() -> None:
    meeting = meeting_of(
        "กรุงเทพฯ 6 ต.ค. – นายกฯ มีกำหนดการเยือนเขตปกครองพิเศษเมืองตัวอย่าง "
        "และสาธารณรัฐประเทศตัวอย่าง อย่างเป็นทางการ ระหว่างวันที่ 8-10 ตุลาคม",
        "นายกฯ มีกำหนดการเยือนเมืองตัวอย่าง และประเทศตัวอย่าง อย่างเป็นทางการ",
    )
    assert read_of(meeting.title_th) == (
        "เยือนเขตปกครองพิเศษเมืองตัวอย่าง และสาธารณรัฐประเทศตัวอย่าง อย่างเป็นทางการ",
        0.7,
    )


def test_a_thai_official_visit_the_lead_writes_as_the_subject_keeps_the_subjects() -> None:
    """Guard: the lead's first writing of the visit is the subject's; a fuller one further on
    is not looked for."""
    meeting = meeting_of(
        "นายกฯ มีกำหนดการเยือนประเทศตัวอย่าง อย่างเป็นทางการ ระหว่างวันที่ 8-10 ตุลาคม\n"
        "การเยือนสาธารณรัฐประเทศตัวอย่าง อย่างเป็นทางการครั้งนี้ เป็นครั้งแรกในรอบ 10 ปี",
        "นายกฯ มีกำหนดการเยือนประเทศตัวอย่าง อย่างเป็นทางการ",
    )
    assert value_of(meeting.title_th) == "เยือนประเทศตัวอย่าง อย่างเป็นทางการ"
