"""Settings sections for the way in: the mail sources, the store, reading and OCR."""

from __future__ import annotations

import re
from enum import StrEnum
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, SecretStr, field_validator, model_validator

from bot.config.oauth_settings import OAuthSettings

_URL_SCHEME = re.compile(r"[A-Za-z][\w+]*://")


class Section(BaseModel):
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


class ImapAccount(Section):
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


class MaildirSource(Section):
    enabled: bool = Field(
        default=True,
        description="On by default only when no IMAP account is configured.",
    )
    path: Path = Path("var/maildir")
    poll_seconds: float = 2.0


class SourcesSettings(Section):
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


class StoreSettings(Section):
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


class ReadingSettings(Section):
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


class OcrSettings(Section):
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
