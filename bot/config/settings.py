"""Configuration: a TOML file, then `.env`, then `MEETBOT_*` environment variables.

Precedence, highest first: environment (``MEETBOT_SMTP__HOST``; nested keys joined
with ``__``; ``MEETBOT_SOURCES__IMAP__0__PASSWORD`` reaches the first IMAP account),
the ``.env`` file, secret files (``/run/secrets/meetbot_smtp__password``), the TOML
file, the defaults below. The defaults are the embedded setup: a local Maildir,
SQLite and outputs under ``./var``, no accounts.

Secrets (passwords, tokens) are ``SecretStr``: they print as ``**********`` and only
``get_secret_value()`` reveals them, so a logged settings object leaks nothing. A
password written into ``store.url`` is moved into ``store.password`` for the same
reason; open the database with ``settings.store.database_url()``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from enum import StrEnum
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, SecretStr, field_validator, model_validator
from pydantic_settings import (
    BaseSettings,
    DotEnvSettingsSource,
    EnvSettingsSource,
    InitSettingsSource,
    PydanticBaseSettingsSource,
    SecretsSettingsSource,
    SettingsConfigDict,
)

from bot.config.data_paths import DEFAULT_DATA_DIR, rooted_defaults
from bot.config.oauth_settings import OAuthSettings
from bot.config.settings_sources import (
    LayeredSource,
    default_secret_dirs,
    read_toml,
    secret_files_source,
)
from bot.config.trust_presets import PRESETS
from bot.config.url_secrets import secrets_in

DEFAULT_CONFIG_FILE = Path("config/meetbot.toml")
_URL_SCHEME = re.compile(r"[A-Za-z][\w+]*://")


class _Section(BaseModel):
    # A misspelt key is an error, not a silently ignored value. Frozen: settings are read
    # once; a command that needs another value makes a copy (`model_copy(update=...)`).
    model_config = ConfigDict(extra="forbid", frozen=True)


class TlsMode(StrEnum):
    IMPLICIT = "implicit"  # TLS from the first byte (IMAPS 993, SMTPS 465)
    STARTTLS = "starttls"
    NONE = "none"  # only for servers on 127.0.0.1 in tests


class ProcessedMailAction(StrEnum):
    NONE = "none"  # leave the mailbox as it is (the default: never touch mail unasked)
    FLAG = "flag"
    MOVE = "move"


class ImapAccount(_Section):
    name: str = Field(description="Short name used in logs and the store, e.g. 'ministry'.")
    host: str
    port: int | None = Field(default=None, description="Default: 993 implicit TLS, else 143.")
    tls: TlsMode = TlsMode.IMPLICIT
    verify_certificates: bool = True
    ca_file: Path | None = None
    username: str
    password: SecretStr | None = None
    oauth2_token: SecretStr | None = Field(
        default=None, description="A fixed XOAUTH2 access token; `oauth` refreshes its own."
    )
    oauth: OAuthSettings | None = Field(
        default=None, description="XOAUTH2 with a refresh token (Gmail, Microsoft 365)."
    )
    folders: list[str] = Field(default_factory=lambda: ["INBOX"])
    idle_renew_seconds: float = Field(
        default=540,
        gt=0,
        le=1740,
        description="Re-issue IDLE this often; firewalls drop quiet connections early.",
    )
    poll_seconds: float = Field(default=60, gt=0, description="Used when the server lacks IDLE.")
    timeout_seconds: float = Field(
        default=60, gt=0, description="Longest wait for the server to answer one command."
    )
    reconnect_initial_seconds: float = Field(default=2, gt=0)
    reconnect_max_seconds: float = Field(
        default=300, gt=0, description="Backoff ceiling between reconnection attempts."
    )
    on_processed: ProcessedMailAction = Field(
        default=ProcessedMailAction.NONE,
        description="After storing: leave the mail as it is, mark it \\Seen (flag), or move it.",
    )
    move_to: str | None = None

    @property
    def disposes(self) -> bool:
        """Whether processed mail is flagged or moved on the server."""
        return self.on_processed is not ProcessedMailAction.NONE


class MaildirSource(_Section):
    enabled: bool = Field(
        default=True,
        description="On by default only when no IMAP account is configured.",
    )
    path: Path = Path("var/maildir")
    poll_seconds: float = 2.0


class SourcesSettings(_Section):
    maildir: MaildirSource = Field(default_factory=MaildirSource)
    imap: list[ImapAccount] = Field(default_factory=list)

    @model_validator(mode="after")
    def _maildir_only_embedded(self) -> SourcesSettings:
        # The local Maildir is the embedded setup's mail; next to a real account it would
        # be a second, forgotten way in.
        if self.imap and "enabled" not in self.maildir.model_fields_set:
            maildir = self.maildir.model_copy(update={"enabled": False})
            return self.model_copy(update={"maildir": maildir})
        return self


class StoreSettings(_Section):
    url: str = Field(
        default="sqlite:///var/meetbot.db",
        description="SQLAlchemy URL; postgresql+psycopg://user@host/db works too.",
    )
    password: SecretStr | None = Field(
        default=None, description="The database password, kept out of `url`."
    )

    @field_validator("url")
    @classmethod
    def _database_url(cls, value: str) -> str:
        # The scheme only: SQLAlchemy, which reads the rest, takes half a second to import,
        # and a command that only reads mail (`meetbot read`) must not wait for it.
        if _URL_SCHEME.match(value) is None:
            raise ValueError(
                "not a database URL (e.g. sqlite:///var/meetbot.db or "
                "postgresql+psycopg://meetbot@localhost/meetbot)"
            )
        return value

    @model_validator(mode="before")
    @classmethod
    def _password_out_of_url(cls, data: Any) -> Any:
        url = data.get("url") if isinstance(data, dict) else None
        if not isinstance(url, str) or "@" not in url:
            return data  # no user, so no password in it
        from sqlalchemy.engine import URL, make_url
        from sqlalchemy.exc import ArgumentError

        try:
            parsed = make_url(url)
        except ArgumentError:
            return data  # opening the store says what is wrong
        if parsed.password is None:
            return data
        if data.get("password") is not None:
            raise ValueError("the password is given twice: in store.url and store.password")
        # URL.set(password=None) means "leave it": build the URL again without one.
        without = URL.create(
            parsed.drivername,
            username=parsed.username,
            host=parsed.host,
            port=parsed.port,
            database=parsed.database,
            query=parsed.query,
        )
        password = str(parsed.password)
        return {**data, "password": password, "url": without.render_as_string(hide_password=False)}

    def database_url(self) -> str:
        """The URL to connect with, password included: never log it."""
        if self.password is None:
            return self.url
        from sqlalchemy.engine import make_url

        url = make_url(self.url).set(password=self.password.get_secret_value())
        return url.render_as_string(hide_password=False)


class ReadingSettings(_Section):
    max_attachment_mb: float = 25.0
    max_pdf_pages: int = 200
    attachment_timeout_seconds: float = 30.0
    workers: int = Field(
        default=1,
        ge=0,
        description="Processes that read and extract during a backfill while the main one "
        "stores; 0: all in the main process.",
    )
    message_seconds: float = Field(
        default=120.0,
        ge=0,
        description="Time the daemon gives reading and extracting one message, OCR included; "
        "a message over it is stored failed and its worker process replaced. 0: no budget, "
        "messages read in the daemon's own process.",
    )
    worker_memory_mb: int = Field(
        default=1024,
        ge=0,
        description="Memory (address space) of the process that reads a message; a message "
        "that needs more is stored failed. 0: no cap.",
    )


class OcrSettings(_Section):
    """Scanned PDF pages and image attachments, read with Tesseract."""

    enabled: bool = True
    languages: str = Field(default="tha+eng", description="Tesseract's -l: Thai, then English.")
    dpi: int = Field(default=300, ge=100, le=600, description="Resolution pages are rendered at.")
    page_seconds: float = Field(
        default=60.0, gt=0, description="Time cap per page; a page over it is skipped."
    )
    max_pages_per_message: int = Field(
        default=20, ge=0, description="Scanned pages OCR'd per message, over all attachments."
    )


class SmtpSettings(_Section):
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


class Delegate(_Section):
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


class Signer(_Section):
    name_th: str = "(ชื่อผู้ลงนาม)"
    position_th: str = "ผู้อำนวยการกองยุทธศาสตร์และแผนงาน"


class OfficeSettings(_Section):
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


class CalendarSettings(_Section):
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


class MemoSettings(_Section):
    output_dir: Path = Path("var/memos")
    template_dir: Path = Path("templates/memo")
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


class ActionsSettings(_Section):
    skip_past: bool = Field(
        default=False,
        description="Meetings already over get no new-invitation notice, invitations or "
        "reminders (they are still stored and linked).",
    )


class RemindersSettings(_Section):
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


class TelegramSettings(_Section):
    token: SecretStr | None = None
    base_url: str | None = Field(
        default=None, description="Bot API base, e.g. a local stand-in; default api.telegram.org."
    )
    group_chat_ids: list[int] = Field(default_factory=list)
    allowed_user_ids: list[int] = Field(default_factory=list)


class Role(StrEnum):
    """What a person may do; the workspace uses the same names. Each includes the ones before."""

    VIEWER = "viewer"  # reads meetings and deadlines
    OFFICER = "officer"  # acts: assigns, marks done, sees links and passcodes
    APPROVER = "approver"  # also approves meetings held for approval
    ADMIN = "admin"


CHAT_PERSON_PREFIXES = ("telegram:", "line:")


class ChatSettings(_Section):
    roles: dict[str, Role] = Field(
        default_factory=dict,
        description='Roles by person, "telegram:<user id>" or "line:<user id>"; '
        "allowed users without one are officers.",
    )

    @field_validator("roles")
    @classmethod
    def _known_channels(cls, value: dict[str, Role]) -> dict[str, Role]:
        wrong = [k for k in value if not k.startswith(CHAT_PERSON_PREFIXES) or ":" not in k[5:]]
        if wrong:
            raise ValueError(f"chat.roles keys must be telegram:<id> or line:<id>, not {wrong}")
        return value


class LineSettings(_Section):
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


class TrustSettings(_Section):
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


class WebSettings(_Section):
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


class ReviewSettings(_Section):
    threshold: float = Field(
        default=0.8,
        ge=0.0,
        le=1.0,
        description="Extracted values less sure than this are marked needs_review.",
    )
    before_invites: bool = Field(
        default=True,
        description="Invitations wait until every needs_review value is confirmed.",
    )


class Settings(BaseSettings):
    """Everything meetbot can be told. See config/meetbot.example.toml."""

    model_config = SettingsConfigDict(
        env_prefix="MEETBOT_",
        env_nested_delimiter="__",
        env_file=".env",
        env_file_encoding="utf-8",
        extra="forbid",
        frozen=True,
    )

    data_dir: Path = Field(
        default=DEFAULT_DATA_DIR,
        description="Root of every path not set explicitly: store, Maildir, feed, memos, "
        "secrets, caches.",
    )
    timezone: str = "Asia/Bangkok"
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"
    log_json: bool = False

    sources: SourcesSettings = Field(default_factory=SourcesSettings)
    store: StoreSettings = Field(default_factory=StoreSettings)
    reading: ReadingSettings = Field(default_factory=ReadingSettings)
    ocr: OcrSettings = Field(default_factory=OcrSettings)
    smtp: SmtpSettings = Field(default_factory=SmtpSettings)
    office: OfficeSettings = Field(default_factory=OfficeSettings)
    delegates: list[Delegate] = Field(default_factory=list)
    calendar: CalendarSettings = Field(default_factory=CalendarSettings)
    memo: MemoSettings = Field(default_factory=MemoSettings)
    actions: ActionsSettings = Field(default_factory=ActionsSettings)
    reminders: RemindersSettings = Field(default_factory=RemindersSettings)
    telegram: TelegramSettings = Field(default_factory=TelegramSettings)
    line: LineSettings = Field(default_factory=LineSettings)
    chat: ChatSettings = Field(default_factory=ChatSettings)
    web: WebSettings = Field(default_factory=WebSettings)
    trust: TrustSettings = Field(default_factory=TrustSettings)
    review: ReviewSettings = Field(default_factory=ReviewSettings)

    @model_validator(mode="before")
    @classmethod
    def _paths_under_data_dir(cls, data: Any) -> Any:
        return rooted_defaults(data) if isinstance(data, dict) else data

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(f"unknown time zone {value!r} (use an IANA name)") from exc
        return value

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        # Built in code (`Settings(...)`): no file, and no secret folders of the machine.
        secret_files = secret_files_source(file_secret_settings, ())
        layers = (init_settings, env_settings, dotenv_settings, secret_files)
        return (LayeredSource(settings_cls, layers, {}, dotenv_settings),)

    @classmethod
    def load(
        cls,
        path: Path | None = None,
        *,
        secret_dirs: Sequence[Path] | None = None,
        **overrides: Any,
    ) -> Settings:
        """Read settings from `path` (or config/meetbot.toml when it exists) and the environment.

        Secret files are looked for in `secret_dirs` (default: /run/secrets and systemd's
        $CREDENTIALS_DIRECTORY). Raises OSError when `path` cannot be read,
        tomllib.TOMLDecodeError, ConfigError, or pydantic's ValidationError;
        `bot.config.config_check.load_settings` turns all of them into plain words.
        """
        if path is None and DEFAULT_CONFIG_FILE.is_file():
            path = DEFAULT_CONFIG_FILE
        file_values = read_toml(path) if path is not None else {}
        dirs = default_secret_dirs() if secret_dirs is None else secret_dirs
        dotenv = DotEnvSettingsSource(cls)
        layers = (
            InitSettingsSource(cls, init_kwargs=overrides),
            EnvSettingsSource(cls),
            dotenv,
            secret_files_source(SecretsSettingsSource(cls), dirs),
        )
        # Validated as it is, not through __init__, which would read the layers again
        # without the file.
        return cls.model_validate(LayeredSource(cls, layers, file_values, dotenv)())

    def secret_values(self) -> list[str]:
        """Every secret configured, for the log filter that masks them."""
        return [secret for _, secret in self.secrets()]

    def secrets(self) -> list[tuple[str, str]]:
        """Every secret configured, with its key (`sources.imap.0.password`)."""
        found: list[tuple[str, str]] = []
        _collect_secrets(self, "", found)
        found.extend(("calendar.caldav_url", s) for s in secrets_in(self.calendar.caldav_url))
        return found

    def delegate(self, key: str) -> Delegate | None:
        return next((d for d in self.delegates if d.key == key), None)


def _collect_secrets(value: object, key: str, found: list[tuple[str, str]]) -> None:
    if isinstance(value, SecretStr):
        secret = value.get_secret_value()
        if secret:
            found.append((key, secret))
    elif isinstance(value, BaseModel):
        for name in type(value).model_fields:
            _collect_secrets(getattr(value, name), f"{key}.{name}".lstrip("."), found)
    elif isinstance(value, list | tuple):
        for index, item in enumerate(value):
            _collect_secrets(item, f"{key}.{index}", found)
