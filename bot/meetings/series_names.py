"""A series keeps its Thai name: once a Thai mail has named one meeting of a series
("การประชุม… ครั้งที่ ๑๘"), a later meeting of the series that comes without a Thai name
takes the series' name with its own ordinal, and says where the name came from."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from bot.store.tables import MeetingRow
from bot.understanding.record import Extracted, MeetingRecord

_ORDINAL_TH = re.compile(r"\s*ครั้งที่\s*[0-9๐-๙]+\s*$")
_THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def with_series_name(session: Session, record: MeetingRecord) -> MeetingRecord:
    """`record` with a Thai title from a known meeting of its series, when it has none."""
    if record.title_th is not None or record.series is None or record.ordinal is None:
        return record
    series = _key(record.series.value)
    for stored in session.scalars(_named_meetings_of(series)):
        known = MeetingRecord.from_json(stored)
        if known.series is None or known.title_th is None or _key(known.series.value) != series:
            continue  # a series written with other white space than a space
        base = _ORDINAL_TH.sub("", known.title_th.value)
        if base == known.title_th.value:
            continue  # a Thai name without its ordinal cannot be carried to another meeting
        ordinal = str(record.ordinal.value).translate(_THAI_DIGITS)
        title = Extracted(
            f"{base} ครั้งที่ {ordinal}",
            source=known.title_th.source,
            confidence=known.title_th.confidence,
            reasons=(f"the Thai name of the series {record.series.value} as a Thai mail gave it",),
        )
        return replace(record, title_th=title)
    return record


def _named_meetings_of(series: str) -> Select[tuple[dict[str, Any]]]:
    """The records of the series' meetings with a Thai name, the newest first: asked of the
    database, not read from every meeting stored."""
    written = MeetingRow.record[("series", "value")].as_string()
    return (
        select(MeetingRow.record)
        .where(
            func.upper(func.replace(written, " ", "")) == series,
            MeetingRow.record[("title_th", "value")].as_string().is_not(None),
        )
        .order_by(MeetingRow.id.desc())
    )


def _key(series: str) -> str:
    return re.sub(r"\s+", "", series).upper()
