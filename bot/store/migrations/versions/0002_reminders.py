"""reminders_sent.meeting_id may be empty: the daily digest is about many meetings

Revision ID: 0002_reminders
Revises: 0002_calendar
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002_reminders"
down_revision = "0002_calendar"  # chained after calendar once merged
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("reminders_sent", schema=None) as batch_op:
        batch_op.alter_column("meeting_id", existing_type=sa.Integer(), nullable=True)


def downgrade() -> None:
    op.execute("DELETE FROM reminders_sent WHERE meeting_id IS NULL")
    with op.batch_alter_table("reminders_sent", schema=None) as batch_op:
        batch_op.alter_column("meeting_id", existing_type=sa.Integer(), nullable=False)
