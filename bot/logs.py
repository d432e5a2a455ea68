"""Logging: one line per event, plain or JSON, with every configured secret masked.

Modules log through ``logging.getLogger(__name__)``; the command line calls
`setup_logging` once. Extra fields (``log.info("stored", extra={"uid": 7})``) are
kept: as ``uid=7`` after the text line, or as keys of the JSON object.

Masking happens where a record becomes text, so it covers the message, its
arguments, extra fields and tracebacks alike, whichever library logged them (httpx,
for one, logs request URLs, and a Telegram URL carries the bot token).
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import sys
from collections.abc import Iterable
from json import dumps
from typing import Any, TextIO

MASK = "**********"

# Attributes every LogRecord has; anything else on a record came from `extra=`.
_STANDARD_ATTRIBUTES = frozenset(logging.LogRecord("", 0, "", 0, "", None, None).__dict__) | {
    "message",
    "asctime",
    "taskName",
}

# Libraries that are chatty at INFO: shown at DEBUG, else only their warnings.
_QUIET_LOGGERS = ("httpx", "httpcore", "apscheduler.executors", "alembic.runtime")


# Secrets shorter than this are likely to occur inside ordinary words; config check warns.
SHORT_SECRET_CHARS = 8


class SecretMasker:
    """Replaces each whole secret in a text by `MASK`, longest first so none is half-masked.

    Only whole tokens: a secret that begins (ends) with a letter is masked only where no
    letter comes before (after) it, and likewise for digits. Masking the password `secret`
    inside `secretariat@example.org` would tell a reader that the password is part of that
    word; a bot token after `.../bot` in a URL is still a token of its own.
    """

    def __init__(self, secrets: Iterable[str]) -> None:
        ordered = sorted({s for s in secrets if s}, key=len, reverse=True)
        self._pattern = re.compile("|".join(_whole(s) for s in ordered)) if ordered else None

    def __call__(self, text: str) -> str:
        if self._pattern is None:
            return text
        return self._pattern.sub(MASK, text)


_LETTER = r"[^\W\d_]"
_DIGIT = r"\d"


def _whole(secret: str) -> str:
    """A pattern matching `secret` where it does not continue a run of letters or digits."""
    before = after = ""
    for run in (_LETTER, _DIGIT):
        if re.fullmatch(run, secret[0]):
            before = f"(?<!{run})"
        if re.fullmatch(run, secret[-1]):
            after = f"(?!{run})"
    return f"{before}{re.escape(secret)}{after}"


def _timestamp(record: logging.LogRecord) -> str:
    return dt.datetime.fromtimestamp(record.created).astimezone().isoformat(timespec="milliseconds")


# A traceback formatted in another process (a worker) arrives as text under this extra
# field, and is shown as a traceback of this process would be.
TRACEBACK_FIELD = "traceback"


def _extra_fields(record: logging.LogRecord) -> dict[str, Any]:
    return {
        k: v
        for k, v in record.__dict__.items()
        if k not in _STANDARD_ATTRIBUTES and k != TRACEBACK_FIELD
    }


def _traceback(formatter: logging.Formatter, record: logging.LogRecord) -> str | None:
    if record.exc_info:
        return formatter.formatException(record.exc_info)
    text = record.__dict__.get(TRACEBACK_FIELD)
    return str(text).rstrip() if text else None


def _one_line(text: str) -> str:
    # A subject line from a hostile mail must not be able to forge a second log line.
    return text.replace("\r", "\\r").replace("\n", "\\n")


class TextFormatter(logging.Formatter):
    """``2025-12-01T08:30:00.000+07:00 INFO bot.sources.imap: message key=value``."""

    def __init__(self, mask: SecretMasker) -> None:
        super().__init__()
        self._mask = mask

    def format(self, record: logging.LogRecord) -> str:
        line = f"{_timestamp(record)} {record.levelname} {record.name}: "
        line += _one_line(record.getMessage())
        for key, value in _extra_fields(record).items():
            line += f" {key}={_one_line(str(value))}"
        trace = _traceback(self, record)
        if trace:
            # The traceback follows on its own lines: a person reads this format.
            line += "\n" + trace
        return self._mask(line)


class JsonFormatter(logging.Formatter):
    """One JSON object per line: ts, level, logger, event, extra fields, exc."""

    def __init__(self, mask: SecretMasker) -> None:
        super().__init__()
        self._mask = mask

    def format(self, record: logging.LogRecord) -> str:
        # Mask each value before encoding: JSON escaping could split a secret's text.
        entry: dict[str, Any] = {
            "ts": _timestamp(record),
            "level": record.levelname,
            "logger": record.name,
            "event": self._mask(record.getMessage()),
        }
        for key, value in _extra_fields(record).items():
            entry[key] = self._masked(value)
        trace = _traceback(self, record)
        if trace:
            entry["exc"] = self._mask(trace)
        return dumps(entry, ensure_ascii=False, default=str)

    def _masked(self, value: Any) -> Any:
        if isinstance(value, bool | int | float) or value is None:
            return value
        return self._mask(str(value))


class _MeetbotHandler(logging.StreamHandler[TextIO]):
    """Marks the handler `setup_logging` installed, so a second call replaces it."""


def setup_logging(
    level: str = "INFO",
    json: bool = False,
    *,
    secrets: Iterable[str] = (),
    stream: TextIO | None = None,
) -> None:
    """Send all logging to `stream` (stderr) at `level`, masking `secrets`.

    Pass ``settings.secret_values()`` as `secrets`. Calling it again replaces the
    previous setup, e.g. once the configuration has been read.
    """
    mask = SecretMasker(secrets)
    handler = _MeetbotHandler(stream if stream is not None else sys.stderr)
    handler.setFormatter(JsonFormatter(mask) if json else TextFormatter(mask))
    root = logging.getLogger()
    for old in [h for h in root.handlers if isinstance(h, _MeetbotHandler)]:
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(level.upper())
    quiet = logging.NOTSET if root.level <= logging.DEBUG else logging.WARNING
    for name in _QUIET_LOGGERS:
        logging.getLogger(name).setLevel(quiet)
