"""URLs as written in mail text: with a scheme, starting with www., or a bare meeting host."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.understanding.browser_url import browser_host, misread

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
# Punctuation that ends a sentence or closes a bracket around a URL rather than belonging to it.
_TRAILING = ".,;:!?)]}>*\u3002"


@dataclass(frozen=True)
class Url:
    start: int
    end: int
    url: str  # with a scheme

    @property
    def host(self) -> str:
        return browser_host(self.url)


def find_urls(text: str) -> list[Url]:
    """Every URL in `text`, trailing punctuation removed, each once per position."""
    found: list[Url] = []
    matches = list(_URL.finditer(text))
    lowered = text.lower()
    if any(host in lowered for host in BARE_HOSTS):
        taken = [m.span() for m in matches]
        matches.extend(
            m
            for m in _BARE_URL.finditer(text)
            if not any(start <= m.start() < end for start, end in taken)
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


def host_matches(host: str, domains: tuple[str, ...]) -> bool:
    return any(host == d or host.endswith("." + d) for d in domains)
