"""Settings sections for what the bot does and who it answers to: SMTP, delegates,
the office, calendars, memos, reminders, chat, trust, the workspace and review."""

from __future__ import annotations

import datetime as dt
from importlib.resources import files
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, field_validator

from bot.config.intake_sections import Section, TlsMode
from bot.config.oauth_settings import OAuthSettings
from bot.config.roles import Role
from bot.config.trust_presets import PRESETS


def shipped_templates(folder: str) -> Path:
    """A folder of the templates meetbot ships, inside its package (bot/templates: the
    repository's templates/ through a link, the files themselves in an installed wheel),
    so meetbot finds them whatever folder it is started from."""
    return Path(str(files("bot"))) / "templates" / folder


class SmtpSettings(Section):
    host: str | None = Field(default=None, description="Unset: outgoing mail stays in the outbox.")
    port: int | None = None
    tls: TlsMode = TlsMode.STARTTLS
    verify_certificates: bool = True
    username: str | None = None
    password: SecretStr | None = None
    oauth: OAuthSettings | None = Field(
        default=None, description="XOAUTH2 with a refresh token instead of a password."
    )
    from_address: str = "meetbot@localhost"
    from_name: str = "meetbot"
    timeout_seconds: float = 30.0


class Delegate(Section):
    key: str = Field(description="Short id used on the command line and in chat, e.g. 'somchai'.")
    name: str = Field(description="Name in English.")
    name_th: str | None = None
    position: str | None = None
    position_th: str | None = None
    department: str | None = None
    unit_th: str | None = Field(
        default=None, description="Unit in Thai as the memo writes it: กองยุทธศาสตร์และแผนงาน."
    )
    email: str | None = None
    telegram_chat_id: int | None = None
    line_user_id: str | None = Field(
        default=None, description="The delegate's LINE user id (U followed by 32 hex digits)."
    )


class Signer(Section):
    name_th: str = "(ชื่อผู้ลงนาม)"
    position_th: str = "ผู้อำนวยการกองยุทธศาสตร์และแผนงาน"


class OfficeSettings(Section):
    ministry_th: str = "กระทรวงแรงงาน"
    department_th: str = "กรมการจัดหางาน"
    department_en: str = "Department of Employment"
    unit_th: str = Field(
        default="กองยุทธศาสตร์และแผนงาน กลุ่มงานวิเทศสัมพันธ์",
        description="ส่วนราชการ line of the memo.",
    )
    unit_short_th: str = "กองยุทธศาสตร์และแผนงาน"
    phone_th: str = "๐ ๒๒๔๕ ๑๓๓๐ ภายใน ๓๑๗๔"
    reference_prefix_th: str = Field(default="รง ๐๓๐๘.๒", description="ที่ before the '/'.")
    addressee_th: str = "อธิบดี"
    signer: Signer = Field(default_factory=Signer)


class CalendarSettings(Section):
    feed_path: Path = Path("var/calendar.ics")
    alarm_minutes: list[int] = Field(default_factory=lambda: [24 * 60, 60])
    caldav_url: str | None = None
    caldav_username: str | None = None
    caldav_password: SecretStr | None = None
    caldav_calendar: str | None = None


# How the department answers an invitation: through the ministry (a letter to the Permanent
# Secretary, for the Director-General to sign) or directly to the organiser; "auto" follows
# the way the invitation came.
Route = Literal["auto", "ministry", "direct"]


class MemoSettings(Section):
    output_dir: Path = Path("var/memos")
    template_dir: Path = Field(default_factory=lambda: shipped_templates("memo"))
    emblem_path: Path | None = Field(
        default=None, description="The office's Garuda image; a placeholder when unset."
    )
    urgent_days: dict[str, int] = Field(
        default_factory=lambda: {"ด่วนที่สุด": 3, "ด่วนมาก": 7, "ด่วน": 14},
        description="Urgency mark when the registration deadline is this many days away or less.",
    )
    pdf: bool = Field(
        default=True, description="Also make a PDF when LibreOffice (soffice) is installed."
    )
    route: Route = Field(
        default="auto",
        description='"ministry": through the ministry (memo ๓.๒: ลงนามในหนังสือถึง'
        'ปลัดกระทรวงแรงงาน, with the covering letter); "direct": to the organiser; '
        '"auto": as the invitation came.',
    )
    number_source: Literal["register", "meetbot"] = Field(
        default="register",
        description="Who numbers memos: the department's register (the number is left blank: "
        "ที่ รง ๐๓๐๘.๒/ …) or meetbot's own counter (`meetbot memo --take-number`).",
    )
    travel_days_abroad: int = Field(
        default=1,
        ge=0,
        description="Days of travel before and after a meeting abroad, when the organiser's "
        "note gives no arrival and departure: the memo's dates (รวมวันเดินทาง).",
    )
    sender_names_th: dict[str, str] = Field(
        default_factory=lambda: {
            "asean.org": "สำนักเลขาธิการอาเซียน",
            "mol.go.th": "สำนักงานปลัดกระทรวงแรงงาน",
        },
        description="Thai name of an inviting organisation by mail domain (subdomains match); "
        "an unknown sender is left as a blank to fill in.",
    )


class ActionsSettings(Section):
    skip_past: bool = Field(
        default=False,
        description="Meetings already over get no new-invitation notice, invitations or "
        "reminders (they are still stored and linked).",
    )


class RemindersSettings(Section):
    offsets_days: list[int] = Field(default_factory=lambda: [7, 3, 1])
    morning_of: dt.time = dt.time(8, 30)
    before_start_minutes: int = 60
    nomination_working_days_before_registration: int = 3
    report_due_days_after_meeting: int | None = Field(
        default=None,
        description="An office's own target for the report, not a regulation; unset: none.",
    )
    digest_time: dt.time | None = dt.time(8, 0)
    holidays_country: str | None = Field(
        default="TH",
        description="Public holidays (the `holidays` package's country code) get no reminders.",
    )
    days_off: list[dt.date] = Field(
        default_factory=list, description="Days the office declared off, on top of holidays."
    )


class TelegramSettings(Section):
    token: SecretStr | None = None
    base_url: str | None = Field(
        default=None, description="Bot API base, e.g. a local stand-in; default api.telegram.org."
    )
    group_chat_ids: list[int] = Field(default_factory=list)
    allowed_user_ids: list[int] = Field(default_factory=list)


CHAT_PERSON_PREFIXES = ("telegram:", "line:")


class ChatSettings(Section):
    roles: dict[str, Role] = Field(
        default_factory=dict,
        description='Roles by person, "telegram:<user id>" or "line:<user id>"; '
        "allowed users without one are officers.",
    )

    @field_validator("roles")
    @classmethod
    def _known_channels(cls, value: dict[str, Role]) -> dict[str, Role]:
        wrong = [
            k for k in value if not k.startswith(CHAT_PERSON_PREFIXES) or not k.partition(":")[2]
        ]
        if wrong:
            raise ValueError(f"chat.roles keys must be telegram:<id> or line:<id>, not {wrong}")
        return value


class LineSettings(Section):
    channel_access_token: SecretStr | None = None
    channel_secret: SecretStr | None = None
    api_base_url: str | None = Field(
        default=None, description="Messaging API host, e.g. a local stand-in; default LINE's."
    )
    group_ids: list[str] = Field(default_factory=list)
    allowed_user_ids: list[str] = Field(default_factory=list)
    webhook_host: str = "127.0.0.1"
    webhook_port: int = 8090
    webhook_path: str = "/line/webhook"


class TrustSettings(Section):
    preset: Literal["th-mol", "none"] = Field(
        default="th-mol",
        description="Organisers and government link services added to the lists below; "
        "see bot/config/trust_presets.py.",
    )
    allowed_sender_domains: list[str] = Field(
        default_factory=lambda: ["asean.org", "mol.go.th", "doe.go.th"]
    )
    allowed_senders: list[str] = Field(default_factory=list)
    meeting_link_hosts: list[str] = Field(
        default_factory=lambda: [
            "zoom.us",
            "teams.microsoft.com",
            "teams.live.com",
            "webex.com",
            "meet.google.com",
        ]
    )
    trusted_authserv_ids: list[str] = Field(
        default_factory=list,
        description="Our own mail server's authserv-id; only its Authentication-Results count.",
    )
    # Our own DKIM check, for a receiving server that writes no Authentication-Results:
    # it looks up the signers' keys in DNS.
    verify_dkim: bool = False
    dns_timeout_seconds: float = Field(default=5.0, gt=0, le=60)
    shortener_hosts: list[str] = Field(
        default_factory=lambda: ["bit.ly", "tinyurl.com", "go.gov.sg", "t.co", "goo.gl", "ow.ly"]
    )
    government_link_hosts: list[str] = Field(
        default_factory=list,
        description="Link services only government officers can use; a link through one "
        "does not hold a meeting (the preset adds its own).",
    )
    resolve_links: bool = Field(
        default=False,
        description="Find where a government link points (a HEAD request following "
        "redirects, never the page) and say so in the notice.",
    )
    resolve_timeout_seconds: float = Field(default=5.0, gt=0, le=60)

    def sender_domains(self) -> list[str]:
        """The allowed domains, the preset's included."""
        return [*self.allowed_sender_domains, *PRESETS[self.preset].sender_domains]

    def link_services(self) -> list[str]:
        """Government link services, the preset's included."""
        return [*self.government_link_hosts, *PRESETS[self.preset].government_link_hosts]


class WebSettings(Section):
    host: str = Field(default="127.0.0.1", description="Where the workspace listens.")
    port: int = Field(default=8470, ge=1, le=65535)
    base_url: str | None = Field(
        default=None, description="The workspace's address for links in notices and feeds."
    )
    secret_key: SecretStr | None = Field(
        default=None, description="Signs session cookies; unset: one kept in data_dir."
    )
    trusted_proxy_header: str | None = Field(
        default=None, description="Header with the user name set by a single sign-on proxy."
    )
    login_attempts_per_minute: int = Field(default=5, ge=1)


# Values less sure than this are checked by a person: the settings' default, the confidence
# extraction holds unreliable classes under (bot.understanding.calibration) and the scorer's.
REVIEW_THRESHOLD = 0.8


class ReviewSettings(Section):
    threshold: float = Field(
        default=REVIEW_THRESHOLD,
        ge=0.0,
        le=1.0,
        description="Extracted values less sure than this are marked needs_review.",
    )
    before_invites: bool = Field(
        default=True,
        description="Invitations wait until every needs_review value is confirmed.",
    )
