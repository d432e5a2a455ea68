"""meeting_notices: what the chat was last told about each meeting

Revision ID: 0004_chat_notices
Revises: 0005_failures_reminder_jobs
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_chat_notices"
down_revision = "0007_hostile_failing_since"  # chained after hostile at the merge
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "meeting_notices",
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("facts", sa.JSON(), nullable=False),
        sa.Column("held_reasons", sa.JSON(), nullable=False),
        sa.Column("told_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["meeting_id"], ["meetings.id"]),
        sa.PrimaryKeyConstraint("meeting_id"),
    )


def downgrade() -> None:
    op.drop_table("meeting_notices")
