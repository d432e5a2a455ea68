"""mailbox_cursors: since when a source's connections fail, and the server's UIDNEXT

Revision ID: 0007_hostile_failing_since
Revises: 0005_failures_reminder_jobs
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007_hostile_failing_since"
down_revision = "0004_web_workspace"  # chained after web at the merge
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("mailbox_cursors") as table:
        table.add_column(sa.Column("failing_since", sa.DateTime(timezone=True), nullable=True))
        table.add_column(sa.Column("server_uidnext", sa.BigInteger(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("mailbox_cursors") as table:
        table.drop_column("server_uidnext")
        table.drop_column("failing_since")
