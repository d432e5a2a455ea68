"""Which stored meeting a message belongs to.

In order of certainty: the thread (In-Reply-To and References of a message already
linked), the subject once "Re:", "Fwd:" and "[tags]" are taken off, the invitation a
Thai letter cites by its date or names by its Thai title (cited_invitation), the series
and ordinal ("18th SLOM-WG"), and last the title together with the dates.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from bot.meetings.cited_invitation import CitedInvitation
from bot.reading.document import MailDocument
from bot.store.tables import MeetingRow, MessageRow
from bot.understanding.record import MeetingRecord, When

_SUBJECT_PREFIX = re.compile(
    r"^\s*(?:(?:re|fwd?|fw|aw|sv|wg|tr|rv|ตอบกลับ|ส่งต่อ)\s*(?:\[\d+\])?\s*[:：]\s*|\[[^\]]*\]\s*)",
    re.IGNORECASE,
)
# Thai vowel and tone marks are not \w to Python: keep the whole Thai block.
_NOT_WORD = re.compile(r"[^\w\u0e00-\u0e7f]+")
_SERIES_NOISE = re.compile(r"[\s\-–_/]+")
# Subjects shorter than this ("Re: Meeting", "Fwd: invitation") say nothing about which meeting.
MIN_SUBJECT_CHARS = 12
TITLE_SIMILARITY = 0.75
TITLE_WITH_DATES_SIMILARITY = 0.5
# Dates further apart than this are another meeting of the same name (next year's forum).
SAME_MEETING_DAYS = 120


# Built once: building a statement cost more than running it, once per message.
_THREAD_QUERY = select(MessageRow.message_id, MessageRow.meeting_id).where(
    MessageRow.message_id.in_(bindparam("ids", expanding=True)),
    MessageRow.meeting_id.is_not(None),
    MessageRow.id != bindparam("pk"),
)
_LINKED_IDS_QUERY = select(MessageRow.message_id).where(
    MessageRow.message_id.in_(bindparam("ids", expanding=True)),
    MessageRow.meeting_id.is_not(None),
)
_LINKED_KEYS_QUERY = (
    select(MessageRow.subject_key)
    .where(
        MessageRow.subject_key.in_(bindparam("keys", expanding=True)),
        MessageRow.meeting_id.is_not(None),
    )
    .distinct()
)
_SUBJECT_QUERY = (
    select(MessageRow.subject, MessageRow.meeting_id)
    .where(
        MessageRow.subject_key.in_(bindparam("keys", expanding=True)),
        MessageRow.meeting_id.is_not(None),
        MessageRow.id != bindparam("pk"),
    )
    .order_by(MessageRow.id.desc())
    .limit(1)
)


@dataclass(frozen=True)
class Link:
    meeting_id: int
    reason: str


def normalise_subject(subject: str) -> str:
    """The subject without reply and forward prefixes or [tags], lower case, single spaces."""
    previous = None
    value = subject
    while previous != value:
        previous = value
        value = _SUBJECT_PREFIX.sub("", value)
    return " ".join(_NOT_WORD.sub(" ", value.lower()).split())


def find_meeting(
    session: Session,
    doc: MailDocument,
    record: MeetingRecord,
    *,
    message_pk: int | None = None,
    links: Links | None = None,
    cited: CitedInvitation | None = None,
) -> Link | None:
    """The meeting `doc` belongs to; `links` is what the transaction's merges so far know,
    `cited` what its letters say (the caller keeps it to decide once what they say)."""
    links = links or Links()
    cited = cited or CitedInvitation(doc)
    thread, keys, identity = _thread_ids(doc), _subject_keys(doc), _Identity.of(record)
    # A letter citing an invitation or naming its meeting looks for it in the database,
    # flushed or not.
    if links.could_match_unflushed(thread, keys, identity) or (links.unflushed and cited.letters):
        session.flush()  # the queries below read the database, not the session
        links.unflushed.clear()
    return (
        _by_thread(session, thread, message_pk, links.known)
        or _by_subject(session, keys, message_pk, links.known)
        or _by_cited_invitation(session, cited)
        or _by_record(session, identity)
    )


def _by_cited_invitation(session: Session, cited: CitedInvitation) -> Link | None:
    found = cited.meeting(session)
    return Link(*found) if found else None


@dataclass(frozen=True)
class _UnflushedLink:
    message_id: str
    subject_key: str | None
    meeting: _Identity  # as the merge left the meeting


@dataclass
class _Known:
    """The Message-IDs and subject keys of linked messages that a batch's thread and subject
    lookups could find: those linked before the batch, and those it links itself."""

    ids: set[str]
    keys: set[str]

    def add(self, message_id: str, key: str | None) -> None:
        self.ids.add(message_id)
        if key is not None:
            self.keys.add(key)


# Bound parameters per IN list: well under SQLite's and PostgreSQL's limits.
_IN_CHUNK = 500


@dataclass
class Links:
    """What the merges of one transaction know about links beyond what they could query:
    the links they made that are not flushed yet, and, in a batch, which thread ids and
    subject keys name a linked message at all. Made by the caller for each transaction
    and handed to every merge in it."""

    unflushed: list[_UnflushedLink] = field(default_factory=list)
    known: _Known | None = None

    def note(self, message: MessageRow, record: MeetingRecord) -> None:
        """Remember a message linked to a meeting (`record` as merged) but not flushed yet,
        so that a later message that could belong to the same meeting flushes before
        `find_meeting` queries the database. A backfill flushes once per batch."""
        self.unflushed.append(
            _UnflushedLink(message.message_id, message.subject_key, _Identity.of(record))
        )
        if self.known is not None:
            self.known.add(message.message_id, message.subject_key)

    def prefetch(self, session: Session, documents: Sequence[MailDocument]) -> None:
        """Before a batch is merged: which of its messages' thread ids and subject keys
        name a linked message at all, found with one query each instead of one per
        message. A message whose ids and keys are all unknown is not looked up."""
        ids = sorted({i for doc in documents for i in _thread_ids(doc)})
        keys = sorted({k for doc in documents for k in _subject_keys(doc)})
        known = _Known(set(), set())
        for start in range(0, len(ids), _IN_CHUNK):
            chunk = ids[start : start + _IN_CHUNK]
            known.ids.update(session.scalars(_LINKED_IDS_QUERY, {"ids": chunk}))
        for start in range(0, len(keys), _IN_CHUNK):
            chunk = keys[start : start + _IN_CHUNK]
            found = session.scalars(_LINKED_KEYS_QUERY, {"keys": chunk})
            known.keys.update(k for k in found if k)
        self.known = known

    def could_match_unflushed(self, thread: list[str], keys: set[str], new: _Identity) -> bool:
        """Whether one of the links not yet flushed could be the one `find_meeting` finds:
        the same thread, the same subject, or a record alike (then the flush costs once
        what a query per message would have missed)."""
        return any(
            link.message_id in thread
            or link.subject_key in keys
            or (new.named and _likeness(new, link.meeting)[0] > 0)
            for link in self.unflushed
        )


def _by_thread(
    session: Session, ids: list[str], message_pk: int | None, known: _Known | None
) -> Link | None:
    if not ids or (known is not None and known.ids.isdisjoint(ids)):
        return None
    rows = session.execute(_THREAD_QUERY, {"ids": ids, "pk": message_pk or -1}).all()
    linked = {message_id: meeting_id for message_id, meeting_id in rows if meeting_id is not None}
    for message_id in ids:
        if message_id in linked:
            return Link(linked[message_id], f"in the thread of <{message_id}>")
    return None


def _thread_ids(doc: MailDocument) -> list[str]:
    """The message replied to first, then the thread from its newest end."""
    return [i for i in (doc.in_reply_to, *reversed(doc.references)) if i]


def subject_key(subject: str) -> str:
    """What messages.subject_key holds: a fixed-length digest of the normalised subject, so that
    an index finds the messages with the same subject however long it is."""
    return hashlib.sha256(normalise_subject(subject).encode()).hexdigest()


def _subject_keys(doc: MailDocument) -> set[str]:
    """The keys of the message's own subject and its forwarded messages' subjects."""
    subjects = {normalise_subject(doc.subject)}
    subjects.update(normalise_subject(f.subject) for f in doc.forwarded if f.subject)
    return {subject_key(s) for s in subjects if len(s) >= MIN_SUBJECT_CHARS}


def _by_subject(
    session: Session, keys: set[str], message_pk: int | None, known: _Known | None
) -> Link | None:
    if not keys or (known is not None and known.keys.isdisjoint(keys)):
        return None
    row = session.execute(_SUBJECT_QUERY, {"keys": list(keys), "pk": message_pk or -1}).first()
    if row is None or row.meeting_id is None:
        return None
    return Link(row.meeting_id, f'same subject as an earlier message: "{row.subject}"')


@dataclass(frozen=True)
class _Identity:
    """What tells one meeting from another by its record: its names and its first day."""

    title: str
    title_th: str
    series: str
    ordinal: int | None
    day: dt.date | None

    @classmethod
    def of(cls, record: MeetingRecord) -> _Identity:
        return cls(
            title=record.title.value if record.title else "",
            title_th=record.title_th.value if record.title_th else "",
            series=record.series.value if record.series else "",
            ordinal=record.ordinal.value if record.ordinal else None,
            day=_day(record.start.value) if record.start else None,
        )

    @property
    def named(self) -> bool:
        return bool(self.title or self.title_th or (self.series and self.ordinal))


# Only the fields an identity needs, read by the database from each record's JSON: parsing
# every stored record for every message was most of the time of a backfill.
_RECORD = MeetingRow.record
_IDENTITY_QUERY = select(
    MeetingRow.id,
    _RECORD[("title", "value")].as_string(),
    _RECORD[("title_th", "value")].as_string(),
    _RECORD[("series", "value")].as_string(),
    _RECORD[("ordinal", "value")].as_integer(),
    _RECORD[("start", "value")].as_string(),
).order_by(MeetingRow.id.desc())


def _by_record(session: Session, new: _Identity) -> Link | None:
    if not new.named:
        return None  # nothing _likeness could find alike: no need to read every meeting
    best: tuple[float, Link] | None = None
    for meeting_id, title, title_th, series, ordinal, start in session.execute(_IDENTITY_QUERY):
        # The ISO form's date is the day in the meeting's own zone, as _day gives it.
        day = dt.date.fromisoformat(start[:10]) if start else None
        stored = _Identity(title or "", title_th or "", series or "", ordinal, day)
        score, reason = _likeness(new, stored)
        if score > 0 and (best is None or score > best[0]):
            best = (score, Link(meeting_id, reason))
    return best[1] if best else None


def _likeness(new: _Identity, stored: _Identity) -> tuple[float, str]:
    """How surely two records describe one meeting (0: not), and why."""
    days_apart = abs((new.day - stored.day).days) if new.day and stored.day else None
    if days_apart is not None and days_apart > SAME_MEETING_DAYS:
        return 0.0, ""
    if (
        new.series
        and stored.series
        and new.ordinal
        and stored.ordinal
        and _series_key(new.series) == _series_key(stored.series)
    ):
        if new.ordinal == stored.ordinal:
            return 3.0, f"same series and ordinal: {new.ordinal} {new.series}"
        return 0.0, ""
    similarity = max(
        _similarity(new.title, stored.title), _similarity(new.title_th, stored.title_th)
    )
    if similarity >= TITLE_SIMILARITY:
        return 1.0 + similarity, f"same title ({similarity:.0%} alike)"
    if days_apart == 0 and similarity >= TITLE_WITH_DATES_SIMILARITY:
        return 1.0 + similarity, f"similar title ({similarity:.0%} alike) on the same dates"
    return 0.0, ""


def _series_key(series: str) -> str:
    return _SERIES_NOISE.sub("", series.upper())


def _day(value: When) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value


def _words(text: str) -> set[str]:
    return {w for w in _NOT_WORD.sub(" ", text.lower()).split() if len(w) > 2}


def _similarity(a: str, b: str) -> float:
    """Jaccard likeness of the words of two titles; Thai, without spaces, by characters."""
    if not a or not b:
        return 0.0
    words_a, words_b = _words(a), _words(b)
    if len(words_a) < 3 or len(words_b) < 3:
        words_a = {a[i : i + 3] for i in range(len(a) - 2)}
        words_b = {b[i : i + 3] for i in range(len(b) - 2)}
    if not words_a or not words_b:
        return 0.0
    return len(words_a & words_b) / len(words_a | words_b)
