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

from collections.abc import Sequence
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, Field, SecretStr, field_validator, model_validator
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
from bot.config.intake_sections import (
    ImapAccount,
    MaildirSource,
    OcrSettings,
    ProcessedMailAction,
    ReadingSettings,
    SourcesSettings,
    StoreSettings,
    TlsMode,
)
from bot.config.output_sections import (
    CHAT_PERSON_PREFIXES,
    ActionsSettings,
    CalendarSettings,
    ChatSettings,
    Delegate,
    LineSettings,
    MemoSettings,
    OfficeSettings,
    RemindersSettings,
    ReviewSettings,
    Route,
    Signer,
    SmtpSettings,
    TelegramSettings,
    TrustSettings,
    WebSettings,
)
from bot.config.roles import Role
from bot.config.settings_sources import (
    LayeredSource,
    default_secret_dirs,
    read_toml,
    secret_files_source,
)
from bot.config.url_secrets import secrets_in

# The sections live in their own modules; importers keep naming this one.
__all__ = [
    "CHAT_PERSON_PREFIXES",
    "DEFAULT_CONFIG_FILE",
    "ActionsSettings",
    "CalendarSettings",
    "ChatSettings",
    "Delegate",
    "ImapAccount",
    "LineSettings",
    "MaildirSource",
    "MemoSettings",
    "OcrSettings",
    "OfficeSettings",
    "ProcessedMailAction",
    "ReadingSettings",
    "RemindersSettings",
    "ReviewSettings",
    "Role",
    "Route",
    "Settings",
    "Signer",
    "SmtpSettings",
    "SourcesSettings",
    "StoreSettings",
    "TelegramSettings",
    "TlsMode",
    "TrustSettings",
    "WebSettings",
]

DEFAULT_CONFIG_FILE = Path("config/meetbot.toml")


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
