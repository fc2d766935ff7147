"""Opening the local store: SQLCipher (AES-256, raw 256-bit key from the OS keyring), WAL, foreign
keys, fully durable commits, migrations on open, and a clear refusal for a store that is newer than
this Loket or that this laptop has no key for."""

from __future__ import annotations

import contextlib
import functools
import os
import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlcipher3
from sqlalchemy import create_engine, event
from sqlalchemy.dialects.sqlite import pysqlite as _pysqlite  # noqa: F401  (at import time, not first open)
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


class StoreError(RuntimeError):
    """A store that cannot be used; the message is for the user."""


class StoreTooNew(StoreError):
    pass


class StoreUnreadable(StoreError):
    pass


if TYPE_CHECKING:
    from alembic.config import Config


def _alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


@functools.cache
def known_revisions() -> dict[str, str | None]:
    """Revision → the one it revises, read from the migration files without importing Alembic (which
    costs a quarter of a second at every start; it is loaded only when there is something to migrate)."""
    revisions: dict[str, str | None] = {}
    for f in sorted((MIGRATIONS_DIR / "versions").glob("*.py")):
        source = f.read_text(encoding="utf-8")
        # (``revision = "0004"`` or with a type: ``revision: str = "0004"``)
        rev = re.search(r'^revision(?:\s*:[^=\n]+)?\s*=\s*"([^"]+)"', source, re.MULTILINE)
        down = re.search(r'^down_revision(?:\s*:[^=\n]+)?\s*=\s*(?:"([^"]+)"|None)', source, re.MULTILINE)
        if rev and down:
            revisions[rev.group(1)] = down.group(1)
    return revisions


def head_revision() -> str:
    known = known_revisions()
    heads = set(known) - set(known.values())
    assert len(heads) == 1, f"migrations must have one head, found {sorted(heads)}"
    return heads.pop()


class Store:
    """One local store file. ``write()`` gives a session in a BEGIN IMMEDIATE transaction (committed
    durably on leaving the block, rolled back on an exception); ``read()`` a deferred one."""

    def __init__(self, path: Path, key: bytes | None, *, migrate: bool = True) -> None:
        self.path = Path(path)
        self._key_pragma = f"PRAGMA key = \"x'{key.hex()}'\"" if key is not None else None
        self.engine: Engine = create_engine(
            "sqlite://",
            module=sqlcipher3.dbapi2,
            creator=self._connect,
            poolclass=QueuePool,
            pool_size=4,
            max_overflow=4,
            pool_pre_ping=False,
            pool_use_lifo=True,  # the connection used last has the warmest page cache
        )
        event.listen(self.engine, "begin", self._on_begin)
        self._write_engine = self.engine.execution_options(loket_immediate=True)
        self._writer = sessionmaker(bind=self._write_engine, expire_on_commit=False)
        self._reader = sessionmaker(bind=self.engine, expire_on_commit=False)
        # put on every write session's ``info`` (the composition root adds who is signed in: the outbox checks
        # each change against the role's permissions)
        self.session_info: dict[str, Any] = {}
        self._check_readable()
        if migrate:
            self.migrate()

    # ---------------------------------------------------------------- connections
    def _connect(self) -> Any:
        conn = sqlcipher3.dbapi2.connect(str(self.path), isolation_level=None, check_same_thread=False, timeout=30)
        cur = conn.cursor()
        cur.execute("PRAGMA cipher_log_level = NONE")
        if self._key_pragma:
            cur.execute(self._key_pragma)
        try:
            cur.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher3.dbapi2.DatabaseError as exc:
            conn.close()
            raise StoreUnreadable(
                f"The store {self.path} cannot be opened with this laptop's key: it was copied from "
                "another laptop, or it is damaged. Nothing was changed."
            ) from exc
        cur.execute("PRAGMA journal_mode = WAL")
        cur.execute("PRAGMA synchronous = FULL")
        cur.execute("PRAGMA foreign_keys = ON")
        cur.execute("PRAGMA busy_timeout = 30000")
        cur.execute("PRAGMA temp_store = MEMORY")
        cur.execute("PRAGMA cache_size = -32000")
        cur.close()
        return conn

    @staticmethod
    def _on_begin(conn: Connection) -> None:
        immediate = conn.get_execution_options().get("loket_immediate", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    def _check_readable(self) -> None:
        with self.engine.connect() as conn:
            conn.exec_driver_sql("SELECT 1")

    # ---------------------------------------------------------------- migrations
    def current_revision(self) -> str | None:
        with self.engine.connect() as conn:
            has_table = conn.exec_driver_sql(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'").first()
            if not has_table:
                return None
            row = conn.exec_driver_sql("SELECT version_num FROM alembic_version").first()
            return str(row[0]) if row else None

    def migrate(self) -> tuple[str | None, str]:
        """Upgrade to the newest schema; refuse a store newer than this program."""
        before, head = self.current_revision(), head_revision()
        if before is not None and before not in known_revisions():
            raise StoreTooNew(
                f"This store was written by a newer version of Loket (schema {before}). "
                "Update Loket on this laptop before opening it; nothing was changed."
            )
        if before == head:
            return before, head
        from alembic import command

        cfg = _alembic_config()
        with self._write_engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
        return before, head

    # ---------------------------------------------------------------- sessions
    @contextlib.contextmanager
    def write(self) -> Iterator[Session]:
        with self._writer.begin() as session:
            session.info.update(self.session_info)
            yield session

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        with self._reader() as session:
            yield session

    @contextlib.contextmanager
    def raw(self) -> Iterator[Any]:
        """A raw DB-API connection (bulk loads); the caller manages its transaction."""
        conn = self.engine.raw_connection()
        try:
            yield conn.driver_connection
        finally:
            conn.close()

    def close(self) -> None:
        self.engine.dispose()


def open_store(path: Path, key: bytes | None, *, migrate: bool = True) -> Store:
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    if not path.exists():  # owner-only; SQLite gives the -wal and -shm files the same permissions
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    return Store(path, key, migrate=migrate)


__all__ = ["Store", "StoreError", "StoreTooNew", "StoreUnreadable", "head_revision", "open_store", "sqlite3"]
