"""Reusable fixtures: a real case store on loopback, on SQLite or on a private PostgreSQL.

Use from any test package's conftest.py::

    from tests.casestore.fixtures import *  # noqa: F403  (fixtures: pg_cluster, casestore_db, casestore_server, …)

- ``pg_cluster`` (session): a private PostgreSQL 15 started with initdb + pg_ctl in a temp dir on a free
  port (as the ``postgres`` user when running as root), or the server in ``LOKET_TEST_PG_URL``. Stopped by
  the pid it started, nothing else.
- ``casestore_db``: a fresh, migrated database URL, parametrised over ``sqlite`` and ``postgres``.
- ``casestore_server``: ``casestore.embedded.start`` on that database with the demo accounts
  (``casestore.embedded.DEMO_ACCOUNTS``, password ``DEMO_PASSWORD``); yields a ``RunningServer``.
- ``sqlite_server`` / ``postgres_server``: the same, on one back end only.
- ``make_laptop(name, username)``: a Loket laptop (encrypted store) signed in to ``casestore_server``,
  returns ``Laptop(loket, client)``.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from casestore import embedded, schema
from casestore.embedded import DEMO_PASSWORD, RunningServer
from sync.transport import RetryPolicy
from tests.keyrings import TestFileKeyring

REPO_ROOT = Path(__file__).resolve().parents[2]
PG_BIN = Path(os.environ.get("LOKET_PG_BIN", "/usr/lib/postgresql/15/bin"))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


# ------------------------------------------------------------------------------------------ PostgreSQL


class PgCluster:
    """A throw-away PostgreSQL cluster (or an existing server given by URL)."""

    def __init__(self, url: str | None = None, *, fsync: bool = False) -> None:
        self._counter = itertools.count(1)
        self.pid: int | None = None
        self.dir: Path | None = None
        if url:
            self.url = url.rstrip("/")
            self.base = self.url.rsplit("/", 1)[0]
            return
        if not (PG_BIN / "initdb").exists():
            pytest.skip(f"PostgreSQL server binaries not found in {PG_BIN}")
        self.dir = Path(tempfile.mkdtemp(prefix="loket-pg-"))
        data = self.dir / "data"
        self.port = free_port()
        as_root = os.geteuid() == 0
        prefix = ["runuser", "-u", "postgres", "--"] if as_root else []
        if as_root:
            shutil.chown(self.dir, "postgres", "postgres")
            os.chmod(self.dir, 0o700)
        subprocess.run(
            [*prefix, str(PG_BIN / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres", "-E", "UTF8",
             "--no-sync", "--locale=C"],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        )
        opts = (
            f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1 -c max_connections=300 "
            f"-c shared_buffers=128MB -c fsync={'on' if fsync else 'off'} "
            f"-c synchronous_commit={'on' if fsync else 'off'} -c full_page_writes={'on' if fsync else 'off'}"
        )
        subprocess.run(
            [*prefix, str(PG_BIN / "pg_ctl"), "-D", str(data), "-o", opts, "-l", str(self.dir / "log"), "-w",
             "start"],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        )
        self.pid = int((data / "postmaster.pid").read_text().split()[0])
        self.base = f"postgresql://postgres@127.0.0.1:{self.port}"
        self.url = f"{self.base}/postgres"

    def new_database(self, prefix: str = "loket_test") -> str:
        import psycopg

        name = f"{prefix}_{os.getpid()}_{next(self._counter)}_{int(time.time() * 1000) % 10**8}"
        with psycopg.connect(self.url, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return f"{self.base}/{name}"

    def stop(self) -> None:
        if self.pid is not None:
            pid, self.pid = self.pid, None
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGINT)  # PostgreSQL "fast" shutdown of the postmaster we started
            for _ in range(600):
                try:
                    os.kill(pid, 0)
                except ProcessLookupError:
                    break
                time.sleep(0.05)
        if self.dir is not None:
            shutil.rmtree(self.dir, ignore_errors=True)
            self.dir = None


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[PgCluster]:
    cluster = PgCluster(os.environ.get("LOKET_TEST_PG_URL"))
    try:
        yield cluster
    finally:
        cluster.stop()


def _db_url(kind: str, tmp_path: Path, request: pytest.FixtureRequest) -> str:
    if kind == "postgres":
        cluster: PgCluster = request.getfixturevalue("pg_cluster")
        url = cluster.new_database()
    else:
        url = f"sqlite:///{tmp_path / 'casestore.db'}"
    schema.upgrade(url)
    return url


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def casestore_db(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    return _db_url(request.param, tmp_path, request)


def _serve(db_url: str) -> Iterator[RunningServer]:
    server = embedded.start(db_url, demo=True)
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def casestore_server(casestore_db: str) -> Iterator[RunningServer]:
    yield from _serve(casestore_db)


@pytest.fixture
def sqlite_server(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[RunningServer]:
    yield from _serve(_db_url("sqlite", tmp_path, request))


@pytest.fixture
def postgres_server(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[RunningServer]:
    yield from _serve(_db_url("postgres", tmp_path, request))


# ------------------------------------------------------------------------------------------- laptops


@dataclass
class Laptop:
    name: str
    loket: Any  # desk_app.app.Loket
    client: Any  # sync.client.SyncClient
    username: str

    def close(self) -> None:
        self.client.close()
        with contextlib.suppress(Exception):
            self.loket.close()


def open_laptop(
    data_dir: Path,
    server_url: str,
    username: str,
    *,
    password: str = DEMO_PASSWORD,
    token_service: str | None = None,
    login: bool = True,
    **client_kw: Any,
) -> Laptop:
    """A Loket laptop on ``data_dir`` signed in as ``username``; tokens under a per-laptop keyring
    service so that several laptops can live in one test process."""
    from desk_app.app import Loket
    from sync.client import SyncClient
    from sync.login import login as do_login
    from sync.tokens import KeyringTokenStore

    loket = Loket.open(data_dir)
    loket.settings.staff_user = username
    tokens = KeyringTokenStore(service=token_service or f"loket-sync-test-{data_dir.name}")
    if login:
        do_login(server_url, username, password, store=loket.store, token_store=tokens, device_name=data_dir.name)
    client_kw.setdefault("retry", RetryPolicy(attempts=8, base_delay=0.01, max_delay=0.2))
    client = SyncClient(loket.store, server_url, attachments=loket.attachments, token_store=tokens, **client_kw)
    return Laptop(data_dir.name, loket, client, username)


@pytest.fixture
def make_laptop(tmp_path: Path, casestore_server: RunningServer) -> Iterator[Callable[..., Laptop]]:
    made: list[Laptop] = []

    def make(name: str, username: str = "clerk", **kw: Any) -> Laptop:
        lap = open_laptop(tmp_path / name, kw.pop("server_url", casestore_server.url), username, **kw)
        made.append(lap)
        return lap

    yield make
    for lap in made:
        lap.close()


# ---------------------------------------------------------------------------------- keyring (tests)


# A keyring in a JSON file named by $LOKET_TEST_KEYRING_FILE, for tests that run a laptop in a child
# process; never picked by keyring's discovery (tests/keyrings.py).
FileKeyring = TestFileKeyring
