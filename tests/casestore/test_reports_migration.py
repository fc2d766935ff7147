"""Migration 0003 (citizen reports) goes down and up again cleanly (SQLite and PostgreSQL)."""

from __future__ import annotations

from alembic import command
from sqlalchemy import inspect

from casestore.db import make_engine
from casestore.schema import alembic_config, upgrade

TABLES = {"cs_report", "cs_report_reporter", "cs_report_status", "cs_open311_key"}


def _migrate(url: str, target: str, *, down: bool) -> set[str]:
    cfg = alembic_config(url)
    engine = make_engine(url)
    try:
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            (command.downgrade if down else command.upgrade)(cfg, target)
        return set(inspect(engine).get_table_names())
    finally:
        engine.dispose()


def test_the_reports_migration_goes_down_and_up(casestore_db: str) -> None:
    assert _migrate(casestore_db, "head", down=False) >= TABLES
    below = _migrate(casestore_db, "0002", down=True)
    assert not TABLES & below and "cs_record" in below
    assert _migrate(casestore_db, "0003", down=False) >= TABLES
    upgrade(casestore_db)
