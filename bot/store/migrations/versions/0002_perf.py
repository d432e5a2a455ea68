"""messages.subject_key: linking by subject through an index, not a scan of every message

Revision ID: 0002_perf
Revises: 0002_reminders
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from bot.meetings.link import subject_key

revision = "0002_perf"
down_revision = "0002_wiring"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("messages", schema=None) as batch_op:
        batch_op.add_column(sa.Column("subject_key", sa.String(length=64), nullable=True))
        batch_op.create_index(batch_op.f("ix_messages_subject_key"), ["subject_key"], unique=False)
    messages = sa.table(
        "messages",
        sa.column("id", sa.Integer),
        sa.column("subject", sa.Text),
        sa.column("subject_key", sa.String),
        sa.column("meeting_id", sa.Integer),
    )
    connection = op.get_bind()
    linked = connection.execute(
        sa.select(messages.c.id, messages.c.subject).where(messages.c.meeting_id.is_not(None))
    ).all()
    for pk, subject in linked:
        connection.execute(
            messages.update()
            .where(messages.c.id == pk)
            .values(subject_key=subject_key(subject or ""))
        )


def downgrade() -> None:
    with op.batch_alter_table("messages", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_messages_subject_key"))
        batch_op.drop_column("subject_key")
