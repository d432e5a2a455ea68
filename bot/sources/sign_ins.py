"""What the daemon knows of each OAuth sign-in, kept in the store for `meetbot status`.

The watcher retries a mailbox whose refresh token was revoked, every backoff step, and
each retry is refused again: the revocation is kept once, from its first refusal, so
`meetbot status` can say since when and the office is told once (the notice's key is the
account and that moment). A refresh that works again (after `meetbot auth`) ends it.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.errors import StoreError
from bot.sources.oauth import OAuthClient, TokenRevoked
from bot.store.database import Database
from bot.store.tables import SignInRow
from bot.types import Clock

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RevokedSignIn:
    account: str
    provider: str
    since: dt.datetime
    error: str
    command: str  # what signs the account in again


class SignInRecorder:
    """The daemon's `SignInWatch`: each refresh and revocation, written to the store;
    `on_revoked` is called (from the refreshing thread) when a revocation is new."""

    def __init__(
        self, db: Database, clock: Clock, on_revoked: Callable[[], object] = lambda: None
    ) -> None:
        self._db = db
        self._clock = clock
        self._on_revoked = on_revoked

    def refreshed(self, client: OAuthClient) -> None:
        self._record(client.account, client.provider, revoked=None)

    def revoked(self, client: OAuthClient, error: TokenRevoked) -> None:
        self._record(client.account, client.provider, revoked=str(error))

    def _record(self, account: str, provider: str, *, revoked: str | None) -> None:
        # Called from a watcher's thread in the middle of a login: a store that refuses
        # must not hide the login's own outcome.
        try:
            with self._db.session() as session:
                now = self._clock.now()
                new = record_sign_in(session, account, provider, now, revoked=revoked)
        except StoreError as exc:
            log.error("%s: sign-in state not recorded: %s", account, exc)
            return
        if new:
            self._on_revoked()


def record_sign_in(
    session: Session, account: str, provider: str, at: dt.datetime, *, revoked: str | None
) -> bool:
    """A refresh that worked (`revoked` None), or one the provider refused with that error;
    True when that refusal begins a revocation."""
    row = session.get(SignInRow, account)
    if row is None:
        row = SignInRow(account=account, provider=provider)
        session.add(row)
    row.provider = provider
    if revoked is None:
        row.last_refresh_at, row.revoked_at, row.revoked_error = at, None, None
        return False
    if row.revoked_at is not None:  # refused again: the same revocation
        return False
    row.revoked_at, row.revoked_error = at, revoked
    return True


def revoked_sign_ins(session: Session) -> list[RevokedSignIn]:
    rows = session.scalars(
        select(SignInRow).where(SignInRow.revoked_at.is_not(None)).order_by(SignInRow.account)
    )
    return [
        RevokedSignIn(
            row.account,
            row.provider,
            row.revoked_at,
            row.revoked_error or "",
            f"meetbot auth {row.provider} {row.account}",
        )
        for row in rows
        if row.revoked_at is not None
    ]
