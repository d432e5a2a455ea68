"""pending_changes: changes to approved meetings from untrusted mail, kept apart

Revision ID: 0004_trust_pending_changes
Revises: 0003_disposition
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_trust_pending_changes"
down_revision = "0003_disposition"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "pending_changes",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("meeting_id", sa.Integer(), sa.ForeignKey("meetings.id"), nullable=False),
        sa.Column("message_id", sa.String(length=998), nullable=False),
        sa.Column("diff", sa.JSON(), nullable=False),
        sa.Column("reasons", sa.JSON(), nullable=False),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("decided_by", sa.String(length=200), nullable=True),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_pending_changes_meeting_id", "pending_changes", ["meeting_id"])


def downgrade() -> None:
    op.drop_index("ix_pending_changes_meeting_id", table_name="pending_changes")
    op.drop_table("pending_changes")
