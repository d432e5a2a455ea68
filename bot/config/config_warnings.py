"""What `config check` warns about in a valid configuration: connections that an attacker
on the network could read or redirect, and a trust setup that holds every mail."""

from __future__ import annotations

import ipaddress
from collections.abc import Iterator
from urllib.parse import urlsplit

from bot.config.settings import Settings, TlsMode
from bot.config.url_secrets import without_password


def exposed_connections(settings: Settings) -> Iterator[str]:
    """Plaintext or unchecked TLS is for test servers on this machine only."""
    for account in settings.sources.imap:
        yield from _exposed(
            f"sources.imap {account.name}", account.host, account.tls, account.verify_certificates
        )
    if settings.smtp.host:
        yield from _exposed(
            "smtp", settings.smtp.host, settings.smtp.tls, settings.smtp.verify_certificates
        )
    url = settings.calendar.caldav_url
    if url and urlsplit(url).scheme.lower() == "http" and not is_loopback(urlsplit(url).hostname):
        yield (
            f"calendar.caldav_url {without_password(url)} is plain http to a host that is not "
            "this machine: the calendar and its password cross the network readable"
        )


def trust_warnings(settings: Settings) -> Iterator[str]:
    trust = settings.trust
    if (trust.allowed_sender_domains or trust.allowed_senders) and not (
        trust.trusted_authserv_ids or trust.verify_dkim
    ):
        yield (
            "trust.trusted_authserv_ids is empty and trust.verify_dkim is off: no mail can be "
            "authenticated, so every mail from the allowed senders is held for approval; set "
            "your receiving server's authserv-id (the first word of the Authentication-Results "
            "header it writes)"
        )


def _exposed(name: str, host: str, tls: TlsMode, verify: bool) -> Iterator[str]:
    if is_loopback(host):
        return
    if tls is TlsMode.NONE:
        yield (
            f'{name}: tls = "none" to {host}, which is not this machine: passwords and mail '
            "cross the network readable (meant for test servers on 127.0.0.1)"
        )
    elif not verify:
        yield (
            f"{name}: verify_certificates = false to {host}, which is not this machine: "
            "anyone on the way can pose as the server (meant for test servers on 127.0.0.1)"
        )


def is_loopback(host: str | None) -> bool:
    if not host:
        return False
    if host.lower() in ("localhost", "localhost.localdomain"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False
