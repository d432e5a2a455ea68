"""URLs as written in mail text: with a scheme, starting with www., or a bare meeting host."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property

from bot.understanding.browser_url import browser_host, misread
from bot.understanding.prefilter import case_blind

# Square brackets end a URL: markdown writes "[text](url)" and no invitation link has them.
# ("https?://|www\." in any case, its first letter a set written out of the case-blind part: the
# engine skips to a set of letters, never to a case-blind one.)
_URL = re.compile(r"[HhWw](?i:(?<=h)ttps?://|(?<=w)ww\.)[^\s<>\"'`\[\]]+")
# Hosts people write without "https://"; looked for only when one of them is in the text,
# since a pattern that may start anywhere is slow to run over every message.
BARE_HOSTS = (
    "zoom.us",
    "zoomgov.com",
    "meet.google.com",
    "webex.com",
    "teams.microsoft.com",
    "teams.live.com",
    "forms.gle",
    "bit.ly",
    "tinyurl.com",
    "go.gov.sg",
)
_BARE_URL = re.compile(
    r"(?<![\w.@/-])(?:[\w-]+\.)*(?:"
    + "|".join(re.escape(h) for h in BARE_HOSTS)
    + r")/[^\s<>\"'`\[\]]+",
    re.IGNORECASE,
)
# Where a bare host is written: _BARE_URL can match only where the run of word characters,
# dots and hyphens holding one begins (its look-behind fails inside the run), so it is tried
# there and not at every character of the text.
_BARE_HOST = case_blind("|".join(re.escape(h) for h in BARE_HOSTS))
# Punctuation that ends a sentence or closes a bracket around a URL rather than belonging to it.
_TRAILING = ".,;:!?)]}>*\u3002"


@dataclass(frozen=True)
class Url:
    start: int
    end: int
    url: str  # with a scheme

    @cached_property
    def host(self) -> str:
        # (parsed once: the readers of links and online meetings each ask it of every link)
        return browser_host(self.url)


def names_a_bare_host(text: str) -> bool:
    """The gate of the bare links' scan: whether the text holds one of their hosts, any case."""
    lowered = text.lower()
    return any(host in lowered for host in BARE_HOSTS)


def find_urls(text: str) -> list[Url]:
    """Every URL in `text`, trailing punctuation removed, each once per position."""
    found: list[Url] = []
    matches = list(_URL.finditer(text))
    if names_a_bare_host(text):
        taken = [m.span() for m in matches]
        matches.extend(
            m for m in _bare_urls(text) if not any(start <= m.start() < end for start, end in taken)
        )
    for match in sorted(matches, key=lambda m: m.start()):
        value = match.group()
        while value and value[-1] in _TRAILING:
            # A closing bracket stays when the URL itself opened one (Wikipedia-style paths).
            if value[-1] == ")" and value.count("(") >= value.count(")"):
                break
            value = value[:-1]
        if len(value) < 8:
            continue
        url = value if value.lower().startswith("http") else f"https://{value}"
        if misread(url):
            continue  # refused outright: the trust check names it, nothing else carries it
        found.append(Url(match.start(), match.start() + len(value), url))
    return found


def _bare_urls(text: str) -> Iterator[re.Match[str]]:
    """The matches `_BARE_URL.finditer(text)` gives, tried only where a run holding a host
    begins."""
    starts = sorted({_run_start(text, m.start()) for m in _BARE_HOST.finditer(text)})
    end = 0
    for start in starts:
        if start < end:
            continue  # inside the match before
        if (found := _BARE_URL.match(text, start)) is not None:
            yield found
            end = found.end()


def _run_start(text: str, pos: int) -> int:
    """Where the run of word characters, dots and hyphens holding `pos` begins."""
    while pos > 0 and (text[pos - 1] in ".-_" or text[pos - 1].isalnum()):
        pos -= 1
    return pos


def host_matches(host: str, domains: tuple[str, ...]) -> bool:
    return any(host == d or host.endswith("." + d) for d in domains)
