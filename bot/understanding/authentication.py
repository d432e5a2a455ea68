"""Whether a message really comes from the domain in its From field (DMARC's rule).

Anyone can write any From address, and any Authentication-Results header. A message
counts as from its From domain only when a header added by one of our own receiving
servers (`trust.trusted_authserv_ids`) reports DKIM `pass` for a signing domain aligned
with the From domain, SPF `pass` for an aligned envelope sender, or DMARC `pass` for that
very From domain; and the message has exactly one From address, so there is no second
one for a reader to see. Alignment is relaxed, as DMARC's default: the same
organisational domain, found with the Public Suffix List (bundled, no network).

Where the office's server writes no such header, meetbot can check DKIM signatures itself
(`trust.verify_dkim`, dkimpy, DNS lookups with a timeout).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

import authres
import dkim
from publicsuffixlist import PublicSuffixList

from bot.config.settings import TrustSettings
from bot.reading.document import MailDocument

# dkimpy's DNS hook: (name, timeout=...) -> the TXT record's bytes, or None.
DnsLookup = Callable[..., bytes | None]


@dataclass(frozen=True)
class Authentication:
    authenticated: bool
    detail: str  # what proved it, or why nothing did, for the log and the notice


def authenticate(
    doc: MailDocument,
    settings: TrustSettings,
    *,
    raw: bytes | None = None,
    dns: DnsLookup | None = None,
) -> Authentication:
    """Whether the message is authenticated for its one From domain."""
    if doc.from_fields != 1 or len(doc.from_addresses) != 1 or doc.sender is None:
        return Authentication(
            False,
            f"the message has {doc.from_fields} From fields with "
            f"{len(doc.from_addresses)} addresses; exactly one is required",
        )
    from_domain = ascii_domain(doc.sender.email.rsplit("@", 1)[-1])
    if not from_domain:
        return Authentication(False, "the From address has no usable domain")
    if not settings.trusted_authserv_ids:
        seen = "no trusted receiving server is configured (trust.trusted_authserv_ids)"
    else:
        found = _reported(doc.authentication_results, settings.trusted_authserv_ids, from_domain)
        if found.authenticated:
            return found
        seen = found.detail
    if settings.verify_dkim and raw is not None:
        own = verify_dkim(raw, from_domain, dns=dns, timeout=settings.dns_timeout_seconds)
        if own.authenticated:
            return own
        seen = f"{seen}; {own.detail}"
    return Authentication(False, seen)


def aligned(domain: str, from_domain: str) -> bool:
    """Relaxed alignment: both under the same organisational domain."""
    org = _organisational(ascii_domain(domain))
    return org is not None and org == _organisational(from_domain)


def ascii_domain(domain: str) -> str:
    domain = domain.strip().strip(".").lower()
    try:
        return domain.encode("idna").decode("ascii")
    except UnicodeError:
        return domain


def verify_dkim(
    raw: bytes, from_domain: str, *, dns: DnsLookup | None, timeout: float
) -> Authentication:
    """Our own check of every DKIM signature: one valid and aligned is enough."""
    verifier = dkim.DKIM(raw, timeout=int(max(1, timeout)))
    count = sum(1 for name, _ in verifier.headers if name.lower() == b"dkim-signature")
    if count == 0:
        return Authentication(False, "the message carries no DKIM signature")
    found: list[str] = []
    for index in range(count):
        try:
            valid = verifier.verify(idx=index, dnsfunc=dns or dkim.dnsplug.get_txt)
        except dkim.DKIMException as exc:
            found.append(f"DKIM signature {index + 1}: {exc}")
            continue
        signer = (verifier.domain or b"").decode("ascii", "replace")
        if not valid:
            found.append(f"DKIM signature of {signer} does not verify")
        elif not aligned(signer, from_domain):
            found.append(f"DKIM signature of {signer} is valid but not aligned with {from_domain}")
        else:
            return Authentication(True, f"own DKIM check: valid signature of {signer}")
    return Authentication(False, "; ".join(found))


def _reported(headers: tuple[str, ...], servers: list[str], from_domain: str) -> Authentication:
    """The topmost header of one of our servers: ours is prepended on arrival, so any header
    below it with our id was in the message before it reached us, written by the sender."""
    ours = {server.lower() for server in servers}
    for header in headers:
        try:
            parsed = authres.AuthenticationResultsHeader.parse_value(header)
        except authres.AuthResError:
            continue
        if str(parsed.authserv_id).lower() not in ours:
            continue  # written by someone else: the sender, or a server on the way
        notes: list[str] = []
        for result in parsed.results:
            verdict = _judge(result, from_domain)
            if verdict is True:
                return Authentication(True, f"{_described(result)}, reported by {header[:80]}")
            if verdict:
                notes.append(verdict)
        return Authentication(False, "; ".join(notes) or "no dkim, spf or dmarc pass reported")
    listed = ", ".join(sorted(ours))
    return Authentication(False, f"no Authentication-Results from our servers ({listed})")


def _judge(result: authres.AuthenticationResult, from_domain: str) -> bool | str:
    """True for an aligned pass; otherwise what was reported, in words ("" for nothing)."""
    method, outcome = str(result.method).lower(), str(result.result).lower()
    if method not in ("dkim", "spf", "dmarc"):
        return ""
    if outcome != "pass":
        return f"{method}={outcome}"
    domain = _property(result, {"dkim": "d", "spf": "mailfrom", "dmarc": "from"}[method])
    domain = ascii_domain(domain.rsplit("@", 1)[-1])
    if method == "dmarc":
        if domain == from_domain:
            return True
        return f"dmarc=pass for {domain or 'no header.from'}, not the From domain {from_domain}"
    if domain and aligned(domain, from_domain):
        return True
    return f"{method}=pass for {domain or 'no domain'}, not aligned with {from_domain}"


def _property(result: authres.AuthenticationResult, name: str) -> str:
    for prop in result.properties:
        if str(prop.name).lower() == name:
            return str(prop.value)
    return ""


def _described(result: authres.AuthenticationResult) -> str:
    props = " ".join(f"{p.type}.{p.name}={p.value}" for p in result.properties)
    return f"{result.method}={result.result} {props}".strip()


@cache
def _suffixes() -> PublicSuffixList:
    return PublicSuffixList()  # the list bundled with the package: no network


def _organisational(domain: str) -> str | None:
    if not domain:
        return None
    org = _suffixes().privatesuffix(domain)
    return str(org) if org else None
