"""access defences: operation ids scoped per device, sign-in throttling

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24 09:00:00
"""

from __future__ import annotations

import warnings
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _applied_op_key(columns: list[str], *, index: bool) -> None:
    if op.get_bind().dialect.name == "sqlite":
        # SQLite cannot change a primary key in place: the batch copies the table with the new key
        # (SQLAlchemy warns that the copy's key differs from the reflected one: that is the point).
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", "Table '_alembic_tmp_cs_applied_op'", sa.exc.SAWarning)
            with op.batch_alter_table("cs_applied_op", recreate="always") as batch_op:
                if not index:
                    batch_op.drop_index("ix_cs_applied_op_device_id")
                batch_op.create_primary_key("pk_cs_applied_op", columns)
                if index:
                    batch_op.create_index("ix_cs_applied_op_device_id", ["device_id"], unique=False)
        return
    if not index:
        op.drop_index("ix_cs_applied_op_device_id", table_name="cs_applied_op")
    op.drop_constraint("cs_applied_op_pkey", "cs_applied_op", type_="primary")
    op.create_primary_key("cs_applied_op_pkey", "cs_applied_op", columns)
    if index:
        op.create_index("ix_cs_applied_op_device_id", "cs_applied_op", ["device_id"], unique=False)


def upgrade() -> None:
    # (device, op id): an op id replayed from another device is a new operation, not the stored answer.
    _applied_op_key(["device_id", "op_id"], index=False)
    op.create_table(
        "cs_login_throttle",
        sa.Column("key", sa.String(length=160), nullable=False),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("last_failure_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("locked_until", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("key"),
    )


def downgrade() -> None:
    op.drop_table("cs_login_throttle")
    _applied_op_key(["op_id"], index=True)
