"""messages.review_note: why a person should join a message to its meeting by hand

Revision ID: 0010_kinds6_message_review_note
Revises: 0009_oauth2_sign_ins
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010_kinds6_message_review_note"
down_revision = "0009_oauth2_sign_ins"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("messages") as table:
        table.add_column(sa.Column("review_note", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("messages") as table:
        table.drop_column("review_note")
