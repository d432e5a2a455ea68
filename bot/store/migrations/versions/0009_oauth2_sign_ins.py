"""sign_ins: each OAuth account's last refresh and since when its refresh token is refused

Revision ID: 0009_oauth2_sign_ins
Revises: 0008_review_outbox_held_for
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009_oauth2_sign_ins"
down_revision = "0008_review_outbox_held_for"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sign_ins",
        sa.Column("account", sa.String(length=100), primary_key=True),
        sa.Column("provider", sa.String(length=20), nullable=False),
        sa.Column("last_refresh_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("revoked_error", sa.Text(), nullable=True),
    )


def downgrade() -> None:
    op.drop_table("sign_ins")
