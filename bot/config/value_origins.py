"""Where a configuration value came from: an environment variable, `.env`, a secret file
or a line of the TOML file, so a problem can point at the place to fix it."""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from pathlib import Path

from dotenv import dotenv_values

ENV_PREFIX = "MEETBOT_"
ENV_FILE = Path(".env")

# A key's place in the settings: ('sources', 'imap', 0, 'host').
Loc = tuple[int | str, ...]


class ValueOrigins:
    """Finds which layer gave the value at a key: environment, .env, secret file or file."""

    def __init__(self, path: Path | None, text: str, secret_dirs: Sequence[Path]) -> None:
        self._path = path
        self._text = text
        self._environ = sorted(k.upper() for k in os.environ)
        self._dotenv = {k.upper() for k in dotenv_values(ENV_FILE)} if ENV_FILE.is_file() else set()
        self._secret_dirs = [d for d in secret_dirs if d.is_dir()]

    def item_patch(self, loc: Loc) -> str | None:
        """The variable that sets an item of the list at `loc` (``..._IMAP__0__PASSWORD``)."""
        prefix = ENV_PREFIX + "__".join(str(p) for p in loc).upper() + "__"
        return next((n for n in self._environ if n.startswith(prefix)), None)

    def where(self, loc: Loc) -> str:
        for depth in range(len(loc), 0, -1):
            name = ENV_PREFIX + "__".join(str(p) for p in loc[:depth]).upper()
            if name in self._environ:
                return f"environment variable {name}"
            if name in self._dotenv:
                return f"{ENV_FILE} ({name})"
            for folder in self._secret_dirs:
                for candidate in (name, name.lower()):
                    if (folder / candidate).is_file():
                        return f"secret file {folder / candidate}"
        if self._path is None:
            return "configuration"
        line = toml_line_of(self._text, loc)
        return f"{self._path}, line {line}" if line else str(self._path)


_HEADER = re.compile(r"^\s*(\[\[?)\s*([^\]]+?)\s*\]")
_KEY = re.compile(r"""^\s*["']?([A-Za-z0-9_-]+)["']?\s*=""")


def toml_line_of(text: str, loc: Loc) -> int | None:
    """The line of `loc`'s key in TOML `text`, else of its table's header, else None.

    Enough for the way a configuration file is written (tables, arrays of tables,
    one key per line); dotted keys and inline tables fall back to the header.
    """
    wanted = tuple(loc)
    table: Loc = ()
    seen: dict[Loc, int] = {}
    header_line: int | None = None
    for number, line in enumerate(text.splitlines(), start=1):
        header = _HEADER.match(line)
        if header:
            names = tuple(n.strip().strip("\"'") for n in header.group(2).split("."))
            if header.group(1) == "[[":
                seen[names] = seen.get(names, -1) + 1
                table = (*names, seen[names])
            else:
                table = names
            if table and wanted[: len(table)] == table:
                header_line = number
            continue
        key = _KEY.match(line)
        if key and (*table, key.group(1)) == wanted:
            return number
    return header_line
