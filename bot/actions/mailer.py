"""Sending mail through the configured SMTP server with aiosmtplib.

One connection serves a batch: `Mailer.connect()` opens it explicitly and always
closes it, politely (QUIT) after a good session and abruptly after a network error,
as aiosmtplib advises. Every library error leaves this module as a `DeliveryError`
carrying the SMTP reply code when there was one.
"""

from __future__ import annotations

import asyncio
import logging
import ssl
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass

import aiosmtplib

from bot.config.oauth_settings import SMTP_ACCOUNT, OAuthSettings
from bot.config.settings import SmtpSettings, TlsMode
from bot.errors import DeliveryError, SourceError
from bot.sources.oauth import TokenRefresher, oauth_client, shared_refresher

log = logging.getLogger(__name__)

DEFAULT_PORTS = {TlsMode.IMPLICIT: 465, TlsMode.STARTTLS: 587, TlsMode.NONE: 25}


@dataclass(frozen=True)
class Refusal:
    """A recipient the server refused while accepting the message for the others."""

    recipient: str
    code: int
    message: str


class SmtpConnection:
    """An open SMTP session; obtained from `Mailer.connect()`."""

    def __init__(self, client: aiosmtplib.SMTP, sender: str) -> None:
        self._client = client
        self._sender = sender

    @property
    def alive(self) -> bool:
        """False once the server has hung up: the rest of the batch waits for the next try."""
        return self._client.is_connected

    async def send(self, raw: bytes, recipients: list[str]) -> list[Refusal]:
        """Send `raw` to `recipients`; the refusals when the server took it for some only.

        Raises DeliveryError when the server accepted it for no one.
        """
        try:
            refused, _reply = await self._client.sendmail(self._sender, recipients, raw)
        except aiosmtplib.SMTPRecipientsRefused as exc:
            codes = {r.code for r in exc.recipients}
            detail = "; ".join(f"{r.recipient}: {r.code} {r.message}" for r in exc.recipients)
            raise DeliveryError(
                f"every recipient refused: {detail}", code=min(codes) if codes else None
            ) from exc
        except aiosmtplib.SMTPResponseException as exc:
            # aiosmtplib has sent RSET, so the session stays usable for the next message.
            raise DeliveryError(
                f"server refused the message: {exc.code} {exc.message}", exc.code
            ) from exc
        except (aiosmtplib.SMTPException, OSError) as exc:
            raise DeliveryError(f"sending failed: {exc}") from exc
        return [
            Refusal(recipient, response.code, response.message)
            for recipient, response in refused.items()
        ]


class Mailer:
    """The configured SMTP server. Creating one does not connect."""

    def __init__(self, settings: SmtpSettings, *, tokens: TokenRefresher | None = None) -> None:
        self.settings = settings
        self._tokens = tokens  # the SMTP login's own refresher unless a caller brings one

    @property
    def configured(self) -> bool:
        """False in the embedded default: mail then waits in the outbox."""
        return self.settings.host is not None

    @property
    def sender(self) -> str:
        return self.settings.from_address

    @asynccontextmanager
    async def connect(self) -> AsyncIterator[SmtpConnection]:
        """An authenticated session with the server, closed on leaving the block."""
        client = self._client()
        try:
            await client.connect()
            if self.settings.username is not None and self.settings.oauth is not None:
                await self._oauth_login(client, self.settings.username, self.settings.oauth)
            elif self.settings.username is not None and self.settings.password is not None:
                await client.login(
                    self.settings.username, self.settings.password.get_secret_value()
                )
        except SourceError as exc:  # the token endpoint: unreachable, or the token revoked
            client.close()
            raise DeliveryError(f"{self._where}: {exc}") from exc
        except aiosmtplib.SMTPResponseException as exc:
            client.close()
            raise DeliveryError(f"{self._where}: {exc.code} {exc.message}", exc.code) from exc
        except (aiosmtplib.SMTPException, OSError) as exc:
            client.close()
            raise DeliveryError(f"{self._where}: {exc}") from exc
        try:
            yield SmtpConnection(client, self.sender)
        except BaseException:
            client.close()
            raise
        await self._quit(client)

    async def _oauth_login(
        self, client: aiosmtplib.SMTP, username: str, oauth: OAuthSettings
    ) -> None:
        """XOAUTH2 with a fresh access token; a refused one is refreshed and tried once more."""
        tokens = self._tokens or shared_refresher(oauth_client(SMTP_ACCOUNT, oauth))
        token = await asyncio.to_thread(tokens.access_token)
        try:
            await client.auth_xoauth2(username, token)
        except aiosmtplib.SMTPAuthenticationError:
            tokens.forget()
            token = await asyncio.to_thread(tokens.access_token)
            await client.auth_xoauth2(username, token)

    @property
    def _where(self) -> str:
        return f"SMTP {self.settings.host}:{self._port}"

    @property
    def _port(self) -> int:
        return self.settings.port or DEFAULT_PORTS[self.settings.tls]

    def _client(self) -> aiosmtplib.SMTP:
        if self.settings.host is None:
            raise DeliveryError("smtp.host is not set")
        tls = self.settings.tls
        return aiosmtplib.SMTP(
            hostname=self.settings.host,
            port=self._port,
            use_tls=tls is TlsMode.IMPLICIT,
            start_tls=tls is TlsMode.STARTTLS,
            tls_context=self._tls_context() if tls is not TlsMode.NONE else None,
            timeout=self.settings.timeout_seconds,
        )

    def _tls_context(self) -> ssl.SSLContext:
        # Made only for a TLS connection: loading the system's certificates costs tens of
        # milliseconds per connection, which a plain one (a test's server) never uses.
        context = ssl.create_default_context()
        if not self.settings.verify_certificates:
            context.check_hostname = False
            context.verify_mode = ssl.CERT_NONE
        return context

    async def _quit(self, client: aiosmtplib.SMTP) -> None:
        # QUIT is a courtesy: the messages are already accepted, so a failure here only
        # means the server hung up first.
        if not client.is_connected:
            client.close()
            return
        try:
            await client.quit()
        except (aiosmtplib.SMTPException, OSError) as exc:
            log.debug("QUIT to %s failed: %s", self._where, exc)
            client.close()
