"""meetings.approved_by and approved_at: who lifted a hold for approval, and when

Revision ID: 0002_wiring
Revises: 0002_reminders
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002_wiring"
down_revision = "0002_reminders"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("meetings", schema=None) as batch_op:
        batch_op.add_column(sa.Column("approved_by", sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column("approved_at", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("meetings", schema=None) as batch_op:
        batch_op.drop_column("approved_at")
        batch_op.drop_column("approved_by")
