"""Errors raised by meetbot.

The tree, so a caller knows what to catch::

    MeetbotError
    ├── ConfigError            a configuration file or value is wrong (file, key, why)
    ├── ReadError              a message or attachment could not be read at all
    ├── StoreError             the database refused or is unreachable
    ├── NotFoundError          (also a LookupError) no such meeting, delegate, message
    │   ├── MeetingNotFound
    │   └── UnknownDelegate
    ├── SourceError            a mail source failed
    │   └── SourceConnectionError   (also a ConnectionError) the server went away
    ├── ActionError            an outgoing action (calendar, memo, reminder) failed
    │   ├── DeliveryError      (also a ConnectionError) SMTP or Telegram did not accept
    │   └── NoRecipientsError  (also a ValueError) an outgoing message addressed to no one
    └── LockedError            another process already owns the mailbox or data folder

Library errors are translated into these at the edge module that calls the library,
so the daemon can record a failure as a row and go on with the next message.
"""

from __future__ import annotations


class MeetbotError(Exception):
    """Base of every error meetbot raises on purpose."""


class ConfigError(MeetbotError):
    """A configuration value is missing or wrong."""

    def __init__(self, problems: list[str], source: str | None = None) -> None:
        self.problems = problems
        self.source = source
        where = f"{source}: " if source else ""
        super().__init__(where + "; ".join(problems))


class ReadError(MeetbotError):
    """A message could not be parsed at all (not even as text)."""


class StoreError(MeetbotError):
    """The database could not be opened, migrated or written."""


class NotFoundError(MeetbotError, LookupError):
    """What a person or a message named does not exist."""


class MeetingNotFound(NotFoundError):
    def __init__(self, meeting_id: int) -> None:
        self.meeting_id = meeting_id
        super().__init__(f"no meeting with id {meeting_id}")


class UnknownDelegate(NotFoundError):
    """A delegate key that is not in the `[[delegates]]` directory."""


class SourceError(MeetbotError):
    """A mail source (IMAP, Maildir, files) failed."""

    def __init__(self, message: str, source: str | None = None) -> None:
        self.source = source
        super().__init__(message)


class SourceConnectionError(SourceError, ConnectionError):
    """The mail server dropped or refused the connection; the caller reconnects."""


class ActionError(MeetbotError):
    """An action of the pipeline failed; it is recorded and retried."""


class DeliveryError(ActionError, ConnectionError):
    """An outgoing message was not accepted by the server (SMTP, Telegram)."""

    def __init__(self, message: str, code: int | None = None) -> None:
        self.code = code
        super().__init__(message)


class LockedError(MeetbotError):
    """Another meetbot process already owns this mailbox or data folder."""


class NoRecipientsError(ActionError, ValueError):
    """An outgoing message was given no one to send it to."""
