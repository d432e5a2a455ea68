"""A typed, blocking adapter around IMAPClient: connect, log in, search, fetch, IDLE.

IMAPClient is untyped and not thread-safe: each `ImapConnection` belongs to one thread
(the watcher runs it on a single-worker executor). Every library, socket or TLS error
leaves this module as `SourceConnectionError` (reconnect) or `SourceError` (a
configuration problem, such as a refused login), so callers handle two cases, not ten.
"""

from __future__ import annotations

import datetime as dt
import logging
import socket
import ssl
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from typing import Any, TypeVar

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError, LoginError
from imapclient.imapclient import _parse_untagged_response

from bot.config.oauth_settings import OAuthSettings
from bot.config.settings import ImapAccount, ProcessedMailAction, TlsMode
from bot.errors import SourceConnectionError, SourceError
from bot.sources.oauth import AuthenticationRefused, TokenRefresher, oauth_client, shared_refresher

log = logging.getLogger(__name__)

T = TypeVar("T")

# How long one IDLE wait blocks before looking at the stop flag again: the bound on
# how late a shutdown leaves IDLE.
IDLE_SLICE_SECONDS = 1.0
# A server that closes the socket makes every IDLE wait return at once and empty;
# this many in a row means the connection is gone.
EMPTY_WAKEUPS_MEANING_EOF = 3


@dataclass(frozen=True)
class FolderState:
    uidvalidity: int
    uidnext: int | None
    exists: int


def ssl_context(account: ImapAccount) -> ssl.SSLContext:
    """Certificate and host name checks on unless the account turns them off."""
    context = ssl.create_default_context(
        cafile=str(account.ca_file) if account.ca_file is not None else None
    )
    if not account.verify_certificates:
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
    return context


def mailbox_key(account: ImapAccount) -> str:
    """What identifies a mailbox whatever the account is called: user at host and port."""
    return f"{account.username}@{account.host}:{port_of(account)}"


def port_of(account: ImapAccount) -> int:
    if account.port is not None:
        return account.port
    return 993 if account.tls is TlsMode.IMPLICIT else 143


class ImapConnection:
    """One logged-in IMAP session on one account. Use from a single thread."""

    def __init__(
        self, account: ImapAccount, *, timeout: float, tokens: TokenRefresher | None = None
    ) -> None:
        self.account = account
        self._timeout = timeout
        self._tokens = tokens  # the account's own refresher unless a caller brings one
        self._client: IMAPClient | None = None
        self._folder: str | None = None

    # -- session -------------------------------------------------------------

    def connect(self) -> None:
        """Connect, secure and log in. Raises SourceError when the login is refused."""
        account = self.account
        where = f"{account.host}:{port_of(account)}"
        with self._translated(f"connecting to {where}"):
            client = IMAPClient(
                account.host,
                port=port_of(account),
                ssl=account.tls is TlsMode.IMPLICIT,
                ssl_context=ssl_context(account) if account.tls is TlsMode.IMPLICIT else None,
                timeout=self._timeout,
            )
            self._client = client
            if account.tls is TlsMode.STARTTLS:
                client.starttls(ssl_context(account))
        try:
            with self._translated(f"logging in to {where}"):
                if account.oauth is not None:
                    self._oauth_login(client, account.oauth)
                elif account.oauth2_token is not None:
                    client.oauth2_login(account.username, account.oauth2_token.get_secret_value())
                elif account.password is not None:
                    client.login(account.username, account.password.get_secret_value())
                else:
                    raise SourceError(
                        "neither password nor oauth2_token is set", source=account.name
                    )
        except SourceError:
            self.close()
            raise
        log.info("imap connected", extra={"source": account.name, "server": where})

    def _oauth_login(self, client: IMAPClient, oauth: OAuthSettings) -> None:
        """XOAUTH2 with a fresh access token; a refused one is refreshed and tried once more."""
        account = self.account
        tokens = self._tokens or shared_refresher(oauth_client(account.name, oauth))

        def login(token: str) -> None:
            try:
                client.oauth2_login(account.username, token)
            except LoginError as exc:
                raise AuthenticationRefused(
                    f"XOAUTH2 login refused ({_reason(exc)})", source=account.name
                ) from exc

        tokens.with_token(login)

    def close(self) -> None:
        """Log out if possible; never raises. Safe to call twice."""
        client, self._client = self._client, None
        self._folder = None
        if client is None:
            return
        try:
            client.logout()
        except (IMAPClientError, OSError):
            with suppress(OSError):
                client.shutdown()

    def abort(self) -> None:
        """Close the socket from another thread, so a call stuck on it returns."""
        client = self._client
        if client is not None:
            with suppress(OSError):
                client.socket().shutdown(socket.SHUT_RDWR)

    @property
    def has_idle(self) -> bool:
        return bool(self._call(lambda c: c.has_capability("IDLE"), "reading capabilities"))

    # -- folders ---------------------------------------------------------------

    def select(self, folder: str) -> FolderState:
        # Read-only (EXAMINE) unless processed mail is to be flagged or moved: a
        # read-only session cannot change the mailbox by accident.
        readonly = not self.account.disposes
        info = self._call(
            lambda c: c.select_folder(folder, readonly=readonly), f"selecting {folder}"
        )
        self._folder = folder
        uidnext = info.get(b"UIDNEXT")
        return FolderState(
            uidvalidity=int(info[b"UIDVALIDITY"]),
            uidnext=int(uidnext) if uidnext is not None else None,
            exists=int(info.get(b"EXISTS", 0)),
        )

    def uids_after(self, last_uid: int) -> list[int]:
        """UIDs above `last_uid`. `UID n:*` always matches the highest message, hence the filter."""
        found = self._call(lambda c: c.search(["UID", f"{last_uid + 1}:*"]), "searching new mail")
        return sorted(uid for uid in map(int, found) if uid > last_uid)

    def existing(self, uids: Sequence[int]) -> list[int]:
        """Which of `uids` are still in the folder (a person may have expunged some)."""
        if not uids:
            return []
        wanted = ",".join(str(uid) for uid in sorted(uids))
        found = self._call(lambda c: c.search(["UID", wanted]), "searching known mail")
        return sorted(map(int, found))

    def uids_since(self, day: dt.date) -> list[int]:
        found = self._call(lambda c: c.search(["SINCE", day]), "searching by date")
        return sorted(map(int, found))

    def fetch_message_ids(self, uids: Sequence[int]) -> dict[int, bytes]:
        """The Message-ID header lines of `uids`, cheap enough to skip known mail."""
        key = b"BODY[HEADER.FIELDS (MESSAGE-ID)]"
        data = self._call(
            lambda c: c.fetch(uids, ["BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)]"]), "fetching headers"
        )
        return {int(uid): bytes(item.get(key, b"")) for uid, item in data.items()}

    def fetch_raw(self, uids: Sequence[int]) -> dict[int, bytes]:
        """Whole messages, without setting \\Seen (BODY.PEEK)."""
        data = self._call(lambda c: c.fetch(uids, ["BODY.PEEK[]"]), "fetching messages")
        return {int(uid): bytes(item[b"BODY[]"]) for uid, item in data.items() if b"BODY[]" in item}

    def after_processing(self, uids: Sequence[int]) -> None:
        """What the configuration says to do with processed mail: nothing, flag, or move."""
        account = self.account
        if not uids or not account.disposes:
            return
        if account.on_processed is ProcessedMailAction.FLAG:
            self._call(lambda c: c.add_flags(uids, [b"\\Seen"], silent=True), "flagging")
            return
        target = account.move_to
        if target is None:
            raise SourceError("on_processed = 'move' needs move_to", source=account.name)

        def move(c: IMAPClient) -> None:
            if c.has_capability("MOVE"):
                c.move(uids, target)
            else:
                c.copy(uids, target)
                c.add_flags(uids, [b"\\Deleted"], silent=True)
                c.uid_expunge(uids)

        self._call(move, f"moving to {target}")

    # -- IDLE ------------------------------------------------------------------

    def mail_announced(self) -> bool:
        """Whether the server announced mail (EXISTS, RECENT) in a response to an earlier
        command, where imaplib keeps what it did not ask for (a FETCH's, a SEARCH's); the
        announcements are forgotten, so the next call speaks of later ones only."""
        untagged = self._require()._imap.untagged_responses
        announced = [untagged.pop(kind, None) for kind in ("EXISTS", "RECENT")]
        return any(announced)

    def idle_wait(self, seconds: float, stopping: Callable[[], bool]) -> bool:
        """IDLE up to `seconds`; True when the server announced a change.

        Returns early when `stopping()` turns true, always leaving IDLE before
        returning, so the connection can be used (or logged out) afterwards. Returns
        at once when the server announced mail before IDLE began, or with its answer
        to IDLE: waiting on the socket would not see what imaplib read already.
        """
        client = self._require()
        with self._translated("entering IDLE"):
            client.idle()
            changed = self.mail_announced() or any(
                _announces_change(r) for r in _already_sent(client)
            )
        empty_wakeups = 0
        deadline = time.monotonic() + seconds
        try:
            while not changed and not stopping():
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    break
                wait = min(IDLE_SLICE_SECONDS, remaining)
                started = time.monotonic()
                with self._translated("waiting in IDLE"):
                    responses = client.idle_check(timeout=wait)
                if any(_is_bye(r) for r in responses):
                    raise SourceConnectionError("server said BYE", source=self.account.name)
                changed = any(_announces_change(r) for r in responses)
                returned_early = time.monotonic() - started < wait / 2
                empty_wakeups = empty_wakeups + 1 if not responses and returned_early else 0
                if empty_wakeups >= EMPTY_WAKEUPS_MEANING_EOF:
                    raise SourceConnectionError(
                        "server closed the connection during IDLE", source=self.account.name
                    )
        finally:
            if self._client is not None:
                with self._translated("leaving IDLE"):
                    client.idle_done()
        return changed

    def noop(self) -> None:
        self._call(lambda c: c.noop(), "NOOP")

    # -- plumbing ----------------------------------------------------------------

    def _require(self) -> IMAPClient:
        if self._client is None:
            raise SourceConnectionError("not connected", source=self.account.name)
        return self._client

    def _call(self, operation: Callable[[IMAPClient], T], what: str) -> T:
        client = self._require()
        with self._translated(what):
            return operation(client)

    @contextmanager
    def _translated(self, what: str) -> Iterator[None]:
        name = self.account.name
        try:
            yield
        except LoginError as exc:
            raise SourceError(f"{what}: login refused ({_reason(exc)})", source=name) from exc
        except ssl.SSLCertVerificationError as exc:
            raise SourceError(f"{what}: certificate rejected ({exc.verify_message})", name) from exc
        except (OSError, IMAPClientError) as exc:
            # IMAP4.abort (a subclass of IMAPClientError) and socket errors: the
            # session is unusable. A plain IMAP4.error is a NO/BAD for one command,
            # but we treat it the same way: reconnecting is the safe answer.
            raise SourceConnectionError(f"{what}: {_reason(exc)}", source=name) from exc


def _reason(exc: BaseException) -> str:
    text = str(exc).strip()
    return text or type(exc).__name__


def _is_bye(response: Any) -> bool:
    return isinstance(response, tuple) and bool(response) and response[0] == b"BYE"


def _announces_change(response: Any) -> bool:
    # (n, b'EXISTS') for new mail; (n, b'EXPUNGE') and FETCH flag changes do not bring mail.
    return isinstance(response, tuple) and len(response) >= 2 and response[1] in _ANNOUNCING


_ANNOUNCING = (b"EXISTS", b"RECENT")


def _already_sent(client: IMAPClient) -> list[Any]:
    """The untagged responses the server has sent so far, read without waiting: those in
    imaplib's buffer (which polling the socket cannot see) and those on the socket."""
    sock = client.socket()
    sock.setblocking(False)
    responses: list[Any] = []
    try:
        while True:
            try:
                line = client._imap._get_line()
            except OSError:  # nothing more without waiting (BlockingIOError)
                break
            except IMAPClient.AbortError as exc:
                if "EOF" in str(exc):  # imaplib's word for "nothing to read" here
                    break
                raise
            responses.append(_parse_untagged_response(line))
    finally:
        sock.setblocking(True)
        client._set_read_timeout()
    return responses
