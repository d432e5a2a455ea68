"""Checking a configuration and saying in plain words what is wrong with it.

A problem names where the value came from (the file and line, an environment
variable, ``.env`` or a secret file), the key (``smtp.port``) and why
(``expected a whole number, got 'abc'``). The value of a secret is never repeated.
"""

from __future__ import annotations

import difflib
import os
import re
import tomllib
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import UnionType
from typing import Any, Union, get_args, get_origin

from dotenv import dotenv_values
from pydantic import BaseModel, SecretStr, ValidationError
from pydantic_core import ErrorDetails
from pydantic_settings import SettingsError
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from bot.config.config_memo import memo_problems, memo_warnings
from bot.config.config_semantics import semantic_problems
from bot.config.config_warnings import exposed_connections, trust_warnings
from bot.config.oauth_settings import OAuthSettings
from bot.config.settings import DEFAULT_CONFIG_FILE, Settings
from bot.config.settings_sources import default_secret_dirs, read_toml
from bot.config.url_secrets import password_in, without_password
from bot.errors import ConfigError
from bot.logs import SHORT_SECRET_CHARS

ENV_PREFIX = "MEETBOT_"
ENV_FILE = Path(".env")

# A key's place in the settings: ('sources', 'imap', 0, 'host').
Loc = tuple[int | str, ...]

# Values longer than this are cut in messages: a pasted certificate helps nobody.
_MAX_SHOWN = 60


@dataclass(frozen=True)
class Problem:
    """One thing wrong: where it came from, which key, and why."""

    where: str
    why: str
    key: str | None = None

    def __str__(self) -> str:
        return f"{self.where}: {self.key}: {self.why}" if self.key else f"{self.where}: {self.why}"


@dataclass
class ConfigReport:
    file: Path | None
    settings: Settings | None = None
    problems: list[Problem] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.settings is not None and not self.problems


def check_config(
    path: Path | None = None, *, secret_dirs: Sequence[Path] | None = None
) -> ConfigReport:
    """Load the configuration as `Settings.load` would and collect what is wrong."""
    if path is None and DEFAULT_CONFIG_FILE.is_file():
        path = DEFAULT_CONFIG_FILE
    dirs = default_secret_dirs() if secret_dirs is None else list(secret_dirs)
    report = ConfigReport(file=path)
    text = ""
    file_values: dict[str, Any] = {}
    if path is not None:
        try:
            text = path.read_text(encoding="utf-8")
            file_values = read_toml(path)
        except FileNotFoundError:
            report.problems.append(Problem(str(path), "no such file"))
            return report
        except (OSError, UnicodeDecodeError) as exc:
            report.problems.append(Problem(str(path), f"cannot be read: {exc}"))
            return report
        except tomllib.TOMLDecodeError as exc:
            report.problems.append(_syntax_problem(path, exc))
            return report
    origins = _Origins(path, text, dirs)
    try:
        report.settings = Settings.load(path, secret_dirs=dirs)
    except ValidationError as exc:
        report.problems.extend(_explain(error, origins) for error in exc.errors())
    except ConfigError as exc:
        report.problems.extend(Problem("environment", p) for p in exc.problems)
    except SettingsError as exc:
        report.problems.append(Problem("environment", str(exc)))
    line = report.settings.line if report.settings is not None else None
    if line is not None and line.channel_access_token and line.channel_secret is None:
        report.warnings.append(
            "line.channel_secret is not set: LINE gets notices, but its buttons do "
            "nothing (the webhook cannot check who calls it, so it is not served)"
        )
    report.warnings.extend(_secrets_in_file(file_values, path))
    if report.settings is not None:
        report.warnings.extend(_short_secrets(report.settings))
    report.warnings.extend(_unknown_environment(os.environ))
    if report.settings is not None:
        report.problems.extend(Problem("memo", p) for p in memo_problems(report.settings))
        report.warnings.extend(memo_warnings(report.settings))
        for loc, why in semantic_problems(report.settings, dirs):
            where = origins.where(loc) if loc else "environment"
            report.problems.append(Problem(where, why, key=_key_text(loc) or None))
        report.warnings.extend(exposed_connections(report.settings))
        report.warnings.extend(trust_warnings(report.settings))
    return report


def load_settings(
    path: Path | None = None, *, secret_dirs: Sequence[Path] | None = None
) -> Settings:
    """The settings, or ConfigError listing every problem in plain words."""
    report = check_config(path, secret_dirs=secret_dirs)
    if report.settings is None or report.problems:
        raise ConfigError([str(p) for p in report.problems])
    return report.settings


def summarize(settings: Settings) -> list[str]:
    """A few lines saying what this configuration will do; secrets show as 'set'."""
    s = settings
    maildir = f"Maildir {s.sources.maildir.path}" if s.sources.maildir.enabled else None
    imap = [
        f"IMAP {a.name} ({a.username}@{a.host}, "
        f"{_login_state(a.password, a.oauth2_token, a.oauth)})"
        for a in s.sources.imap
    ]
    mail_in = ", ".join(x for x in [maildir, *imap] if x) or "none"
    smtp = (
        f"{s.smtp.host}:{s.smtp.port or 'default port'} {s.smtp.tls}, "
        f"user {s.smtp.username or '(none)'}, "
        f"password {_login_state(s.smtp.password, s.smtp.oauth)}"
        if s.smtp.host
        else "not set: outgoing mail stays in the outbox"
    )
    telegram = (
        f"token set, {len(s.telegram.group_chat_ids)} group chat(s)"
        if s.telegram.token
        else "not set: no Telegram reminders"
    )
    line = (
        f"token set, {len(s.line.group_ids)} group(s), webhook "
        f"{s.line.webhook_host}:{s.line.webhook_port}{s.line.webhook_path}"
        if s.line.channel_access_token
        else "not set: no LINE"
    )
    caldav = f"; CalDAV {without_password(s.calendar.caldav_url)}" if s.calendar.caldav_url else ""
    store = make_url(s.store.url).render_as_string(hide_password=True)
    if s.store.password is not None:
        store += " (password set)"
    return [
        f"data folder   {s.data_dir}",
        f"time zone     {s.timezone}",
        f"store         {store}",
        f"mail in       {mail_in}",
        f"mail out      {smtp}",
        f"telegram      {telegram}",
        f"line          {line}",
        f"calendar      {s.calendar.feed_path}{caldav}",
        f"delegates     {len(s.delegates)}",
        f"logging       {s.log_level}{', JSON lines' if s.log_json else ''}",
    ]


def setting_paths(model: type[BaseModel] = Settings, prefix: str = "") -> Iterator[str]:
    """Every key a configuration can set, e.g. ``smtp.port``, ``sources.imap.host``."""
    for name, info in model.model_fields.items():
        path = f"{prefix}{name}"
        yield path
        inner = _model_in(info.annotation)
        if inner is not None:
            yield from setting_paths(inner, f"{path}.")


def _login_state(*values: SecretStr | OAuthSettings | None) -> str:
    oauth = next((v for v in values if isinstance(v, OAuthSettings)), None)
    if oauth is not None:
        return f"OAuth {oauth.provider}"
    return "set" if any(v is not None for v in values) else "not set"


# --- explaining validation errors -------------------------------------------------------


def _explain(error: ErrorDetails, origins: _Origins) -> Problem:
    loc = tuple(error["loc"])
    patcher = origins.item_patch(loc) if error["type"] == "list_type" else None
    if patcher is not None:
        # `MEETBOT_SOURCES__IMAP__0__PASSWORD` patches item 0 of a list the file must give.
        why = (
            "the environment sets an item of this list, but no layer below it (the "
            f"configuration file) gives the list: write the [[{_key_text(loc)}]] table there"
        )
        return Problem(f"environment variable {patcher}", why, key=_key_text(loc))
    return Problem(origins.where(loc), _why(error, loc), key=_key_text(loc))


def _key_text(loc: Loc) -> str:
    text = ""
    for part in loc:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text


def _why(error: ErrorDetails, loc: Loc) -> str:
    kind = error["type"]
    ctx = error.get("ctx") or {}
    got = "" if _is_secret(loc) else f", got {_shown(error['input'])}"
    if kind == "missing":
        return "required, but not set"
    if kind == "extra_forbidden":
        return _unknown_key(loc)
    plain = {
        "int_parsing": "expected a whole number",
        "int_type": "expected a whole number",
        "int_from_float": "expected a whole number",
        "float_parsing": "expected a number",
        "float_type": "expected a number",
        "bool_parsing": "expected true or false",
        "bool_type": "expected true or false",
        "string_type": "expected text in quotes",
        "list_type": "expected a list",
        "model_type": "expected a table of settings",
        "dict_type": "expected a table",
        "time_parsing": "expected a time such as 08:30",
        "time_type": "expected a time such as 08:30",
    }
    if kind in plain:
        return plain[kind] + got
    if kind in ("enum", "literal_error"):
        return f"expected one of {ctx.get('expected')}{got}"
    bounds = {
        "greater_than_equal": ("at least", "ge"),
        "greater_than": ("more than", "gt"),
        "less_than_equal": ("at most", "le"),
        "less_than": ("less than", "lt"),
    }
    if kind in bounds:
        words, key = bounds[kind]
        limit = ctx.get(key)
        if isinstance(limit, float) and limit.is_integer():
            limit = int(limit)  # pydantic reports le=1740 on a float field as 1740.0
        return f"must be {words} {limit}{got}"
    message = error["msg"].removeprefix("Value error, ")
    if kind == "value_error":
        return message
    return message[:1].lower() + message[1:] + got


def _shown(value: Any) -> str:
    # Tables and lists are not repeated: they may hold a secret next to the bad value.
    if isinstance(value, Mapping):
        return "a table"
    if isinstance(value, list | tuple):
        return "a list"
    text = repr(value) if isinstance(value, str) else str(value).lower()
    return text if len(text) <= _MAX_SHOWN else text[:_MAX_SHOWN] + "…"


def _unknown_key(loc: Loc) -> str:
    parent = _model_at(loc[:-1])
    name = str(loc[-1])
    if parent is None:
        return "unknown setting"
    close = difflib.get_close_matches(name, list(parent.model_fields), n=1)
    return f"unknown setting (did you mean '{close[0]}'?)" if close else "unknown setting"


def _is_secret(loc: Loc) -> bool:
    if not loc or isinstance(loc[-1], int):
        return False
    parent = _model_at(loc[:-1])
    info = parent.model_fields.get(str(loc[-1])) if parent is not None else None
    return info is not None and SecretStr in _flat_types(info.annotation)


def _model_at(loc: Loc) -> type[BaseModel] | None:
    """The settings model that holds the keys under `loc`, if `loc` names one."""
    model: type[BaseModel] | None = Settings
    for part in loc:
        if isinstance(part, int) or str(part).isdigit():
            continue  # an item of a list of tables: same model
        if model is None:
            return None
        info = model.model_fields.get(str(part))
        model = _model_in(info.annotation) if info is not None else None
        if model is None:
            return None
    return model


def _model_in(annotation: Any) -> type[BaseModel] | None:
    for candidate in _flat_types(annotation):
        if isinstance(candidate, type) and issubclass(candidate, BaseModel):
            return candidate
    return None


def _flat_types(annotation: Any) -> list[Any]:
    """``list[Delegate] | None`` -> [Delegate, None]."""
    origin = get_origin(annotation)
    if origin in (Union, UnionType, list, tuple):
        return [t for arg in get_args(annotation) for t in _flat_types(arg)]
    return [annotation]


def _syntax_problem(path: Path, exc: tomllib.TOMLDecodeError) -> Problem:
    # Python 3.11's TOMLDecodeError has no line attribute; its message ends in one.
    match = re.search(r"\(at line (\d+), column (\d+)\)", str(exc))
    reason = re.sub(r"\s*\(at line \d+, column \d+\)", "", str(exc)).rstrip(".")
    if match is None:
        return Problem(str(path), f"not valid TOML: {reason}")
    line, column = match.groups()
    return Problem(
        f"{path}, line {line}",
        f"not valid TOML: {reason[:1].lower()}{reason[1:]} (column {column})",
    )


# --- where a value came from ------------------------------------------------------------


class _Origins:
    """Finds which layer gave the value at a key: environment, .env, secret file or file."""

    def __init__(self, path: Path | None, text: str, secret_dirs: Sequence[Path]) -> None:
        self._path = path
        self._text = text
        self._environ = sorted(k.upper() for k in os.environ)
        self._dotenv = {k.upper() for k in dotenv_values(ENV_FILE)} if ENV_FILE.is_file() else set()
        self._secret_dirs = [d for d in secret_dirs if d.is_dir()]

    def item_patch(self, loc: Loc) -> str | None:
        """The variable that sets an item of the list at `loc` (``..._IMAP__0__PASSWORD``)."""
        prefix = ENV_PREFIX + "__".join(str(p) for p in loc).upper() + "__"
        return next((n for n in self._environ if n.startswith(prefix)), None)

    def where(self, loc: Loc) -> str:
        for depth in range(len(loc), 0, -1):
            name = ENV_PREFIX + "__".join(str(p) for p in loc[:depth]).upper()
            if name in self._environ:
                return f"environment variable {name}"
            if name in self._dotenv:
                return f"{ENV_FILE} ({name})"
            for folder in self._secret_dirs:
                for candidate in (name, name.lower()):
                    if (folder / candidate).is_file():
                        return f"secret file {folder / candidate}"
        if self._path is None:
            return "configuration"
        line = toml_line_of(self._text, loc)
        return f"{self._path}, line {line}" if line else str(self._path)


_HEADER = re.compile(r"^\s*(\[\[?)\s*([^\]]+?)\s*\]")
_KEY = re.compile(r"""^\s*["']?([A-Za-z0-9_-]+)["']?\s*=""")


def toml_line_of(text: str, loc: Loc) -> int | None:
    """The line of `loc`'s key in TOML `text`, else of its table's header, else None.

    Enough for the way a configuration file is written (tables, arrays of tables,
    one key per line); dotted keys and inline tables fall back to the header.
    """
    wanted = tuple(loc)
    table: Loc = ()
    seen: dict[Loc, int] = {}
    header_line: int | None = None
    for number, line in enumerate(text.splitlines(), start=1):
        header = _HEADER.match(line)
        if header:
            names = tuple(n.strip().strip("\"'") for n in header.group(2).split("."))
            if header.group(1) == "[[":
                seen[names] = seen.get(names, -1) + 1
                table = (*names, seen[names])
            else:
                table = names
            if table and wanted[: len(table)] == table:
                header_line = number
            continue
        key = _KEY.match(line)
        if key and (*table, key.group(1)) == wanted:
            return number
    return header_line


# --- warnings ---------------------------------------------------------------------------


def _secrets_in_file(values: Mapping[str, Any], path: Path | None) -> Iterator[str]:
    """Secrets belong in the environment or secret files, where the file's readers can't see."""
    for loc in _value_paths(values):
        secret = (
            _is_secret(loc)
            or (loc == ("store", "url") and _url_has_password(values))
            or (loc == ("calendar", "caldav_url") and _caldav_url_has_password(values))
        )
        if secret:
            key = _key_text(loc)
            env = ENV_PREFIX + "__".join(str(p) for p in loc).upper()
            if loc == ("store", "url"):
                env, key = f"{ENV_PREFIX}STORE__PASSWORD", "the password in store.url"
            if loc == ("calendar", "caldav_url"):
                env = f"{ENV_PREFIX}CALENDAR__CALDAV_PASSWORD"
                key = "the password in calendar.caldav_url"
            yield (
                f"{path}: {key} is written in the file; anyone who can read the file can "
                f"read it: set {env} or a secret file instead"
            )


def _short_secrets(settings: Settings) -> Iterator[str]:
    """Logs mask secrets as whole tokens; a short one may also stand as a word of its own
    (a name, a room number), where masking it shows where the secret is used."""
    for key, secret in settings.secrets():
        if len(secret) < SHORT_SECRET_CHARS:
            yield (
                f"{key} is shorter than {SHORT_SECRET_CHARS} characters: logs mask it "
                "wherever it stands as a word, which can reveal it; use a longer one"
            )


def _value_paths(values: Any, prefix: Loc = ()) -> Iterator[Loc]:
    if isinstance(values, Mapping):
        for key, value in values.items():
            yield (*prefix, key)
            yield from _value_paths(value, (*prefix, key))
    elif isinstance(values, list):
        for index, item in enumerate(values):
            yield from _value_paths(item, (*prefix, index))


def _url_has_password(values: Mapping[str, Any]) -> bool:
    url = values.get("store", {}).get("url")
    try:
        return isinstance(url, str) and make_url(url).password is not None
    except ArgumentError:  # a malformed URL is reported by validation, not here
        return False


def _caldav_url_has_password(values: Mapping[str, Any]) -> bool:
    url = values.get("calendar", {}).get("caldav_url")
    return isinstance(url, str) and password_in(url) is not None


def _unknown_environment(environ: Mapping[str, str]) -> Iterator[str]:
    """MEETBOT_ variables that name no setting: pydantic-settings ignores them silently."""
    for name in sorted(environ):
        if not name.upper().startswith(ENV_PREFIX):
            continue
        parts = name[len(ENV_PREFIX) :].lower().split("__")
        if not _names_a_setting(parts):
            yield f"environment variable {name} is not a setting and is ignored"


def _names_a_setting(parts: Sequence[str]) -> bool:
    model: type[BaseModel] | None = Settings
    for part in parts:
        if part.isdigit():
            continue
        if model is None:
            return True  # below a plain field (a dict or JSON value): not ours to judge
        info = model.model_fields.get(part)
        if info is None:
            return False
        model = _model_in(info.annotation)
    return True
