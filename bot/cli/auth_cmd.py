"""`meetbot auth google|microsoft ACCOUNT`: sign a mailbox in once, keep its refresh token."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

import typer

from bot.cli import app
from bot.cli.common import ConfigOption, fail


@app.command("auth")
def auth(
    provider: Annotated[str, typer.Argument(help="google or microsoft (or custom).")],
    account: Annotated[
        str, typer.Argument(help="An IMAP account's name, or 'smtp' for the sending login.")
    ],
    config: ConfigOption = None,
) -> None:
    """Sign in with the device code flow and store the refresh token (mode 0600)."""
    from bot.config.config_check import check_config
    from bot.config.oauth_settings import SMTP_ACCOUNT, OAuthSettings
    from bot.errors import SourceError
    from bot.sources.oauth_device import sign_in
    from bot.sources.sign_ins import record_sign_in
    from bot.store.database import open_database

    # Not load_settings: its check fails on the missing refresh token this command makes.
    report = check_config(config)
    settings = report.settings
    if settings is None:
        problems = "".join(f"\n  {problem}" for problem in report.problems)
        raise fail(f"the configuration is not valid:{problems}")
    logins: dict[str, OAuthSettings | None] = {a.name: a.oauth for a in settings.sources.imap}
    logins.setdefault(SMTP_ACCOUNT, settings.smtp.oauth)
    if account not in logins:
        raise fail(f"no account {account!r}; known: {', '.join(sorted(logins))}")
    oauth = logins[account]
    if oauth is None:
        raise fail(f"{account} has no [oauth] table in the configuration")
    if oauth.provider != provider.lower():
        raise fail(f"{account} signs in with {oauth.provider}, not {provider}")
    try:
        client = sign_in(account, oauth, typer.echo)
    except SourceError as exc:
        raise fail(str(exc), code=1) from exc
    # Signed in again: `meetbot status` no longer reports the revocation, and the next one
    # is told to the office anew.
    db = open_database(settings.store.database_url())
    try:
        with db.session() as session:
            now = dt.datetime.now(dt.UTC)
            record_sign_in(session, account, oauth.provider, now, revoked=None)
    finally:
        db.close()
    typer.echo(
        f"บันทึก refresh token ไว้ที่ {client.refresh_token_file} แล้ว\n"
        f"Stored the refresh token at {client.refresh_token_file}."
    )
