from sqlalchemy import func, select

from bot.store.database import open_database
from bot.store.messages import raw_bytes, store_raw_message
from bot.store.tables import MessageRow

RAW = b"Message-ID: <abc@example.org>\r\nSubject: hi\r\n\r\nbody\r\n"


def test_same_message_is_stored_once(database_url):
    with open_database(database_url) as db:
        with db.session() as s:
            first = store_raw_message(s, RAW, source="test")
        with db.session() as s:
            second = store_raw_message(s, RAW, source="test")
            count = s.scalar(select(func.count()).select_from(MessageRow))
            row = s.get(MessageRow, first.pk)
            assert row is not None
            assert raw_bytes(row) == RAW
    assert first.created
    assert not second.created
    assert first.pk == second.pk
    assert first.message_id == "abc@example.org"
    assert count == 1


def test_message_without_id_is_keyed_by_its_bytes(database_url):
    raw = b"Subject: no id\r\n\r\nbody\r\n"
    with open_database(database_url) as db, db.session() as s:
        a = store_raw_message(s, raw, source="t")
        b = store_raw_message(s, raw + b"x", source="t")
    assert a.message_id.startswith("sha256:")
    assert a.message_id != b.message_id


def test_migrate_twice_is_harmless(database_url):
    open_database(database_url).close()
    with open_database(database_url) as db, db.session() as s:
        assert s.scalar(select(func.count()).select_from(MessageRow)) == 0
