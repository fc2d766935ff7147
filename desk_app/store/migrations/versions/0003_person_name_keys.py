"""Name keys for type-ahead: folded "surname given names" in a B-tree, so a name prefix is a range scan.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    from desk_app.services.search import name_keys

    op.execute("CREATE TABLE person_name (key TEXT NOT NULL, rid INTEGER NOT NULL, PRIMARY KEY (key, rid)) "
               "WITHOUT ROWID")
    op.execute("CREATE INDEX ix_person_name_rid ON person_name (rid)")
    bind = op.get_bind()
    rows = [{"key": k, "rid": rid}
            for rid, surname, given in bind.execute(sa.text("SELECT rid, surname, given_names FROM person"))
            for k in name_keys(surname or "", given or "")]
    if rows:
        bind.execute(sa.text("INSERT OR IGNORE INTO person_name (key, rid) VALUES (:key, :rid)"), rows)


def downgrade() -> None:
    op.execute("DROP TABLE IF EXISTS person_name")
