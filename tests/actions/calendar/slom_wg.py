"""The seeds' 18th SLOM-WG as the store would hand it over (placeholders for people)."""

import dataclasses
import datetime as dt

from bot.config.settings import CalendarSettings, Delegate, Settings, SmtpSettings, TlsMode
from bot.meetings.meeting import Meeting, MeetingStatus
from bot.understanding.record import (
    Extracted,
    MeetingRecord,
    Mode,
    OnlineMeeting,
    Platform,
    SessionLabel,
)

GMT8 = dt.timezone(dt.timedelta(hours=8))  # the store keeps bare offsets
TITLE = (
    "18th Meeting of the Senior Labour Officials Meeting Working Group on Progressive "
    "Labour Practices to Enhance the Competitiveness of ASEAN (18th SLOM-WG)"
)
ZOOM_URL = "https://us06web.zoom.us/j/84825168770"

DELEGATES = [
    Delegate(
        key="somchai", name="Somchai Example", name_th="สมชาย ตัวอย่าง", email="somchai@example.org"
    ),
    Delegate(key="malee", name="Malee Example", email="Malee@Example.org"),
    Delegate(key="noemail", name="Without Mail"),
]


def x(value, source="(test)"):
    return Extracted(value, source)


def slom_wg_record(**changes) -> MeetingRecord:
    record = MeetingRecord(
        title=x(TITLE),
        series=x("SLOM-WG"),
        ordinal=x(18),
        start=x(dt.datetime(2025, 9, 30, 9, 30, tzinfo=GMT8)),
        end=x(dt.datetime(2025, 9, 30, 17, 30, tzinfo=GMT8)),
        timezone=x("Asia/Singapore"),
        mode=x(Mode.VIRTUAL),
        online_meetings=(
            OnlineMeeting(
                Platform.ZOOM,
                ZOOM_URL,
                "84825168770",
                "610357",
                SessionLabel.MAIN,
                None,
                None,
                "(test)",
            ),
            OnlineMeeting(
                Platform.ZOOM,
                None,
                "89859552924",
                "830237",
                SessionLabel.DRY_RUN,
                dt.date(2025, 9, 29),
                None,
                "the dry run will be held on Monday, 29 September 2025",
            ),
        ),
        registration_url=x("https://go.gov.sg/18thslom-wgmeeting"),
        registration_deadline=x(
            dt.datetime(2025, 9, 15, 23, 59, tzinfo=GMT8),
            "no later than 15 September 2025 (Singapore Time, GMT+8)",
        ),
    )
    return dataclasses.replace(record, **changes)


def slom_wg(revision=1, delegates=("somchai", "malee"), **changes) -> Meeting:
    return Meeting(
        id=1,
        uid="mtg-18-slom-wg",
        status=changes.pop("status", MeetingStatus.SCHEDULED),
        record=slom_wg_record(**changes.pop("record", {})),
        revision=revision,
        delegates=tuple(delegates),
        approved=changes.pop("approved", True),
    )


def office_settings(tmp_path, smtp_server=None, **calendar) -> Settings:
    smtp = (
        SmtpSettings(
            host=smtp_server.host,
            port=smtp_server.port,
            tls=TlsMode.NONE,
            from_address="meetbot@doe.example.org",
            from_name="meetbot DOE",
        )
        if smtp_server
        else SmtpSettings(from_address="meetbot@doe.example.org", from_name="meetbot DOE")
    )
    return Settings(
        smtp=smtp,
        delegates=DELEGATES,
        calendar=CalendarSettings(feed_path=tmp_path / "var" / "calendar.ics", **calendar),
    )
