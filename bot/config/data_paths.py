"""`data_dir` is the root of every path the configuration does not set itself.

Moving `data_dir` (to a container's volume, say) moves the store, the Maildir, the
calendar feed, the memos, the secrets and the caches with it; a path written in the
configuration stays where it was written.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from bot.config.oauth_settings import SMTP_ACCOUNT, default_refresh_token_file

DEFAULT_DATA_DIR = Path("var")

# (key path, file or folder under data_dir)
_ROOTED: tuple[tuple[tuple[str, ...], str], ...] = (
    (("sources", "maildir", "path"), "maildir"),
    (("calendar", "feed_path"), "calendar.ics"),
    (("memo", "output_dir"), "memos"),
)


def rooted_defaults(data: Mapping[str, Any]) -> dict[str, Any]:
    """`data` (the merged layers) with the unset paths placed under its data_dir."""
    root = Path(data.get("data_dir", DEFAULT_DATA_DIR))
    values: dict[str, Any] = dict(data)
    for path, name in _ROOTED:
        values = _with_default(values, path, root / name)
    values = _with_default(values, ("store", "url"), f"sqlite:///{root / 'meetbot.db'}")
    return _with_token_files(values, root)


def _with_token_files(values: dict[str, Any], root: Path) -> dict[str, Any]:
    """Each `oauth` table without a refresh_token_file gets data_dir/secrets/NAME."""
    sources = values.get("sources")
    imap = _get(sources, "imap")
    if isinstance(imap, list):
        accounts = [_with_token_file(a, root, _get(a, "name")) for a in imap]
        if isinstance(sources, BaseModel):
            values = {**values, "sources": sources.model_copy(update={"imap": accounts})}
        elif isinstance(sources, Mapping):
            values = {**values, "sources": {**sources, "imap": accounts}}
    if "smtp" in values:
        values = {**values, "smtp": _with_token_file(values["smtp"], root, SMTP_ACCOUNT)}
    return values


def _with_token_file(section: Any, root: Path, name: object) -> Any:
    oauth = _get(section, "oauth")
    if oauth is None or not isinstance(name, str):
        return section
    path = default_refresh_token_file(root, name)
    return _with_default(section, ("oauth", "refresh_token_file"), path)


def _get(section: Any, key: str) -> Any:
    if isinstance(section, Mapping):
        return section.get(key)
    return getattr(section, key, None)


def _with_default(container: Any, path: tuple[str, ...], value: object) -> Any:
    key, rest = path[0], path[1:]
    if isinstance(container, Mapping):
        if not rest:
            return container if key in container else {**container, key: value}
        return {**container, key: _with_default(container.get(key, {}), rest, value)}
    if isinstance(container, BaseModel):  # a section given as an object, e.g. by the demo
        if not rest:
            if key in container.model_fields_set:
                return container
            return container.model_copy(update={key: value})
        inner = _with_default(getattr(container, key), rest, value)
        return container.model_copy(update={key: inner})
    return container
