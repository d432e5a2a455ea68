"""corrections, audit_log, users, feed_tokens, meetings.start_key: the officers' workspace

Revision ID: 0004_web_workspace
Revises: 0005_failures_reminder_jobs
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from bot.store.tables import start_key_of

revision = "0004_web_workspace"
down_revision = "0005_failures_reminder_jobs"  # chained after failures at the merge
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("meetings") as meetings:
        meetings.add_column(sa.Column("start_key", sa.String(length=40), nullable=True))
        meetings.create_index("ix_meetings_start_key", ["start_key"])
    _fill_start_keys()
    op.create_table(
        "corrections",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), sa.ForeignKey("meetings.id"), nullable=False),
        sa.Column("field", sa.String(length=50), nullable=False),
        sa.Column("value", sa.JSON(), nullable=False),
        sa.Column("before", sa.JSON(), nullable=False),
        sa.Column("by", sa.String(length=200), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("undone_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("undone_by", sa.String(length=200), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_corrections_meeting_id", "corrections", ["meeting_id"])
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), sa.ForeignKey("meetings.id"), nullable=True),
        sa.Column("actor", sa.String(length=200), nullable=False),
        sa.Column("action", sa.String(length=50), nullable=False),
        sa.Column("subject", sa.String(length=200), nullable=False),
        sa.Column("before", sa.JSON(), nullable=True),
        sa.Column("after", sa.JSON(), nullable=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_audit_log_meeting_id", "audit_log", ["meeting_id"])
    op.create_table(
        "users",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("password_hash", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("disabled_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("name"),
    )
    op.create_table(
        "feed_tokens",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("token", sa.String(length=100), nullable=False),
        sa.Column("delegate_key", sa.String(length=100), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("token"),
    )


def _fill_start_keys() -> None:
    connection = op.get_bind()
    meetings = sa.table(
        "meetings",
        sa.column("id", sa.Integer),
        sa.column("record", sa.JSON),
        sa.column("start_key", sa.String),
    )
    for meeting_id, record in connection.execute(sa.select(meetings.c.id, meetings.c.record)):
        connection.execute(
            meetings.update()
            .where(meetings.c.id == meeting_id)
            .values(start_key=start_key_of(record))
        )


def downgrade() -> None:
    with op.batch_alter_table("meetings") as meetings:
        meetings.drop_index("ix_meetings_start_key")
        meetings.drop_column("start_key")
    op.drop_table("feed_tokens")
    op.drop_table("users")
    op.drop_index("ix_audit_log_meeting_id", "audit_log")
    op.drop_table("audit_log")
    op.drop_index("ix_corrections_meeting_id", "corrections")
    op.drop_table("corrections")
