"""A series keeps its Thai name: once a Thai mail has named one meeting of a series
("การประชุม… ครั้งที่ ๑๘"), a later meeting of the series that comes without a Thai name
takes the series' name with its own ordinal, and says where the name came from."""

from __future__ import annotations

import re
from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.reading.thai_digits import to_thai_digits
from bot.store.tables import MeetingRow
from bot.understanding.record import Extracted, MeetingRecord

_ORDINAL_TH = re.compile(r"\s*ครั้งที่\s*[0-9๐-๙]+\s*$")


def with_series_name(session: Session, record: MeetingRecord) -> MeetingRecord:
    """`record` with a Thai title from a known meeting of its series, when it has none."""
    if record.title_th is not None or record.series is None or record.ordinal is None:
        return record
    series = _key(record.series.value)
    for stored in session.scalars(select(MeetingRow.record).order_by(MeetingRow.id.desc())):
        known = MeetingRecord.from_json(stored)
        if known.series is None or known.title_th is None or _key(known.series.value) != series:
            continue
        base = _ORDINAL_TH.sub("", known.title_th.value)
        if base == known.title_th.value:
            continue  # a Thai name without its ordinal cannot be carried to another meeting
        ordinal = to_thai_digits(record.ordinal.value)
        title = Extracted(
            f"{base} ครั้งที่ {ordinal}",
            source=known.title_th.source,
            confidence=known.title_th.confidence,
            reasons=(f"the Thai name of the series {record.series.value} as a Thai mail gave it",),
        )
        return replace(record, title_th=title)
    return record


def _key(series: str) -> str:
    return re.sub(r"\s+", "", series).upper()
