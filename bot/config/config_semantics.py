"""What `config check` finds wrong in settings that validate: values each fine on their
own that fail later, when the bot logs in, sends or reminds.

Each problem is ``(key, why)``; the caller names the layer the key's value came from.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path

from email_validator import EmailNotValidError, validate_email

from bot.config.oauth_settings import SMTP_ACCOUNT, OAuthSettings, default_refresh_token_file
from bot.config.settings import Settings

# A key's place in the settings: ('sources', 'imap', 0, 'host').
Loc = tuple[int | str, ...]


def semantic_problems(settings: Settings, secret_dirs: Sequence[Path]) -> Iterator[tuple[Loc, str]]:
    yield from _accounts_without_secret(settings)
    yield from _oauth_without_refresh_token(settings)
    yield from _delegate_problems(settings)
    yield from _chat_without_token(settings)
    yield from _missing_secret_files(secret_dirs)


def _accounts_without_secret(settings: Settings) -> Iterator[tuple[Loc, str]]:
    for index, account in enumerate(settings.sources.imap):
        if account.password is None and account.oauth2_token is None and account.oauth is None:
            env = f"MEETBOT_SOURCES__IMAP__{index}__PASSWORD"
            yield (
                ("sources", "imap", index),
                f"account {account.name!r} has neither password, oauth2_token nor oauth, so it "
                f"cannot log in: set {env} or a secret file",
            )


def _oauth_without_refresh_token(settings: Settings) -> Iterator[tuple[Loc, str]]:
    logins: list[tuple[Loc, str, OAuthSettings | None]] = [
        (("sources", "imap", i, "oauth"), a.name, a.oauth)
        for i, a in enumerate(settings.sources.imap)
    ]
    logins.append((("smtp", "oauth"), SMTP_ACCOUNT, settings.smtp.oauth))
    for loc, name, oauth in logins:
        if oauth is None:
            continue
        path = oauth.refresh_token_file or default_refresh_token_file(settings.data_dir, name)
        if not path.is_file():
            yield (
                loc,
                f"no refresh token for {name!r} at {path}, so it cannot log in: "
                f"sign in once with `meetbot auth {oauth.provider} {name}`",
            )


def _delegate_problems(settings: Settings) -> Iterator[tuple[Loc, str]]:
    counts = Counter(d.key for d in settings.delegates)
    for index, delegate in enumerate(settings.delegates):
        if counts[delegate.key] > 1:
            yield (
                ("delegates", index, "key"),
                f"{delegate.key!r} is the key of {counts[delegate.key]} delegates; "
                "each needs its own",
            )
        if delegate.email is not None:
            try:
                validate_email(delegate.email, check_deliverability=False)
            except EmailNotValidError as exc:
                yield (
                    ("delegates", index, "email"),
                    f"not a valid email address, got {delegate.email!r}: {exc}",
                )


def _chat_without_token(settings: Settings) -> Iterator[tuple[Loc, str]]:
    if settings.telegram.token is not None:
        return
    if settings.telegram.group_chat_ids:
        yield (
            ("telegram", "group_chat_ids"),
            "group chats are set but telegram.token is not: nothing can be sent to them; "
            "set MEETBOT_TELEGRAM__TOKEN or a secret file",
        )


def _missing_secret_files(secret_dirs: Sequence[Path]) -> Iterator[tuple[Loc, str]]:
    """A secret mount that failed leaves a link to nothing, read as if the secret were unset."""
    credentials = os.environ.get("CREDENTIALS_DIRECTORY")
    if credentials and not Path(credentials).is_dir():
        yield (), f"CREDENTIALS_DIRECTORY names {credentials}, which is not a folder"
    for folder in secret_dirs:
        if not folder.is_dir():
            continue
        for entry in sorted(folder.iterdir()):
            if entry.name.lower().startswith("meetbot_") and not entry.exists():
                yield (
                    (),
                    f"secret file {entry} points at {os.readlink(entry)}, which does not exist",
                )


def unknown_delegates(settings: Settings, assigned: Sequence[tuple[int, str]]) -> Iterator[str]:
    """Delegates assigned in the store (meeting id, key) that the configuration lacks."""
    known = {d.key for d in settings.delegates}
    for meeting_id, key in assigned:
        if key not in known:
            yield (
                f"meeting {meeting_id} is assigned to delegate {key!r}, who is not in "
                "[[delegates]]: add them back or unassign them"
            )
