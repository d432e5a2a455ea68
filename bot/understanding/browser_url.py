"""URLs judged as a browser reads them (the WHATWG URL standard, through ada).

Python's `urlsplit` and a browser disagree on some URLs: in
`https://portal.example\\@zoom.us/j/1` a browser reads the backslash as a slash and goes
to portal.example, while urlsplit sees user-info and the host zoom.us. A check made with
one reading and a click made with the other is how a phishing link passes, so a URL the
two read differently is refused outright, and every host we judge or show is the
browser's.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from ada_url import URL

# A URL as it may stand in any text a person reads: a backslash kept, since it is part of
# the trick; what ends a sentence is trimmed after.
_ANY_URL = re.compile(r"(?:https?|ftps?):[/\\]{2}[^\s<>\"'`]+", re.IGNORECASE)
_TRAILING = ".,;:!?)]}>*\u3002"


def browser_host(url: str) -> str:
    """The host a browser would connect to, IDNA-encoded ('' when it would not parse)."""
    try:
        return URL(url.strip()).hostname.lower()
    except ValueError:
        return ""


def python_host(url: str) -> str:
    try:
        host = urlsplit(url.strip()).hostname or ""
    except ValueError:
        return ""
    try:
        return host.encode("idna").decode("ascii").lower()
    except UnicodeError:
        return host.lower()


def misread(url: str) -> str | None:
    """Why the URL is refused, when Python and a browser go to different hosts."""
    browser, python = browser_host(url), python_host(url)
    if browser == python:
        return None
    return (
        f"refused: a browser goes to {browser or '(nowhere)'}, "
        f"while it reads as {python or '(no host)'}"
    )


def urls_in(text: str) -> list[str]:
    """Every URL written in `text`, backslashes and all."""
    found = []
    for match in _ANY_URL.finditer(text):
        url = match.group()
        while url and url[-1] in _TRAILING:
            url = url[:-1]
        found.append(url)
    return found


def as_text(url: str) -> str:
    """The URL made unclickable, with the host a browser would visit beside it: how a
    link from mail that is not trusted is shown in every channel."""
    host = browser_host(url) or "(no host)"
    scheme, sep, rest = url.partition(":")
    inert = f"{scheme.lower().replace('t', 'x')}{sep}{rest}" if sep else url
    return f"{inert.replace('.', '[.]')} [host: {host}]"


def text_without_links(text: str) -> str:
    """`text` with every URL in it shown `as_text`."""
    return _ANY_URL.sub(lambda m: as_text(m.group().rstrip(_TRAILING)) + _tail(m.group()), text)


def _tail(url: str) -> str:
    return url[len(url.rstrip(_TRAILING)) :]
