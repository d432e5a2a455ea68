"""meeting_notices.targets: the reminders' targets the chat was told of, by their key

They were kept among the facts under a label "<name> [<key>]" and told apart by the "]"
that ends it; they move to a column of their own here, so no label is read back again.

Revision ID: 0011_office14_notice_targets
Revises: 0010_kinds6_message_review_note
"""

from __future__ import annotations

import re

import sqlalchemy as sa
from alembic import op

revision = "0011_office14_notice_targets"
down_revision = "0010_kinds6_message_review_note"
branch_labels = None
depends_on = None

# How a target was labelled among the facts up to 0010 (reminders/facts.py, target_label):
# its key is one meetbot made (a deadline kind, "meeting", a session label, "-2" for a second).
_OLD_TARGET_LABEL = re.compile(r"^.+ \[(?P<key>[a-z][a-z0-9-]*)\]$")

# The names 0010's code gave the targets in those labels (reminders/messages.py's TARGET_NAMES
# then), kept here as they were: that code tells the chat of a change by comparing labels
# whole, so a notice downgraded under other labels would announce every target as changed.
_OLD_TARGET_NAMES = {
    "registration": "ลงทะเบียนเข้าร่วมประชุม (Registration)",
    "nomination": "เสนอบันทึกขออนุมัติผู้เข้าร่วมประชุม (Nomination memo)",
    "documents": "ส่งเอกสาร (Documents)",
    "travel": "แจ้งข้อมูลการเดินทาง (Travel details)",
    "report": "รายงานผลการประชุม (Report)",
    "other": "กำหนดการ (Deadline)",
    "meeting": "การประชุม (Meeting)",
    "dry-run": "ทดสอบระบบก่อนการประชุม (Dry run)",
    "rehearsal": "ซ้อมการประชุม (Rehearsal)",
    "breakout": "ประชุมกลุ่มย่อย (Breakout session)",
}

_NOTICES = sa.table(
    "meeting_notices",
    sa.column("meeting_id", sa.Integer()),
    sa.column("facts", sa.JSON()),
    sa.column("targets", sa.JSON()),
)


def upgrade() -> None:
    with op.batch_alter_table("meeting_notices") as table:
        table.add_column(sa.Column("targets", sa.JSON(), nullable=True))
    connection = op.get_bind()
    rows = connection.execute(sa.select(_NOTICES.c.meeting_id, _NOTICES.c.facts)).all()
    for meeting_id, facts in rows:
        values, targets = {}, {}
        for label, said in (facts or {}).items():
            found = _OLD_TARGET_LABEL.match(label)
            if found:
                targets[found["key"]] = said
            else:
                values[label] = said
        connection.execute(
            _NOTICES.update()
            .where(_NOTICES.c.meeting_id == meeting_id)
            .values(facts=values, targets=targets)
        )
    with op.batch_alter_table("meeting_notices") as table:
        table.alter_column("targets", existing_type=sa.JSON(), nullable=False)


def downgrade() -> None:
    connection = op.get_bind()
    rows = connection.execute(
        sa.select(_NOTICES.c.meeting_id, _NOTICES.c.facts, _NOTICES.c.targets)
    ).all()
    for meeting_id, facts, targets in rows:
        merged = {**(facts or {}), **{_old_label(key): v for key, v in (targets or {}).items()}}
        connection.execute(
            _NOTICES.update().where(_NOTICES.c.meeting_id == meeting_id).values(facts=merged)
        )
    with op.batch_alter_table("meeting_notices") as table:
        table.drop_column("targets")


def _old_label(key: str) -> str:
    """A target's label as 0010's code wrote it; a second of a kind ("nomination-2") by its
    kind's name."""
    kind = key.rsplit("-", 1)[0] if key[-1].isdigit() else key
    return f"{_OLD_TARGET_NAMES.get(kind, key)} [{key}]"
