"""action_runs: the intent of each run (the message it answers, the meeting before)

Revision ID: 0004_layers_action_intent
Revises: 0003_disposition
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_layers_action_intent"
down_revision = "0004_trust_pending_changes"  # chained after trust at the merge
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("action_runs", schema=None) as batch_op:
        batch_op.add_column(sa.Column("message_pk", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("previous", sa.JSON(), nullable=True))
        batch_op.create_foreign_key(
            "fk_action_runs_message_pk_messages", "messages", ["message_pk"], ["id"]
        )


def downgrade() -> None:
    with op.batch_alter_table("action_runs", schema=None) as batch_op:
        batch_op.drop_constraint("fk_action_runs_message_pk_messages", type_="foreignkey")
        batch_op.drop_column("previous")
        batch_op.drop_column("message_pk")
