"""Which date is the meeting's: roles given by named signals, and the signals in the reasons."""

from __future__ import annotations

import datetime as dt
import json
from zoneinfo import ZoneInfo

from bot.understanding.fields import date_confidence
from bot.understanding.fields.date_confidence import features, fitted_confidence
from bot.understanding.fields.date_roles import DateSignal
from bot.understanding.record import Extraction
from tests.understanding.helpers import extract_text


def _days(extraction: Extraction) -> tuple[object, object]:
    record = extraction.meeting
    assert record.start is not None
    return record.start.value, record.end.value if record.end else None


def test_the_conference_row_of_an_important_dates_table_is_the_meeting() -> None:
    body = (
        "Call for papers: Asian Labour Migration Conference\n\n"
        "Important dates\n"
        "Abstract submission: 15 May 2026\n"
        "Notification of acceptance: 30 May 2026\n"
        "Early-bird registration: 15 June 2026\n"
        "Conference: 10-12 August 2026\n"
    )
    assert _days(extract_text(body)) == (dt.date(2026, 8, 10), dt.date(2026, 8, 12))


def test_a_council_session_of_the_year_is_not_a_meeting_over_the_whole_year() -> None:
    body = (
        "ด้วยสภาองค์การบริหารส่วนตำบลหนองกุ้ง นัดประชุมสภา สมัยสามัญ สมัยที่ ๓ ประจำปี ๒๕๖๙\n"
        "ในวันพฤหัสบดีที่ ๑๔ พฤษภาคม ๒๕๖๙ เวลา ๐๙.๓๐ น. ที่ห้องประชุมใหญ่"
    )
    start, _ = _days(extract_text(body))
    assert start == dt.datetime(2026, 5, 14, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=7)))


def test_the_date_a_notice_was_published_is_not_the_meeting() -> None:
    body = (
        "News | Published on 1 April 2026\n\n"
        "Regional Dialogue on Decent Work for Migrant Workers\n"
        "20 May 2026, Vientiane, Lao PDR\n"
    )
    assert _days(extract_text(body))[0] == dt.date(2026, 5, 20)


def test_a_past_meeting_cited_for_context_is_not_the_meeting() -> None:
    body = (
        "Dear colleagues,\n\n"
        "Following the first meeting, which was held on 3 February 2026 in Jakarta, we are "
        "pleased to invite you to the second meeting on 21 May 2026."
    )
    assert _days(extract_text(body))[0] == dt.date(2026, 5, 21)


def test_the_signals_that_chose_the_date_are_in_its_reasons() -> None:
    body = "The Workshop will be held on 21 May 2026 in Bangkok."
    record = extract_text(body).meeting
    assert record.start is not None
    assert any(r.startswith("meeting_words +2") for r in record.start.reasons)


def test_a_day_of_every_year_is_not_the_meeting() -> None:
    body = (
        "เรียน ผู้เกี่ยวข้อง\n\n"
        "วันที่ 1 เมษายน 2569 เวลา 09.30 น. นายกเทศมนตรีนัดหารือเตรียมงานวันที่ 18 "
        "มีนาคม ของทุกปี ซึ่งเป็นวันเทศบาล ที่ห้องรับรองชั้นสอง\n"
    )
    start, _ = _days(extract_text(body))
    assert start == dt.datetime(2026, 4, 1, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=7)))


def test_a_programme_day_heading_is_not_a_letters_date() -> None:
    body = (
        "Programme of the Regional Meeting\n\n"
        "Agenda | 05 March 2026\n\n"
        "Saturday, 16 May 2026\n\n"
        "14.30–17.00 Registration\n\n"
        "Sunday, 17 May 2026\n\n"
        "09.00–12.00 Opening session\n"
    )
    assert _days(extract_text(body))[0] == dt.date(2026, 5, 16)


def test_a_date_chosen_by_a_narrow_margin_is_doubtful() -> None:
    body = (
        "Dear colleagues,\n\nThe first session will be held on 20 May 2026 and the second "
        "session will be held on 27 May 2026.\n"
    )
    start = extract_text(body).meeting.start
    assert start is not None
    assert start.confidence < 0.8
    assert any(r.startswith("another date scores") for r in start.reasons)


def test_the_meeting_row_of_a_table_with_labels_above_its_dates_is_the_meeting() -> None:
    body = (
        "กำหนดการ (Important Dates)\n\n"
        "ส่งต้นฉบับผลงาน\n1 มีนาคม 2569 – 31 พฤษภาคม 2569\n\n"
        "แจ้งผลการคัดเลือกผลงาน\n31 กรกฎาคม 2569\n\n"
        "วันประชุมนำเสนอผลงาน\n19 – 20 ตุลาคม 2569\n\n"
        "ทัศนศึกษา ณ ประเทศลาว\n21 – 23 ตุลาคม 2569\n"
    )
    assert _days(extract_text(body)) == (dt.date(2026, 10, 19), dt.date(2026, 10, 20))


def test_the_new_date_of_a_postponement_said_from_to_is_the_meeting() -> None:
    for body in (
        "เรียน ผู้เกี่ยวข้อง\n\nบริษัทที่ปรึกษามีความจำเป็นต้องเลื่อนการประชุมจากวันพุธที่ 20 "
        "พฤษภาคม พ.ศ.2569 เป็นวันศุกร์ที่ 12 มิถุนายน พ.ศ.2569 ณ ห้องประชุมเทศบาล",
        "Dear colleagues,\n\nThe hearing has been postponed from 20 May 2026 to 12 June 2026 "
        "at the Town Hall.",
    ):
        assert _days(extract_text(body))[0] == dt.date(2026, 6, 12)


def test_a_postponement_until_further_notice_has_no_start() -> None:
    for body in (
        "เรียน สมาชิกสมาคม\n\nขอเลื่อนการประชุมใหญ่สามัญประจำปี ซึ่งกำหนดจัดในวันเสาร์ที่ 16 "
        "พฤษภาคม 2569 เวลา 09.00 น. ออกไปก่อน จนกว่าสถานการณ์จะคลี่คลาย",
        "Dear members,\n\nThe Annual General Meeting on 16 May 2026 is postponed until "
        "further notice.",
    ):
        extraction = extract_text(body, subject="Postponement of the Annual General Meeting")
        assert extraction.kind.value == "postponement"
        assert extraction.meeting.start is None


def test_a_published_date_label_is_not_the_meeting() -> None:
    body = (
        "Regional Dialogue on Skills Recognition\n"
        "Published Date: 2026-03-20\n"
        "Hanoi: On the morning of March 18, 2026, the Regional Dialogue on Skills Recognition "
        "was held with delegates of ten countries."
    )
    assert _days(extract_text(body))[0] == dt.date(2026, 3, 18)


def test_dates_a_postponing_sentence_calls_scheduled_are_the_old_ones() -> None:
    body = (
        "Hello all,\nSadly the committee has to postpone our Harbour Safety\n"
        "Conference that is scheduled for May 14th & 15th. More news to follow."
    )
    extraction = extract_text(body, subject="Harbour Safety Conference Postponement")
    assert extraction.kind.value == "postponement"
    assert extraction.meeting.start is None


def test_the_fitted_date_weights_name_only_features_the_extractor_gives() -> None:
    known = {s.name.lower() for s in DateSignal} | {
        date_confidence.SCORE,
        date_confidence.CLOSE_RIVAL,
        date_confidence.ENGINE_DOUBT,
    }
    data = json.loads(date_confidence.WEIGHTS_FILE.read_text(encoding="utf-8"))
    assert set(data["weights"]) <= known


def test_a_close_rival_lowers_the_fitted_confidence() -> None:
    signals = [DateSignal.MEETING_WORDS, DateSignal.RANGE, DateSignal.IN_BODY]
    clear = fitted_confidence(features(signals, score=4, close_rival=False, engine_doubt=False))
    close = fitted_confidence(features(signals, score=4, close_rival=True, engine_doubt=False))
    assert close < clear


def test_a_postponement_naming_only_the_planned_day_has_no_start() -> None:
    body = (
        "Dear members,\nThe Association had planned its annual general meeting on "
        "18 April 2026 as every "
        "year. Owing to the outbreak, the meeting is postponed."
    )
    extraction = extract_text(body, subject="Annual general meeting postponed")
    assert extraction.kind.value == "postponement"
    assert extraction.meeting.start is None


def test_a_postponement_whose_meeting_will_now_be_held_keeps_the_new_day() -> None:
    body = (
        "Dear colleagues,\nThe Annual Forum is postponed owing to the storm. "
        "The Forum will now be held on "
        "12 May 2026 at the same venue."
    )
    extraction = extract_text(body, subject="Annual Forum postponed")
    assert extraction.kind.value == "postponement"
    assert _days(extraction)[0] == dt.date(2026, 5, 12)


def test_a_news_datelines_date_is_the_reports_not_the_meetings() -> None:
    body = (
        "Forum on Labour Inspection\n\n"
        "KUALA LUMPUR, 28 March 2026 – Labour inspectors of ten countries met on 24 March "
        "at the Forum."
    )
    assert _days(extract_text(body))[0] == dt.date(2026, 3, 24)


def test_the_sitting_called_with_its_hour_in_a_session_is_the_meeting() -> None:
    body = (
        "เรียน สมาชิกสภาเทศบาล\n"
        "ตามที่สภาเทศบาลได้ลงมติในการประชุม เมื่อวันที่ ๑๐ มีนาคม ๒๕๖๙ ให้มีสมัยประชุมสามัญ สมัยที่ ๓ "
        "ประจำปี ๒๕๖๙ แล้ว\n"
        "จึงขอเรียกสมาชิกเข้าประชุมสภาเทศบาลตำบลหนองกุ้ง สมัยสามัญ สมัยที่ ๓ ประจำปี ๒๕๖๙ "
        "ในวันพุธที่ ๑๕ เมษายน ๒๕๖๙ "
        "เวลา ๐๙.๓๐ น. เป็นต้นไป ที่ห้องประชุมชั้นสาม\n"
    )
    start = extract_text(body).meeting.start
    assert start is not None
    assert start.value == dt.datetime(2026, 4, 15, 9, 30, tzinfo=ZoneInfo("Asia/Bangkok"))


def test_a_news_dateline_is_not_the_meeting() -> None:
    body = (
        "Regional Dialogue on Skills Recognition\n\n"
        "VIENTIANE, 28 March 2026 – Labour officials of the region gathered on 24 March at the"
        " Regional Dialogue on Skills Recognition to agree a common plan.\n"
    )
    assert _days(extract_text(body))[0] == dt.date(2026, 3, 24)


def test_a_publication_label_on_the_dates_line_is_not_the_meeting() -> None:
    body = (
        "Consultation on Social Protection for Platform Workers\n\n"
        "Published Date: 2026-03-30\n\n"
        "Hanoi: On the morning of March 27, 2026, the Consultation on Social Protection for"
        " Platform Workers brought together trade unions and employers.\n"
    )
    assert _days(extract_text(body))[0] == dt.date(2026, 3, 27)


def test_yesterday_in_a_news_story_counts_from_its_dateline() -> None:
    body = (
        "NNA Dhaka, March 31, 2026 —\n\n"
        "The Ministry of Labour organised here yesterday a national dialogue on wage policy.\n"
    )
    record = extract_text(body).meeting
    assert record.start is not None
    assert record.start.value == dt.date(2026, 3, 30)
    assert record.start.confidence < 0.8  # a word, not a written date: a person looks


def test_a_weekday_in_a_news_story_is_the_last_such_day_before_its_dateline() -> None:
    body = (
        "MANILA, Apr. 1 (PNA) -- The labour department opened its tripartite wage forum"
        " on Monday to hear workers and employers.\n"
    )
    record = extract_text(body).meeting
    assert record.start is not None
    assert record.start.value == dt.date(2026, 3, 30)  # 1 April 2026 is a Wednesday


def test_a_sitting_called_from_an_hour_onwards_is_not_the_session_period() -> None:
    body = (
        "ประธานสภาจึงมีประกาศให้ประชุมสภาองค์การบริหารส่วนตำบลหนองกุ้ง สมัยสามัญ สมัยที่ ๓"
        " ประจำปี ๒๕๖๙ ในวันพุธที่ ๒๒ เดือน เมษายน ๒๕๖๙ เวลา ๐๙.๓๐ น. เป็นต้นไป"
        " ที่ห้องประชุมใหญ่\n"
    )
    start, _ = _days(extract_text(body))
    assert start == dt.datetime(2026, 4, 22, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=7)))


def test_a_meeting_said_as_past_in_an_opening_paragraph_is_cited_not_called() -> None:
    # Both dates have meeting words; "เมื่อวันที่" says the first was held before the letter.
    body = (
        "ตามที่ที่ประชุมคณะกรรมการได้มีมติ เมื่อวันที่ ๒๐ มีนาคม ๒๕๖๙ ให้จัดการประชุมครั้งต่อไป"
        " จึงขอเชิญประชุมในวันที่ ๒๐ เมษายน ๒๕๖๙ เวลา ๑๐.๐๐ น. ณ ห้องประชุมกรม\n"
    )
    start, _ = _days(extract_text(body))
    assert start == dt.datetime(2026, 4, 20, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=7)))


def test_a_session_period_broken_over_lines_by_a_pdf_is_still_a_period() -> None:
    body = (
        "สภามีกำหนดสมัยสามัญ สมัยที่ ๓ ประจำปี ๒๕๖๙ ระหว่างวันที่ ๑\n"
        "เดือนพฤษภาคม ๒๕๖๙\n"
        "เป็นต้นไป รวมแล้วไม่เกิน ๑๕ วัน จึงนัดประชุมสภาในวันที่ ๑๒ เดือนพฤษภาคม ๒๕๖๙ เวลา\n"
        "๐๘.๓๐ น. ที่ห้องประชุมใหญ่\n"
    )
    start, _ = _days(extract_text(body))
    assert start == dt.datetime(2026, 5, 12, 8, 30, tzinfo=dt.timezone(dt.timedelta(hours=7)))


def test_a_dateline_written_again_does_not_count_as_a_repeated_meeting_day() -> None:
    body = (
        "HANOI, 30 March 2026 – Labour inspection is a priority of the region. On 27-28 March,"
        " inspectors of ten countries gathered at the 5th Regional Labour Inspection Meeting in"
        " Hanoi.\n\nChaired by the Ministry, the meeting reviewed its plan of action.\n\n"
        "It was followed by the Labour Inspection Forum on 30 March. The Forum was attended by"
        " over 100 participants from inspectorates, employers, trade unions and the ILO.\n"
    )
    assert _days(extract_text(body)) == (dt.date(2026, 3, 27), dt.date(2026, 3, 28))


def test_a_table_with_each_date_above_its_label_gives_the_conference_row() -> None:
    body = (
        "กำหนดการประชุมวิชาการระดับชาติ\n\n"
        "1 – 31 พฤษภาคม 2569\n"
        "เปิดรับบทความ\n\n"
        "15 มิถุนายน 2569\n"
        "ประกาศผลการพิจารณาบทความ\n\n"
        "20 – 21 สิงหาคม 2569\n"
        "วันประชุมนำเสนอผลงาน\n"
    )
    assert _days(extract_text(body)) == (dt.date(2026, 8, 20), dt.date(2026, 8, 21))


def test_a_letters_date_above_its_subject_is_not_a_table_row() -> None:
    body = (
        "25 มีนาคม 2569\n"
        "เรื่อง ขอเชิญประชุมคณะทำงาน\n"
        "เรียน ผู้อำนวยการกอง\n\n"
        "ด้วยกรมการจัดหางานกำหนดจัดประชุมคณะทำงาน ในวันที่ 10 เมษายน 2569 เวลา 09.30 น.\n"
    )
    start, _ = _days(extract_text(body))
    assert start == dt.datetime(2026, 4, 10, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=7)))


def test_deadlines_written_twice_do_not_outweigh_the_conference_that_will_run() -> None:
    body = (
        "Key dates\n\n"
        "Mon 4 May 2026:  Notification of accepted papers\n"
        "Mon 4 May 2026:  Online registration opens\n"
        "Mon 4 May 2026:  Notification of accepted posters\n\n"
        "The conference will run from 13 to 15 July, 2026 as follows:\n"
    )
    assert _days(extract_text(body)) == (dt.date(2026, 7, 13), dt.date(2026, 7, 15))


def test_a_row_whose_label_follows_its_date_on_the_line_is_read_by_that_label() -> None:
    body = (
        "กำหนดการ\n"
        "1 – 30 เมษายน 2569\n"
        "15 พฤษภาคม 2569 ประกาศรายชื่อบทความที่ผ่านการพิจารณา\n"
        "15 – 16 มิถุนายน 2569 เจ้าของบทความนำเสนอผลงาน\n"
        "17 มิถุนายน 2569 ทัศนศึกษา\n"
    )
    assert _days(extract_text(body)) == (dt.date(2026, 6, 15), dt.date(2026, 6, 16))


def test_a_postponement_that_writes_only_the_old_dates_has_no_start() -> None:
    body = (
        "Dear colleagues,\n\n"
        "We must postpone the Regional Forum on Care Work that is scheduled for 20-21 May 2026."
        " We will share the arrangements once the situation allows.\n"
    )
    extraction = extract_text(body, subject="Postponement: Regional Forum on Care Work")
    assert extraction.kind.value == "postponement"
    assert extraction.meeting.start is None


def test_a_postponement_that_says_when_it_will_now_take_place_keeps_that_day() -> None:
    body = (
        "Dear colleagues,\n\n"
        "The Regional Forum on Care Work, planned for 20-21 May 2026, has been postponed."
        " It will now take place on 16-17 June 2026 at the same venue.\n"
    )
    extraction = extract_text(body, subject="Postponement: Regional Forum on Care Work")
    assert extraction.kind.value == "postponement"
    assert _days(extraction) == (dt.date(2026, 6, 16), dt.date(2026, 6, 17))


def test_a_listings_bracketed_posting_date_is_not_the_meeting() -> None:
    body = (
        "[2026-03-20] Call to the Provincial Labour Committee\n\n"
        "The Provincial Labour Committee is called to meet on 10 April 2026 at the city hall.\n"
    )
    assert _days(extract_text(body))[0] == dt.date(2026, 4, 10)


def test_a_month_without_a_day_is_not_the_meeting_when_its_sitting_is_dated() -> None:
    body = (
        "การประชุมคณะกรรมการจังหวัด ประจำเดือน มิถุนายน 2569\n"
        "ประชุมในวันอังคารที่ 30 มิถุนายน 2569 เวลา 09.00 น. ณ ห้องประชุมศาลากลางจังหวัด"
    )
    start, end = _days(extract_text(body))
    assert start == dt.datetime(2026, 6, 30, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=7)))
    assert end is None


def test_a_month_alone_is_never_the_meetings_days() -> None:
    body = "The regional workshop on labour migration will be held in June 2026 in Hanoi."
    assert extract_text(body).meeting.start is None


def test_the_day_a_news_story_opens_with_is_the_meeting_it_tells_of() -> None:
    body = (
        "March 30, 2026, at 09.30 hours – Person A, a deputy director, welcomed guests\n"
        "to the first day of the Example Round Table on River Safety at a hotel in Bangkok.\n"
    )
    start = extract_text(body).meeting.start
    assert start is not None
    assert start.value == dt.datetime(2026, 3, 30, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=7)))
    assert start.confidence < 0.8  # read from a story's shape, not from words of a meeting


def test_a_thai_report_dated_by_its_first_words_is_that_days_meeting() -> None:
    body = (
        "ข่าวกระทรวง\n\n"
        "เมื่อวันที่ ๓๑ มีนาคม ๒๕๖๙ ปลัดกระทรวงแรงงาน หารือกับผู้แทนองค์การแรงงานระหว่างประเทศ"
        " เรื่องความร่วมมือด้านแรงงานข้ามชาติ"
    )
    assert _days(extract_text(body))[0] == dt.date(2026, 3, 31)


def test_a_story_whose_first_sentence_names_the_meetings_days_is_dated_by_them() -> None:
    body = (
        "BANGKOK, 1 April 2026 – Labour ministers met on 30-31 March in Bangkok to discuss"
        " migrant workers' protection.\n"
    )
    assert _days(extract_text(body)) == (dt.date(2026, 3, 30), dt.date(2026, 3, 31))


def test_a_postponed_meeting_now_due_on_a_day_has_that_day() -> None:
    body = (
        "Dear colleagues,\n\n"
        "Our steering group has chosen to postpone the Example Forum on River Safety."
        " The forum is now due to take place on 21-24 September 2026.\n"
    )
    extraction = extract_text(body)
    assert extraction.kind.value == "postponement"
    assert _days(extraction) == (dt.date(2026, 9, 21), dt.date(2026, 9, 24))


def test_a_postponed_meeting_said_to_come_on_a_later_day_keeps_that_day() -> None:
    body = (
        "News\n\n"
        "After being postponed over health concerns, the ASEAN Labour Ministers' Meeting will be"
        " held via video conference on 26 June 2026. It had been scheduled for 6-9 April.\n"
    )
    assert _days(extract_text(body))[0] == dt.date(2026, 6, 26)


def test_a_postponement_naming_only_the_old_days_has_no_start() -> None:
    body = (
        "Dear colleagues,\n\n"
        "We must postpone the Regional Forum on Labour Migration, which was scheduled for"
        " 10 May 2026. New dates will be announced.\n"
    )
    assert extract_text(body).meeting.start is None


def test_a_release_date_is_the_documents_not_the_meetings() -> None:
    body = (
        "ADMINISTRATIVE CIRCULAR\nRELEASE DATE: 09 MARCH 2026\n\n"
        "The Example Trade Group's Meeting will be held on 10-21 May 2026 in Manila.\n"
    )
    assert _days(extract_text(body)) == (dt.date(2026, 5, 10), dt.date(2026, 5, 21))


def test_a_cancellations_day_called_new_is_left_for_review() -> None:
    body = (
        "Council news\n\n"
        "The council meeting slated for Monday, 6 April has been cancelled. Items planned"
        " for it now go to the 13 April council meeting.\n"
    )
    extraction = extract_text(body, subject="Council meeting cancelled")
    assert extraction.kind.value == "cancellation"
    start = extraction.meeting.start
    assert start is None or start.value == dt.date(2026, 4, 6) or start.confidence < 0.8


def test_a_series_range_holding_a_meetings_own_days_is_left_for_review() -> None:
    body = (
        "APEC Senior Officials' Meeting\n\n"
        "The SOM2 and related meetings will be held on May 10-24, 2026 in Boracay."
        " The working group sits on May 14-17, 2026.\n"
    )
    start = extract_text(body).meeting.start
    assert start is not None
    assert start.value == dt.date(2026, 5, 14) or start.confidence < 0.8


def test_a_sentence_saying_the_registration_deadline_is_a_day_gives_it() -> None:
    body = (
        "Regional Workshop on Labour Migration, 10-12 August 2026, Bangkok\n\n"
        "Deadline for early registration, including registrations for the study visits and the"
        " side events, will be July 24th, 2026.\n"
    )
    deadline = extract_text(body).meeting.registration_deadline
    assert deadline is not None
    assert deadline.value.date() == dt.date(2026, 7, 24)  # type: ignore[union-attr]


def test_a_range_alone_on_its_line_is_an_events_days_not_a_letters_date() -> None:
    body = "73rd Session of the Regional Committee\n\nSep 20 '26 - Sep 24 '26\n\nVirtual session\n"
    assert _days(extract_text(body)) == (dt.date(2026, 9, 20), dt.date(2026, 9, 24))


def test_a_bare_weekday_in_news_counts_from_the_storys_date() -> None:
    body = "The ministers agreed Tuesday on a joint plan at a meeting held via video conference.\n"
    start = extract_text(body).meeting.start  # the message is dated Thursday, 2 April 2026
    assert start is not None
    assert (start.value, start.confidence < 0.8) == (dt.date(2026, 3, 31), True)


def test_a_meetings_hour_written_before_its_day_is_no_mail_stamp() -> None:
    body = (
        "Notes from our planning meeting\n\n"
        "The first meeting took place at 6:30pm on March 27, 2026 at the Makerspace.\n"
    )
    start = extract_text(body).meeting.start
    assert start is not None
    assert start.value == dt.datetime(2026, 3, 27, 18, 30, tzinfo=ZoneInfo("Asia/Bangkok"))


def test_a_table_rows_label_wrapped_over_lines_is_read_whole() -> None:
    body = (
        "กำหนดการ วันที่\n"
        "1. รับสมัครผู้ส่งผลงานทั้ง\n"
        "บทคัดย่อและต้นฉบับ\n"
        "8 พฤษภาคม 2569\n"
        "2. ส่งต้นฉบับที่ปรับตามความ\n"
        "เห็นของกรรมการ\n"
        "8 มิถุนายน 2569\n"
        "3. นำเสนอผลงานในรูปแบบ\n"
        "Oral presentation Paper\n"
        "วันพุธ ที่ 1 กรกฎาคม 2569\n"
    )
    assert _days(extract_text(body))[0] == dt.date(2026, 7, 1)
