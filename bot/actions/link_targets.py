"""Where a government short link (go.gov.sg/...) points, for the notice to say.

Only with `trust.resolve_links = true`: a HEAD request that follows redirects and
never fetches a page body, with a timeout, in a worker thread so the daemon does not
wait on a slow server. A link that cannot be resolved is simply not explained.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterable

import httpx

from bot.config.settings import TrustSettings
from bot.understanding.record import MeetingRecord
from bot.understanding.trust import is_government_link

log = logging.getLogger(__name__)

MAX_REDIRECTS = 5


def resolve_redirects(url: str, *, timeout: float) -> str | None:
    """The URL `url` finally redirects to, by HEAD requests only; None when unreachable."""
    try:
        with httpx.Client(
            follow_redirects=True, timeout=timeout, max_redirects=MAX_REDIRECTS
        ) as client:
            response = client.head(url)
    except httpx.HTTPError as exc:
        log.info("could not resolve %s: %s", url, exc)
        return None
    return str(response.url)


async def government_link_targets(record: MeetingRecord, trust: TrustSettings) -> dict[str, str]:
    """{government short link: where it points} for the record's links, when asked to."""
    if not trust.resolve_links:
        return {}
    found: dict[str, str] = {}
    for url in _links(record):
        if not is_government_link(url, trust):
            continue
        target = await asyncio.to_thread(
            resolve_redirects, url, timeout=trust.resolve_timeout_seconds
        )
        if target is not None and target != url:
            found[url] = target
    return found


def _links(record: MeetingRecord) -> Iterable[str]:
    fields = (record.registration_url, record.documents_url)
    return dict.fromkeys(f.value for f in fields if f is not None and f.value)
