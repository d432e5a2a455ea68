"""Text as every store can hold it, made so in one place: the column types below.

A message's bytes decide what its text holds. A lone surrogate (from a utf-7 or
surrogateescape decode, or a broken file name) cannot be encoded as UTF-8, so SQLite
refuses the row with an error that hides the cause; PostgreSQL refuses NUL in text and
in JSON. Every text and JSON column of bot.store.tables is of a type here, which writes
a surrogate pair as the character it stands for, a lone surrogate as U+FFFD and drops NUL.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import JSON, String, Text
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


def storable(text: str) -> str:
    """`text` without NUL, its surrogates paired into characters or replaced by U+FFFD."""
    if _UNSTORABLE.search(text) is None:
        return text
    text = text.replace("\x00", "")
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


def storable_json(value: Any) -> Any:
    """A JSON value with every string in it (keys too) storable."""
    if isinstance(value, str):
        return storable(value)
    if isinstance(value, dict):
        return {storable_json(key): storable_json(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [storable_json(item) for item in value]
    return value


class StoredText(TypeDecorator[str]):
    impl = Text
    cache_ok = True

    def process_bind_param(self, value: str | None, dialect: Dialect) -> str | None:
        return None if value is None else storable(value)


class StoredString(TypeDecorator[str]):
    """A VARCHAR(length) of storable text."""

    impl = String
    cache_ok = True

    def process_bind_param(self, value: str | None, dialect: Dialect) -> str | None:
        return None if value is None else storable(value)


class StoredJSON(TypeDecorator[Any]):
    impl = JSON
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> Any:
        return storable_json(value)
