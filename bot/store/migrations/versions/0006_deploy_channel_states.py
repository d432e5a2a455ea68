"""channel_states: when each way out (smtp, telegram, line) last worked and last failed

Revision ID: 0006_deploy_channel_states
Revises: 0005_failures_reminder_jobs
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_deploy_channel_states"
down_revision = "0004_chat_notices"  # chained after chat at the merge
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "channel_states",
        sa.Column("channel", sa.String(length=30), primary_key=True),
        sa.Column("last_success_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_failure_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
    )


def downgrade() -> None:
    op.drop_table("channel_states")
