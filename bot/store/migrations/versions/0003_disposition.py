"""pending_dispositions: seen UIDs whose flag or move the server has not confirmed yet

Revision ID: 0003_disposition
Revises: 0002_perf
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_disposition"
down_revision = "0002_perf"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "pending_dispositions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=200), nullable=False),
        sa.Column("folder", sa.String(length=500), nullable=False),
        sa.Column("uidvalidity", sa.BigInteger(), nullable=False),
        sa.Column("uid", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("source", "folder", "uidvalidity", "uid"),
    )


def downgrade() -> None:
    op.drop_table("pending_dispositions")
