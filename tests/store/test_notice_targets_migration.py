"""0011 moves the reminders' targets out of the facts the chat was told, where they were
labelled "<name> [<key>]": after it no stored label is read back for a key, and an
upgrade tells the chat of no change that did not happen."""

from __future__ import annotations

import json

from alembic import command
from alembic.config import Config
from sqlalchemy import text

from bot.actions.reminders.state import last_told
from bot.store.database import MIGRATIONS_DIR, Database, open_database
from bot.store.tables import MeetingRow

OLD_FACTS = {
    "สถานะ (Status)": "scheduled",
    "ลิงก์ (Link) main": "https://example.org/j/1",
    "ลงทะเบียนเข้าร่วมประชุม (Registration) [registration]": "วันจันทร์ที่ 15 กันยายน 2568",
    "เสนอบันทึกขออนุมัติผู้เข้าร่วมประชุม (Nomination memo) [nomination-2]": "วันศุกร์ที่ 5",
    "ทดสอบระบบก่อนการประชุม (Dry run) [dry-run]": "วันจันทร์ที่ 29 กันยายน 2568",
}


def told_at_0010(db: Database) -> int:
    """A meeting the chat was told of under 0010, its targets among the facts (OLD_FACTS)."""
    db.migrate("0010_kinds6_message_review_note")
    with db.session() as session:
        row = MeetingRow(uid="m-1@example.org", record={})
        session.add(row)
        session.flush()
        meeting_id = row.id
    with db.engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO meeting_notices (meeting_id, facts, held_reasons, told_at)"
                " VALUES (:id, :facts, '[]', CURRENT_TIMESTAMP)"
            ),
            {"id": meeting_id, "facts": json.dumps(OLD_FACTS, ensure_ascii=False)},
        )
    return meeting_id


def test_an_old_notice_keeps_its_values_and_its_targets_by_key(database_url):
    with Database(database_url) as old:
        meeting_id = told_at_0010(old)
    with open_database(database_url) as db, db.session() as session:
        told = last_told(session, meeting_id)
    assert told is not None
    assert told.facts.values == {
        "สถานะ (Status)": "scheduled",
        "ลิงก์ (Link) main": "https://example.org/j/1",
    }
    assert told.facts.targets == {
        "registration": "วันจันทร์ที่ 15 กันยายน 2568",
        "nomination-2": "วันศุกร์ที่ 5",
        "dry-run": "วันจันทร์ที่ 29 กันยายน 2568",
    }


def test_a_downgrade_gives_back_the_labels_the_old_code_compares(database_url):
    """0010's code tells the chat of a change by comparing labels whole: a notice downgraded
    under other labels than it would write itself announces every target as changed."""
    with Database(database_url) as db:
        meeting_id = told_at_0010(db)
        db.migrate()
        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS_DIR))
        with db.engine.begin() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, "0010_kinds6_message_review_note")
        with db.engine.connect() as connection:
            stored = connection.execute(
                text("SELECT facts FROM meeting_notices WHERE meeting_id = :id"),
                {"id": meeting_id},
            ).scalar_one()
    facts = json.loads(stored) if isinstance(stored, str) else stored
    assert facts == OLD_FACTS
