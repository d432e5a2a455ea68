import datetime as dt
from zoneinfo import ZoneInfo

from bot.actions.calendar.entries import EntryKind, meeting_entries
from bot.actions.calendar.text import group_digits, ordinal
from bot.understanding.record import Deadline, DeadlineKind, Mode
from tests.actions.calendar.slom_wg import GMT8, slom_wg, x

BANGKOK = ZoneInfo("Asia/Bangkok")
SINGAPORE = ZoneInfo("Asia/Singapore")


def entries_of(meeting):
    return {
        e.uid.removeprefix(f"{meeting.uid}-"): e for e in meeting_entries(meeting, home=BANGKOK)
    }


def test_slom_wg_gives_the_meeting_the_dry_run_and_the_registration_deadline():
    entries = entries_of(slom_wg())

    assert list(entries) == ["meeting", "dry-run", "deadline-registration"]
    meeting, dry_run, registration = entries.values()
    assert meeting.kind is EntryKind.SESSION
    assert meeting.start == dt.datetime(2025, 9, 30, 9, 30, tzinfo=SINGAPORE)
    assert meeting.start.tzinfo == SINGAPORE, "the bare +08:00 became the named zone"
    assert meeting.start.astimezone(BANGKOK).time() == dt.time(8, 30)
    assert meeting.end.astimezone(BANGKOK).time() == dt.time(16, 30)
    assert meeting.location == "Zoom"
    assert meeting.url == "https://us06web.zoom.us/j/84825168770"
    assert (dry_run.start, dry_run.end, dry_run.all_day) == (
        dt.date(2025, 9, 29),
        dt.date(2025, 9, 30),
        True,
    )
    assert dry_run.summary == "ทดสอบระบบก่อนการประชุม / Dry run: 18th SLOM-WG"
    assert registration.kind is EntryKind.DEADLINE
    assert (
        registration.start == registration.end == dt.datetime(2025, 9, 15, 23, 59, tzinfo=SINGAPORE)
    )
    assert registration.summary == "กำหนดลงทะเบียน / Registration deadline: 18th SLOM-WG"
    assert registration.url == "https://go.gov.sg/18thslom-wgmeeting"


def test_descriptions_carry_the_zoom_details_in_english_and_thai():
    meeting, dry_run, registration = entries_of(slom_wg()).values()

    assert (
        "เข้าร่วมทาง Zoom / Join Zoom: https://us06web.zoom.us/j/84825168770" in meeting.description
    )
    assert "หมายเลขห้องประชุม / Meeting ID: 848 2516 8770" in meeting.description
    assert "รหัสผ่าน / Passcode: 610357" in meeting.description
    assert "When: Tuesday 30 September 2025, 09:30–17:30 (Asia/Singapore)" in meeting.description
    assert (
        "วันเวลา: วันอังคารที่ ๓๐ กันยายน ๒๕๖๘ เวลา ๐๘.๓๐–๑๖.๓๐ น. (เวลาประเทศไทย) "
        "(๐๙.๓๐–๑๗.๓๐ น. เวลาสิงคโปร์)" in meeting.description
    )
    assert "หมายเลขห้องประชุม / Meeting ID: 898 5955 2924" in dry_run.description
    assert "รหัสผ่าน / Passcode: 830237" in dry_run.description
    assert "610357" not in dry_run.description
    assert (
        "ครบกำหนด: วันจันทร์ที่ ๑๕ กันยายน ๒๕๖๘ เวลา ๒๒.๕๙ น. เวลาประเทศไทย (๒๓.๕๙ น. เวลาสิงคโปร์)"
        in registration.description
    )
    assert "“no later than 15 September 2025 (Singapore Time, GMT+8)”" in registration.description


def test_a_meeting_the_mail_named_in_thai_shows_the_thai_name_first():
    thai = "การประชุมคณะทำงานเจ้าหน้าที่อาวุโสด้านแรงงานอาเซียน ครั้งที่ 18"
    named = entries_of(slom_wg(record={"title_th": x(thai)}))
    english_only = entries_of(slom_wg())

    meeting = named["meeting"]
    assert meeting.summary.startswith(f"{thai} / 18th Meeting of the Senior Labour Officials")
    assert meeting.description.splitlines()[0] == thai
    lines = meeting.description.splitlines()
    thai_when = next(i for i, line in enumerate(lines) if line.startswith("วันเวลา: "))
    assert lines[thai_when + 1].startswith("When: "), "the English beside, after the Thai"
    # an English name alone is the meeting's name: it is not doubled or translated
    assert english_only["meeting"].summary.startswith("18th Meeting of the Senior Labour")
    assert " / " not in english_only["meeting"].summary


def test_uids_are_stable_and_the_content_digest_follows_changes():
    first = entries_of(slom_wg())
    same = entries_of(slom_wg(revision=5))
    moved = entries_of(slom_wg(record={"start": x(dt.datetime(2025, 9, 30, 10, 0, tzinfo=GMT8))}))

    assert [e.uid for e in first.values()] == [e.uid for e in moved.values()]
    assert first["meeting"].digest() == same["meeting"].digest()
    assert first["meeting"].digest() != moved["meeting"].digest()
    assert first["dry-run"].digest() == moved["dry-run"].digest()


def test_a_date_only_meeting_is_all_day_with_an_exclusive_end():
    meeting = slom_wg(
        record={
            "start": x(dt.date(2025, 12, 16)),
            "end": x(dt.date(2025, 12, 18)),
            "online_meetings": (),
            "registration_deadline": None,
        }
    )

    [entry] = entries_of(meeting).values()

    assert (entry.start, entry.end, entry.all_day) == (
        dt.date(2025, 12, 16),
        dt.date(2025, 12, 19),
        True,
    )
    assert entry.ends_at(BANGKOK) == dt.datetime(2025, 12, 19, tzinfo=BANGKOK)
    assert "Tuesday 16 December 2025 – Thursday 18 December 2025" in entry.description
    assert "วันอังคารที่ ๑๖ ธันวาคม ๒๕๖๘ – วันพฤหัสบดีที่ ๑๘ ธันวาคม ๒๕๖๘" in entry.description


def test_an_offset_without_a_named_zone_goes_out_in_utc():
    meeting = slom_wg(record={"timezone": x("UTC+08:00"), "online_meetings": ()})

    entry = entries_of(meeting)["meeting"]

    assert entry.start == dt.datetime(2025, 9, 30, 1, 30, tzinfo=dt.UTC)
    assert entry.start.tzinfo is dt.UTC


def test_deadlines_each_once_with_their_kind():
    meeting = slom_wg(
        record={
            "online_meetings": (),
            "deadlines": (
                Deadline(
                    DeadlineKind.REGISTRATION,
                    dt.datetime(2025, 9, 15, 23, 59, tzinfo=GMT8),
                    None,
                    "again",
                ),
                Deadline(
                    DeadlineKind.NOMINATION, dt.date(2025, 9, 10), None, "derived", derived=True
                ),
                Deadline(DeadlineKind.REPORT, None, None, "within two weeks after the Meeting"),
            ),
        }
    )

    entries = entries_of(meeting)

    assert list(entries) == ["meeting", "deadline-registration", "deadline-nomination"]
    nomination = entries["deadline-nomination"]
    assert (nomination.start, nomination.end) == (dt.date(2025, 9, 10), dt.date(2025, 9, 11))
    assert nomination.summary == "กำหนดเสนอรายชื่อผู้แทน / Nomination due: 18th SLOM-WG"


def test_a_registration_deadline_due_with_the_nomination_is_one_entry():
    due = dt.datetime(2025, 9, 15, 23, 59, tzinfo=GMT8)
    nomination = Deadline(DeadlineKind.NOMINATION, due, None, "nominations by 15 September")
    entries = entries_of(slom_wg(record={"online_meetings": (), "deadlines": (nomination,)}))

    assert list(entries) == ["meeting", "deadline-nomination"]


def test_hybrid_meeting_location_names_the_place_and_the_platform():
    meeting = slom_wg(
        record={
            "mode": x(Mode.HYBRID),
            "venue": x("Sunway Putra Hotel"),
            "city": x("Kuala Lumpur"),
            "country": x("Malaysia"),
        }
    )

    assert (
        entries_of(meeting)["meeting"].location
        == "Sunway Putra Hotel, Kuala Lumpur, Malaysia + Zoom"
    )


def test_a_start_time_without_an_end_blocks_an_hour():
    meeting = slom_wg(record={"end": None, "online_meetings": ()})

    entry = entries_of(meeting)["meeting"]

    assert entry.end - entry.start == dt.timedelta(hours=1)


def test_small_formatting_helpers():
    assert [ordinal(n) for n in (1, 2, 3, 4, 11, 12, 13, 18, 21, 22, 101)] == [
        "1st",
        "2nd",
        "3rd",
        "4th",
        "11th",
        "12th",
        "13th",
        "18th",
        "21st",
        "22nd",
        "101st",
    ]
    assert group_digits("84825168770") == "848 2516 8770"
    assert group_digits("8482516877") == "848 251 6877"
    assert group_digits("123456789") == "123 456 789"
