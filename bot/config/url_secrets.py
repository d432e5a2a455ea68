"""Secrets written inside URLs (`https://user:password@host/`): found, and hidden.

`calendar.caldav_url` may carry the CalDAV password as user-info; it is then as secret as
`calendar.caldav_password`, in `config check`'s output, logs and stored errors alike.
"""

from __future__ import annotations

from urllib.parse import unquote, urlsplit, urlunsplit

HIDDEN = "***"


def password_in(url: str | None) -> str | None:
    """The password in the URL's user-info, as written and decoded (both may leak)."""
    if not url:
        return None
    try:
        password = urlsplit(url).password
    except ValueError:
        return None
    return password or None


def secrets_in(url: str | None) -> list[str]:
    """Every form of the URL's password a text may carry: as written, and decoded."""
    password = password_in(url)
    return [] if password is None else list(dict.fromkeys([password, unquote(password)]))


def without_password(url: str) -> str:
    """The URL with its password replaced by ***, for showing and logging."""
    try:
        parts = urlsplit(url)
        if parts.password is None:
            return url
        user = parts.username or ""
        host = parts.netloc.rsplit("@", 1)[1]
    except ValueError:
        return url
    return urlunsplit(parts._replace(netloc=f"{user}:{HIDDEN}@{host}"))


def without_user_info(url: str) -> tuple[str, str | None, str | None]:
    """The URL without user-info, and the user name and password it carried."""
    parts = urlsplit(url)
    if "@" not in parts.netloc:
        return url, None, None
    host = parts.netloc.rsplit("@", 1)[1]
    user = unquote(parts.username) if parts.username else None
    password = unquote(parts.password) if parts.password else None
    return urlunsplit(parts._replace(netloc=host)), user, password
