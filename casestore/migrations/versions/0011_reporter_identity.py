"""engaged citizens at a city's scale: each reporter row carries who the reporter is (``ident``: ``p:`` person id,
else ``e:`` e-mail lower-cased, else ``t:`` phone without spaces), copies of its report's category, zone and
reporting time, whether it is a sub-task, and whether the same identity already consented on that report
(``duplicate``), so that a year's consenting reporters are read from one index without visiting the reports
(partial on PostgreSQL); a second index finds the rows of the reporters shown; existing rows filled from their
reports

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-02 14:30:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_IDENT = ("CASE WHEN rr.person_id IS NOT NULL AND rr.person_id <> '' THEN 'p:' || rr.person_id "
          "WHEN rr.email IS NOT NULL AND rr.email <> '' THEN 'e:' || lower(rr.email) "
          "WHEN rr.phone IS NOT NULL AND rr.phone <> '' THEN 't:' || replace(rr.phone, ' ', '') END")


def upgrade() -> None:
    with op.batch_alter_table("cs_report_reporter") as b:
        b.add_column(sa.Column("ident", sa.String(length=300), nullable=True))
        b.add_column(sa.Column("report_category", sa.String(length=64), nullable=True))
        b.add_column(sa.Column("report_zone", sa.String(length=64), nullable=True))
        b.add_column(sa.Column("reported_at", sa.DateTime(timezone=True), nullable=True))
        b.add_column(sa.Column("on_subtask", sa.Boolean(), nullable=False, server_default=sa.false()))
        b.add_column(sa.Column("duplicate", sa.Boolean(), nullable=False, server_default=sa.false()))
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"UPDATE cs_report_reporter AS rr SET ident = {_IDENT}, report_category = r.category, "
                   "report_zone = r.zone, reported_at = r.created_at, on_subtask = (r.parent_id IS NOT NULL) "
                   "FROM cs_report AS r WHERE r.id = rr.report_id")
    else:
        def of_report(col: str) -> str:
            return f"(SELECT r.{col} FROM cs_report AS r WHERE r.id = rr.report_id)"

        op.execute(f"UPDATE cs_report_reporter AS rr SET ident = {_IDENT}, "
                   f"report_category = {of_report('category')}, report_zone = {of_report('zone')}, "
                   f"reported_at = {of_report('created_at')}, "
                   f"on_subtask = coalesce({of_report('parent_id IS NOT NULL')}, false)")
    op.execute("UPDATE cs_report_reporter AS rr SET duplicate = true WHERE rr.consent AND rr.ident IS NOT NULL "
               "AND EXISTS (SELECT 1 FROM cs_report_reporter AS e WHERE e.report_id = rr.report_id "
               "AND e.ident = rr.ident AND e.consent AND e.id < rr.id)")
    op.create_index("ix_reporter_engaged", "cs_report_reporter",
                    ["reported_at", "ident", "report_category", "report_zone"], unique=False,
                    postgresql_where=sa.text("consent AND ident IS NOT NULL AND NOT on_subtask AND NOT duplicate"))
    op.create_index("ix_reporter_ident", "cs_report_reporter", ["ident", "reported_at"], unique=False,
                    postgresql_where=sa.text("consent AND ident IS NOT NULL AND NOT on_subtask"))


def downgrade() -> None:
    op.drop_index("ix_reporter_ident", table_name="cs_report_reporter")
    op.drop_index("ix_reporter_engaged", table_name="cs_report_reporter")
    with op.batch_alter_table("cs_report_reporter") as b:
        b.drop_column("duplicate")
        b.drop_column("on_subtask")
        b.drop_column("reported_at")
        b.drop_column("report_zone")
        b.drop_column("report_category")
        b.drop_column("ident")
