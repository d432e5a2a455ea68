"""messages.attempts (processing begun, not finished) and messages.error_trace

Revision ID: 0004_failures_messages
Revises: 0003_disposition
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_failures_messages"
down_revision = "0004_layers_action_intent"  # chained after layers at the merge
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("messages") as batch:
        batch.add_column(
            sa.Column("attempts", sa.Integer(), nullable=False, server_default=sa.text("0"))
        )
        batch.add_column(sa.Column("error_trace", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("messages") as batch:
        batch.drop_column("error_trace")
        batch.drop_column("attempts")
