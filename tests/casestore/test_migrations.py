"""The Alembic migrations create exactly the schema the models describe (SQLite and PostgreSQL)."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine

from casestore.db import normalize_url
from casestore.models import Base


def test_migrations_match_models(casestore_db: str) -> None:
    engine = create_engine(normalize_url(casestore_db))
    try:
        with engine.connect() as conn:
            ctx = MigrationContext.configure(conn, opts={"compare_type": True})
            diff = compare_metadata(ctx, Base.metadata)
    finally:
        engine.dispose()
    assert diff == []
