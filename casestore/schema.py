"""Create or upgrade a case-store database with Alembic."""

from __future__ import annotations

from alembic import command
from alembic.config import Config

from casestore.db import make_engine, normalize_url


def alembic_config(db_url: str) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", "casestore:migrations")
    cfg.set_main_option("sqlalchemy.url", normalize_url(db_url).replace("%", "%%"))
    return cfg


def upgrade(db_url: str) -> None:
    """Bring the database at ``db_url`` to the newest schema (creates it when empty)."""
    cfg = alembic_config(db_url)
    engine = make_engine(db_url)
    try:
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
    finally:
        engine.dispose()
