"""outbox.held_for: why a held message waits (approval of the meeting, or review of its values)

Revision ID: 0008_review_outbox_held_for
Revises: 0006_deploy_channel_states
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008_review_outbox_held_for"
down_revision = "0006_deploy_channel_states"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("outbox") as table:
        table.add_column(sa.Column("held_for", sa.String(20), nullable=True))
    # Before this, only a meeting's approval held mail.
    op.execute("UPDATE outbox SET held_for = 'approval' WHERE status = 'held'")


def downgrade() -> None:
    with op.batch_alter_table("outbox") as table:
        table.drop_column("held_for")
